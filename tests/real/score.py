#!/usr/bin/env python3
"""Scores extraction on real bulletins: runs `almanac-index extract` on every bulletin of
SPLIT (tests/real/dev or tests/real/test) that has SPLIT/expected/<name>.json, pairs
expected and extracted events, and prints events found / expected / paired, precision,
recall and F1, and the accuracy of the title, start, end, city and country of the expected
events, overall and per language.

    tests/real/score.py SPLIT [--index-bin PATH] [-v] [--json FILE] [--min-f1 X] [--min-field X]

Pairing: an expected event pairs with the unpaired extracted event whose title is the same
(after Unicode NFKC, case folding and white-space folding), else one whose title contains
the other's or shares most of its words, else one with the same start date whose title
shares a word. A field is right when it is equal after the same folding (dates exactly).
Precision = paired / extracted, recall = paired / expected. With --min-f1 / --min-field it
exits 1 when the F1 or any field's accuracy is below the floor (the ctest check).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

FIELDS = ["title", "start", "end", "city", "country"]


def default_binary():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for b in ("build", "build-release"):
        p = os.path.join(root, b, "bin", "almanac-index")
        if os.path.exists(p):
            return p
    return "almanac-index"


def fold(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[\s\u200b\u200c\u200d\ufeff]+", " ", text).strip()
    return text.strip(" \"'“”«»„「」『』.,;:!?-–—·|()[]")


def words(text):
    t = fold(text) or ""
    ws = re.findall(r"\w+", t)
    # CJK text has no spaces: its characters count as words.
    if len(ws) <= 2 and any(ord(c) > 0x2E80 for c in t):
        ws = [c for c in t if c.isalnum()]
    return set(ws)


def similar(a, b):
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa == fb or (len(fa) >= 4 and fa in fb) or (len(fb) >= 4 and fb in fa):
        return True
    wa, wb = words(a), words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def pair(expected, got):
    """[(expected_event, got_event or None)] in expected order."""
    free = list(range(len(got)))
    out = [None] * len(expected)
    tests = [
        lambda e, g: fold(e["title"]) == fold(g.get("title")),
        lambda e, g: similar(e["title"], g.get("title")),
        lambda e, g: e.get("start") and e.get("start") == g.get("start") and words(e["title"]) & words(g.get("title")),
    ]
    for test in tests:
        for i, e in enumerate(expected):
            if out[i] is not None:
                continue
            for k in free:
                if test(e, got[k]):
                    out[i] = got[k]
                    free.remove(k)
                    break
    return list(zip(expected, out))


def field_ok(fld, e, g):
    if fld in ("start", "end", "country"):
        return e.get(fld) == g.get(fld)
    return fold(e.get(fld)) == fold(g.get(fld))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split")
    ap.add_argument("--index-bin", default=default_binary())
    ap.add_argument("-v", "--verbose", action="store_true", help="print every missed, extra or wrong event")
    ap.add_argument("--json", help="also write the totals as JSON to this file")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-field", type=float, default=0.0)
    ap.add_argument("--floor-fields", default=",".join(FIELDS),
                    help="the fields --min-field applies to, comma-separated (default: all)")
    args = ap.parse_args()

    exp_dir = os.path.join(args.split, "expected")
    names = sorted(n[:-5] for n in os.listdir(exp_dir) if n.endswith(".json"))
    paths = [os.path.join(args.split, n) for n in names]
    run = subprocess.run([args.index_bin, "extract", *paths], capture_output=True, text=True)
    got_all = collections.defaultdict(list)
    for line in run.stdout.splitlines():
        if line.strip():
            e = json.loads(line)
            got_all[e["bulletin"]].append(e)
    failed = [l for l in run.stderr.splitlines() if l.strip()]

    totals = collections.Counter()
    by_lang = collections.defaultdict(collections.Counter)
    for name, path in zip(names, paths):
        with open(os.path.join(exp_dir, name + ".json"), encoding="utf-8") as f:
            expected = json.load(f)
        got = got_all.get(path, [])
        lang = name.split("_", 1)[0]
        pairs = pair(expected, got)
        paired = [(e, g) for e, g in pairs if g is not None]
        for c in (totals, by_lang[lang]):
            c["bulletins"] += 1
            c["expected"] += len(expected)
            c["found"] += len(got)
            c["paired"] += len(paired)
            for e, g in paired:
                for fld in FIELDS:
                    c[fld] += field_ok(fld, e, g)
        if args.verbose and (len(paired) != len(expected) or len(got) != len(expected) or
                             any(not field_ok(fld, e, g) for e, g in paired for fld in FIELDS)):
            print(f"== {name}: found {len(got)}, expected {len(expected)}, paired {len(paired)}")
            used = {id(g) for _, g in paired}
            for e, g in pairs:
                if g is None:
                    print(f"  missing: {e['title'][:70]!r} {e.get('start')}")
                    continue
                for fld in FIELDS:
                    if not field_ok(fld, e, g):
                        print(f"  {e['title'][:40]!r} {fld}: got {str(g.get(fld))[:60]!r} want {str(e.get(fld))[:60]!r}")
            for g in got:
                if id(g) not in used:
                    print(f"  extra: {g.get('title', '')[:70]!r} {g.get('start')}")

    def line(label, c):
        p = c["paired"] / c["found"] if c["found"] else (1.0 if not c["expected"] else 0.0)
        r = c["paired"] / c["expected"] if c["expected"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        fields = "  ".join(f"{fld} {c[fld] / c['expected'] if c['expected'] else 1.0:.2f}" for fld in FIELDS)
        print(f"{label:6} bulletins {c['bulletins']:3}  events {c['found']:4}/{c['expected']:<4} paired {c['paired']:4}"
              f"  P {p:.2f} R {r:.2f} F1 {f1:.2f}  {fields}")
        return f1

    print(f"{args.split}: {len(failed)} failed")
    for l in failed[:5]:
        print(f"  failed: {l[:160]}")
    f1 = line("all", totals)
    for lang in sorted(by_lang):
        line(lang, by_lang[lang])
    accuracy = {fld: totals[fld] / totals["expected"] if totals["expected"] else 1.0 for fld in FIELDS}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"f1": f1, **dict(totals), "accuracy": accuracy}, f, indent=1)
    low = [fld for fld in args.floor_fields.split(",") if accuracy[fld] < args.min_field]
    if f1 < args.min_f1 or low:
        print(f"below the floor: F1 {f1:.2f} (floor {args.min_f1}), fields below {args.min_field}: {', '.join(low) or 'none'}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
