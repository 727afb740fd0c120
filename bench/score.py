#!/usr/bin/env python3
"""Extraction accuracy on a generated corpus (bench/generate.py): runs `almanac-index
extract` on the bulletins of DIR that have DIR/expected/<name>.json, in batches, and prints
events found / expected and the accuracy of each field, overall and per language.

    bench/score.py DIR [--index-bin PATH] [--limit N] [--batch N] [-v] [--json FILE]

Expected events are paired with extracted ones by title, else by position. A field is
right when it is equal to the expected value. corpus/tools/score.py runs this on corpus/.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import time

FIELDS = ["lang", "title", "subtitle", "start", "end", "location", "city", "country", "url", "description"]


def default_binary():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for b in ("build-release", "build-bench", "build"):
        p = os.path.join(root, b, "bin", "almanac-index")
        if os.path.exists(p):
            return p
    return "almanac-index"


def extract(binary, paths):
    """{path: [events]} for a batch; a bulletin that failed has no entry."""
    run = subprocess.run([binary, "extract", *paths], capture_output=True, text=True)
    got = collections.defaultdict(list)
    bad_lines = 0
    for line in run.stdout.splitlines():
        if not line.strip():
            continue
        try:
            e = json.loads(line)
        except ValueError:
            bad_lines += 1
            continue
        got[e.get("bulletin")].append(e)
    return got, run.stderr, bad_lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--index-bin", default=default_binary())
    ap.add_argument("--limit", type=int, default=0, help="score a deterministic sample of N bulletins")
    ap.add_argument("--batch", type=int, default=200, help="bulletins per extract run")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong field")
    ap.add_argument("--json", help="also write the totals as JSON to this file")
    args = ap.parse_args()

    exp_dir = os.path.join(args.dir, "expected")
    names = sorted(n[:-5] for n in os.listdir(exp_dir) if n.endswith(".json"))
    names = [n for n in names if os.path.exists(os.path.join(args.dir, n))]
    if args.limit and len(names) > args.limit:
        names = sorted(random.Random(0).sample(names, args.limit))
    t0 = time.monotonic()
    total_expected = total_found = paired = 0
    field_ok = collections.Counter()
    by_lang = collections.defaultdict(lambda: collections.Counter())
    by_format = collections.defaultdict(lambda: collections.Counter())
    failed = []
    bulletins_ok = 0
    for k in range(0, len(names), args.batch):
        batch = names[k:k + args.batch]
        paths = [os.path.join(args.dir, n) for n in batch]
        got_all, stderr, _ = extract(args.index_bin, paths)
        for line in stderr.splitlines():
            if line.strip():
                failed.append(line.strip())
        for name, path in zip(batch, paths):
            with open(os.path.join(exp_dir, name + ".json"), encoding="utf-8") as f:
                expected = json.load(f)
            got = got_all.get(path, [])
            total_expected += len(expected)
            total_found += len(got)
            lang = expected[0]["lang"] if expected else "?"
            fmt = name.rsplit(".", 1)[-1]
            for c in (by_lang[lang], by_format[fmt]):
                c["bulletins"] += 1
                c["expected"] += len(expected)
                c["found"] += len(got)
            by_title = {}
            for g in got:
                by_title.setdefault(g.get("title"), g)
            bad = []
            for i, e in enumerate(expected):
                g = by_title.get(e["title"]) or (got[i] if i < len(got) else None)
                if g is None:
                    bad.append(f"  missing: {e['title']}")
                    continue
                paired += 1
                all_ok = True
                for fld in FIELDS:
                    if g.get(fld) == e.get(fld):
                        field_ok[fld] += 1
                    else:
                        all_ok = False
                        bad.append(f"  {e['title'][:50]!r} {fld}: got {str(g.get(fld))[:80]!r} want {str(e.get(fld))[:80]!r}")
                if all_ok:
                    by_lang[lang]["exact"] += 1
                    by_format[fmt]["exact"] += 1
            if not bad and len(got) == len(expected):
                bulletins_ok += 1
            elif args.verbose:
                print(f"BAD {name}: {len(got)}/{len(expected)} events")
                for b in bad:
                    print(b)
    secs = time.monotonic() - t0
    print(f"bulletins {len(names)} ({bulletins_ok} entirely right, {len(failed)} failed), extract took {secs:.1f} s")
    print(f"events found {total_found}, expected {total_expected}, paired {paired}")
    for fld in FIELDS:
        print(f"  {fld:12} {field_ok[fld]:7}/{total_expected} ({100.0 * field_ok[fld] / max(1, total_expected):5.1f}%)")
    print("per language: bulletins, events found/expected, events with every field right")
    for lang in sorted(by_lang):
        c = by_lang[lang]
        print(f"  {lang:3} {c['bulletins']:6} {c['found']:7}/{c['expected']:<7} {100.0 * c['exact'] / max(1, c['expected']):5.1f}%")
    print("per format:")
    for fmt in sorted(by_format):
        c = by_format[fmt]
        print(f"  {fmt:6} {c['bulletins']:6} {c['found']:7}/{c['expected']:<7} {100.0 * c['exact'] / max(1, c['expected']):5.1f}%")
    for line in failed[:5]:
        print(f"  failed: {line[:160]}")
    exact = sum(c["exact"] for c in by_lang.values())
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"bulletins": len(names), "bulletins_ok": bulletins_ok, "failed": len(failed),
                       "found": total_found, "expected": total_expected, "paired": paired, "exact": exact,
                       "fields": {fld: field_ok[fld] for fld in FIELDS}, "seconds": secs}, f, indent=1)


if __name__ == "__main__":
    main()
