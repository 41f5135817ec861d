"""rtl: a site in a right-to-left language, on the Arabic fixture.

Tests/Fixtures/rtl is laid over a copy of the good fixture (`sprog: [da, ar]`, one card
in Arabic) and built with the binary. Its Arabic card page must say
`<html lang="ar" dir="rtl">`, mirror its layout (the akut box's labels stand to the
right of their numbers), keep phone numbers left to right (70 27 76 66 reads in that
order), not scroll sideways at 320 px, and pass axe. Screenshots at 375 and 1280 px
go to artefacts/ (rtl-kort-375.png, rtl-kort-1280.png) for a person to look at.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from .layout import set_width
from .pages import AXE_JS, AXE_RUN, AXE_TAGS

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "Tests" / "Fixtures" / "rtl"
CARD = "ar/kommuner/testby/kort/hjaelp-til-dig/index.html"

MIRRORED = """
var label = document.querySelector('.akut-list li .akut-when');
var next = label.parentElement.querySelector('a');
var tel = document.querySelector('.card-contacts .tel');
var range = document.createRange();
var text = tel.firstChild;
range.setStart(text, 0); range.setEnd(text, 1);
var first = range.getBoundingClientRect().left;
range.setStart(text, text.length - 1); range.setEnd(text, text.length);
var last = range.getBoundingClientRect().left;
return {lang: document.documentElement.lang, dir: document.documentElement.dir,
        bodyDirection: getComputedStyle(document.body).direction,
        labelRight: label.getBoundingClientRect().right, nextRight: next.getBoundingClientRect().right,
        telDirection: getComputedStyle(tel).direction, telText: tel.textContent, firstDigit: first, lastDigit: last};
"""


def check_rtl(driver, binary, artefacts):
    fails, notes = [], []
    work = Path(tempfile.mkdtemp(prefix="beredskab-rtl-"))
    try:
        content = work / "content"
        shutil.copytree(REPO / "Tests" / "Fixtures" / "good" / "content", content)
        shutil.copytree(FIXTURE / "content", content, dirs_exist_ok=True)
        built = subprocess.run([str(binary), "build", "--content", str(content), "--templates", str(FIXTURE / "templates"),
                                "--output", str(work / "site"), "--today", "2026-12-03"],
                               capture_output=True, text=True, timeout=120)
        if built.returncode != 0:
            return [f"the Arabic fixture did not build: {(built.stdout + built.stderr)[-600:]}"], notes
        page = work / "site" / CARD
        artefacts.mkdir(parents=True, exist_ok=True)
        try:
            set_width(driver, 320)
            driver.get(page.as_uri())
            wide = driver.execute_script("return document.documentElement.scrollWidth")
            if wide > 320:
                fails.append(f"{CARD}: {wide} px wide at a 320 px viewport (scrolls sideways)")
            for width in (375, 1280):
                set_width(driver, width, 1400)
                driver.get(page.as_uri())
                shot = artefacts / f"rtl-kort-{width}.png"
                driver.save_screenshot(str(shot))
                notes.append(f"screenshot {shot.name}: {CARD}")
                m = driver.execute_script(MIRRORED)
                if (m["lang"], m["dir"], m["bodyDirection"]) != ("ar", "rtl", "rtl"):
                    fails.append(f"{CARD} at {width} px: lang {m['lang']!r}, dir {m['dir']!r}, direction {m['bodyDirection']!r}; expected ar, rtl, rtl")
                if m["labelRight"] <= m["nextRight"]:
                    fails.append(f"{CARD} at {width} px: the akut box's label is not to the right of its contact (not mirrored)")
                if m["telDirection"] != "ltr" or m["firstDigit"] >= m["lastDigit"]:
                    fails.append(f"{CARD} at {width} px: the number {m['telText']!r} does not read left to right ({m})")
            driver.execute_script(AXE_JS.read_text(encoding="utf-8"))
            result = driver.execute_async_script(AXE_RUN, AXE_TAGS)
            for v in result.get("violations", []):
                fails.append(f"{CARD}: {v['id']} ({v.get('impact')}) {v['help']} — {len(v['nodes'])} node(s)")
            if "error" in result:
                fails.append(f"{CARD}: axe.run failed: {result['error'][:300]}")
            notes.append(f"{CARD}: lang ar, dir rtl, mirrored, numbers left to right; axe {len(result.get('violations', []))} violations")
        finally:
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return fails, notes
