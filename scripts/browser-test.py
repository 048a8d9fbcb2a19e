#!/usr/bin/env python3
"""The explorer page in headless Chromium, driven through chromedriver's WebDriver protocol:
a store of our own articles is served on a free loopback port; the test checks that the
timeline and the graph are drawn, clicks an actor in the graph, and checks that the timeline
then shows only that actor's events (as many as the API gives for it).

    python3 scripts/browser-test.py .build/release/chronograph [--screenshot FILE]

Prints '1 passed, 0 failed' or the failure (exit 1); chromium and chromedriver must be installed
(scripts/test.sh installs them)."""
import json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request

ARTICLES = [
    ("en", "2019-03-02", "Israeli aircraft struck targets in Syria on Saturday."),
    ("en", "2019-07-14", "Iran accused Israel of attacking its tanker on Sunday."),
    ("en", "2020-06-10", "Iran and Russia signed an agreement on oil on Wednesday."),
    ("en", "2021-01-20", "Turkey criticized Russia over the strikes in Idlib on Wednesday."),
    ("en", "2021-10-19", "Russia accused Poland of arming rebels on Tuesday."),
    ("ar", "2021-10-22", "التقى بوتين مع بينيت في سوتشي اليوم."),
    ("ar", "2022-03-05", "قصفت القوات الروسية مدينة خاركيف اليوم."),
    ("en", "2022-05-11", "Egypt hosted talks between Israel and Hamas on Wednesday."),
]


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def http(method, url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read() or b"null")


class Browser:
    def __init__(self, driver_port):
        self.base = f"http://127.0.0.1:{driver_port}"
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": shutil.which("chromium"),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900", "--lang=en"]}}}}
        self.session = http("POST", self.base + "/session", caps)["value"]["sessionId"]
        self.s = f"{self.base}/session/{self.session}"

    def go(self, url): http("POST", self.s + "/url", {"url": url})
    def js(self, script, *args): return http("POST", self.s + "/execute/sync", {"script": script, "args": list(args)})["value"]

    def find(self, css):
        v = http("POST", self.s + "/element", {"using": "css selector", "value": css})["value"]
        return next(iter(v.values()))

    def click(self, element): http("POST", f"{self.s}/element/{element}/click", {})

    def screenshot(self, path):
        import base64
        png = http("GET", self.s + "/screenshot")["value"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(png))

    def wait(self, script, what, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            v = self.js(script)
            if v:
                return v
            time.sleep(0.2)
        shown = self.js("return document.getElementById('status').textContent")
        raise AssertionError(f"timed out waiting for {what}; status: {shown}")

    def quit(self): http("DELETE", self.s)


def main():
    binary = sys.argv[1]
    shot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    store = sys.argv[sys.argv.index("--store") + 1] if "--store" in sys.argv else None
    if not shutil.which("chromium") or not shutil.which("chromedriver"):
        print("browser test failed: chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
        return 1
    tmp = tempfile.mkdtemp(prefix="chronograph-browser-")
    procs = []
    try:
        if store is None:
            with open(os.path.join(tmp, "articles.jsonl"), "w") as f:
                for i, (lang, day, text) in enumerate(ARTICLES):
                    f.write(json.dumps({"id": f"b{i}", "lang": lang, "published": day, "text": text}, ensure_ascii=False) + "\n")
            store = os.path.join(tmp, "s.sqlite")
            subprocess.run([binary, "ingest", tmp, "--store", store], check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen([binary, "serve", "--store", store, "--port", str(port)], stderr=subprocess.PIPE, text=True)
        procs.append(server)
        line = server.stderr.readline()
        assert "serving" in line, f"serve did not start: {line}"
        page = f"http://127.0.0.1:{port}/"
        driver_port = free_port()
        driver = subprocess.Popen(["chromedriver", f"--port={driver_port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(driver)
        for _ in range(100):
            try:
                http("GET", f"http://127.0.0.1:{driver_port}/status")
                break
            except Exception:
                time.sleep(0.1)
        b = Browser(driver_port)
        try:
            b.go(page)
            b.wait("return document.body.dataset.ready === '1'", "the page to load")
            drawn = b.js("return document.querySelectorAll('#timeline circle.event').length")
            nodes = b.js("return document.querySelectorAll('#graph svg g.node').length")
            ticks = b.js("return document.querySelectorAll('#timeline .axis text').length")
            assert drawn > 0, "no event drawn on the timeline"
            assert nodes > 0, "no actor drawn in the graph"
            assert ticks >= 2, "no time axis"
            # Click the actor whose events are fewest but not none, so the filter visibly narrows.
            actor = b.js("""
                const counts = {};
                for (const c of document.querySelectorAll('#timeline circle.event'))
                  for (const a of c.dataset.actors.split(' ')) counts[a] = (counts[a] || 0) + 1;
                const nodes = [...document.querySelectorAll('#graph svg g.node')].map(n => n.dataset.actor).filter(a => counts[a]);
                nodes.sort((x, y) => counts[x] - counts[y]);
                return nodes[0];""")
            assert actor, "no graph node has events on the timeline"
            if shot:
                b.screenshot(shot.replace(".png", "-all.png"))
            b.js("document.body.dataset.ready = '0'")
            b.click(b.find(f"#graph svg g.node[data-actor='{actor}'] text"))
            b.wait("return document.body.dataset.ready === '1'", "the filtered timeline")
            after = b.js("return [...document.querySelectorAll('#timeline circle.event')].map(c => c.dataset.actors.split(' '))")
            expected = http("GET", f"{page}api/timeline?actor={actor}")["events"]
            expected_dated = [e for e in expected if e["first"]]
            assert b.js("return document.getElementById('actor').value") == actor, "the actor filter is not shown"
            assert len(after) == len(expected_dated), f"{len(after)} events drawn, the API has {len(expected_dated)} for {actor}"
            assert all(actor in a for a in after), f"an event without {actor} is still drawn"
            assert len(after) < drawn, f"the timeline did not narrow ({drawn} → {len(after)})"
            # An event's evidence opens in the panel; an Arabic sentence reads right to left.
            b.click(b.find("#timeline circle.event"))
            b.wait("return document.querySelectorAll('#evidence blockquote').length > 0", "the evidence panel")
            b.js("document.getElementById('reset').click()")
            b.wait("return document.querySelectorAll('#timeline circle.event').length === arguments[0]".replace("arguments[0]", str(drawn)), "the reset")
            arabic = [e["id"] for e in http("GET", f"{page}api/timeline")["events"] if any("\u0600" <= ch <= "\u06ff" for ch in e["sentence"] or "")]
            assert arabic, "no Arabic event in the store"
            b.click(b.find(f"#timeline circle.event[data-id='{arabic[0]}']"))
            b.wait("return [...document.querySelectorAll('#evidence blockquote')].some(q => q.dir === 'rtl' && q.lang === 'ar')", "an Arabic sentence right to left")
            if shot:
                b.screenshot(shot)
            print(f"browser: timeline {drawn} events, graph {nodes} actors; clicked {actor}: {len(after)} events, all involving it")
        finally:
            b.quit()
        print("browser: 1 passed, 0 failed")
        return 0
    except AssertionError as e:
        print(f"browser test failed: {e}")
        print("browser: 0 passed, 1 failed")
        return 1
    finally:
        for p in procs:
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
