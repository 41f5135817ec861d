"""b. axe and d. requests, in one load of every page (which also checks that each page has
the quick-exit button, for e)."""
import os
import urllib.parse
from pathlib import Path

import importlib.util
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException

from .common import rel, requests_made

# axe-core 4.12.1, the newest on PyPI here, as axe-playwright-python 0.1.8 bundles it.
# Only its axe.min.js is used (installed --no-deps: the checks drive Chromium through
# selenium), so the package is located, not imported.
AXE_JS = Path(importlib.util.find_spec("axe_playwright_python").origin).parent / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def inside_site(site, url):
    scheme = urllib.parse.urlparse(url).scheme
    if scheme in ("data", "about", "blob"):
        return True
    if scheme != "file":
        return False
    path = os.path.realpath(urllib.parse.unquote(urllib.parse.urlparse(url).path))
    return path == str(site) or path.startswith(str(site) + os.sep)


AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations'], preload: false})
  .then(function (r) { done({violations: r.violations, version: axe.version}); })
  .catch(function (e) { done({error: String(e && e.stack || e)}); });
"""


def check_pages(driver, site, pages, results):
    """One load per page: axe (b), requests (d) and the quick-exit button's presence (e)."""
    axe_js = AXE_JS.read_text(encoding="utf-8")
    version, by_rule, outside, logged = "?", {}, set(), set()

    def note_requests():     # by the requesting document, so late ones are not misplaced
        for doc, url, kind in requests_made(driver):
            logged.add(url)
            if not inside_site(site, url):
                outside.add((rel(site, doc), kind, url))

    for page in pages:
        name = rel(site, page)
        try:
            driver.get(page.as_uri())
            if not driver.find_elements(By.CSS_SELECTOR, "a[data-quick-exit][href]"):
                results["quick-exit"][0].append(f"{name}: no a[data-quick-exit] with an href")
            driver.execute_script(axe_js)
            res = driver.execute_async_script(AXE_RUN, AXE_TAGS)
        except WebDriverException as e:
            res = {"error": f"{type(e).__name__}: {e.msg}"}
        if res.get("error"):
            results["axe"][0].append(f"{name}: axe.run failed: {res['error'][:300]}")
        version = res.get("version", version)
        for v in res.get("violations", []):
            by_rule.setdefault(f"{v['id']} ({v.get('impact')})", []).append(name)
            targets = [" >> ".join(map(str, n["target"])) for n in v["nodes"][:4]]
            results["axe"][0].append(
                f"{name}: {v['id']} ({v.get('impact')}) {v['help']} — {len(v['nodes'])} node(s): "
                + ", ".join(targets) + (" …" if len(v["nodes"]) > 4 else ""))
        note_requests()
    note_requests()
    results["requests"][0].extend(f"{doc}: {kind} {url}" for doc, kind, url in sorted(outside))
    results["requests"][0].extend(f"{rel(site, p)}: its own load is not in the performance log"
                                  for p in pages if p.as_uri() not in logged)
    results["requests"][1].append(f"{len(pages)} pages loaded, {len(logged)} distinct URLs requested")
    results["axe"][1].append(f"axe-core {version}, {len(pages)} pages, tags {', '.join(AXE_TAGS)}")
    results["axe"][1].extend(f"{rule}: on {len(names)} page(s)" for rule, names in sorted(by_rule.items()))
    check_narrow(driver, site, pages, axe_js, results)


NARROW = (320, 900)


def check_narrow(driver, site, pages, axe_js, results):
    """Pages with tables again at 320 px, where a table becomes a region that scrolls
    sideways and must be reachable by keyboard (scrollable-region-focusable): at
    1280 px nothing scrolls, so that rule cannot fail there."""
    narrow = [p for p in pages if "<table" in p.read_text(encoding="utf-8")]
    size = driver.get_window_size()
    driver.set_window_size(*NARROW)
    try:
        for page in narrow:
            driver.get(page.as_uri())
            driver.execute_script(axe_js)
            res = driver.execute_async_script(AXE_RUN, AXE_TAGS)
            for v in res.get("violations", []):
                results["axe"][0].append(f"{rel(site, page)} at {NARROW[0]} px: {v['id']} ({v.get('impact')}) {v['help']} — {len(v['nodes'])} node(s)")
    finally:
        driver.set_window_size(size["width"], size["height"])
    results["axe"][1].append(f"{len(narrow)} pages with tables checked again at {NARROW[0]} px")


