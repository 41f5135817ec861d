"""i. live-reload: `beredskab serve` on a copy of content/ and templates/, in Chromium.

An open card page must change by itself when the card's Markdown is saved, and again
when a template is saved, and when the stylesheet is saved (no reload by the test: the
page's own script must do it, under the Content-Security-Policy the server sends). A
content change is shown in place: the page is not loaded again (a value the test puts
in the page survives, and the reader's scroll position stays); a template or stylesheet
change reloads it. Then SIGTERM must stop the server with status 0. The times from save
to the change being visible in the tab are notes.
"""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEN_WITHIN_S = 5.0


def start_server(binary, content, templates):
    proc = subprocess.Popen([str(binary), "serve", "--content", str(content), "--templates", str(templates),
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines, found = [], threading.Event()
    port = []

    def read():
        for line in proc.stdout:
            lines.append(line.rstrip())
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if m and not port:
                port.append(int(m.group(1)))
                found.set()

    threading.Thread(target=read, daemon=True).start()
    if not found.wait(60):
        proc.kill()
        raise RuntimeError("serve did not start: " + " | ".join(lines[-10:]))
    return proc, port[0], lines


def wait_visible(driver, text, seconds=SEEN_WITHIN_S):
    """Seconds until `text` shows in the tab's body, or None."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        try:
            if driver.execute_script("return document.body && document.body.innerText.includes(arguments[0])", text):
                return time.monotonic() - start
        except Exception:       # the page is being replaced right now
            pass
        time.sleep(0.01)
    return None


def save(path, text):
    """Saves as an editor does: write a new file, then rename it over the old one."""
    tmp = path.with_name(path.name + ".tmp~")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def check_live_reload(driver, binary):
    fails, notes = [], []
    work = Path(tempfile.mkdtemp(prefix="beredskab-live-"))
    proc = None
    try:
        content, templates = work / "content", work / "templates"
        shutil.copytree(REPO / "content", content)
        shutil.copytree(REPO / "templates", templates)
        card = sorted((content / "kommuner").glob("*/kort/*.md"))[0]
        kommune, card_id = card.parent.parent.name, card.stem
        proc, port, log = start_server(binary, content, templates)
        url = f"http://127.0.0.1:{port}/kommuner/{kommune}/kort/{card_id}/index.html"
        driver.get(url)
        driver.get_log("browser")
        policy = driver.execute_script(
            "var m = document.querySelector('meta[http-equiv=Content-Security-Policy]'); return m && m.content")
        if not policy or "connect-src 'self'" not in policy:
            fails.append(f"the served page's Content-Security-Policy does not allow its reload channel: {policy}")

        marker = "Prøve på genindlæsning 4711"
        text = card.read_text(encoding="utf-8")
        front_end = text.index("\n---", 3) + 4
        driver.execute_script("window.beredskabKept = 4711; window.scrollTo(0, 200);")
        scrolled = driver.execute_script("return window.scrollY")
        save(card, text[:front_end] + f"\n{marker}.\n" + text[front_end:])
        seen = wait_visible(driver, marker)
        if seen is None:
            blocked = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
            fails.append(f"saving {card.relative_to(work)} did not change the open tab within {SEEN_WITHIN_S:.0f} s"
                         + (f"; the browser blocked: {blocked[:2]}" if blocked else ""))
        else:
            notes.append(f"saved card visible in the open tab after {seen * 1000:.0f} ms")
            kept, scroll = driver.execute_script("return [window.beredskabKept, window.scrollY]")
            if kept != 4711:
                fails.append("the saved card reloaded the whole page instead of replacing what changed in place")
            elif scroll != scrolled:
                fails.append(f"the page's scroll position moved from {scrolled} to {scroll} when the card changed in place")

        article = templates / "card-article.mustache"
        template_marker = "Skabelonen er ændret 4711"
        save(article, article.read_text(encoding="utf-8").replace(
            '<div class="card-body">', f'<div class="card-body">\n<p>{template_marker}</p>', 1))
        seen = wait_visible(driver, template_marker)
        if seen is None:
            fails.append(f"saving templates/card-article.mustache did not change the open tab within {SEEN_WITHIN_S:.0f} s")
        else:
            notes.append(f"saved template visible in the open tab after {seen * 1000:.0f} ms")

        # The stylesheet is not in the page: only a reload can bring its change in.
        stylesheet = templates / "assets" / "site.css"
        save(stylesheet, stylesheet.read_text(encoding="utf-8") + "\n.card-body { outline: 3px solid rgb(1, 2, 3); }\n")
        start = time.monotonic()
        outline = None
        while time.monotonic() - start < SEEN_WITHIN_S and outline != "rgb(1, 2, 3)":
            try:
                outline = driver.execute_script(
                    "var b = document.querySelector('.card-body'); return b && getComputedStyle(b).outlineColor")
            except Exception:   # the page is being replaced right now
                pass
            time.sleep(0.01)
        if outline != "rgb(1, 2, 3)":
            fails.append(f"saving templates/assets/site.css did not restyle the open tab within {SEEN_WITHIN_S:.0f} s")
        else:
            notes.append(f"saved stylesheet applied in the open tab after {(time.monotonic() - start) * 1000:.0f} ms")

        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(10)
            if code != 0:
                fails.append(f"serve exited {code} on SIGTERM, expected 0: {log[-3:]}")
        except subprocess.TimeoutExpired:
            fails.append("serve did not stop within 10 s of SIGTERM")
    finally:
        if proc and proc.poll() is None:
            proc.kill()
        shutil.rmtree(work, ignore_errors=True)
    return fails, notes
