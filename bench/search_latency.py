#!/usr/bin/env python3
"""Search at national scale (part of `make bench`): the 98-kommune corpus built into a
folder, soeg/index.html opened over file:// in headless Chromium, and for each query, on a
freshly loaded page (so its index shards are loaded then, first query included): the time
from the last keystroke to the results and status shown, the bytes the page and every file
it loaded add up to, and the same with the search limited to one kommune (?kommune=).

Usage: search_latency.py SITE_FOLDER  (run with the site checks' venv: it uses selenium)
Goals (issue 17): results < 300 ms after the last keystroke, ≤ 300 KB loaded per query.
"""
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
from sitecheck.common import start_browser  # noqa: E402
from sitecheck.search import bytes_loaded, type_and_wait  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

QUERIES = ["tvangsægteskab", "vold", "underretningen", "kontakt", "æresrelateret vold", "barnet"]
ROUNDS = 3
LIMIT_MS, LIMIT_BYTES = 300, 300_000


def measure(driver, url, query):
    driver.get(url)
    time.sleep(0.3)   # the page's own scripts loaded, as when a reader starts typing
    ms = type_and_wait(driver, query)
    size, files = bytes_loaded(driver)
    status = driver.find_element(By.ID, "soeg-status").text
    return ms, size, files, status


def main(site):
    page = Path(site).resolve() / "soeg/index.html"
    driver = start_browser()
    worst_ms, worst_bytes, failed = 0.0, 0, False
    try:
        for scope in ("", "?kommune=k001"):
            print(f"{'all kommuner' if not scope else 'kommune k001'}:")
            for query in QUERIES:
                runs = [measure(driver, page.as_uri() + scope, query) for _ in range(ROUNDS)]
                ms = statistics.median(r[0] for r in runs)
                size, files, status = runs[-1][1], runs[-1][2], runs[-1][3]
                worst_ms, worst_bytes = max(worst_ms, ms), max(worst_bytes, size)
                print(f"  »{query}«: {ms:.0f} ms (median of {ROUNDS}), {size / 1000:.0f} KB in {files} files — {status}")
    finally:
        driver.quit()
    failed = worst_ms > LIMIT_MS or worst_bytes > LIMIT_BYTES
    print(f"worst: {worst_ms:.0f} ms (goal < {LIMIT_MS}), {worst_bytes / 1000:.0f} KB (goal ≤ {LIMIT_BYTES // 1000} KB): "
          + ("NOT met" if failed else "met"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
