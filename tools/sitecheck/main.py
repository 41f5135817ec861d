"""Runs the checks and prints `N passed, M failed`; see tools/sitecheck.py."""
import os
import sys
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import argparse

from .common import start_browser
from .feeds import check_feeds
from .layout import check_layout
from .live_reload import check_live_reload
from .not_found import check_not_found
from .links import check_links
from .pages import check_pages
from .printing import check_print
from .quick_exit import check_quick_exit
from .rtl import check_rtl
from .search import check_search
from .search_languages import check_search_languages
from .static_requests import check_static_requests
from .validator import check_validator

CHECKS = ["validator", "axe", "linkchecker", "requests", "sitemap-feed", "quick-exit", "layout", "search", "search-languages", "print",
          "live-reload", "not-found", "rtl"]


def main(argv):
    parser = argparse.ArgumentParser(prog="sitecheck.py")
    parser.add_argument("site", help="the built site folder")
    parser.add_argument("--serve", metavar="BINARY", help="also run BINARY serve on a copy of content/ and templates/ (live reload)")
    parser.add_argument("--base-url", help="the base URL the site was built with: QR codes, sitemap and feed are checked against it")
    args = parser.parse_args(argv[1:])
    if not Path(args.site).is_dir():
        sys.exit(f"sitecheck.py: {args.site} is not a folder")
    serve = Path(args.serve).resolve() if args.serve else None
    started = time.time()
    site = Path(os.path.realpath(args.site))
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
        guarded("requests", check_static_requests, site, pages)
        guarded("sitemap-feed", check_feeds, site, args.base_url)
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
            guarded("not-found", check_not_found, driver, serve)
            guarded("rtl", check_rtl, driver, serve, Path(__file__).resolve().parents[2] / "artefacts")
        elif not serve:
            results["live-reload"][1].append("not run: no --serve BINARY given")
            results["not-found"][1].append("not run: no --serve BINARY given")
            results["rtl"][1].append("not run: no --serve BINARY given")
        for j in jobs:
            j.result()
        # Last, on a machine no longer busy with Java and linkchecker: it times the page.
        try:
            if not driver:
                raise RuntimeError("Chromium did not start")
            guarded("search", check_search, driver, site, pages)
            guarded("search-languages", check_search_languages, driver, site)
        except Exception:
            results["search"][0].append("check crashed: " + traceback.format_exc(limit=3))
        finally:
            if driver:
                driver.quit()
    # Printing starts a Chromium per page; run it when the shared one is gone.
    guarded("print", check_print, site, pages, Path(__file__).resolve().parents[2] / "artefacts", args.base_url)

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
