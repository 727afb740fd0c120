#!/usr/bin/env python3
"""Scores almanac-index extract against corpus/expected: events found / expected and the
accuracy of each field. Usage: corpus/tools/score.py [build/bin/almanac-index] [-v]"""
import json, os, subprocess, sys

FIELDS = ["lang", "title", "subtitle", "start", "end", "location", "city", "country", "url", "description"]

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    binary = args[0] if args else "build/bin/almanac-index"
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    expected_dir = os.path.join(root, "expected")
    total_expected = total_found = matched_events = 0
    field_ok = {f: 0 for f in FIELDS}
    for name in sorted(os.listdir(expected_dir)):
        if not name.endswith(".json"):
            continue
        bulletin = name[:-5]
        expected = json.load(open(os.path.join(expected_dir, name), encoding="utf-8"))
        run = subprocess.run([binary, "extract", os.path.join(root, bulletin)], capture_output=True, text=True)
        got = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
        total_expected += len(expected)
        total_found += len(got)
        # Pair by title, else by order.
        by_title = {g["title"]: g for g in got}
        bad = []
        for i, e in enumerate(expected):
            g = by_title.get(e["title"]) or (got[i] if i < len(got) else None)
            if g is None:
                bad.append(f"  missing: {e['title']}")
                continue
            matched_events += 1
            for f in FIELDS:
                if g.get(f) == e.get(f):
                    field_ok[f] += 1
                else:
                    bad.append(f"  {e['title'][:40]!r} {f}: got {str(g.get(f))[:70]!r} want {str(e.get(f))[:70]!r}")
        status = "ok " if not bad and len(got) == len(expected) else "BAD"
        print(f"{status} {bulletin}: {len(got)}/{len(expected)} events{'' if run.returncode == 0 else ' (exit %d: %s)' % (run.returncode, run.stderr.strip()[:100])}")
        if verbose:
            for b in bad:
                print(b)
    print(f"\nevents found {total_found}, expected {total_expected}, paired {matched_events}")
    for f in FIELDS:
        print(f"  {f:12} {field_ok[f]}/{total_expected} ({100.0 * field_ok[f] / max(1, total_expected):.1f}%)")

main()
