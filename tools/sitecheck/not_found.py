"""k. not-found: 404.html as a web server shows it, at a deeper address than its own.

The site is built without base_url (the common case: no configuration) and served by
a small HTTP server on loopback under a sub-path (/beredskab/), answering every
missing address with 404.html, as nginx's error_page or IIS's custom errors do. In
Chromium, the page at /beredskab/kommuner/findes-ikke/kort/gammelt-kort/ must be
styled, its link to the front page must lead to /beredskab/index.html, and the quick
exit's keyboard script must have loaded. The same for a missing page at the top
(/beredskab/gammel-side).
"""
import functools
import http.server
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "beredskab" / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def check_not_found(driver, binary):
    fails, notes = [], []
    work = Path(tempfile.mkdtemp(prefix="beredskab-404-"))
    server = None
    try:
        site = work / "www" / "beredskab"
        subprocess.run([str(binary), "build", "--content", str(REPO / "content"), "--templates", str(REPO / "templates"),
                        "--output", str(site)], check=True, capture_output=True)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(work / "www")))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        for address in ("/beredskab/kommuner/findes-ikke/kort/gammelt-kort/", "/beredskab/gammel-side"):
            driver.get(base + address)
            if "Siden findes ikke" not in driver.title:
                fails.append(f"{address}: the 404 page was not shown (title {driver.title!r})")
                continue
            styled = driver.execute_script("return getComputedStyle(document.querySelector('.quick-exit')).display")
            if styled in (None, "inline"):
                fails.append(f"{address}: the page is not styled (the quick-exit link's display is {styled!r})")
            home = driver.execute_script(
                "var a = [].find.call(document.querySelectorAll('main a'), function (a) { return a.textContent === 'forsiden'; }); return a && a.href")
            if home != base + "/beredskab/index.html":
                fails.append(f"{address}: the link to the front page leads to {home}, not {base}/beredskab/index.html")
            loaded = driver.execute_script("return [].map.call(document.scripts, function (s) { return s.src; })")
            if base + "/beredskab/assets/site.js" not in loaded:
                fails.append(f"{address}: the quick exit's script was not loaded from the site root: {loaded}")
            blocked = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
            if blocked:
                fails.append(f"{address}: the browser blocked: {blocked[:2]}")
        if not fails:
            notes.append("404.html at two depths under /beredskab/: styled, front-page link and quick-exit script from the site root")
    finally:
        if server:
            server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    return fails, notes
