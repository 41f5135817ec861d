"""e. quick-exit: three Shift presses and a click leave the page by location.replace()."""
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

