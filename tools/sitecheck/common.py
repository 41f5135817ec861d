"""What the checks share: paths in messages, and the headless Chromium they run in."""
import json
import os
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROME_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--window-size=1280,1024", "--no-first-run", "--disable-extensions",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
]


def rel(site, url_or_path):
    """A file: URL or path as a path relative to the site folder, for messages."""
    s = str(url_or_path)
    if s.startswith("file:"):
        s = urllib.parse.unquote(urllib.parse.urlparse(s).path)
    return os.path.relpath(s, site) if os.path.isabs(s) else s


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
