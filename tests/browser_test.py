#!/usr/bin/env python3
"""The search page of `almanac-search serve` in headless Chromium, driven through
chromedriver's WebDriver HTTP API with the Python standard library only.

Syncs corpus/ (plus one bulletin whose title is markup) into a fresh index, starts the
service on a free loopback port, loads the page at a phone-sized window, types a query and
presses Enter, and checks the result titles against /search, the <mark>ed snippets, that
markup in a title stays text, the bookmarkable URL, a facet filter and the next page.

Exit codes: 0 pass, 1 fail, 77 skipped (ctest SKIP_RETURN_CODE) when Chromium or
chromedriver is missing -- except with CI=true, where a missing browser fails the test.

  browser_test.py --index-bin almanac-index --search-bin almanac-search --corpus corpus/
"""
import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C WebDriver element key
ENTER = "\ue007"

HOSTILE_BULLETIN = """<?xml version="1.0" encoding="UTF-8"?>
<bulletin xmlns="https://almanac.example/ns/bulletin/1" xml:lang="en" issued="2024-02-01">
  <title>Browser test bulletin</title>
  <event>
    <title>&lt;img src=x onerror="document.title='pwned'"&gt; Wombat Gala</title>
    <dates start="2024-05-04"/>
    <venue><city>Hobart</city><country code="AU">Australia</country></venue>
    <url>javascript:alert(1)</url>
    <description><p>An evening for the wombat &lt;b&gt;and&lt;/b&gt; its friends.</p></description>
  </event>
</bulletin>
"""
HOSTILE_TITLE = "<img src=x onerror=\"document.title='pwned'\"> Wombat Gala"


class TestFailure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise TestFailure(message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_json(method, url, body=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        raise TestFailure(f"{method} {url}: {error.code} {error.read()[:500]!r}") from None


def wait_for(what, probe, timeout=15):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = probe()
            if last:
                return last
        except (OSError, TestFailure) as error:
            last = error
        time.sleep(0.05)
    raise TestFailure(f"timed out waiting for {what} (last: {last!r})")


class WebDriver:
    """Just the WebDriver commands this test needs."""

    def __init__(self, base):
        self.base = base
        self.session = None

    def start(self, chromium, user_data_dir):
        args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=390,844", f"--user-data-dir={user_data_dir}"]
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium, "args": args}}}}
        self.session = http_json("POST", f"{self.base}/session", capabilities, timeout=60)["value"]["sessionId"]

    def command(self, method, path, body=None):
        return http_json(method, f"{self.base}/session/{self.session}{path}", body)["value"]

    def go(self, url):
        self.command("POST", "/url", {"url": url})

    def run(self, script, *args):
        return self.command("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        return self.command("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def type(self, css, text):
        self.command("POST", f"/element/{self.find(css)}/value", {"text": text})

    def click(self, css):
        self.command("POST", f"/element/{self.find(css)}/click", {})

    def quit(self):
        if self.session:
            try:
                self.command("DELETE", "")
            finally:
                self.session = None


def page_state(driver):
    return driver.run("""
        return {
          url: location.search,
          status: document.getElementById('status').textContent,
          busy: document.getElementById('results').hasAttribute('aria-busy'),
          titles: [...document.querySelectorAll('.result-title')].map(e => e.textContent),
          links: [...document.querySelectorAll('.result-title a')].map(a => a.getAttribute('href')),
          marks: document.querySelectorAll('#result-list .snippet mark').length,
          images: document.querySelectorAll('#result-list img, #result-list script').length,
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          title: document.title,
        };""")


def settled(driver, url_part):
    """The page state once a search for a URL containing url_part has been shown."""
    def probe():
        state = page_state(driver)
        done = url_part in state["url"] and not state["busy"] and state["status"].rstrip().endswith(".")
        return state if done else None
    return wait_for(f"results for {url_part!r}", probe)


def find_browser():
    chromium = next((p for p in ("/usr/lib/chromium/chromium", shutil.which("chromium"),
                                 shutil.which("chromium-browser"), shutil.which("google-chrome")) if p and os.path.exists(p)), None)
    driver = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
    return chromium, driver


def run_test(args, chromium, chromedriver, work):
    db = os.path.join(work, "db")
    extra = os.path.join(work, "extra")
    os.makedirs(extra)
    with open(os.path.join(extra, "hostile.xml"), "w", encoding="utf-8") as f:
        f.write(HOSTILE_BULLETIN)
    for source in (args.corpus, extra):
        subprocess.run([args.index_bin, "sync", "--progress", "never", "--db", db, source], check=True,
                       stdout=subprocess.DEVNULL)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server_log = open(os.path.join(work, "server.log"), "w+")
    server = subprocess.Popen([args.search_bin, "serve", "--db", db, "--listen", f"127.0.0.1:{port}",
                               "--threads", "2"], stderr=server_log)
    driver_port = free_port()
    driver_log = open(os.path.join(work, "chromedriver.log"), "w+")
    chromedriver_process = subprocess.Popen([chromedriver, f"--port={driver_port}"], stdout=driver_log,
                                            stderr=subprocess.STDOUT)
    driver = WebDriver(f"http://127.0.0.1:{driver_port}")
    try:
        wait_for("the service", lambda: server.poll() is None and http_json("GET", f"{base}/health")["status"] == "ok")
        wait_for("chromedriver", lambda: http_json("GET", f"{driver.base}/status")["value"]["ready"])
        driver.start(chromium, os.path.join(work, "chromium-profile"))

        # The page lists every event on arrival; then a query typed and sent with Enter.
        driver.go(f"{base}/")
        wait_for("the first listing", lambda: page_state(driver)["titles"])
        driver.type("#q", "conference" + ENTER)
        state = settled(driver, "q=conference")
        expected = http_json("GET", f"{base}/search?q=conference&limit=10")
        check(state["titles"] == [r["title"] for r in expected["results"]],
              f"titles {state['titles']} != {[r['title'] for r in expected['results']]}")
        check(state["status"].startswith(f"{expected['total']} events"), f"status {state['status']!r}")
        check(state["marks"] > 0, "no <mark> in the snippets")
        check(state["overflow"] <= 0, f"the page is {state['overflow']} px wider than a phone screen")

        # Reloading the bookmarked URL shows the same search.
        driver.go(f"{base}/{state['url']}")
        again = settled(driver, "q=conference")
        check(again["titles"] == state["titles"], "a reload of the bookmarked URL shows other results")

        # A facet filters the results and shows in the URL.
        driver.click("#facet-groups button")
        filtered = settled(driver, "from=")
        check(filtered["titles"] and len(filtered["titles"]) <= len(state["titles"]), "the year facet did not filter")

        # Paging: the next page of a listing of everything.
        driver.go(f"{base}/")
        wait_for("the listing", lambda: page_state(driver)["titles"])
        driver.click("#next")
        second = settled(driver, "offset=10")
        listing = http_json("GET", f"{base}/search?offset=10&limit=10")
        check(second["titles"] == [r["title"] for r in listing["results"]], "the next page shows other titles")

        # Markup in the index is shown as text, and a javascript: URL is no link.
        driver.go(f"{base}/?q=wombat")
        hostile = settled(driver, "q=wombat")
        check(hostile["titles"] == [HOSTILE_TITLE], f"titles {hostile['titles']}")
        check(hostile["images"] == 0 and hostile["title"] != "pwned", "markup from the index became elements")
        check(hostile["links"] == [], f"unsafe link {hostile['links']}")
    except TestFailure:
        for log in (server_log, driver_log):
            log.seek(0)
            sys.stderr.write(log.read()[-3000:])
        raise
    finally:
        try:
            driver.quit()
        except (OSError, TestFailure) as error:
            print(f"browser_test: closing the session: {error}", file=sys.stderr)
        chromedriver_process.terminate()
        chromedriver_process.wait(timeout=10)
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=10)
    check(code == 0, f"almanac-search serve exited {code} on SIGTERM")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-bin", required=True)
    parser.add_argument("--search-bin", required=True)
    parser.add_argument("--corpus", required=True)
    args = parser.parse_args()

    chromium, chromedriver = find_browser()
    if not chromium or not chromedriver:
        missing = "chromium" if not chromium else "chromedriver"
        if os.environ.get("CI") == "true":
            print(f"browser_test: {missing} is not installed (scripts/setup installs it)", file=sys.stderr)
            return 1
        print(f"browser_test: skipped: {missing} is not installed", file=sys.stderr)
        return 77
    with tempfile.TemporaryDirectory(prefix="almanac-browser-") as work:
        try:
            run_test(args, chromium, chromedriver, work)
        except TestFailure as failure:
            print(f"browser_test: FAILED: {failure}", file=sys.stderr)
            return 1
    print("browser_test: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
