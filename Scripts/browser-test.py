"""Checks the report pages in headless Chromium over the DevTools protocol (loopback only).

Usage: python3 Scripts/browser-test.py PAGES_DIR SCREENSHOT_DIR
PAGES_DIR holds seed-article.html, hostile-article.html and index.html (the ReportTests snapshots).
Prints one line per check and "N passed, M failed"; exits 1 when a check failed.
"""

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request


class WebSocket:
    """The little of RFC 6455 the DevTools protocol needs: masked text frames out, frames in."""

    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        if parsed.hostname not in ("127.0.0.1", "localhost"):
            raise ValueError(f"refusing a non-loopback DevTools address: {url}")
        self.sock = socket.create_connection((parsed.hostname, parsed.port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (f"GET {parsed.path} HTTP/1.1\r\nHost: {parsed.hostname}:{parsed.port}\r\nUpgrade: websocket\r\n"
             f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError(f"DevTools refused the websocket: {head[:80]!r}")

    def send(self, text):
        payload = text.encode()
        header = bytearray([0x81])
        if len(payload) < 126:
            header.append(0x80 | len(payload))
        elif len(payload) < 65536:
            header.append(0x80 | 126)
            header += struct.pack(">H", len(payload))
        else:
            header.append(0x80 | 127)
            header += struct.pack(">Q", len(payload))
        mask = os.urandom(4)
        self.sock.sendall(bytes(header) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(length)
            opcode = first & 0x0F
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the websocket")
            if opcode in (0x9, 0xA):
                continue
            message += payload
            if first & 0x80:
                return message.decode()


class DevTools:
    """One DevTools websocket: commands, and the events that arrive meanwhile."""

    def __init__(self, url):
        self.ws = WebSocket(url)
        self.next_id = 0
        self.events = []
        self.dialogs = []

    def call(self, method, **params):
        self.next_id += 1
        command_id = self.next_id
        self.ws.send(json.dumps({"id": command_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == command_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._event(message)

    def _event(self, message):
        if message.get("method") == "Page.javascriptDialogOpening":
            self.dialogs.append(message["params"].get("message"))
            self.ws.send(json.dumps({"id": 0, "method": "Page.handleJavaScriptDialog", "params": {"accept": False}}))
        self.events.append(message)

    def wait_for(self, name, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for index, event in enumerate(self.events):
                if event.get("method") == name:
                    del self.events[: index + 1]
                    return event
            self._event(json.loads(self.ws.receive()))
        raise TimeoutError(name)


class Page(DevTools):
    def open(self, url):
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def reload(self):
        self.events.clear()
        self.call("Page.reload")
        self.wait_for("Page.loadEventFired")

    def eval(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails'].get('exception', {}).get('description')}")
        return result["result"].get("value")

    def click(self, selector):
        """A real mouse click at the middle of the element's first box."""
        point = self.eval(
            "(() => { const e = document.querySelector(%s); if (!e) return null; e.scrollIntoView({block: 'center'});"
            " const r = e.getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]; })()"
            % json.dumps(selector))
        if point is None:
            raise RuntimeError(f"nothing matches {selector}")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=point[0], y=point[1], button="left", clickCount=1)

    def press(self, key, code, key_code):
        for kind in ("keyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", type=kind, key=key, code=code, windowsVirtualKeyCode=key_code)

    def screenshot(self, path):
        with open(path, "wb") as file:
            file.write(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def expect(self, name, actual, expected):
        if actual == expected:
            self.passed += 1
            print(f"ok    {name}")
        else:
            self.failed += 1
            print(f"FAIL  {name}\n      expected {expected!r}\n      actual   {actual!r}")


VISIBLE_ITEMS = "[...document.querySelectorAll('.claim-item')].filter(e => e.offsetParent !== null)"
VISIBLE_ROWS = "[...document.querySelectorAll('#articles tbody tr')].filter(e => e.offsetParent !== null)"


def check_seed_article(page, pages, shots, downloads, checks):
    page.open(f"file://{pages}/seed-article.html")
    checks.expect("the page's own script ran (CSP hash matches)", page.eval("document.documentElement.className"), "js")
    first_marks = page.eval("[...document.querySelectorAll('mark.claim[id]')].map(m => [m.dataset.claimId, m.dataset.verdict])")
    items = page.eval("[...document.querySelectorAll('.claim-item')].map(e => [e.dataset.claimId, e.dataset.verdict])")
    checks.expect("one mark per claim, with the claim's verdict", first_marks, items)
    checks.expect("marks carry the verdicts", dict(first_marks).get("n4"), "supported")
    checks.expect("twelve claims", len(items), 12)
    checks.expect("numbers nest in the attributions that contain them",
                  page.eval("Boolean(document.querySelector('#claim-a1 #claim-a2 #claim-n1'))"), True)
    page.screenshot(f"{shots}/seed-article-top.png")
    checks.expect("evidence panels start closed", page.eval("document.querySelectorAll('.claim-item details[open]').length"), 0)

    page.click("#claim-n4")
    checks.expect("clicking a mark opens its evidence", page.eval("document.getElementById('evidence-n4').open"), True)
    checks.expect("the evidence shows the reference value",
                  page.eval("document.getElementById('evidence-n4').innerText.includes('234,088')"), True)
    checks.expect("the mark and its list item are highlighted",
                  page.eval("[document.getElementById('claim-n4'), document.querySelector('.claim-item[data-claim-id=n4]')]"
                            ".every(e => e.classList.contains('is-active'))"), True)
    page.screenshot(f"{shots}/seed-article.png")

    page.eval("window.scrollTo(0, 0); document.querySelector('.skip').focus()")
    for _ in range(40):
        page.press("Tab", "Tab", 9)
        if page.eval("document.activeElement.matches('mark.claim')"):
            break
    focused = page.eval("document.activeElement.dataset.claimId || null")
    checks.expect("Tab reaches the first claim in the text", focused, "a1")
    checks.expect("focusing a claim opens its evidence", page.eval("document.getElementById('evidence-a1').open"), True)
    page.press("Enter", "Enter", 13)
    checks.expect("Enter on a claim moves to its evidence",
                  page.eval("document.activeElement.closest('.claim-item')?.dataset.claimId"), "a1")

    page.press("Escape", "Escape", 27)
    checks.expect("Escape in the evidence goes back to the claim in the text",
                  page.eval("document.activeElement.id"), "claim-a1")

    page.click(".claims .filters button[data-filter=supported]")
    checks.expect("the Supported filter shows the supported claims only",
                  page.eval(f"{VISIBLE_ITEMS}.map(e => e.dataset.verdict)"), ["supported"] * 5)
    page.screenshot(f"{shots}/seed-article-filtered.png")
    page.click(".claims .filters button[data-filter=all]")
    checks.expect("All shows every claim again", page.eval(f"{VISIBLE_ITEMS}.length"), 12)

    page.click("#claim-n6")
    page.click(".review-form[data-claim-id=n6] input[value=overridden]")
    page.eval("(() => { const s = document.querySelector('.review-form[data-claim-id=n6] select');"
              " s.value = 'refuted'; s.dispatchEvent(new Event('change')); })()")
    page.click(".review-form[data-claim-id=n6] textarea")
    page.call("Input.insertText", text="Court filings list 23 states.")
    page.click(".review-form[data-claim-id=n6] input[name=reviewer]")
    page.call("Input.insertText", text="A. Checker")
    page.click(".review-form[data-claim-id=n6] button[type=submit]")
    stored = page.eval("JSON.parse(localStorage.getItem('claimcheck.reviews') || '{}')")
    entry = next(iter(stored.values()), {}) if len(stored) == 1 else stored
    checks.expect("saving a review keeps it in the browser",
                  [entry.get(k) for k in ("claim", "decision", "verdict", "machineVerdict", "note", "reviewer")],
                  ["n6", "overridden", "refuted", "supported", "Court filings list 23 states.", "A. Checker"])
    page.screenshot(f"{shots}/seed-article-review.png")
    page.reload()
    checks.expect("the review is still there after a reload",
                  page.eval("document.querySelector('.claim-item[data-claim-id=n6] .local-review').innerText"),
                  "Your review: Refuted")

    for name in os.listdir(downloads):
        os.remove(os.path.join(downloads, name))
    page.click("#export-reviews")
    exported = os.path.join(downloads, "reviews.json")
    deadline = time.time() + 10
    while not os.path.exists(exported) and time.time() < deadline:
        time.sleep(0.1)
    document = json.load(open(exported)) if os.path.exists(exported) else {}
    if os.path.exists(exported):
        shutil.copy(exported, f"{shots}/reviews.json")
    checks.expect("reviews.json is exported in the reviews format",
                  [document.get("format"), document.get("version")], ["claimcheck-reviews", 1])
    checks.expect("the export holds this reviewer's decision and those already applied",
                  sorted((r["claim"], r["decision"], r["verdict"], r["reviewer"]) for r in document.get("reviews", [])),
                  [("a4", "overridden", "unverifiable", ""), ("n2", "overridden", "needs-review", ""),
                   ("n4", "confirmed", "supported", "M. Ortiz"), ("n6", "overridden", "refuted", "A. Checker")])
    page.eval("localStorage.clear()")

    page.call("Emulation.setEmulatedMedia", media="print")
    page.screenshot(f"{shots}/seed-article-print.png")
    page.call("Emulation.setEmulatedMedia", media="")
    page.call("Emulation.setDeviceMetricsOverride", width=420, height=900, deviceScaleFactor=1, mobile=True)
    page.screenshot(f"{shots}/seed-article-narrow.png")
    page.call("Emulation.clearDeviceMetricsOverride")


def check_without_script(page, pages, shots, checks):
    page.call("Emulation.setScriptExecutionDisabled", value=True)
    page.open(f"file://{pages}/seed-article.html")
    checks.expect("without JavaScript every evidence panel is open",
                  page.eval("document.querySelectorAll('.claim-item details:not([open])').length"), 0)
    checks.expect("without JavaScript the review controls are hidden",
                  page.eval("[...document.querySelectorAll('.needs-js')].every(e => e.offsetParent === null)"), True)
    checks.expect("without JavaScript the list links to each claim in the text",
                  page.eval("[...document.querySelectorAll('.locate a')].every(a => document.querySelector(a.getAttribute('href')))"),
                  True)
    page.screenshot(f"{shots}/seed-article-no-js.png")
    page.call("Emulation.setScriptExecutionDisabled", value=False)


def check_hostile_article(page, pages, shots, checks):
    page.dialogs.clear()
    page.open(f"file://{pages}/hostile-article.html")
    checks.expect("an injected title is shown as text", page.eval("document.title"),
                  "Breaking: </title><script>alert('title')</script> & \"news\" · claimcheck")
    checks.expect("the injected script did not run", page.dialogs, [])
    checks.expect("only the page's two script elements exist", page.eval("document.scripts.length"), 2)
    checks.expect("no injected image or bold element", page.eval("document.querySelectorAll('img, b').length"), 0)
    checks.expect("the article's markup is shown as text",
                  page.eval("document.getElementById('article-text').textContent"
                            ".includes(\"<script>document.title='pwned'</script>\")"), True)
    checks.expect("a stray </mark> in the text does not end a mark",
                  page.eval("document.querySelector('#claim-n3').textContent"), "</mark> value: <b>12 %</b>")
    checks.expect("claims inside the text are marked, the one outside it is not",
                  page.eval("[...document.querySelectorAll('mark.claim[id]')].map(m => m.dataset.claimId)"),
                  ["a1", "n1", "n2", "n3"])
    checks.expect("a javascript: URL is not a link", page.eval("document.querySelectorAll('a[href^=javascript]').length"), 0)
    page.click(".claims .filters button[data-filter=refuted]")
    checks.expect("the Refuted filter shows the refuted claim only",
                  page.eval(f"{VISIBLE_ITEMS}.map(e => e.dataset.claimId)"), ["n1"])
    page.click(".claims .filters button[data-filter=all]")
    page.click("#claim-n1")
    page.screenshot(f"{shots}/hostile-article.png")


def check_index(page, pages, shots, checks):
    page.open(f"file://{pages}/index.html")
    checks.expect("one row per article", page.eval(f"{VISIBLE_ROWS}.length"), 5)
    page.click(".filters button[data-filter=refuted]")
    checks.expect("the Refuted filter keeps the articles with a refuted claim",
                  page.eval(f"{VISIBLE_ROWS}.map(r => r.dataset.refuted)"), ["1", "2"])
    page.click(".filters button[data-filter=needs-review]")
    checks.expect("the Needs review filter keeps theirs",
                  page.eval(f"{VISIBLE_ROWS}.map(r => r.dataset.title)"),
                  ["caravan-article", "Breaking: </title><script>alert('title')</script> & \"news\""])
    page.click(".filters button[data-filter=all]")
    page.click("button[data-sort=total]")
    checks.expect("sorting by claims, most first", page.eval(f"{VISIBLE_ROWS}.map(r => +r.dataset.total)"), [12, 11, 5, 5, 0])
    checks.expect("the sorted column says so", page.eval("document.querySelector('button[data-sort=total]').closest('th')"
                                                          ".getAttribute('aria-sort')"), "descending")
    page.click("button[data-sort=total]")
    checks.expect("sorting again reverses", page.eval(f"{VISIBLE_ROWS}.map(r => +r.dataset.total)"), [0, 5, 5, 11, 12])
    page.click("button[data-sort=refuted]")
    checks.expect("sorting by refuted claims", page.eval(f"{VISIBLE_ROWS}.map(r => +r.dataset.refuted)"), [2, 1, 0, 0, 0])
    checks.expect("failed files are listed with their reason",
                  page.eval("[...document.querySelectorAll('#failures tbody tr')].map(r => r.cells[2].textContent)"),
                  ["no article text found (page has 0 paragraphs)", "cannot write <reports/jobs-report.json>: disk full"])
    page.eval("window.scrollTo(0, 0)")
    page.screenshot(f"{shots}/index.png")


def main():
    pages = os.path.abspath(sys.argv[1])
    shots = os.path.abspath(sys.argv[2])
    os.makedirs(shots, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="claimcheck-chromium-")
    downloads = tempfile.mkdtemp(prefix="claimcheck-downloads-")
    browser = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", f"--user-data-dir={profile}",
         "--window-size=1400,1000", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    checks = Checks()
    try:
        browser_url = None
        deadline = time.time() + 60
        while browser_url is None and time.time() < deadline:
            line = browser.stderr.readline()
            if not line and browser.poll() is not None:
                break
            if "DevTools listening on " in line:
                browser_url = line.split("DevTools listening on ", 1)[1].strip()
        if browser_url is None:
            raise RuntimeError("chromium did not start its DevTools endpoint")
        port = urllib.parse.urlparse(browser_url).port
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page_url = next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")

        control = DevTools(browser_url)
        control.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=downloads)
        page = Page(page_url)
        page.call("Page.enable")
        page.call("Runtime.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=1400, height=1000, deviceScaleFactor=1, mobile=False)
        page.call("Emulation.clearDeviceMetricsOverride")

        check_seed_article(page, pages, shots, downloads, checks)
        check_without_script(page, pages, shots, checks)
        check_hostile_article(page, pages, shots, checks)
        check_index(page, pages, shots, checks)
    finally:
        browser.terminate()
        try:
            browser.wait(timeout=10)
        except subprocess.TimeoutExpired:
            browser.kill()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(downloads, ignore_errors=True)
    print(f"screenshots in {shots}")
    print(f"{checks.passed} passed, {checks.failed} failed")
    sys.exit(1 if checks.failed else 0)


if __name__ == "__main__":
    main()
