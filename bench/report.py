#!/usr/bin/env python3
"""Formats the measurements bench/run collected (RESULTS: one `key value...` a line) as one
markdown table with the ratios and the project's targets, printed and written to MD_FILE.

    bench/report.py RESULTS MD_FILE
"""
import json
import sys


def load(path):
    v = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            key, _, value = line.partition(" ")
            v[key] = value
    return v


def num(v, key):
    try:
        return float(v[key].split()[0])
    except (KeyError, ValueError, IndexError):
        return None


def timing(v, key):
    """(wall s, cpu s, peak MB) of a /usr/bin/time line 'wall user sys maxrss_kb'."""
    if key not in v:
        return None, None, None
    wall, user, sys_, rss = (float(x) for x in v[key].split()[:4])
    return wall, user + sys_, rss / 1024.0


def fmt(x, digits=2):
    if x is None:
        return "–"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.{digits}f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def check(ok):
    return "" if ok is None else ("✓" if ok else "✗")


def main():
    v = load(sys.argv[1])
    md_path = sys.argv[2]
    n = int(num(v, "bulletins") or 0)
    rows = []

    def row(measure, a, o, r=None, target="", ok=None, digits=2):
        rows.append((measure, fmt(a, digits), fmt(o, digits), fmt(r, 2) if r is not None else "–", target, check(ok)))

    aw, ac, am = timing(v, "time_almanac_full")
    ow, oc, om = timing(v, "time_omindex_full")
    a_bps = n / aw if aw else None
    o_bps = n / ow if ow else None
    row("full index: wall time (s)", aw, ow, ratio(aw, ow))
    r = ratio(a_bps, o_bps)
    row("full index: bulletins/s", a_bps, o_bps, r, "Almanac ≥ 1.5× omindex", None if r is None else r >= 1.5)
    row("full index: CPU time user+sys (s)", ac, oc, ratio(ac, oc))
    row("full index: peak memory (MB)", am, om, ratio(am, om), "Almanac < 500 MB", None if am is None else am < 500)
    asz, osz = num(v, "size_almanac"), num(v, "size_omindex")
    asz = asz / 1e6 if asz else None
    osz = osz / 1e6 if osz else None
    r = ratio(asz, osz)
    row("index size on disk (MB)", asz, osz, r, "≤ 1.5× omindex", None if r is None else r <= 1.5)
    aw2, ac2, am2 = timing(v, "time_almanac_nochange")
    ow2, oc2, om2 = timing(v, "time_omindex_nochange")
    row("re-sync, nothing changed: wall (s)", aw2, ow2, ratio(aw2, ow2), "Almanac < 1 s", None if aw2 is None else aw2 < 1)
    aw3, ac3, am3 = timing(v, "time_almanac_churn")
    ow3, oc3, om3 = timing(v, "time_omindex_churn")
    r = ratio(aw3, ow3)
    row(f"re-sync, 1% changed + 1% deleted + 1% new: wall (s)", aw3, ow3, r, "≥ 3× faster (ratio ≤ 0.33)", None if r is None else r <= 1 / 3)
    row("re-sync 1%/1%/1%: CPU time (s)", ac3, oc3, ratio(ac3, oc3))
    aw4, ac4, am4 = timing(v, "time_almanac_new10")
    ow4, oc4, om4 = timing(v, "time_omindex_new10")
    row("10 new bulletins: wall (s)", aw4, ow4, ratio(aw4, ow4), "Almanac < 1 s", None if aw4 is None else aw4 < 1)
    q = {}
    for eng in ("almanac", "xapian"):
        q[eng] = dict(kv.split("=") for kv in v.get("query_" + eng, "").split() if "=" in kv)
    def qv(eng, k):
        try:
            return float(q[eng][k])
        except (KeyError, ValueError):
            return None
    p50a, p50x = qv("almanac", "p50_ms"), qv("xapian", "p50_ms")
    r = ratio(p50a, p50x)
    row("query p50 (ms)", p50a, p50x, r, "< 1 ms and ≤ 1.5× Xapian", None if r is None else (p50a < 1 and r <= 1.5), 3)
    row("query p95 (ms)", qv("almanac", "p95_ms"), qv("xapian", "p95_ms"), ratio(qv("almanac", "p95_ms"), qv("xapian", "p95_ms")), digits=3)
    p99a = qv("almanac", "p99_ms")
    row("query p99 (ms)", p99a, qv("xapian", "p99_ms"), ratio(p99a, qv("xapian", "p99_ms")), "< 5 ms", None if p99a is None else p99a < 5, 3)
    row("query mean (ms)", qv("almanac", "mean_ms"), qv("xapian", "mean_ms"), ratio(qv("almanac", "mean_ms"), qv("xapian", "mean_ms")), digits=3)
    ea, ex = qv("almanac", "empty"), qv("xapian", "empty")
    rows.append(("queries with no result (of 1000)", "–" if ea is None else f"{ea:.0f}", "–" if ex is None else f"{ex:.0f}", "–", "", ""))
    tok, stem, icu = num(v, "analyzer_tokenize"), num(v, "analyzer_stem"), num(v, "analyzer_icu")
    rows.append(("Analyzer tokenize MB/s (omindex column: plain ICU word break)", fmt(tok), fmt(icu), fmt(ratio(tok, icu)), "", ""))
    rows.append(("Analyzer tokenize+stem MB/s (vs plain ICU word break)", fmt(stem), fmt(icu), fmt(ratio(stem, icu)), "", ""))

    acc = json.loads(v["accuracy"]) if "accuracy" in v else None
    lines = []
    lines.append("| measure | Almanac | omindex / Xapian | Almanac ÷ other | target | met |")
    lines.append("|---|---:|---:|---:|---|:-:|")
    for m, a, o, r, t, ok in rows:
        lines.append(f"| {m} | {a} | {o} | {r} | {t} | {ok} |")
    if acc:
        e = max(1, acc["expected"])
        lines.append(f"| extraction: events found / expected | {acc['found']} / {acc['expected']} | | | | |")
        lines.append(f"| extraction: events with every field right | {100.0 * acc['exact'] / e:.1f}% | | | | |")
        lines.append(f"| extraction: bulletins entirely right | {acc['bulletins_ok']} / {acc['bulletins']} | | | | |")
        fields = " · ".join(f"{k} {100.0 * c / e:.1f}%" for k, c in acc["fields"].items())
        lines.append(f"| extraction: field accuracy | {fields} | | | | |")
    header = [
        f"# Almanac benchmark — {n} bulletins",
        "",
        f"- machine: {v.get('machine', '?')}",
        f"- commit: {v.get('commit', '?')}",
        f"- corpus: {v.get('corpus', '?')}",
        f"- generator: {v.get('generator', '?')}",
        f"- omindex: {v.get('omindex_note', '')}",
        f"- almanac-index sync summaries: full `{v.get('summary_full', '')}`; nothing changed `{v.get('summary_nochange', '')}`; "
        f"1%/1%/1% `{v.get('summary_churn', '')}`; 10 new `{v.get('summary_new10', '')}`",
        "",
    ]
    notes = [
        "",
        "Times are wall-clock seconds from `/usr/bin/time` (page cache warm: the corpus was just written); "
        "peak memory is the maximum resident set size. Almanac: `almanac-index sync --progress never`; "
        "omindex: `omindex --db DIR --url / -Mrss:text/html -Mjson:ignore CORPUS` over the same directory. "
        "Queries: in-process, after a warm-up pass; Xapian is QueryParser (english, FLAG_DEFAULT, AND) + "
        "Enquire top 10 on omindex's database, without the date ranges Almanac applies to a third of them.",
    ]
    text = "\n".join(header + lines + notes) + "\n"
    print("\n".join(lines))
    with open(md_path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
