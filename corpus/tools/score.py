#!/usr/bin/env python3
"""Scores almanac-index extract against corpus/expected: events found / expected and the
accuracy of each field, per language and format. Usage: corpus/tools/score.py
[build/bin/almanac-index] [-v]. The scoring is bench/score.py's, run on corpus/."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.dirname(here)
args = [a for a in sys.argv[1:] if not a.startswith("-")]
binary = args[0] if args else os.path.join(os.path.dirname(corpus), "build", "bin", "almanac-index")
scorer = os.path.join(os.path.dirname(corpus), "bench", "score.py")
os.execv(sys.executable, [sys.executable, scorer, corpus, "--index-bin", binary, *(["-v"] if "-v" in sys.argv else [])])
