#!/usr/bin/env python3
"""Live reload as an editor sees it (part of `make bench`): `beredskab serve` on a copy
of the generated 98-kommune corpus, a page open in headless Chromium, and the time
from saving a file to the change showing in that open tab, with no action in the
browser (the page's own script must reload it).

1. first page: from starting `serve` to the front page shown in the browser;
2. card body saved → the open card page shows it (median and worst of 5);
3. card title saved → the open kommune page shows the new title (median and worst of 5).

Usage: reload_latency.py BINARY CONTENT_FOLDER  (run with the site checks' venv: it uses selenium)
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
from sitecheck.common import start_browser  # noqa: E402
from sitecheck.live_reload import save, start_server  # noqa: E402

SAVES = 5


# When the change was first painted, on the browser's clock (epoch milliseconds): the
# moment the reader sees it. A page updated in place records the frame in which the
# text appeared (WATCH, set up before the save); a reloaded page has its first paint.
# Polling the page from here every few milliseconds instead would load the renderer
# it measures (each check runs on the page's main thread) and round to the interval.
WATCH = """
var marker = arguments[0];
window.beredskabShown = null;
new MutationObserver(function () {
  if (window.beredskabShown === null && document.body.innerText.includes(marker)) {
    window.beredskabShown = 0;
    requestAnimationFrame(function () { window.beredskabShown = performance.timeOrigin + performance.now(); });
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });
"""
PAINTED = """
if (window.beredskabShown) { return window.beredskabShown; }
var paint = performance.getEntriesByName('first-contentful-paint')[0];
var nav = performance.getEntriesByType('navigation')[0];
return performance.timeOrigin + (paint ? paint.startTime : nav.domContentLoadedEventEnd);
"""


def visible_after(driver, text, saved_at, seconds=30):
    """Milliseconds from saved_at (time.time()) until the tab showed `text`: found by
    polling every 20 ms, timed by the browser (see PAINTED)."""
    while time.time() - saved_at < seconds:
        try:
            if driver.execute_script("return document.body && document.body.innerText.includes(arguments[0])", text):
                time.sleep(0.05)    # the frame (or paint entry) is recorded just after the text is in the page
                return driver.execute_script(PAINTED) - saved_at * 1000
        except Exception:       # the page is being replaced right now
            pass
        time.sleep(0.02)
    sys.exit(f"'{text}' did not show in the open tab within {seconds} s")


def main(binary, source):
    work = Path(tempfile.mkdtemp(prefix="beredskab-reload-"))
    content = work / "content"
    shutil.copytree(source, content)
    # The steps of `make bench` before this one delete gigabytes of output; while the
    # kernel writes that back, an editor's save (a rename) waits behind it and the
    # times double. Settled first, as bench/measure.py does before every build.
    os.sync()
    time.sleep(2)
    driver = start_browser()
    proc = None
    try:
        t0 = time.perf_counter()
        proc, port, _ = start_server(binary, content, REPO / "templates")
        base = f"http://127.0.0.1:{port}"
        driver.get(base + "/index.html")
        print(f"first page shown {time.perf_counter() - t0:.2f} s after starting serve")
        cards = sorted(content.glob("kommuner/*/kort/*.md"))
        body, title = [], []
        for i in range(SAVES):
            card = cards[(i * 37) % len(cards)]
            kommune, name = card.parent.parent.name, card.stem
            driver.get(f"{base}/kommuner/{kommune}/kort/{name}/index.html")
            time.sleep(0.5)     # the tab's reload request is waiting at the server
            marker = f"Genindlaesning {i} {time.time_ns()}"
            text = card.read_text(encoding="utf-8")
            end = text.index("\n---", 3) + 4
            driver.execute_script(WATCH, marker)
            saved_at = time.time()
            save(card, text[:end] + f"\n{marker}\n" + text[end:])
            body.append(visible_after(driver, marker, saved_at))

            card = cards[(i * 53 + 11) % len(cards)]
            kommune = card.parent.parent.name
            driver.get(f"{base}/kommuner/{kommune}/index.html")
            time.sleep(0.5)
            marker = f"Ny titel {i} {time.time_ns()}"
            text = card.read_text(encoding="utf-8")
            driver.execute_script(WATCH, marker)
            saved_at = time.time()
            save(card, re.sub(r"^titel: .*$", f"titel: {marker}", text, count=1, flags=re.M))
            title.append(visible_after(driver, marker, saved_at))
        for name, times in (("card body saved → open card page changed", body),
                            ("card title saved → open kommune page changed", title)):
            print(f"{name}: median {statistics.median(times):.0f} ms, worst {max(times):.0f} ms ({len(times)} saves, Chromium)")
    finally:
        driver.quit()
        if proc:
            proc.terminate()
            proc.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
