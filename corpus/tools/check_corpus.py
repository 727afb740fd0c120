#!/usr/bin/env python3
"""Consistency checks for the extractor's golden corpus (corpus/*.{html,xhtml,rss,atom,xml}).

For every bulletin it checks that corpus/expected/<name>.json exists and is a JSON array of
objects with exactly the fields of the golden test, in order, with valid values; that the
bytes decode with the charset the bulletin declares (BOM, XML declaration, <meta>), or, for
undeclared legacy files, that they are not UTF-8 and decode as windows-1252; and that every
expected title, subtitle, city, location (as printed) and description occurs in the text of
the bulletin (entities decoded, tags removed, whitespace collapsed), titles in order, and
that every expected url is a link of the bulletin (possibly relative to <base href> or the
feed's link). It does not re-extract events: it only catches expected files that disagree
with their bulletin. Standard library only.

usage: corpus/tools/check_corpus.py [corpus-dir]        exit status 1 on any problem
"""
import codecs
import datetime
import html
import html.parser
import json
import os
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET

FIELDS = ['lang', 'title', 'subtitle', 'start', 'end', 'location', 'city', 'country', 'url',
          'description']
EXTS = ('.html', '.xhtml', '.rss', '.atom', '.xml')
INLINE = {'a', 'b', 'strong', 'i', 'em', 'span', 'font', 'small', 'time', 'u', 'abbr', 'sup',
          'sub', 'code', 'big', 'cite', 'q', 'mark'}
WS = re.compile(r'[\s\u00a0\u2007\u202f]+')


def norm(s):
    return WS.sub(' ', s).strip()


def sniff_charset(data):
    """(charset, how) following the indexer's order: BOM, XML declaration, meta, UTF-8."""
    for bom, cs in ((codecs.BOM_UTF8, 'utf-8-sig'), (codecs.BOM_UTF16_LE, 'utf-16'),
                    (codecs.BOM_UTF16_BE, 'utf-16')):
        if data.startswith(bom):
            return cs, 'bom'
    head = data[:2048].decode('ascii', 'replace')
    m = re.match(r'<\?xml[^>]*encoding=["\']([\w.:-]+)', head)
    if m:
        return m.group(1).lower(), 'xml'
    m = re.search(r'<meta[^>]+charset=["\']?([\w.:-]+)', head, re.I)
    if m:
        return m.group(1).lower(), 'meta'
    try:
        data.decode('utf-8')
        return 'utf-8', 'utf-8'
    except UnicodeDecodeError:
        return 'cp1252', 'undeclared'


class TextExtractor(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hrefs, self.base, self.skip = [], [], None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ('script', 'style'):
            self.skip += 1
        if tag == 'base' and a.get('href'):
            self.base = a['href']
        if tag == 'a' and a.get('href'):
            self.hrefs.append(a['href'])
        if tag not in INLINE:
            self.parts.append(' ')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip = max(0, self.skip - 1)
        if tag not in INLINE:
            self.parts.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(markup):
    p = TextExtractor()
    p.feed(markup)
    p.close()
    return norm(''.join(p.parts)), p.hrefs, p.base


def xml_text(text):
    """Text of a feed or Almanac XML document; HTML payloads are extracted as HTML."""
    root = ET.fromstring(text.encode('utf-8'))
    parts, links, base = [], [], None

    def walk(el):
        nonlocal base
        local = el.tag.split('}')[-1]
        if local == 'a' and el.get('href'):
            links.append(el.get('href'))
        if local == 'link':
            href = el.get('href') or (el.text or '').strip()
            if href:
                links.append(href)
                if base is None and el.get('rel', 'alternate') == 'alternate':
                    base = href
        if local in ('description', 'content', 'summary') and el.text and '<' in el.text:
            t, hrefs, _ = html_text(el.text)
            parts.append(' ' + t + ' ')
            links.extend(hrefs)
        else:
            gap = '' if local in INLINE else ' '
            parts.append(gap + (el.text or ''))
            for child in el:
                walk(child)
                parts.append(child.tail or '')
            parts.append(gap)
        if local == 'url' and el.text:
            links.append(el.text.strip())

    walk(root)
    return norm(''.join(parts)), links, base


def check_event(i, e, problems):
    where = f'event {i}'
    if not isinstance(e, dict) or list(e) != FIELDS:
        problems.append(f'{where}: fields must be exactly {FIELDS} in that order')
        return
    for f in ('lang', 'title', 'description'):
        if not isinstance(e[f], str):
            problems.append(f'{where}: {f} must be a string')
    for f in ('subtitle', 'start', 'end', 'location', 'city', 'country', 'url'):
        if e[f] is not None and not isinstance(e[f], str):
            problems.append(f'{where}: {f} must be a string or null')
    for f in ('title', 'subtitle', 'description', 'location', 'city'):
        if isinstance(e[f], str) and (e[f] != norm(e[f]) or not e[f] and f != 'description'):
            problems.append(f'{where}: {f} is not whitespace-normalised: {e[f]!r}')
    if isinstance(e['lang'], str) and not re.fullmatch(r'[a-z]{2}', e['lang']):
        problems.append(f'{where}: lang must be ISO 639-1: {e["lang"]!r}')
    if (e['start'] is None) != (e['end'] is None):
        problems.append(f'{where}: start and end must both be set or both null')
    elif e['start']:
        try:
            s = datetime.date.fromisoformat(e['start'])
            t = datetime.date.fromisoformat(e['end'])
            if s > t:
                problems.append(f'{where}: start after end')
            if not 2015 <= s.year <= 2024:
                problems.append(f'{where}: year outside 2015-2024')
        except ValueError:
            problems.append(f'{where}: invalid ISO date')
    if e['country'] is not None and not re.fullmatch(r'[A-Z]{2}', e['country']):
        problems.append(f'{where}: country must be ISO 3166 alpha-2')
    if e['location'] == 'Online' and (e['city'] or e['country']):
        problems.append(f'{where}: online events have no city or country')
    if e['url'] is not None and not re.match(r'https?://', e['url']):
        problems.append(f'{where}: url must be absolute')


def check(corpus, name):
    problems = []
    path = os.path.join(corpus, name)
    exp_path = os.path.join(corpus, 'expected', name + '.json')
    data = open(path, 'rb').read()
    charset, how = sniff_charset(data)
    try:
        text = data.decode(charset)
    except (UnicodeDecodeError, LookupError) as ex:
        return [f'does not decode as {charset} ({how}): {ex}'], charset, how, 0
    if text.startswith('\ufeff'):
        text = text[1:]
    if not os.path.exists(exp_path):
        return ['no expected file'], charset, how, 0
    try:
        with open(exp_path, encoding='utf-8') as f:
            events = json.load(f)
    except ValueError as ex:
        return [f'expected file is not valid JSON: {ex}'], charset, how, 0
    if not isinstance(events, list):
        return ['expected file must hold a JSON array'], charset, how, 0
    for i, e in enumerate(events):
        check_event(i, e, problems)
    if problems:
        return problems, charset, how, len(events)

    is_xml = name.endswith(('.rss', '.atom', '.xml')) or text.lstrip().startswith('<?xml')
    if is_xml:
        try:
            body, links, base = xml_text(text)
        except ET.ParseError as ex:
            return [f'not well-formed XML: {ex}'], charset, how, len(events)
    else:
        body, links, base = html_text(text)
    pos = 0
    for i, e in enumerate(events):
        at = body.find(e['title'], pos)
        if at < 0:
            problems.append(f'event {i}: title not found (in order): {e["title"]!r}')
        else:
            pos = at + len(e['title'])
        for f in ('subtitle', 'city', 'description'):
            if e[f] and e[f] not in body:
                problems.append(f'event {i}: {f} not found: {e[f][:80]!r}')
        loc = e['location']
        if loc and loc != 'Online' and loc not in body and not name.endswith('.xml'):
            problems.append(f'event {i}: location not found as printed: {loc!r}')
        if e['url']:
            resolved = {urllib.parse.urljoin(base or '', href) for href in links}
            if e['url'] not in resolved and e['url'] not in links:
                problems.append(f'event {i}: url is not a link of the bulletin: {e["url"]}')
    return problems, charset, how, len(events)


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))
    names = sorted(n for n in os.listdir(corpus) if n.endswith(EXTS))
    failed = total = 0
    for name in names:
        problems, charset, how, n = check(corpus, name)
        total += n
        status = 'ok' if not problems else 'FAIL'
        print(f'{status:4} {name:34} {n:3} events  {charset} ({how})')
        for p in problems:
            print(f'     - {p}')
        failed += bool(problems)
    for exp in sorted(os.listdir(os.path.join(corpus, 'expected'))):
        if exp[:-5] not in names:
            print(f'FAIL expected/{exp} has no bulletin')
            failed += 1
    print(f'{len(names)} bulletins, {total} events, {failed} with problems')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
