#!/usr/bin/python3
"""Renders a Markdown bulletin (Jekyll/Hugo style, with optional YAML front matter) to the
HTML page its site publishes: the front matter's title becomes <title> and an <h1>, the
body is rendered by Python-Markdown (Debian python3-markdown) with the extensions static
site generators enable by default (tables, fenced code, attribute lists, definition lists).

    tests/real/tools/render_markdown.py SOURCE.md OUT.html --lang LANG [--title TITLE] [--path PATH]

--path is the post's path in its repository: a Jekyll post (_posts/YYYY-MM-DD-slug.md) without
a date in its front matter is dated by its file name, as Jekyll publishes it.
"""
import argparse
import html
import os
import re
import sys

import markdown

try:
    import yaml
except ImportError:  # front matter is then read as plain "key: value" lines
    yaml = None


def split_front_matter(text):
    m = re.match(r"\A(?:\ufeff)?---\s*\n(.*?)\n(?:---|\.\.\.)\s*\n", text, re.S)
    if not m:
        m = re.match(r"\A\+\+\+\s*\n(.*?)\n\+\+\+\s*\n", text, re.S)  # Hugo TOML
        if not m:
            return {}, text
        meta = dict(re.findall(r'^(\w+)\s*=\s*"?(.*?)"?\s*$', m.group(1), re.M))
        return meta, text[m.end():]
    raw = m.group(1)
    meta = {}
    if yaml is not None:
        try:
            meta = yaml.safe_load(raw) or {}
        except yaml.YAMLError:
            meta = {}
    if not isinstance(meta, dict) or not meta:
        meta = dict(re.findall(r'^(\w+)\s*:\s*"?(.*?)"?\s*$', raw, re.M))
    return meta, text[m.end():]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source")
    ap.add_argument("out")
    ap.add_argument("--lang", required=True)
    ap.add_argument("--title")
    ap.add_argument("--path", help="the post's path in its repository (Jekyll dates posts by it)")
    args = ap.parse_args()
    with open(args.source, encoding="utf-8") as f:
        meta, body = split_front_matter(f.read())
    # Liquid/Hugo template tags are not part of the published text.
    body = re.sub(r"\{%.*?%\}|\{\{<.*?>\}\}", "", body, flags=re.S)
    rendered = markdown.markdown(body, extensions=["tables", "fenced_code", "attr_list", "def_list", "sane_lists"])
    title = args.title or str(meta.get("title") or "")
    date = meta.get("date")
    if not date and args.path and "_posts/" in args.path:
        m = re.match(r"(\d{4}-\d{2}-\d{2})-", os.path.basename(args.path))
        if m:
            date = m.group(1)
    head_date = f'\n<meta name="date" content="{html.escape(str(date))}">' if date else ""
    h1 = f"<h1>{html.escape(title)}</h1>\n" if title else ""
    page = (f'<!DOCTYPE html>\n<html lang="{args.lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>{head_date}\n</head>\n<body>\n<article>\n{h1}"
            f"{rendered}\n</article>\n</body>\n</html>\n")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    sys.exit(main())
