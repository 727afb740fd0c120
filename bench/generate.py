#!/usr/bin/env python3
"""Generates a corpus of realistic event bulletins for Almanac's benchmarks, with the events
each one announces (corpus/expected format and rules, corpus/README.md).

    bench/generate.py --bulletins N --seed S --out DIR

writes DIR/<name>.<html|htm|xhtml|rss|atom> and DIR/expected/<name>.<ext>.json, plus
DIR/manifest.json and DIR/vocabulary.json (words the query benchmark draws from).

The archive is a set of organisations (about one per 24 bulletins, --orgs), each publishing
a bulletin every month or two in one language, layout and encoding: headings and
paragraphs with <hr> separators, e-mail tables with inline styles, one table row per
event, card divs, definition lists, legacy HTML 4 with <BR><BR>, XHTML, RSS 2.0 and Atom;
in en fr es de pt ru ar zh; in UTF-8 (some with a BOM), windows-1252, ISO-8859-1,
windows-1251, KOI8-R, GB2312, GBK and UTF-16. Bulletin i is issue i // orgs of
organisation i % orgs, so `--start` continues an archive with the next issues. Every
organisation has recurring events (an annual congress, a summer school …) that several
consecutive issues announce again with the same title, dates and place, so collapsing
matters. Everything is a function of the seed and the bulletin's index: the output does
not depend on the number of processes.

Other modes (used by bench/run):
    --start K                 generate bulletins K .. K+N-1 of the archive (new issues)
    --churn P --bulletins N   on an archive of N bulletins in DIR: rewrite P% of them (a
                              revised description), delete P% and add P% new ones
"""
import argparse
import datetime as dt
import html
import json
import math
import multiprocessing
import os
import random
import sys
import time
import unicodedata
from urllib.parse import urljoin

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vocab  # noqa: E402
from vocab import LANGS, LANG_INDEX  # noqa: E402

LANG_WEIGHTS = [("en", 30), ("fr", 13), ("es", 13), ("de", 11), ("pt", 8), ("ru", 9), ("ar", 8), ("zh", 8)]
LAYOUTS = ["headings", "email", "table", "cards", "deflist", "legacy", "xhtml", "rss", "atom"]
LAYOUT_WEIGHTS = [24, 12, 9, 12, 8, 9, 8, 11, 7]
ONLINE_EXPECTED = "Online"
REVISED = {
    "en": "Update: the programme has been revised since our last issue.",
    "fr": "Mise à jour\u00a0: le programme a été révisé depuis notre dernier numéro.",
    "es": "Actualización: el programa ha sido revisado desde el último número.",
    "de": "Aktualisierung: Das Programm wurde seit der letzten Ausgabe überarbeitet.",
    "pt": "Atualização: a programação foi revista desde a última edição.",
    "ru": "Обновление: программа изменена по сравнению с предыдущим выпуском.",
    "ar": "تحديث: تم تعديل البرنامج منذ العدد السابق.",
    "zh": "更新：活动日程较上期通讯有所调整。",
}
TABLE_HEADERS = {
    "en": ("Date", "Event", "Venue"), "fr": ("Date", "Événement", "Lieu"), "es": ("Fecha", "Evento", "Lugar"),
    "de": ("Datum", "Veranstaltung", "Ort"), "pt": ("Data", "Evento", "Local"), "ru": ("Дата", "Мероприятие", "Место"),
    "ar": ("التاريخ", "الفعالية", "المكان"), "zh": ("时间", "活动", "地点"),
}
LANG_TAGS = {
    "en": ["en", "en", "en", "en-GB", "en-US", "en-ca"], "fr": ["fr", "fr", "fr-FR", "fr-CA", "fr-BE"],
    "es": ["es", "es", "es-ES", "es-AR", "es-MX"], "de": ["de", "de", "de-DE", "de-AT", "de-CH"],
    "pt": ["pt", "pt-BR", "pt-BR", "pt-PT"], "ru": ["ru", "ru", "ru-RU"], "ar": ["ar", "ar", "ar-EG", "ar-MA"],
    "zh": ["zh-CN", "zh-CN", "zh", "zh-Hans"],
}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SMALL_WORDS = {"and", "of", "on", "in", "for", "the", "a", "an", "to", "with", "at", "by"}
ACRONYM_SKIP = {"pour", "la", "le", "les", "de", "du", "des", "l", "for", "of", "the", "and", "para", "el", "los",
                "las", "del", "y", "a", "o", "os", "as", "da", "do", "e", "für", "в", "и", "области", "сфере"}
RUS_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
CSS = """body { margin: 0; padding: 0; font-family: %s; color: #222; background: #f4f4f4; }
.wrapper { max-width: 46em; margin: 0 auto; background: #fff; padding: 1.5em; }
h1 { font-size: 1.8em; color: %s; margin: .2em 0; }
h2 { font-size: 1.35em; color: %s; border-top: 1px solid #ccc; padding-top: .8em; }
h3 { font-size: 1.15em; color: %s; margin-bottom: .3em; }
p { line-height: 1.5; margin: .4em 0 .8em 0; }
a { color: %s; }
.theme, .tagline { font-style: italic; font-size: 1.05em; }
.when, .meta, .date { font-weight: bold; color: #555; }
.card { border: 1px solid #d5dde3; border-radius: 6px; padding: 1rem; margin-bottom: 1rem; }
.btn { background: %s; color: #fff; padding: .4rem .9rem; border-radius: 3px; text-decoration: none; }
nav ul, .menu ul { list-style: none; padding: 0; } nav li, .menu li { display: inline-block; margin-right: 1em; }
footer, .footer { font-size: .85em; color: #777; border-top: 1px solid #ddd; margin-top: 2em; padding-top: 1em; }
@media only screen and (max-width: 600px) { .wrapper { padding: .5em; } h1 { font-size: 1.4em; } .card { padding: .6rem; } }
"""
FONTS = ["Georgia, serif", "Arial, Helvetica, sans-serif", "'Segoe UI', Roboto, sans-serif", "Verdana, sans-serif",
         "Tahoma, Arial, sans-serif", "'Helvetica Neue', Helvetica, Arial, sans-serif"]
COLOURS = ["#0b4f6c", "#005a8c", "#8b0000", "#2e7d32", "#6a1b9a", "#a61b29", "#00695c", "#37474f", "#b08d57", "#1565c0"]


def month_add(year, month, k):
    m = year * 12 + (month - 1) + k
    return m // 12, m % 12 + 1


def last_day(year, month):
    y, m = month_add(year, month, 1)
    return (dt.date(y, m, 1) - dt.timedelta(days=1)).day


def norm(text):
    """The expected-file normalisation: every white space (no-break spaces included) is one space."""
    if text is None:
        return None
    return " ".join(text.replace("\u00a0", " ").split())


def asciify(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(text, fallback):
    s = "".join(c if c.isalnum() else "-" for c in asciify(text).lower())
    s = "-".join(w for w in s.split("-") if w)
    return s[:60].strip("-") or fallback


def title_case(text):
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        if i > 0 and w in SMALL_WORDS:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def cap(text):
    return text[:1].upper() + text[1:]


def weighted(r, pairs):
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


# ---------------------------------------------------------------------------
# Grammar helpers for topic slots.

def contract(lang, prep, np):
    """prep ('a' = to, 'de' = of) + a noun phrase with its article."""
    if lang == "fr":
        if prep == "a":
            if np.startswith("le "):
                return "au " + np[3:]
            if np.startswith("les "):
                return "aux " + np[4:]
            return "à " + np
        if np.startswith("le "):
            return "du " + np[3:]
        if np.startswith("les "):
            return "des " + np[4:]
        return "de " + np
    if lang == "es":
        if np.startswith("el "):
            return ("al " if prep == "a" else "del ") + np[3:]
        return ("a " if prep == "a" else "de ") + np
    if lang == "pt":
        art, _, rest = np.partition(" ")
        table = {"a": {"a": "à", "o": "ao", "as": "às", "os": "aos"}, "de": {"a": "da", "o": "do", "as": "das", "os": "dos"}}
        if art in table[prep]:
            return table[prep][art] + " " + rest
        return ("a " if prep == "a" else "de ") + np
    return np


def ar_li(np):
    return "لل" + np[2:] if np.startswith("ال") else "ل" + np


def fr_de(name):
    if name.startswith("Le "):
        return "du " + name[3:]
    if name[:1].lower() in "aeiouyéèêâîôûh":
        return "d’" + name
    return "de " + name


def nth(lang, n):
    if lang == "en":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if lang == "fr":
        return "1er" if n == 1 else f"{n}e"
    if lang == "es":
        return f"{n}.º"
    if lang == "pt":
        return f"{n}º"
    if lang == "de":
        return f"{n}."
    if lang == "ru":
        return RUS_ROMAN[min(n, 15)]
    return str(n)


# ---------------------------------------------------------------------------
# Dates.

def day_month(lang, L, d, with_year=False):
    """'4 June', '30 avril', '15. Dezember', '9月15日' — for deadlines inside sentences."""
    m = d.month - 1
    if lang == "en":
        s = f"{d.day} {L['months'][m]}"
    elif lang == "fr":
        s = f"{'1er' if d.day == 1 else d.day} {L['months'][m]}"
    elif lang in ("es", "pt"):
        s = f"{d.day} de {L['months'][m]}"
    elif lang == "de":
        s = f"{d.day}. {L['months'][m]}"
    elif lang == "ru":
        s = f"{d.day} {L['months_gen'][m]}"
    elif lang == "ar":
        s = f"{d.day} {L['months'][m]}"
    else:
        s = f"{d.month}月{d.day}日"
    return s


def format_date(lang, L, style, s, e, kind, yearless=False):
    """The printed date of an event from s to e (dt.date)."""
    M = L.get("months")
    y1, y2 = s.year, e.year
    Y1 = "" if yearless else f" {y1}"
    if lang == "en":
        wd = L["weekdays"][s.weekday()]
        if style.get("us"):
            Yc = "" if yearless else f", {y1}"
            if kind == "month":
                return f"{M[s.month-1]} {y1}"
            if kind in ("single", "single_num"):
                return f"{M[s.month-1]} {s.day}{Yc}"
            if kind == "single_wd":
                return f"{wd}, {M[s.month-1]} {s.day}{Yc}"
            if kind in ("range", "range_alt", "two_days"):
                return f"{M[s.month-1]} {s.day}-{e.day}{Yc}"
            if kind in ("cross", "cross_alt"):
                return f"{M[s.month-1]} {s.day} - {M[e.month-1]} {e.day}{Yc}"
            return f"{M[s.month-1]} {s.day}, {y1} - {M[e.month-1]} {e.day}, {y2}"
        dash = style.get("dash", "–")
        if kind == "month":
            return f"{M[s.month-1]} {y1}"
        if kind == "single":
            return f"{s.day} {M[s.month-1]}{Y1}"
        if kind == "single_wd":
            return f"{wd}, {s.day} {M[s.month-1]}{Y1}"
        if kind == "single_num":
            return s.isoformat()
        if kind in ("range", "range_alt"):
            return f"{s.day}{dash}{e.day} {M[s.month-1]}{Y1}"
        if kind == "two_days":
            return f"{s.day} and {e.day} {M[s.month-1]}{Y1}"
        if kind in ("cross", "cross_alt"):
            return f"{s.day} {M[s.month-1]} – {e.day} {M[e.month-1]}{Y1}"
        return f"{s.day} {M[s.month-1]} {y1} – {e.day} {M[e.month-1]} {y2}"
    if lang == "fr":
        def dd(d):
            return "1er" if d == 1 else str(d)
        wd = L["weekdays"][s.weekday()]
        if kind == "month":
            return f"{cap(M[s.month-1])} {y1}"
        if kind in ("single", "single_num"):
            t = f"{dd(s.day)} {M[s.month-1]}{Y1}"
            return ("Le " + t) if style.get("le") else t
        if kind == "single_wd":
            t = f"{wd} {dd(s.day)} {M[s.month-1]}{Y1}"
            return ("Le " + t) if style.get("le") else cap(t)
        if kind == "range":
            return f"Du {dd(s.day)} au {e.day} {M[s.month-1]}{Y1}"
        if kind == "range_alt":
            return f"{dd(s.day)}-{e.day} {M[s.month-1]}{Y1}"
        if kind == "two_days":
            return f"Les {dd(s.day)} et {e.day} {M[s.month-1]}{Y1}"
        if kind in ("cross", "cross_alt"):
            return f"Du {dd(s.day)} {M[s.month-1]} au {e.day} {M[e.month-1]}{Y1}"
        return f"Du {dd(s.day)} {M[s.month-1]} {y1} au {e.day} {M[e.month-1]} {y2}"
    if lang in ("es", "pt"):
        de = " de " + str(y1) if not yearless else ""
        wd = L["weekdays"][s.weekday()]
        if kind == "month":
            return f"{M[s.month-1]} de {y1}"
        if kind in ("single", "single_num"):
            return f"{s.day} de {M[s.month-1]}{de}"
        if kind == "single_wd":
            return f"{wd}, {s.day} de {M[s.month-1]}{de}"
        if lang == "es":
            if kind == "range":
                return f"del {s.day} al {e.day} de {M[s.month-1]}{de}"
            if kind in ("range_alt", "two_days"):
                return f"{s.day}-{e.day} de {M[s.month-1]}{de}"
            if kind == "cross":
                return f"del {s.day} de {M[s.month-1]} al {e.day} de {M[e.month-1]}{de}"
            if kind == "cross_alt":
                return f"{s.day} de {M[s.month-1]} – {e.day} de {M[e.month-1]}{de}"
            return f"del {s.day} de {M[s.month-1]} de {y1} al {e.day} de {M[e.month-1]} de {y2}"
        if kind == "range":
            return f"{s.day} a {e.day} de {M[s.month-1]}{de}"
        if kind in ("range_alt", "two_days"):
            return f"de {s.day} a {e.day} de {M[s.month-1]}{de}"
        if kind in ("cross", "cross_alt"):
            return f"de {s.day} de {M[s.month-1]} a {e.day} de {M[e.month-1]}{de}"
        return f"de {s.day} de {M[s.month-1]} de {y1} a {e.day} de {M[e.month-1]} de {y2}"
    if lang == "de":
        wd = L["weekdays"][s.weekday()]
        if kind == "month":
            return f"{M[s.month-1]} {y1}"
        if kind == "single":
            return f"{s.day}. {M[s.month-1]}{Y1}"
        if kind == "single_wd":
            return f"{wd}, {s.day}. {M[s.month-1]}{Y1}"
        if kind == "single_num":
            return f"{s.day:02}.{s.month:02}.{y1}"
        if kind in ("range", "two_days"):
            return f"{s.day}.–{e.day}. {M[s.month-1]}{Y1}"
        if kind == "range_alt":
            return f"vom {s.day}. bis {e.day}. {M[s.month-1]}{Y1}"
        if kind == "cross":
            return f"{s.day}. {M[s.month-1]} – {e.day}. {M[e.month-1]}{Y1}"
        if kind == "cross_alt":
            return f"vom {s.day}. {M[s.month-1]} bis {e.day}. {M[e.month-1]}{Y1}"
        return f"{s.day}. {M[s.month-1]} {y1} – {e.day}. {M[e.month-1]} {y2}"
    if lang == "ru":
        G = L["months_gen"]
        wd = L["weekdays"][s.weekday()]
        g = style.get("g", " г.")
        if kind == "month":
            return f"{M[s.month-1]} {y1} г."
        if kind == "single":
            return f"{s.day} {G[s.month-1]} {y1}{g}"
        if kind == "single_wd":
            return f"{wd}, {s.day} {G[s.month-1]} {y1} г."
        if kind == "single_num":
            return f"{s.day:02}.{s.month:02}.{y1}"
        if kind in ("range", "two_days"):
            return f"{s.day}–{e.day} {G[s.month-1]} {y1} г."
        if kind == "range_alt":
            return f"с {s.day} по {e.day} {G[s.month-1]} {y1} года"
        if kind == "cross":
            return f"{s.day} {G[s.month-1]} – {e.day} {G[e.month-1]} {y1} г."
        if kind == "cross_alt":
            return f"с {s.day} {G[s.month-1]} по {e.day} {G[e.month-1]} {y1} года"
        return f"{s.day} {G[s.month-1]} {y1} г. – {e.day} {G[e.month-1]} {y2} г."
    if lang == "ar":
        if kind == "month":
            t = f"{M[s.month-1]} {y1}"
        elif kind in ("single", "single_wd", "single_num"):
            t = f"{s.day} {M[s.month-1]} {y1}"
        elif kind in ("range", "two_days"):
            t = f"{s.day}-{e.day} {M[s.month-1]} {y1}"
        elif kind == "range_alt":
            t = f"من {s.day} إلى {e.day} {M[s.month-1]} {y1}"
        elif kind in ("cross", "cross_alt"):
            t = f"{s.day} {M[s.month-1]} – {e.day} {M[e.month-1]} {y1}"
        else:
            t = f"{s.day} {M[s.month-1]} {y1} – {e.day} {M[e.month-1]} {y2}"
        return t.translate(ARABIC_DIGITS) if style.get("indic") else t
    # zh
    if kind == "month":
        return f"{y1}年{s.month}月"
    if kind in ("single", "single_wd"):
        return f"{y1}年{s.month}月{s.day}日"
    if kind == "single_num":
        return s.isoformat()
    if kind in ("range", "two_days"):
        return f"{y1}年{s.month}月{s.day}日至{e.day}日"
    if kind == "range_alt":
        return f"{y1}年{s.month}月{s.day}日-{e.day}日"
    if kind in ("cross", "cross_alt"):
        return f"{y1}年{s.month}月{s.day}日至{e.month}月{e.day}日"
    return f"{y1}年{s.month}月{s.day}日至{y2}年{e.month}月{e.day}日"


def issue_date_text(lang, L, d, full=True):
    M = L.get("months")
    if lang == "en":
        return f"{d.day} {M[d.month-1]} {d.year}" if full else f"{M[d.month-1]} {d.year}"
    if lang == "fr":
        return f"{d.day} {M[d.month-1]} {d.year}" if full else f"{M[d.month-1]} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {M[d.month-1]} de {d.year}" if full else f"{M[d.month-1]} de {d.year}"
    if lang == "de":
        return f"{d.day}. {M[d.month-1]} {d.year}" if full else f"{M[d.month-1]} {d.year}"
    if lang == "ru":
        return f"{d.day} {L['months_gen'][d.month-1]} {d.year} г." if full else f"{M[d.month-1]} {d.year}"
    if lang == "ar":
        return f"{d.day} {M[d.month-1]} {d.year}" if full else f"{M[d.month-1]} {d.year}"
    return f"{d.year}年{d.month}月{d.day}日" if full else f"{d.year}年{d.month}月"


def choose_kind(r, lang, s, e, month_alone):
    if month_alone:
        return "month"
    if s == e:
        return weighted(r, [("single", 55), ("single_wd", 28), ("single_num", 17 if lang in ("de", "ru", "zh", "en") else 0)])
    if s.year != e.year:
        return "cross_year"
    if s.month != e.month:
        return weighted(r, [("cross", 60), ("cross_alt", 40)])
    if (e - s).days == 1 and lang == "fr" and r.random() < 0.3:
        return "two_days"
    return weighted(r, [("range", 60), ("range_alt", 40)])


# ---------------------------------------------------------------------------
# Organisations.

class Org:
    pass


def make_org(seed, k):
    r = random.Random(f"{seed}:org:{k}")
    o = Org()
    o.k = k
    o.lang = weighted(r, LANG_WEIGHTS)
    L = LANGS[o.lang]
    o.layout = weighted(r, list(zip(LAYOUTS, LAYOUT_WEIGHTS)))
    lang = o.lang
    # Name and acronym.
    if lang == "zh":
        field = r.choice(L["org_fields"])
        o.name = r.choice(L["org_prefix"]) + field
        o.acr = field
        o.short = o.name
    elif lang == "ar":
        o.name = r.choice(L["org_prefix"]) + r.choice(L["org_fields"])
        o.acr = ""
        o.short = o.name
    else:
        o.name = r.choice(L["org_prefix"]) + " " + r.choice(L["org_fields"])
        words = [w for w in o.name.replace("’", " ").replace("-", " ").split() if w.lower() not in ACRONYM_SKIP]
        o.acr = "".join(w[0].upper() for w in words)[:6]
        o.short = o.acr
    base = slugify(o.acr if lang not in ("ru", "ar", "zh") else "", "org")
    o.slug = f"{base}{k}"
    o.domain = f"www.{o.slug}.example"
    o.site = f"https://{o.domain}/"
    o.start = dt.date(2009 + r.randrange(14), 1 + r.randrange(12), 1)
    o.cadence = r.choice([1, 1, 1, 2])
    o.bulletin_name = r.choice(L["bulletin_names"]).format(Acr=o.acr, org=o.short)
    o.lang_tag = r.choice(LANG_TAGS[lang])
    o.declare_lang = r.random() > 0.04
    o.style = {
        "us": lang == "en" and r.random() < 0.3,
        "dash": r.choice(["–", "-"]),
        "le": r.random() < 0.3,
        "indic": lang == "ar" and r.random() < 0.25,
        "g": r.choice([" г.", " года"]),
    }
    o.date_sep = r.choice(L["date_seps"])
    o.font = r.choice(FONTS)
    o.colour = r.choice(COLOURS)
    o.heading = r.choice(["h2", "h3", "h3"])
    o.separator = r.choice(["hr", "hr", "none", "stars", "blocks"])
    o.when_style = r.choice(["p", "strong", "bold-date"])
    o.labelled = r.random() < 0.6
    o.nav = r.random() < 0.6
    o.sidebar = r.random() < 0.3
    o.news = r.random() < 0.7
    o.relative = r.random() < 0.15
    o.venue_rate = 0.15 if L is LANGS["en"] else 0.06
    o.paren_place = lang == "fr" and r.random() < 0.5
    o.ext = {"xhtml": "xhtml", "rss": "rss", "atom": "atom"}.get(o.layout, "html")
    if o.ext == "html" and r.random() < 0.15:
        o.ext = "htm"
    o.atom_content = r.choice(["escaped", "cdata", "xhtml"])
    o.rss_cdata = r.random() < 0.4
    o.nbsp = r.choice(["&nbsp;", "&#160;", "raw"])
    o.size_mu = math.log(r.uniform(9000, 22000))
    o.more = r.choice(L["more"])
    # Encoding.
    xml = o.layout in ("xhtml", "rss", "atom")
    if lang in ("en", "fr", "es", "de", "pt"):
        choices = [("utf-8", 72), ("utf-8-bom", 6), ("windows-1252", 9), ("iso-8859-1", 8), ("utf-16", 0 if xml else 5)]
    elif lang == "ru":
        choices = [("utf-8", 62), ("windows-1251", 20), ("koi8-r", 12), ("utf-16", 0 if xml else 6)]
    elif lang == "zh":
        choices = [("utf-8", 62), ("gb2312", 16), ("gbk", 16), ("utf-16", 0 if xml else 6)]
    else:
        choices = [("utf-8", 92), ("utf-8-bom", 3), ("utf-16", 0 if xml else 5)]
    o.encoding = weighted(r, choices)
    if o.layout == "legacy" and o.encoding in ("utf-8", "utf-8-bom") and r.random() < 0.5:
        o.encoding = {"ru": "windows-1251", "zh": "gb2312", "ar": "utf-8"}.get(lang, "iso-8859-1")
    # Bytes per character of the text, to aim at a file size.
    if o.encoding == "utf-16":
        o.bpc = 2.0
    elif lang in ("ru", "ar"):
        o.bpc = 1.6 if o.encoding.startswith("utf-8") else 1.0
    elif lang == "zh":
        o.bpc = 2.2 if o.encoding.startswith("utf-8") else 1.5
    else:
        o.bpc = 1.02
    # Recurring events ("series"), announced by several consecutive issues.
    o.series = []
    for s, etype in enumerate(r.sample(L["event_types"], r.choice([1, 2, 2, 3]))):
        o.series.append({
            "index": s,
            "type": etype,
            "topic": r.choice(L["topics"]),
            "month": 1 + r.randrange(12),
            "days": r.choice([1, 2, 3, 3, 4, 5]),
            "lead": r.choice([3, 4, 5, 6]),
        })
    return o


_ORG_CACHE = {}


def get_org(seed, k):
    key = (seed, k)
    o = _ORG_CACHE.get(key)
    if o is None:
        o = _ORG_CACHE[key] = make_org(seed, k)
    return o


# ---------------------------------------------------------------------------
# Events.

def pick_place(r, o, L, allow_none=True):
    """Returns (printed place, location, city, country, online)."""
    lang = o.lang
    i = LANG_INDEX[lang]
    x = r.random()
    if x < 0.11:
        word = r.choice(L["online"])
        return word, ONLINE_EXPECTED, None, None, True
    if allow_none and x < 0.13:
        return None, None, None, None, False
    home = vocab.HOME_COUNTRIES[lang].split()
    if r.random() < 0.75:
        code = r.choice(home)
        cands = [c for c in vocab.CITIES if c[0] == code]
    else:
        cands = vocab.CITIES
    code, names = r.choice(cands)
    city = names.split("|")[i]
    country = vocab.COUNTRY_NAMES[code].split("|")[i]
    if lang == "zh":
        text = country + city
    elif lang == "ar":
        text = f"{city}، {country}"
    elif lang == "fr" and o.paren_place:
        text = f"{city} ({country})"
    else:
        text = f"{city}, {country}"
    venues = vocab.VENUES[lang]
    if venues and r.random() < o.venue_rate:
        text = f"{r.choice(venues)}, {city}, {country}"
    return text, text, city, code, False


def fill(r, o, L, template, city=None):
    lang = o.lang
    topics = L["topics"]
    t1, t2, t3 = r.sample(topics, 3)
    a1, a2 = r.sample(L["audiences"], 2)
    if city is None:
        code, names = r.choice(vocab.CITIES)
        city = names.split("|")[LANG_INDEX[lang]]
    etype = r.choice(L["event_types"])
    vals = {
        "topic": t1, "topic2": t2, "topic3": t3, "audience": a1, "audience2": a2, "audience_acc": a1,
        "city": city, "n": r.randint(3, 40), "n2": r.choice([120, 150, 200, 250, 300, 400, 500, 600, 800, 1200]),
        "type_l": ("本次" + etype) if lang == "zh" else etype.lower(),
        "topic_a": contract(lang, "a", t1), "topic2_a": contract(lang, "a", t2), "topic_de": contract(lang, "de", t1),
        "topic_li": ar_li(t1) if lang == "ar" else t1,
        "Org": o.name, "org": o.short,
    }
    if "{type_l}" in template and lang == "en":
        vals["type_l"] = r.choice(["event", "meeting", etype.lower()])
    return template.format(**vals)


def make_title(r, o, L, year, city, topic=None, etype=None, template=None):
    """A title; templates naming a city are used only when the event has one (city)."""
    lang = o.lang
    topics = L["topics"]
    t1 = topic or r.choice(topics)
    t2 = r.choice(topics)
    while t2 == t1:
        t2 = r.choice(topics)
    etype = etype or r.choice(L["event_types"])
    template = template or r.choice(L["title_templates"])
    while city is None and "{City}" in template or "{city}" in template and city is None:
        template = r.choice(L["title_templates"])
    vals = {
        "Type": etype, "type": etype.lower() if lang not in ("de", "zh", "ar") else etype,
        "topic": t1, "topic2": t2, "Topic": title_case(t1) if lang == "en" else cap(t1), "Topic2": title_case(t2) if lang == "en" else cap(t2),
        "year": year, "Acr": o.acr, "acr": o.acr, "City": city, "city": city, "Nth": nth(lang, r.randint(2, 14)), "n": r.randint(2, 30),
        "Audience": title_case(r.choice(L["audiences"])) if lang == "en" else "", "audience": r.choice(L["audiences"]),
        "Theme": r.choice(L["themes"]), "topic_li": ar_li(t1) if lang == "ar" else t1,
    }
    if lang == "fr" and template == "{Type} de {City}":
        return f"{etype} {fr_de(city)}"
    if not o.acr and "{Acr}" in template:
        template = L["title_templates"][0]
    return " ".join(template.format(**vals).split())


def make_description(r, o, L, issue, start, city, lead=None):
    """Paragraphs of distinct sentences; those naming a city only when the event has one."""
    paras = []
    n = r.choice([1, 1, 2, 2, 2, 3, 3, 4])
    pool = [t for t in L["sentences"] if city is not None or "{city}" not in t]
    counts = [r.choice([1, 2, 2, 3]) for _ in range(n)]
    picked = r.sample(pool, min(len(pool), sum(counts)))
    extras = r.sample(L["extras"], 2)
    k = 0
    for i, c in enumerate(counts):
        ss = [fill(r, o, L, t, city) for t in picked[k:k + c]]
        k += c
        if r.random() < (0.25 if i else 0.1) and extras:
            ss.append(fill(r, o, L, extras.pop(), city))
        if ss:
            paras.append(ss)
    if lead:
        paras[0].insert(0, lead)
    if r.random() < 0.18:
        gap = (start - issue).days
        if gap > 10:
            dl = issue + dt.timedelta(days=r.randint(3, gap - 3))
            paras[-1].append(r.choice(L["deadlines"]).format(dm=day_month(o.lang, L, dl)))
    sep = "" if o.lang == "zh" else " "
    return [sep.join(p) for p in paras]


def event_url(r, o, year, title, ident):
    slug = slugify(title, f"event-{ident}") if o.lang in ("en", "fr", "es", "de", "pt") else f"event-{ident}"
    path = r.choice(["events", "agenda", "evenements" if o.lang == "fr" else "events", "veranstaltungen" if o.lang == "de" else "events"])
    rel = f"/{path}/{year}/{slug}"
    return rel


def series_event(seed, o, s, year):
    """The edition of a recurring event in a year: the same for every bulletin announcing it."""
    r = random.Random(f"{seed}:series:{o.k}:{s['index']}:{year}")
    L = LANGS[o.lang]
    month = s["month"]
    day = r.randint(1, 26)
    start = dt.date(year, month, day)
    end = start + dt.timedelta(days=s["days"] - 1)
    place = pick_place(r, o, L, allow_none=False)
    tmpl = {"en": "{Acr} {Type} {year}", "de": "{Acr}-{Type} {year}", "zh": "{year}{topic}{type}", "ar": "{Type} {year} حول {topic}",
            "ru": "{Type} {Acr} {year}"}.get(o.lang, "{Type} {Acr} {year}")
    if not o.acr and "{Acr}" in tmpl:
        tmpl = "{Type} {year} حول {topic}"
    title = make_title(r, o, L, year, place[2], topic=s["topic"], etype=s["type"], template=tmpl)
    subtitle = r.choice(L["themes"]) if r.random() < 0.6 else None
    ident = f"s{o.k}-{s['index']}-{year}"
    return {
        "title": title, "subtitle": subtitle, "start": start, "end": end, "place": place,
        "href": event_url(r, o, year, title, ident), "has_link": True, "month_alone": False,
        "kind_seed": f"{seed}:{o.k}:{s['index']}:{year}", "series": True,
    }


def make_events(seed, o, r, issue, layout):
    L = LANGS[o.lang]
    events = []
    # Recurring events whose next edition falls within the announcement window.
    for s in o.series:
        for year in (issue.year, issue.year + 1):
            ev = series_event(seed, o, s, year)
            y, m = month_add(issue.year, issue.month, s["lead"])
            if issue < ev["start"] <= dt.date(y, m, 28):
                events.append(ev)
    total = r.randint(3, 12)
    allow_none = layout not in ("table", "email")
    titles = {e["title"] for e in events}
    while len(events) < total:
        month_alone = r.random() < 0.05
        if month_alone:
            y, m = month_add(issue.year, issue.month, r.randint(1, 7))
            start, end = dt.date(y, m, 1), dt.date(y, m, last_day(y, m))
        else:
            start = issue + dt.timedelta(days=r.randint(5, 230))
            end = start + dt.timedelta(days=weighted(r, [(0, 46), (1, 16), (2, 18), (3, 8), (4, 7), (6, 2), (13, 2), (30, 1)]))
        place = pick_place(r, o, L, allow_none)
        title = make_title(r, o, L, start.year, place[2])
        if title in titles:
            continue
        titles.add(title)
        ident = f"{o.k}-{issue.isoformat()}-{len(events)}"
        events.append({
            "title": title, "subtitle": r.choice(L["themes"]) if r.random() < 0.22 else None,
            "start": start, "end": end, "place": place,
            "href": event_url(r, o, start.year, title, ident), "has_link": r.random() < 0.88,
            "month_alone": month_alone, "series": False,
        })
    r.shuffle(events)
    if r.random() < 0.7:
        events.sort(key=lambda e: e["start"])
    for ev in events:
        kr = random.Random(ev["kind_seed"]) if ev.get("series") else r
        ev["kind"] = choose_kind(kr, o.lang, ev["start"], ev["end"], ev["month_alone"])
        yearless = (layout in ("headings", "cards", "deflist", "table", "legacy") and o.lang in ("en", "fr", "es", "de")
                    and ev["kind"] not in ("month", "single_num", "cross_year") and not ev.get("series")
                    and 7 <= (ev["start"] - issue).days <= 300 and r.random() < 0.06)
        ev["yearless"] = yearless
        ev["date_text"] = format_date(o.lang, L, o.style, ev["start"], ev["end"], ev["kind"], yearless)
        lead = None
        if ev.get("series"):
            days = (ev["start"] - issue).days
            lead = r.choice(L["save_the_date"] if days > 90 else L["reminder"])
        ev["paras"] = make_description(r, o, L, issue, ev["start"], ev["place"][2], lead)
        ev["more"] = o.more if r.random() < 0.8 else r.choice(L["more"])
    return events


# ---------------------------------------------------------------------------
# Rendering.

class Doc:
    """Text escaping for one output document."""

    def __init__(self, o, xml):
        self.nbsp = "&#160;" if (xml and o.nbsp == "&nbsp;") else o.nbsp

    def t(self, s):
        s = html.escape(s, quote=False)
        if self.nbsp != "raw" and "\u00a0" in s:
            s = s.replace("\u00a0", self.nbsp)
        return s

    @staticmethod
    def a(s):
        return html.escape(s, quote=True)


def date_line(o, ev):
    """The printed date line: date, separator, place (the place is printed as expected)."""
    text, loc, city, code, online = ev["place"]
    d = ev["date_text"]
    if text is None:
        return d
    sep = o.date_sep
    if sep == ", à " and (online or text.startswith(("Le ", "La ")) or text.startswith(tuple(vocab.VENUES["fr"]))):
        sep = ", "
    return f"{d}{sep}{text}"


def link_href(o, ev, base=None):
    rel = ev["href"]
    return rel if (o.relative and base) else urljoin(o.site, rel)


def expected_event(o, ev, base_url):
    text, loc, city, code, online = ev["place"]
    return {
        "lang": o.lang,
        "title": norm(ev["title"]),
        "subtitle": norm(ev["subtitle"]),
        "start": ev["start"].isoformat(),
        "end": ev["end"].isoformat(),
        "location": norm(loc),
        "city": norm(city),
        "country": code,
        "url": urljoin(base_url, ev["href"]) if ev["has_link"] else None,
        "description": norm(" ".join(ev["paras"])),
    }


def quote(r, L, s):
    o_, c_ = L["quotes"][0] if len(L["quotes"]) == 1 else r.choice(L["quotes"])
    return o_ + s + c_


def pad_news(r, o, L, D, target, current, make_item):
    out = []
    size = current
    items = L["news"]
    pairs = [(items[i], items[i + 1]) for i in range(0, len(items) - 1, 2)]
    r.shuffle(pairs)
    k = 0
    while size < target:
        head, body = pairs[k % len(pairs)]
        k += 1
        head = fill(r, o, L, head)
        body = fill(r, o, L, body)
        if r.random() < 0.5:
            body += (" " if o.lang != "zh" else "") + fill(r, o, L, r.choice(L["editorial"]))
        item = make_item(D.t(head), D.t(body))
        out.append(item)
        size += len(item) * o.bpc
    return out


def past_events_sidebar(r, o, L, D, issue, tag="aside"):
    items = []
    for i in range(r.randint(2, 4)):
        d = issue - dt.timedelta(days=r.randint(5, 120))
        pl = pick_place(r, o, L, allow_none=False)
        title = make_title(r, o, L, d.year, pl[2])
        place = pl[0]
        when = format_date(o.lang, L, o.style, d, d, "single")
        items.append(f'    <li><a href="{D.a(urljoin(o.site, f"/events/{d.year}/past-{i}"))}">{D.t(title)}</a><br>{D.t(when)}, {D.t(place)}</li>')
    cls = r.choice(["sidebar", "sidebar past-events"])
    return f'<{tag} class="{cls}">\n  <h2>{D.t(r.choice(L["past"]))}</h2>\n  <ul>\n' + "\n".join(items) + "\n  </ul>\n</" + tag + ">\n"


def head_meta(o, html5=True):
    enc = o.encoding
    declared = {"utf-8-bom": "utf-8", "utf-16": "utf-16"}.get(enc, enc)
    if html5:
        return f'<meta charset="{declared}">'
    return f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'


def nav_block(r, o, L, D):
    items = L["nav"]
    paths = ["", "about", "events", "publications", "members", "projects", "news", "contact"]
    lis = "\n".join(f'    <li><a href="{o.site}{p}">{D.t(n)}</a></li>' for n, p in zip(items, paths))
    cls = r.choice(["menu", "top-menu", "main-nav"])
    return f'<nav class="{cls}">\n  <ul>\n{lis}\n  </ul>\n</nav>\n'


def footer_text(r, o, L):
    code, names = r.choice([c for c in vocab.CITIES if c[0] in vocab.HOME_COUNTRIES[o.lang].split()])
    i = LANG_INDEX[o.lang]
    return r.choice(L["footer_address"]).format(
        Org=o.name, org=o.short, street=r.choice(L["streets"]), num=r.randint(1, 120), n2=r.randint(1000, 9999),
        city=names.split("|")[i], country=vocab.COUNTRY_NAMES[code].split("|")[i])


def render_headings(r, o, L, issue, events, target, xhtml=False):
    D = Doc(o, xhtml)
    lang_attr = f' lang="{o.lang_tag}"' if o.declare_lang else ""
    if xhtml:
        lang_attr = f' xml:lang="{o.lang_tag}"' + (f' lang="{o.lang_tag}"' if r.random() < 0.5 else "")
    dir_attr = ' dir="rtl"' if o.lang == "ar" else ""
    ht = o.heading
    parts = []
    title = f"{o.bulletin_name} — {issue_date_text(o.lang, L, issue, full=r.random() < 0.5)}"
    issue_line = r.choice(L["issue_line"]).format(n=1 + (issue.year * 12 + issue.month) % 97, vol=issue.year - 2000,
                                                  date=issue_date_text(o.lang, L, issue), year=issue.year)
    if xhtml:
        enc = o.encoding if o.encoding not in ("utf-8-bom",) else "utf-8"
        parts.append(f'<?xml version="1.0" encoding="{enc.upper() if enc == "utf-8" else enc}"?>\n')
        parts.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n')
        parts.append(f'<html xmlns="http://www.w3.org/1999/xhtml"{lang_attr}{dir_attr}>\n<head>\n')
        parts.append(f'  <meta http-equiv="Content-Type" content="application/xhtml+xml; charset={enc}" />\n')
    else:
        parts.append(f"<!DOCTYPE html>\n<html{lang_attr}{dir_attr}>\n<head>\n{head_meta(o)}\n")
        parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    parts.append(f"<title>{D.t(title)}</title>\n")
    parts.append(f'<style type="text/css">\n{CSS % (o.font, o.colour, o.colour, o.colour, o.colour, o.colour)}</style>\n')
    base = None
    if o.relative and not xhtml:
        base = o.site
        parts.append(f'<base href="{base}"{" /" if xhtml else ""}>\n')
    parts.append("</head>\n<body>\n")
    close = " /" if xhtml else ""
    if o.nav:
        parts.append(nav_block(r, o, L, D))
    hdr = "div" if xhtml else "header"
    hdr_attr = ' id="header"' if xhtml else ' class="masthead"'
    parts.append(f'<{hdr}{hdr_attr}>\n  <p class="org">{D.t(o.name)}</p>\n  <h1>{D.t(o.bulletin_name)}</h1>\n  <p class="issue">{D.t(issue_line)}</p>\n</{hdr}>\n')
    parts.append(f'<{"div" if xhtml else "main"} class="content">\n')
    parts.append(f'<div class="editorial">\n  <h2>{D.t(r.choice(L["editorial_heading"]))}</h2>\n  <p>{D.t(fill(r, o, L, r.choice(L["editorial"])))}</p>\n</div>\n')
    body = []
    sep_html = {"hr": f"<hr{close}>\n", "stars": '<p class="sep">* * *</p>\n', "blocks": '<p class="sep">██ ██ ██</p>\n', "none": ""}[o.separator]
    for i, ev in enumerate(events):
        b = [f"<{ht}>{D.t(ev['title'])}</{ht}>\n"]
        if ev["subtitle"]:
            b.append(f'<p class="theme">{D.t(quote(r, L, ev["subtitle"]))}</p>\n')
        line = date_line(o, ev)
        if o.when_style == "strong":
            b.append(f'<p class="when"><strong>{D.t(line)}</strong></p>\n')
        elif o.when_style == "bold-date" and ev["place"][0] and line.startswith(ev["date_text"]):
            rest = line[len(ev["date_text"]):]
            b.append(f'<p class="when"><b>{D.t(ev["date_text"])}</b>{D.t(rest)}</p>\n')
        else:
            b.append(f'<p class="when">{D.t(line)}</p>\n')
        for p in ev["paras"]:
            b.append(f"<p>{D.t(p)}</p>\n")
        if ev["has_link"]:
            b.append(f'<p class="more"><a href="{D.a(link_href(o, ev, base))}">{D.t(ev["more"])}</a></p>\n')
        body.append("".join(b))
        if i + 1 < len(events):
            body.append(sep_html)
    events_html = f'<div class="events">\n<h2>{D.t(r.choice(L["upcoming"]))}</h2>\n' + "".join(body) + "</div>\n"
    tail = []
    tail.append(f'</{"div" if xhtml else "main"}>\n')
    if o.sidebar and not xhtml:
        tail.append(past_events_sidebar(r, o, L, D, issue))
    ftr = "div" if xhtml else "footer"
    ftr_attr = ' id="footer"' if xhtml else ""
    tail.append(f'<{ftr}{ftr_attr}>\n  <p>{D.t(footer_text(r, o, L))}</p>\n  <p>{D.t(r.choice(L["unsubscribe"]))} <a href="{o.site}unsubscribe">{D.t(r.choice(L["unsubscribe_link"]))}</a></p>\n</{ftr}>\n')
    tail.append("</body>\n</html>\n")
    current = (sum(map(len, parts)) + len(events_html) + sum(map(len, tail))) * o.bpc
    news = []
    if (o.news or current < 5200) and current < target:
        items = pad_news(r, o, L, D, target, current, lambda h, t: f"  <h3>{h}</h3>\n  <p>{t}</p>\n")
        news = [f'<div class="news">\n  <h2>{D.t(r.choice(L["news_heading"]))}</h2>\n'] + items + ["</div>\n"]
    return "".join(parts + news) + events_html + "".join(tail), base or o.site


def render_email(r, o, L, issue, events, target):
    D = Doc(o, True)
    td = f'font-family: {o.font}; font-size: 14px; line-height: 21px; color: #333333;'
    lang_attr = f' lang="{o.lang_tag}"' if o.declare_lang else ""
    dir_attr = ' dir="rtl"' if o.lang == "ar" else ""
    enc = {"utf-8-bom": "utf-8"}.get(o.encoding, o.encoding)
    parts = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n',
             f'<html xmlns="http://www.w3.org/1999/xhtml"{lang_attr}{dir_attr}>\n<head>\n',
             f'<meta http-equiv="Content-Type" content="text/html; charset={enc}" />\n',
             '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n',
             f"<title>{D.t(o.bulletin_name)} – {D.t(issue_date_text(o.lang, L, issue, full=False))}</title>\n</head>\n",
             f'<body style="margin: 0; padding: 0; background-color: #e9eef2;">\n',
             '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color: #e9eef2;">\n  <tr>\n    <td align="center" style="padding: 20px 0;">\n',
             '      <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color: #ffffff; border-collapse: collapse;">\n',
             f'        <tr>\n          <td style="padding: 10px 30px; font-family: Arial, sans-serif; font-size: 11px; color: #888888; text-align: right;"><a href="{o.site}bulletin/{issue.year}-{issue.month:02}" style="color: #888888;">{D.t(L["view_online"])}</a></td>\n        </tr>\n',
             f'        <tr>\n          <td style="background-color: {o.colour}; padding: 24px 30px; font-family: Arial, sans-serif; color: #ffffff;">\n'
             '            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">\n              <tr>\n'
             f'                <td style="font-size: 24px; font-weight: bold; color: #ffffff;">{D.t(o.bulletin_name)}</td>\n'
             f'                <td style="font-size: 13px; color: #cfe3f0; text-align: right;">{D.t(issue_date_text(o.lang, L, issue, full=False))}</td>\n'
             '              </tr>\n            </table>\n          </td>\n        </tr>\n',
             f'        <tr>\n          <td style="padding: 24px 30px 6px 30px; {td}">{D.t(fill(r, o, L, r.choice(L["editorial"])))}</td>\n        </tr>\n']
    body = []
    when_l, where_l = L["labels"]
    for ev in events:
        rows = [f'              <tr>\n                <td style="padding: 6px 14px 2px 14px; font-family: Arial, sans-serif; font-size: 19px; font-weight: bold; color: {o.colour};">{D.t(ev["title"])}</td>\n              </tr>\n']
        if ev["subtitle"]:
            rows.append(f'              <tr>\n                <td style="padding: 0 14px 4px 14px; font-family: Georgia, serif; font-size: 16px; font-style: italic; color: #555555;">{D.t(quote(r, L, ev["subtitle"]))}</td>\n              </tr>\n')
        if o.labelled:
            rows.append(f'              <tr>\n                <td style="padding: 4px 14px; font-family: Arial, sans-serif; font-size: 13px; color: #333333;"><strong>{D.t(when_l)}</strong> {D.t(ev["date_text"])}<br /><strong>{D.t(where_l)}</strong> {D.t(ev["place"][0])}</td>\n              </tr>\n')
        else:
            rows.append(f'              <tr>\n                <td style="padding: 4px 14px; font-family: Arial, sans-serif; font-size: 13px; font-weight: bold; color: #333333;">{D.t(date_line(o, ev))}</td>\n              </tr>\n')
        for p in ev["paras"]:
            rows.append(f'              <tr>\n                <td style="padding: 6px 14px; {td}">{D.t(p)}</td>\n              </tr>\n')
        if ev["has_link"]:
            rows.append(f'              <tr>\n                <td style="padding: 4px 14px 10px 14px;"><a href="{D.a(urljoin(o.site, ev["href"]))}" style="display: inline-block; background-color: {o.colour}; color: #ffffff; font-family: Arial, sans-serif; font-size: 13px; font-weight: bold; text-decoration: none; padding: 8px 16px; border-radius: 3px;">{D.t(ev["more"])}</a></td>\n              </tr>\n')
        body.append('        <tr>\n          <td style="padding: 12px 30px 0 30px;">\n'
                    f'            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-left: 4px solid {o.colour};">\n'
                    + "".join(rows) + "            </table>\n          </td>\n        </tr>\n")
    tail = [f'        <tr>\n          <td style="padding: 24px 30px; font-family: Arial, sans-serif; font-size: 11px; line-height: 16px; color: #888888; border-top: 1px solid #dddddd;">\n'
            f'            {D.t(footer_text(r, o, L))}<br />\n'
            f'            <a href="https://twitter.example/{o.slug}" style="color: #888888;">Twitter</a> | <a href="https://www.linkedin.example/company/{o.slug}" style="color: #888888;">LinkedIn</a><br />\n'
            f'            {D.t(r.choice(L["unsubscribe"]))} <a href="{o.site}unsubscribe?id=%%subscriber%%" style="color: #888888;">{D.t(r.choice(L["unsubscribe_link"]))}</a>\n'
            '          </td>\n        </tr>\n      </table>\n    </td>\n  </tr>\n</table>\n</body>\n</html>\n']
    current = (sum(map(len, parts)) + sum(map(len, body)) + len(tail[0])) * o.bpc
    news = []
    if (o.news or current < 5200) and current < target:
        news = pad_news(r, o, L, D, target, current, lambda h, t:
                        f'        <tr>\n          <td style="padding: 12px 30px 0 30px; {td}"><span style="font-weight: bold; color: #555555;">{h}</span> — {t}</td>\n        </tr>\n')
    return "".join(parts + news + body + tail), o.site


def render_table(r, o, L, issue, events, target):
    D = Doc(o, False)
    lang_attr = f' lang="{o.lang_tag}"' if o.declare_lang else ""
    dir_attr = ' dir="rtl"' if o.lang == "ar" else ""
    h = TABLE_HEADERS[o.lang]
    issue_line = r.choice(L["issue_line"]).format(n=1 + issue.month, vol=issue.year - 2000, date=issue_date_text(o.lang, L, issue, full=False), year=issue.year)
    parts = [f"<!DOCTYPE html>\n<html{lang_attr}{dir_attr}>\n<head>\n{head_meta(o, html5=r.random() < 0.7)}\n",
             f"<title>{D.t(issue_line)} – {D.t(o.name)}</title>\n",
             "<style>\n  table.agenda { border-collapse: collapse; width: 100%; }\n  table.agenda th, table.agenda td { border-bottom: 1px solid #ccc; padding: 8px; vertical-align: top; }\n  .lema { font-style: italic; }\n</style>\n</head>\n<body>\n",
             f'<div class="cabecera">\n  <p class="red">{D.t(o.name)}</p>\n  <h1>{D.t(issue_line)}</h1>\n</div>\n',
             f"<p>{D.t(fill(r, o, L, r.choice(L['editorial'])))}</p>\n"]
    rows = []
    for ev in events:
        cell = [f"        <strong>{D.t(ev['title'])}</strong>\n"]
        if ev["subtitle"]:
            cell.append(f'        <p class="lema">{D.t(quote(r, L, ev["subtitle"]))}</p>\n')
        for p in ev["paras"]:
            cell.append(f"        <p>{D.t(p)}</p>\n")
        if ev["has_link"]:
            cell.append(f'        <p><a href="{D.a(urljoin(o.site, ev["href"]))}">{D.t(ev["more"])}</a></p>\n')
        rows.append(f'    <tr>\n      <td class="fecha">{D.t(ev["date_text"])}</td>\n      <td class="evento">\n' + "".join(cell)
                    + f'      </td>\n      <td class="lugar">{D.t(ev["place"][0] or "")}</td>\n    </tr>\n')
    table = (f'<h2>{D.t(r.choice(L["upcoming"]))}</h2>\n<table class="agenda">\n  <thead>\n    <tr><th>{h[0]}</th><th>{h[1]}</th><th>{h[2]}</th></tr>\n  </thead>\n  <tbody>\n'
             + "".join(rows) + "  </tbody>\n</table>\n")
    tail = f'<div class="pie">\n  <p>{D.t(footer_text(r, o, L))}</p>\n  <p>{D.t(r.choice(L["unsubscribe"]))} <a href="{o.site}baja">{D.t(r.choice(L["unsubscribe_link"]))}</a></p>\n</div>\n</body>\n</html>\n'
    current = (sum(map(len, parts)) + len(table) + len(tail)) * o.bpc
    news = []
    if (o.news or current < 5200) and current < target:
        news = [f'<h2>{D.t(r.choice(L["news_heading"]))}</h2>\n'] + pad_news(r, o, L, D, target, current, lambda hd, t: f"<h3>{hd}</h3>\n<p>{t}</p>\n")
    return "".join(parts + news) + table + tail, o.site


def render_cards(r, o, L, issue, events, target):
    D = Doc(o, False)
    lang_attr = f' lang="{o.lang_tag}"' if o.declare_lang else ""
    dir_attr = ' dir="rtl"' if o.lang == "ar" else ""
    parts = [f"<!DOCTYPE html>\n<html{lang_attr}{dir_attr}>\n<head>\n{head_meta(o)}\n",
             f"<title>{D.t(o.bulletin_name)} – {D.t(issue_date_text(o.lang, L, issue, full=False))}</title>\n",
             f"<style>\n{CSS % (o.font, o.colour, o.colour, o.colour, o.colour, o.colour)}  .cards {{ display: flex; flex-wrap: wrap; gap: 1rem; }}\n  .card {{ flex: 1 1 18rem; }}\n</style>\n</head>\n<body>\n"]
    if o.nav:
        parts.append(nav_block(r, o, L, D))
    parts.append(f'<div class="header">\n  <img src="{o.site}img/logo.png" alt="{D.a(o.name)}" width="120" height="40">\n  <h1>{D.t(o.bulletin_name)}</h1>\n  <p class="issue">{D.t(issue_date_text(o.lang, L, issue, full=False))}</p>\n</div>\n')
    parts.append(f'<div class="intro">\n  <p>{D.t(fill(r, o, L, r.choice(L["editorial"])))}</p>\n</div>\n')
    cards = []
    use_time = r.random() < 0.7
    for ev in events:
        s, e = ev["start"], ev["end"]
        d = D.t(ev["date_text"])
        if use_time and not ev["yearless"]:
            if ev["kind"] == "month":
                d = f'<time datetime="{s.year}-{s.month:02}">{d}</time>'
            elif s == e:
                d = f'<time datetime="{s.isoformat()}">{d}</time>'
            elif o.lang == "en" and not o.style["us"] and ev["kind"] in ("range", "range_alt"):
                d = f'<time datetime="{s.isoformat()}">{s.day}</time>{o.style["dash"]}<time datetime="{e.isoformat()}">{D.t(ev["date_text"].split(o.style["dash"], 1)[1])}</time>'
        place = ev["place"][0]
        meta = d + (f" · {D.t(place)}" if place else "")
        c = [f'  <div class="card">\n    <h3>{D.t(ev["title"])}</h3>\n']
        if ev["subtitle"]:
            c.append(f'    <p class="tagline">{D.t(quote(r, L, ev["subtitle"]))}</p>\n')
        c.append(f'    <p class="meta">{meta}</p>\n')
        for p in ev["paras"]:
            c.append(f"    <p>{D.t(p)}</p>\n")
        if ev["has_link"]:
            c.append(f'    <a class="btn" href="{D.a(urljoin(o.site, ev["href"]))}">{D.t(ev["more"])}</a>\n')
        c.append("  </div>\n")
        cards.append("".join(c))
    cards_html = '<div class="cards">\n' + "".join(cards) + "</div>\n"
    tail = []
    if o.sidebar:
        tail.append(past_events_sidebar(r, o, L, D, issue))
    tail.append(f'<div class="footer">\n  <p>{D.t(footer_text(r, o, L))}</p>\n  <p><a href="{o.site}unsubscribe">{D.t(r.choice(L["unsubscribe_link"]))}</a></p>\n</div>\n</body>\n</html>\n')
    current = (sum(map(len, parts)) + len(cards_html) + sum(map(len, tail))) * o.bpc
    news = []
    if (o.news or current < 5200) and current < target:
        news = ['<div class="news">\n', f'  <h2>{D.t(r.choice(L["news_heading"]))}</h2>\n'] + pad_news(r, o, L, D, target, current, lambda h, t: f"  <h3>{h}</h3>\n  <p>{t}</p>\n") + ["</div>\n"]
    return "".join(parts + news) + cards_html + "".join(tail), o.site


def render_deflist(r, o, L, issue, events, target):
    D = Doc(o, False)
    lang_attr = f' lang="{o.lang_tag}"' if o.declare_lang else ""
    dir_attr = ' dir="rtl"' if o.lang == "ar" else ""
    issue_line = r.choice(L["issue_line"]).format(n=issue.month + 10, vol=issue.year - 2000, date=issue_date_text(o.lang, L, issue), year=issue.year)
    parts = [f"<!DOCTYPE html>\n<html{lang_attr}{dir_attr}>\n<head>\n{head_meta(o)}\n<title>{D.t(issue_line)}</title>\n",
             f'<link rel="stylesheet" type="text/css" href="{o.site}css/bulletin.css">\n</head>\n<body>\n',
             f'<div id="entete">\n  <p class="association">{D.t(o.name)}</p>\n  <h1>{D.t(issue_line)}</h1>\n</div>\n',
             f'<div id="edito">\n  <h2>{D.t(r.choice(L["editorial_heading"]))}</h2>\n  <p>{D.t(fill(r, o, L, r.choice(L["editorial"])))}</p>\n</div>\n']
    multi_dd = r.random() < 0.35
    items = []
    for ev in events:
        lines = []
        if ev["subtitle"]:
            lines.append(("theme", D.t(quote(r, L, ev["subtitle"]))))
        lines.append(("date", D.t(date_line(o, ev))))
        for p in ev["paras"]:
            lines.append(("", D.t(p)))
        if ev["has_link"]:
            lines.append(("lien", f'<a href="{D.a(urljoin(o.site, ev["href"]))}">{D.t(ev["more"])}</a>'))
        if multi_dd:
            dd = "".join(f'    <dd{f" class={chr(34)}{c}{chr(34)}" if c else ""}>{t}</dd>\n' for c, t in lines)
        else:
            dd = "    <dd>\n" + "".join(f'      <p{f" class={chr(34)}{c}{chr(34)}" if c else ""}>{t}</p>\n' for c, t in lines) + "    </dd>\n"
        items.append(f"    <dt>{D.t(ev['title'])}</dt>\n" + dd)
    dl = f'  <h2>{D.t(r.choice(L["upcoming"]))}</h2>\n  <dl class="agenda">\n' + "".join(items) + "  </dl>\n"
    tail = []
    if o.sidebar:
        tail.append(past_events_sidebar(r, o, L, D, issue))
    tail.append(f'<div id="pied">\n  <p>{D.t(footer_text(r, o, L))}</p>\n  <p>{D.t(r.choice(L["unsubscribe"]))} <a href="{o.site}desabonnement">{D.t(r.choice(L["unsubscribe_link"]))}</a></p>\n</div>\n</body>\n</html>\n')
    current = (sum(map(len, parts)) + len(dl) + sum(map(len, tail))) * o.bpc
    news = []
    if (o.news or current < 5200) and current < target:
        news = [f'<div id="breves">\n  <h2>{D.t(r.choice(L["news_heading"]))}</h2>\n'] + pad_news(r, o, L, D, target, current, lambda h, t: f"  <h3>{h}</h3>\n  <p>{t}</p>\n") + ["</div>\n"]
    return "".join(parts + news) + dl + "".join(tail), o.site


def render_legacy(r, o, L, issue, events, target):
    D = Doc(o, False)
    declared = {"utf-8-bom": "utf-8"}.get(o.encoding, o.encoding)
    lang_attr = f' LANG="{o.lang_tag}"' if o.declare_lang else ""
    dir_attr = ' DIR="RTL"' if o.lang == "ar" else ""
    issue_line = r.choice(L["issue_line"]).format(n=issue.month, vol=issue.year - 2000, date=issue_date_text(o.lang, L, issue), year=issue.year)
    parts = [f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML{lang_attr}{dir_attr}>\n<HEAD>\n',
             f'<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset={declared}">\n<TITLE>{D.t(o.bulletin_name)} — {D.t(issue_line)}</TITLE>\n</HEAD>\n',
             '<BODY BGCOLOR="#FFFFFF">\n',
             f'<TABLE WIDTH="100%" CELLPADDING="6"><TR><TD BGCOLOR="{o.colour}"><FONT COLOR="#FFFFFF" SIZE="4"><B>{D.t(o.name)}</B></FONT></TD></TR></TABLE>\n',
             f"<H2>{D.t(issue_line)}</H2>\n",
             f"<P>{D.t(fill(r, o, L, r.choice(L['editorial'])))}\n"]
    body = [f"<P><B>{D.t(r.choice(L['upcoming']).upper())}</B>\n<BR><BR>\n"]
    for ev in events:
        b = [f'<FONT SIZE="3"><B>{D.t(ev["title"])}</B></FONT><BR>\n']
        if ev["subtitle"]:
            b.append(f"<I>{D.t(quote(r, L, ev['subtitle']))}</I><BR>\n")
        b.append(f"{D.t(date_line(o, ev))}<BR>\n")
        for p in ev["paras"]:
            b.append(f"{D.t(p)}<BR>\n")
        if ev["has_link"]:
            b.append(f'<A HREF="{D.a(urljoin(o.site, ev["href"]))}">{D.t(ev["more"])}</A>\n')
        b.append("<BR><BR>\n")
        body.append("".join(b))
    tail = f'<HR>\n<SMALL>{D.t(footer_text(r, o, L))}<BR>\n{D.t(r.choice(L["unsubscribe"]))} <A HREF="{o.site}unsubscribe">{D.t(r.choice(L["unsubscribe_link"]))}</A>.</SMALL>\n</BODY>\n</HTML>\n'
    current = (sum(map(len, parts)) + sum(map(len, body)) + len(tail)) * o.bpc
    news = []
    if (o.news or current < 5200) and current < target:
        news = pad_news(r, o, L, D, target, current, lambda h, t: f"<P><B>{h}</B><BR>\n{t}\n")
    return "".join(parts + news + body) + tail, o.site


def rfc822(d, r):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[d.weekday()]}, {d.day:02} {months[d.month-1]} {d.year} {r.randint(7, 17):02}:{r.choice(['00', '15', '30', '45'])}:00 +0000"


def feed_item_html(r, o, L, ev, D):
    """The item's HTML: optional theme, 'date | place' line, paragraphs."""
    h = []
    if ev["subtitle"]:
        h.append(f"<p><em>{D.t(quote(r, L, ev['subtitle']))}</em></p>")
    h.append(f"<p>{D.t(date_line(o, ev))}</p>")
    for p in ev["paras"]:
        h.append(f"<p>{D.t(p)}</p>")
    return "".join(h)


def pad_feed(r, o, L, events, target, overhead):
    """Feeds are text only: lengthen the descriptions (before the expected events are
    taken from them) until the file is about its target size, at least 5 KB."""
    target = max(5000, target // 2)
    size = overhead + sum(len(p) for ev in events for p in ev["paras"]) * o.bpc * 1.1
    pool = [t for t in L["sentences"] if "{city}" not in t]
    while size < target:
        ev = r.choice(events)
        sep = "" if o.lang == "zh" else " "
        p = sep.join(fill(r, o, L, t) for t in r.sample(pool, 2))
        ev["paras"] = ev["paras"] + [p]
        size += len(p) * o.bpc * 1.1 + 7


def render_rss(r, o, L, issue, events, target):
    D = Doc(o, True)
    enc = {"utf-8-bom": "utf-8"}.get(o.encoding, o.encoding)
    link = o.site
    parts = [f'<?xml version="1.0" encoding="{enc.upper() if enc == "utf-8" else enc}"?>\n<rss version="2.0">\n  <channel>\n',
             f"    <title>{D.t(o.name)} – {D.t(o.bulletin_name)}</title>\n    <link>{link}</link>\n",
             f"    <description>{D.t(fill(r, o, L, r.choice(L['editorial'])))}</description>\n",
             f"    <language>{o.lang_tag}</language>\n    <pubDate>{rfc822(issue, r)}</pubDate>\n    <ttl>180</ttl>\n"]
    pad_feed(r, o, L, events, target, 600 + 250 * len(events))
    items = []
    for i, ev in enumerate(events):
        inner = feed_item_html(r, o, L, ev, D)
        if o.rss_cdata:
            desc = "<![CDATA[" + inner + "]]>"
        else:
            desc = html.escape(inner, quote=False)
        href = ev["href"] if o.relative else urljoin(link, ev["href"])
        it = [f"    <item>\n      <title>{D.t(ev['title'])}</title>\n"]
        if ev["has_link"]:
            it.append(f"      <link>{D.t(href)}</link>\n      <guid isPermaLink=\"{'false' if o.relative else 'true'}\">{D.t(urljoin(link, ev['href']))}</guid>\n")
        else:
            it.append(f"      <guid isPermaLink=\"false\">{o.slug}-{issue.isoformat()}-{i}</guid>\n")
        it.append(f"      <pubDate>{rfc822(issue - dt.timedelta(days=r.randint(0, 20)), r)}</pubDate>\n      <description>{desc}</description>\n    </item>\n")
        items.append("".join(it))
    tail = "  </channel>\n</rss>\n"
    return "".join(parts + items) + tail, link


def render_atom(r, o, L, issue, events, target):
    D = Doc(o, True)
    enc = {"utf-8-bom": "utf-8"}.get(o.encoding, o.encoding)
    link = o.site + "events/"
    parts = [f'<?xml version="1.0" encoding="{enc}"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{o.lang_tag}">\n',
             f"  <title>{D.t(o.name)} – {D.t(o.bulletin_name)}</title>\n",
             f'  <link rel="alternate" href="{link}"/>\n  <link rel="self" href="{link}feed.xml"/>\n',
             f"  <id>urn:uuid:{o.k:08x}-0000-4e8f-9d2a-{issue.year:04}{issue.month:02}{issue.day:02}0000</id>\n",
             f"  <updated>{issue.isoformat()}T09:00:00Z</updated>\n  <author><name>{D.t(o.name)}</name></author>\n"]
    pad_feed(r, o, L, events, target, 900 + 300 * len(events))
    entries = []
    for i, ev in enumerate(events):
        inner = feed_item_html(r, o, L, ev, D)
        if o.atom_content == "escaped":
            content = f'<content type="html">{html.escape(inner, quote=False)}</content>'
        elif o.atom_content == "cdata":
            content = f'<content type="html"><![CDATA[{inner}]]></content>'
        else:
            content = f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{inner}</div></content>'
        e = [f'  <entry>\n    <title type="text">{D.t(ev["title"])}</title>\n']
        if ev["has_link"]:
            e.append(f'    <link href="{D.a(urljoin(link, ev["href"]))}"/>\n')
        e.append(f"    <id>urn:uuid:{o.k:08x}-{i:04x}-4e8f-9d2a-{issue.year:04}{issue.month:02}{issue.day:02}{i:04}</id>\n")
        e.append(f"    <updated>{(issue - dt.timedelta(days=r.randint(0, 20))).isoformat()}T10:00:00Z</updated>\n    {content}\n  </entry>\n")
        entries.append("".join(e))
    return "".join(parts + entries) + "</feed>\n", link


RENDER = {
    "headings": render_headings, "email": render_email, "table": render_table, "cards": render_cards,
    "deflist": render_deflist, "legacy": render_legacy, "xhtml": lambda *a: render_headings(*a, xhtml=True),
    "rss": render_rss, "atom": render_atom,
}
CODECS = {"utf-8": "utf-8", "utf-8-bom": "utf-8", "windows-1252": "cp1252", "iso-8859-1": "latin-1",
          "windows-1251": "cp1251", "koi8-r": "koi8-r", "gb2312": "gb2312", "gbk": "gbk", "utf-16": "utf-16-le"}


def encode(o, text):
    enc = o.encoding
    if enc == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(CODECS[enc], "xmlcharrefreplace")


def make_bulletin(seed, orgs, i, revision=0):
    """Bulletin i of the archive: (file name, bytes, expected events)."""
    o = get_org(seed, i % orgs)
    n = i // orgs
    L = LANGS[o.lang]
    r = random.Random(f"{seed}:bulletin:{i}")
    y, m = month_add(o.start.year, o.start.month, n * o.cadence)
    issue = dt.date(y, m, r.randint(1, 28))
    layout = o.layout
    events = make_events(seed, o, r, issue, layout)
    if revision:
        rr = random.Random(f"{seed}:revision:{i}:{revision}")
        ev = rr.choice(events)
        ev["paras"] = ev["paras"] + [REVISED[o.lang]]
    target = int(min(60000, max(5000, r.lognormvariate(o.size_mu, 0.55))))
    text, base = RENDER[layout](r, o, L, issue, events, target)
    data = encode(o, text)
    name = f"{o.slug}-{issue.year}-{issue.month:02}-{o.lang}.{o.ext}"
    expected = [expected_event(o, ev, base) for ev in events]
    return name, data, expected


def write_bulletin(out, seed, orgs, i, revision=0):
    name, data, expected = make_bulletin(seed, orgs, i, revision)
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    with open(os.path.join(out, "expected", name + ".json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(expected, ensure_ascii=False, indent=2))
        f.write("\n")
    return name, len(data), len(expected)


def _work(args):
    out, seed, orgs, indices, revision = args
    names, size, events = [], 0, 0
    for i in indices:
        name, b, e = write_bulletin(out, seed, orgs, i, revision)
        names.append((i, name))
        size += b
        events += e
    return names, size, events


def generate(out, seed, orgs, indices, revision=0, jobs=2):
    os.makedirs(os.path.join(out, "expected"), exist_ok=True)
    chunks = [indices[k:k + 50] for k in range(0, len(indices), 50)]
    tasks = [(out, seed, orgs, c, revision) for c in chunks]
    names, size, events = [], 0, 0
    if jobs > 1 and len(chunks) > 1:
        with multiprocessing.Pool(jobs) as pool:
            for n, s, e in pool.imap_unordered(_work, tasks):
                names += n
                size += s
                events += e
    else:
        for t in tasks:
            n, s, e = _work(t)
            names += n
            size += s
            events += e
    names.sort()
    return names, size, events


def bulletin_name(seed, orgs, i):
    """The file name of bulletin i without generating it."""
    o = get_org(seed, i % orgs)
    r = random.Random(f"{seed}:bulletin:{i}")
    y, m = month_add(o.start.year, o.start.month, (i // orgs) * o.cadence)
    r.randint(1, 28)
    return f"{o.slug}-{y}-{m:02}-{o.lang}.{o.ext}"


def write_vocabulary(out):
    voc = {}
    for lang, L in LANGS.items():
        words = set()
        for key in ("topics", "event_types", "audiences", "themes"):
            for phrase in L[key]:
                if lang == "zh":
                    words.add(phrase)
                else:
                    for w in phrase.replace("’", " ").replace(":", " ").replace(",", " ").split():
                        if len(w) > 2 and w.lower() not in vocab.STOPWORDS and w.isalpha():
                            words.add(w)
        voc[lang] = sorted(words)
    with open(os.path.join(out, "vocabulary.json"), "w", encoding="utf-8") as f:
        json.dump(voc, f, ensure_ascii=False, indent=1)
    return sum(len(v) for v in voc.values())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bulletins", type=int, required=True, help="number of bulletins (with --churn: the archive's size)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--orgs", type=int, default=0, help="number of organisations (default: bulletins / 24, at least 3)")
    ap.add_argument("--start", type=int, default=0, help="index of the first bulletin to write")
    ap.add_argument("--churn", type=float, default=0, help="percent of the archive to rewrite, delete and add")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    args = ap.parse_args()
    orgs = args.orgs or max(3, math.ceil(args.bulletins / 24))
    t0 = time.monotonic()
    if args.churn:
        k = max(1, round(args.bulletins * args.churn / 100))
        r = random.Random(f"{args.seed}:churn:{args.bulletins}")
        picked = r.sample(range(args.bulletins), 2 * k)
        changed, deleted = sorted(picked[:k]), sorted(picked[k:])
        _, size, events = generate(args.out, args.seed, orgs, changed, revision=1, jobs=args.jobs)
        for i in deleted:
            name = bulletin_name(args.seed, orgs, i)
            for p in (os.path.join(args.out, name), os.path.join(args.out, "expected", name + ".json")):
                if os.path.exists(p):
                    os.remove(p)
        added, size2, events2 = generate(args.out, args.seed, orgs, list(range(args.bulletins, args.bulletins + k)), jobs=args.jobs)
        print(f"churn: changed {len(changed)}, deleted {len(deleted)}, added {len(added)} "
              f"(bulletins {args.bulletins + 0} .. {args.bulletins + k - 1}) in {time.monotonic() - t0:.1f} s")
        return
    indices = list(range(args.start, args.start + args.bulletins))
    names, size, events = generate(args.out, args.seed, orgs, indices, jobs=args.jobs)
    words = write_vocabulary(args.out)
    if args.start == 0:
        with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
            json.dump({"seed": args.seed, "orgs": orgs, "bulletins": args.bulletins, "bytes": size, "events": events,
                       "generator": "bench/generate.py"}, f, indent=1)
    secs = time.monotonic() - t0
    print(f"generated {len(names)} bulletins ({size / 1e6:.1f} MB, {events} events, {orgs} organisations, "
          f"vocabulary {words} words) in {secs:.1f} s ({len(names) / max(secs, 1e-9):.0f} bulletins/s)")


if __name__ == "__main__":
    main()
