#!/usr/bin/env python3
"""Realistic queries for bench/query_bench.cc, drawn from a generated corpus
(bench/generate.py): 1 to 3 words taken from an event's title or description (so most
queries find something, as a visitor's would), now and then from the corpus vocabulary
alone, a third with a date range around the event (YYYY, YYYY-MM or YYYY-MM-DD).

    bench/queries.py CORPUS_DIR [--count 1000] [--seed 1] > queries.tsv

Output: one query a line, `words<TAB>from<TAB>to` (from/to empty when there is none).
"""
import argparse
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vocab import STOPWORDS  # noqa: E402

WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", re.UNICODE)


def words_of(text, lang, zh_vocab):
    if lang == "zh":
        return [w for w in zh_vocab if w in text]
    out = []
    for w in WORD.findall(text):
        w = w.lower()
        if len(w) > 2 and w not in STOPWORDS and "’" not in w and "'" not in w:
            out.append(w)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    r = random.Random(args.seed)
    exp_dir = os.path.join(args.corpus, "expected")
    names = sorted(n for n in os.listdir(exp_dir) if n.endswith(".json"))
    names = r.sample(names, min(len(names), 3000))
    events = []
    for n in names:
        with open(os.path.join(exp_dir, n), encoding="utf-8") as f:
            events += [e for e in json.load(f)]
    with open(os.path.join(args.corpus, "vocabulary.json"), encoding="utf-8") as f:
        voc = json.load(f)
    zh_vocab = sorted(voc.get("zh", []), key=len, reverse=True)
    out = []
    while len(out) < args.count:
        e = r.choice(events)
        k = r.choices([1, 2, 3], weights=[35, 40, 25])[0]
        x = r.random()
        if x < 0.55:
            pool = words_of(e["title"], e["lang"], zh_vocab)
        elif x < 0.85:
            pool = words_of(e["title"] + " " + e["description"], e["lang"], zh_vocab)
        else:
            pool = [w.lower() for w in voc.get(e["lang"], [])]
        pool = list(dict.fromkeys(pool))
        if not pool:
            continue
        words = r.sample(pool, min(k, len(pool)))
        frm = to = ""
        if r.random() < 1 / 3:
            start = e["start"] or "2015-01-01"
            y, m, d = start.split("-")
            kind = r.choice(["year", "month", "day"])
            if kind == "year":
                frm, to = y, str(int(y) + r.choice([0, 0, 1]))
            elif kind == "month":
                frm = f"{y}-{m}"
                mm = int(y) * 12 + int(m) - 1 + r.choice([0, 1, 2, 5])
                to = f"{mm // 12}-{mm % 12 + 1:02}"
            else:
                frm = start
                to = (e["end"] or start) if r.random() < 0.5 else ""
        out.append(" ".join(words) + "\t" + frm + "\t" + to)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
