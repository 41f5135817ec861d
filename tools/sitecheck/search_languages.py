"""g. search-languages: the English search, en/soeg/index.html over file:// in Chromium.

The page is in English (`lang="en"`) and loads assets/english-stem.js, which gives the
Snowball project's English stems for every word of Tests/Fixtures/english-stems.txt. Its
index holds only English pages (every translated card among them, each file present).
Typing "controlling" finds every English card (their titles say "controlled": one stem),
with an English status line, result links that open English pages, and the hit marked in
an excerpt. Choosing a kommune leaves only its cards, loaded from en/soeg/kommuner/<id>.js.
A Danish word ("tvangsægteskab") finds no English page. Without JavaScript en/soeg/alle/
lists every English card, and the search page links to it.
"""
import re
import time
import urllib.parse
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from .common import rel
from .search import LOADED, check_stems, load_index, show_all, type_and_wait

LANGUAGE = "en"
FOLDER = f"{LANGUAGE}/soeg"
PAGE = f"{FOLDER}/index.html"
ALL = f"{FOLDER}/alle/index.html"
STEMS = Path(__file__).resolve().parents[2] / "Tests/Fixtures/english-stems.txt"
QUERY = "controlling"
QUOTES = "“”"


def results(driver, site):
    """The results' links, resolved, as paths from the site root."""
    return [rel(site, h) for h in driver.execute_script(
        "return [].map.call(document.querySelectorAll('#soeg-resultater > li > a'), function (a) { return a.href; });")]


def check_search_languages(driver, site):
    if not (site / LANGUAGE / "index.html").exists():
        return [], [f"not run: the site has no pages in {LANGUAGE}"]
    if not (site / PAGE).exists():
        return [f"{PAGE} missing, though the site has English pages"], []
    table, docs = load_index(site, FOLDER)
    cards = sorted(rel(site, p) for p in site.glob(f"{LANGUAGE}/kommuner/*/kort/*/index.html"))
    failures = [f"{FOLDER}: document {s} is not an English page that exists" for s in docs
                if not s.startswith(LANGUAGE + "/") or not (site / s).is_file()]
    failures += [f"{FOLDER}: the English card {c} is not in the index" for c in cards if c not in docs]
    all_html = (site / ALL).read_text(encoding="utf-8") if (site / ALL).exists() else ""
    listed = {rel(site, (site / ALL).parent / h) for h in re.findall(r'href="([^"]+)"', all_html)} if all_html else set()
    failures += [f"{ALL}: does not list the English card {c}" for c in cards if c not in listed]
    if 'href="alle/index.html"' not in (site / PAGE).read_text(encoding="utf-8"):
        failures.append(f"{PAGE} does not link {ALL} for readers without JavaScript")
    notes = [f"{len(docs)} English documents, {len(cards)} English cards"]

    url = (site / PAGE).as_uri()
    driver.get(url)
    time.sleep(0.3)
    if driver.execute_script("return document.documentElement.lang") != LANGUAGE:
        failures.append(f"{PAGE} is not marked lang=\"{LANGUAGE}\"")
    wrong, count = check_stems(driver, STEMS, "english-stem.js")
    failures += wrong
    notes.append(f"stemmer: {count} words as Snowball's English")

    driver.get_log("browser")
    try:
        ms = type_and_wait(driver, QUERY, QUOTES)
    except TimeoutError as e:
        return failures + [str(e)], notes
    show_all(driver)
    paths = results(driver, site)
    status = driver.find_element(By.ID, "soeg-status").text
    notes.append(f"»{QUERY}«: {len(paths)} results {ms:.0f} ms after the last keystroke; status {status!r}")
    failures += [f"»{QUERY}«: the English card {c} not among the results" for c in cards if c not in paths]
    failures += [f"»{QUERY}«: result {p} is not an English page that exists" for p in paths
                 if not p.startswith(LANGUAGE + "/") or not (site / p).is_file()]
    if status != f"{len(paths)} result{'s' if len(paths) != 1 else ''} for “{QUERY}”":
        failures.append(f"»{QUERY}«: status line is {status!r} with {len(paths)} results")
    marks = driver.execute_script("return [].map.call(document.querySelectorAll('#soeg-resultater mark'), "
                                  "function (m) { return m.textContent.toLowerCase(); });")
    if not any(m.startswith("control") for m in marks):
        failures.append(f"»{QUERY}«: no excerpt marks the hit (marked: {marks[:5]})")

    # One kommune: only its cards, from its own index file.
    select = Select(driver.find_element(By.ID, "soeg-kommune"))
    for k in table["kommuner"]:
        select.select_by_value(k["id"])
        time.sleep(0.2)
        show_all(driver)
        mine = results(driver, site)
        want = [c for c in cards if c.startswith(f"{LANGUAGE}/kommuner/{k['id']}/")]
        if sorted(mine) != want:
            failures.append(f"kommune {k['id']}: results {mine}, expected its English cards {want}")
        if not [u for u in driver.execute_script(LOADED) if f"/{FOLDER}/kommuner/{k['id']}.js" in u]:
            failures.append(f"kommune {k['id']}: its own index {FOLDER}/kommuner/{k['id']}.js was not loaded")
    select.select_by_value("")

    driver.get(url + "?q=" + urllib.parse.quote("tvangsægteskab"))
    time.sleep(0.5)
    danish = driver.find_element(By.ID, "soeg-status").text
    if results(driver, site) or not danish.startswith("No results"):
        failures.append(f"a Danish word found English pages: {danish!r}")
    failures += [f"{PAGE}: console {e['level']}: {e['message'][:300]}"
                 for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    return failures, notes
