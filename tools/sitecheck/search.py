"""f. search: soeg/index.html over file:// in Chromium, with templates/assets/search.js.

Typing "tvangsægteskab" (send_keys) shows results within LATENCY_MS of the last keystroke,
measured in the page; they include, for every kommune with a Handlekort about
tvangsægteskab, at least one such card. "tvangs" (a prefix) finds them too, and so does
?q=aegteskab in the address (no Danish letters, inside a compound). Choosing a kommune
leaves only its pages. The site index is hidden during a search and back when the field
is emptied; without JavaScript it is in the page's HTML, linking every Handlekort, and
every header search form leads to the search page.
"""
import json
import os
import re
import time
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from .common import rel

PAGE = "soeg/index.html"
INDEX = "soeg/soegeindeks.js"
LATENCY_MS = 100
SITUATION = "tvangsaegteskab"

# Installed before typing: when each key went down (the event's own time stamp, so time it
# spent queued behind earlier keys and searches counts; input events if there were no key
# events) and when the results or status changed.
WATCH = """
var w = window.sitecheckSearch = {keys: [], inputs: [], renders: []};
var field = document.getElementById('soeg-tekst'), status = document.getElementById('soeg-status');
document.addEventListener('keydown', function (e) { w.keys.push(e.timeStamp); }, true);
document.addEventListener('input', function (e) { w.inputs.push(e.timeStamp); }, true);
var seen = new MutationObserver(function () {
  w.renders.push({t: performance.now(), value: field.value, status: status.textContent});
});
seen.observe(document.getElementById('soeg-resultater'), {childList: true});
seen.observe(status, {childList: true, characterData: true, subtree: true});
"""
RESULTS = """return [].map.call(document.querySelectorAll('#soeg-resultater > li > a'),
                         function (a) { return a.getAttribute('href'); });"""


def load_index(site):
    text = (site / INDEX).read_text(encoding="utf-8").strip()
    return json.loads(re.sub(r"^window\.BEREDSKAB_SOEGNING\s*=\s*", "", text).rstrip(";"))


def without_js(site, pages, docs):
    """The site index in the HTML as served, and header search forms aimed at the search page."""
    failures, html = [], (site / PAGE).read_text(encoding="utf-8")
    section = re.search(r'<section\b[^>]*\bid="site-indeks"[^>]*>(.*?)</section>', html, re.S)
    if not section:
        return [f"{PAGE}: no <section id=\"site-indeks\"> for readers without JavaScript"], 0
    if re.search(r"\bhidden\b", section.group(0).split(">", 1)[0]):
        failures.append(f"{PAGE}: #site-indeks is hidden in the HTML")
    linked = set(re.findall(r'href="([^"]+)"', section.group(1)))
    failures += [f"{PAGE}: #site-indeks does not link the Handlekort {d['sti']}"
                 for d in docs if d["type"] == "Handlekort" and "../" + d["sti"] not in linked]
    target, forms = os.path.normpath(site / PAGE), 0
    for page in pages:
        for form in re.findall(r"<form\b[^>]*>", page.read_text(encoding="utf-8")):
            if not re.search(r'\bclass="[^"]*\bheader-search\b', form):
                continue
            forms += 1
            action = (re.search(r'\baction="([^"]*)"', form) or [None, ""])[1]
            if os.path.normpath(page.parent / action.split("?")[0]) != target:
                failures.append(f"{rel(site, page)}: header search goes to {action!r}, not {PAGE}")
    return failures, forms


def type_and_wait(driver, query):
    """Types query into the empty field; returns the ms from the last keystroke to its results."""
    field = driver.find_element(By.ID, "soeg-tekst")
    field.clear()
    driver.execute_script(WATCH)
    field.send_keys(query)
    end = time.time() + 10
    while time.time() < end:
        w = driver.execute_script("return window.sitecheckSearch")
        last_key = max(w["keys"] or w["inputs"] or [None])
        done = [r["t"] for r in w["renders"] if r["value"] == query and last_key is not None and r["t"] >= last_key]
        if done:
            return done[0] - last_key
        time.sleep(0.05)
    raise TimeoutError(f"no results shown for »{query}« within 10 s ({len(w['keys'])} keys went down, "
                       f"results and status changed {len(w['renders'])} times)")


def ascii_da(text):
    return text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def check_search(driver, site, pages):
    if not (site / PAGE).exists() or not (site / INDEX).exists():
        return [f"{PAGE} or {INDEX} missing"], []
    data = load_index(site)
    docs = {d["sti"]: d for d in data["dokumenter"]}
    failures, forms = without_js(site, pages, docs.values())
    notes = [f"{forms} header search forms checked to lead to {PAGE}"]
    url = (site / PAGE).as_uri()

    # For each kommune with a Handlekort about tvangsægteskab: those cards.
    cards = {}
    for d in docs.values():
        if d["type"] == "Handlekort" and SITUATION in d.get("situationer", []):
            cards.setdefault(d["kommune"], set()).add(d["sti"])
    expected = {k["id"]: cards[k["id"]] for k in data["kommuner"] if k["id"] in cards}
    if not expected:
        failures.append(f"no kommune has a Handlekort with situation {SITUATION} in {INDEX}")

    def shown():
        return [h[3:] if h.startswith("../") else h for h in driver.execute_script(RESULTS)]

    def covers(what, stis, also=()):
        missing = [k for k, want in expected.items() if not want & set(stis)]
        failures.extend(f"{what}: none of {k}'s Handlekort about {SITUATION} among {len(stis)} results"
                        for k in missing)
        lost = [s for s in also if s not in stis]
        if lost:
            failures.append(f"{what}: {len(lost)} results of »tvangsægteskab« missing, e.g. {lost[:3]}")

    driver.get_log("browser")
    first = []
    for query in ("tvangsægteskab", "tvangs"):
        # Timed on a freshly loaded page, first query included: no retry that would
        # time a query the page has already answered once.
        driver.get(url)
        try:
            times = [type_and_wait(driver, query)]
        except TimeoutError as e:
            return failures + [str(e)], notes
        stis = shown()
        notes.append(f"»{query}«: {len(stis)} results "
                     + " then ".join(f"{ms:.1f} ms" for ms in times) + " after the last keystroke")
        if min(times) > LATENCY_MS:
            failures.append(f"»{query}«: results {min(times):.1f} ms after the last keystroke (limit {LATENCY_MS} ms)")
        covers(f"»{query}«", stis, first)
        first = first or stis
        failures += [f"»{query}«: result {s} is not in {INDEX}" for s in stis if s not in docs]
        status = driver.find_element(By.ID, "soeg-status").text
        if status != f"{len(stis)} resultat{'er' if len(stis) != 1 else ''} for »{query}«":
            failures.append(f"»{query}«: status line is {status!r} with {len(stis)} results")
        if driver.find_element(By.ID, "site-indeks").is_displayed():
            failures.append(f"»{query}«: #site-indeks still shown during a search")
    q = urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query).get("q")
    if q != ["tvangs"]:
        failures.append(f"the address did not follow the search: {driver.current_url}")

    # Each kommune chosen in turn: only its pages, and all of them that matched before.
    before = [s for s in shown() if s in docs]
    select = Select(driver.find_element(By.ID, "soeg-kommune"))
    for k in data["kommuner"][:5]:
        select.select_by_value(k["id"])
        stis = shown()
        others = [s for s in stis if docs.get(s, {}).get("kommune") != k["id"]]
        lost = [s for s in before if docs[s]["kommune"] == k["id"] and s not in stis]
        if others or lost or not stis:
            failures.append(f"kommune {k['id']}: {len(stis)} results, from elsewhere {others[:3]}, "
                            f"lost {lost[:3]}")
        notes.append(f"»tvangs« in {k['id']}: {len(stis)} results")
    select.select_by_value("")

    field = driver.find_element(By.ID, "soeg-tekst")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.BACKSPACE)
    time.sleep(0.2)
    if not driver.find_element(By.ID, "site-indeks").is_displayed() or shown():
        failures.append("an emptied search field does not bring back #site-indeks instead of results")

    # From the address, without Danish letters: part of a compound, and a kommune's name.
    driver.get(url + "?q=aegteskab")
    time.sleep(0.2)
    covers("?q=aegteskab", shown(), first)
    named = [k for k in data["kommuner"] if ascii_da(k["navn"]) != k["navn"].lower()][:1]
    for k in named:
        query = ascii_da(k["navn"].split()[0])
        driver.get(url + "?q=" + urllib.parse.quote(query))
        time.sleep(0.2)
        home = [s for s, d in docs.items() if d["type"] == "Kommune" and d["kommune"] == k["id"]]
        if not set(home) & set(shown()):
            failures.append(f"?q={query}: {k['navn']}'s page {home} not among the results")

    failures += [f"{PAGE}: console {e['level']}: {e['message'][:300]}"
                 for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    built = driver.execute_script(
        "var m = performance.getEntriesByName('soegeindeks'); return m.length ? m[0].duration : null")
    notes.insert(0, f"{len(docs)} documents, lunr index built in "
                    + (f"{built:.0f} ms" if built is not None else "? ms (no performance measure)"))
    return failures, notes
