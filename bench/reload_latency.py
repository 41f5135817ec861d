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


def visible_after(driver, text, t0, seconds=30):
    """Milliseconds from t0 until `text` shows in the tab, polling every 2 ms."""
    while time.perf_counter() - t0 < seconds:
        try:
            if driver.execute_script("return document.body && document.body.innerText.includes(arguments[0])", text):
                return (time.perf_counter() - t0) * 1000
        except Exception:       # the page is being replaced right now
            pass
        time.sleep(0.002)
    sys.exit(f"'{text}' did not show in the open tab within {seconds} s")


def main(binary, source):
    work = Path(tempfile.mkdtemp(prefix="beredskab-reload-"))
    content = work / "content"
    shutil.copytree(source, content)
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
            t0 = time.perf_counter()
            save(card, text[:end] + f"\n{marker}\n" + text[end:])
            body.append(visible_after(driver, marker, t0))

            card = cards[(i * 53 + 11) % len(cards)]
            kommune = card.parent.parent.name
            driver.get(f"{base}/kommuner/{kommune}/index.html")
            time.sleep(0.5)
            marker = f"Ny titel {i} {time.time_ns()}"
            text = card.read_text(encoding="utf-8")
            t0 = time.perf_counter()
            save(card, re.sub(r"^titel: .*$", f"titel: {marker}", text, count=1, flags=re.M))
            title.append(visible_after(driver, marker, t0))
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
