"""e. quick-exit: three bare Shift presses and a click leave the page by location.replace();
Shift used to type capitals, or presses spread over more than five seconds, never do; the
live region counts down for screen readers."""
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .common import rel

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


STATUS = "return (document.querySelector('[data-quick-exit-status]') || {}).textContent"


def stays(driver, url, how):
    """Failure messages if the page left (or started leaving) after a trial that must not.
    The search page writes the query into its own address; that is not leaving."""
    time.sleep(0.5)
    if driver.current_url.split("?")[0] != url or "leaving" in (driver.execute_script(
            "return document.documentElement.className") or ""):
        return [f"{how}: the page left ({driver.current_url})"]
    return []


def bare_shift(actions, times=1):
    for _ in range(times):
        actions.key_down(Keys.SHIFT).key_up(Keys.SHIFT)
    return actions


def quick_exit_trial(driver, url, how):
    """Opens url in a new tab, triggers the quick exit `how`; returns failure messages."""
    driver.switch_to.new_window("tab")
    try:
        driver.get(url)
        target = driver.find_element(By.CSS_SELECTOR, "a[data-quick-exit]").get_attribute("href")
        before = driver.execute_script("return history.length")
        driver.execute_script(WATCH_LEAVING)
        driver.get_log("browser")
        if how == "two Shift presses":
            bare_shift(ActionChains(driver), 1).perform()
            said = driver.execute_script(STATUS)
            failures = [] if said == "Shift, tryk 2 gange mere for at forlade siden" else [
                f"{how}: after one press the live region says {said!r}, "
                "expected 'Shift, tryk 2 gange mere for at forlade siden'"]
            bare_shift(ActionChains(driver), 1).perform()
            said = driver.execute_script(STATUS)
            if said != "Shift, tryk 1 gang mere for at forlade siden":
                failures.append(f"{how}: after two presses the live region says {said!r}")
            return failures + stays(driver, url, how)
        if how == "Shift presses more than five seconds apart":
            bare_shift(ActionChains(driver), 2).perform()
            time.sleep(5.3)
            bare_shift(ActionChains(driver), 1).perform()
            return stays(driver, url, how)
        if how == "typing capitals":
            field = driver.find_element(By.ID, "soeg-tekst")
            field.click()
            typing = ActionChains(driver)
            for letter in "rkhabc":       # Shift held as a modifier for each capital
                typing.key_down(Keys.SHIFT).send_keys(letter).key_up(Keys.SHIFT)
            typing.perform()
            failures = stays(driver, url, how)
            if failures:
                return failures
            field.send_keys(" Røde Kors Hjælp SOS")
            failures = stays(driver, url, how)
            value = driver.execute_script("return document.getElementById('soeg-tekst').value")
            if not failures and "RKHABC Røde Kors Hjælp SOS" not in (value or ""):
                failures.append(f"{how}: the search field holds {value!r}: the capitals were not typed")
            return failures
        if how == "three Shift presses":
            bare_shift(ActionChains(driver), 3).perform()
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
    for how in ("two Shift presses", "Shift presses more than five seconds apart", "three Shift presses", "click"):
        results["quick-exit"][0].extend(f"{rel(site, page)}: {f}" for f in
                                        quick_exit_trial(driver, page.as_uri(), how))
    search = site / "soeg" / "index.html"
    results["quick-exit"][1].append(f"typed capitals on {rel(site, search)}")
    results["quick-exit"][0].extend(f"{rel(site, search)}: {f}" for f in
                                    quick_exit_trial(driver, search.as_uri(), "typing capitals"))

