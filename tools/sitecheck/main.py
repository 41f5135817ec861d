"""Runs the checks and prints `N passed, M failed`; see tools/sitecheck.py."""
import os
import sys
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .common import start_browser
from .layout import check_layout
from .live_reload import check_live_reload
from .links import check_links
from .pages import check_pages
from .printing import check_print
from .quick_exit import check_quick_exit
from .search import check_search
from .validator import check_validator

CHECKS = ["validator", "axe", "linkchecker", "requests", "quick-exit", "layout", "search", "print", "live-reload"]


def main(argv):
    # --serve BINARY: also run `BINARY serve` on a copy of content/ and templates/ (live reload).
    serve = None
    if len(argv) == 4 and argv[2] == "--serve":
        serve, argv = Path(argv[3]).resolve(), argv[:2]
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        sys.exit("usage: sitecheck.py SITE_FOLDER [--serve BINARY]")
    started = time.time()
    site = Path(os.path.realpath(argv[1]))
    pages = sorted(p for p in site.rglob("*.html")
                   if not any(part.startswith(".") for part in p.relative_to(site).parts))
    results = {c: ([], []) for c in CHECKS}      # check -> (failures, notes)

    def guarded(check, fn, *args):
        try:
            fails, notes = fn(*args)
            results[check][0].extend(fails)
            results[check][1].extend(notes)
        except Exception:
            results[check][0].append("check crashed: " + traceback.format_exc(limit=3))

    with ThreadPoolExecutor(max_workers=2) as pool:   # Java and linkchecker beside Chromium
        jobs = [pool.submit(guarded, "validator", check_validator, site, pages),
                pool.submit(guarded, "linkchecker", check_links, site, pages)]
        driver = None
        try:
            driver = start_browser()
            check_pages(driver, site, pages, results)
        except Exception:
            for c in ("axe", "requests"):
                results[c][0].append("browser checks crashed: " + traceback.format_exc(limit=3))
        try:
            if not driver:
                raise RuntimeError("Chromium did not start")
            check_quick_exit(driver, site, results)
        except Exception:
            results["quick-exit"][0].append("check crashed: " + traceback.format_exc(limit=3))
        if driver:
            guarded("layout", check_layout, driver, site, Path(__file__).resolve().parents[2] / "artefacts")
        if driver and serve:
            guarded("live-reload", check_live_reload, driver, serve)
        elif not serve:
            results["live-reload"][1].append("not run: no --serve BINARY given")
        for j in jobs:
            j.result()
        # Last, on a machine no longer busy with Java and linkchecker: it times the page.
        try:
            if not driver:
                raise RuntimeError("Chromium did not start")
            guarded("search", check_search, driver, site, pages)
        except Exception:
            results["search"][0].append("check crashed: " + traceback.format_exc(limit=3))
        finally:
            if driver:
                driver.quit()
    # Printing starts a Chromium per page; run it when the shared one is gone.
    guarded("print", check_print, site, pages, Path(__file__).resolve().parents[2] / "artefacts")

    passed = failed = 0
    for check in CHECKS:
        fails, notes = results[check]
        print(f"== {check}: {'FAIL' if fails else 'ok'} ({len(fails)} failure(s))")
        for n in notes[:40]:
            print(f"   {n}")
        if len(notes) > 40:
            print(f"   … and {len(notes) - 40} more notes")
        for f in fails:
            print(f" ✗ {f}")
        passed, failed = (passed, failed + 1) if fails else (passed + 1, failed)
    print(f"{len(pages)} pages in {site}, {time.time() - started:.1f} s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
