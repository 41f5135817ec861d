"""layout: the pages a person meets first, at phone and desktop widths.

At 320 px (the WCAG 2.1 reflow width) no page scrolls sideways (the English front
page, an English card and the English search too); the first Tab press reaches the skip link and shows
a visible focus outline; screenshots of the front page, a kommune page, a card and
an English card at 375 and 1280 px are kept in artefacts/ for a person to look at.
"""
from .common import rel


def sample_pages(site):
    kommune = sorted(site.glob("kommuner/*/index.html"))[0]
    card = sorted(p for p in kommune.parent.glob("kort/*/index.html") if not p.parent.name.startswith("udskriv-"))[0]
    pages = [("forside", site / "index.html"), ("kommune", kommune), ("kort", card),
             ("soeg", site / "soeg" / "index.html"), ("sammenlign", site / "sammenlign" / "index.html")]
    # The English pages, where the site has them: longer words, the language menu.
    english = sorted(site.glob("en/kommuner/*/kort/*/index.html"))
    if (site / "en" / "index.html").exists():
        pages.append(("en-forside", site / "en" / "index.html"))
    if english:
        pages.append(("en-kort", english[0]))
    if (site / "en" / "soeg" / "index.html").exists():
        pages.append(("en-soeg", site / "en" / "soeg" / "index.html"))
    return pages


def set_width(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def check_layout(driver, site, artefacts):
    fails, notes = [], []
    artefacts.mkdir(parents=True, exist_ok=True)
    try:
        for name, page in sample_pages(site):
            set_width(driver, 320)
            driver.get(page.as_uri())
            wide = driver.execute_script("return document.documentElement.scrollWidth")
            if wide > 320:
                fails.append(f"{rel(site, page)}: {wide} px wide at a 320 px viewport (scrolls sideways)")
            if name in ("forside", "kommune", "kort", "en-kort"):
                for width in (375, 1280):
                    set_width(driver, width, 1600 if width > 600 else 1400)
                    driver.get(page.as_uri())
                    shot = artefacts / f"{name}-{width}.png"
                    driver.save_screenshot(str(shot))
                    notes.append(f"screenshot {shot.name}: {rel(site, page)}")
        set_width(driver, 1280)
        driver.get((site / "index.html").as_uri())
        driver.find_element("tag name", "body").send_keys("\ue004")  # Tab
        focus = driver.execute_script("""
            var e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
            return {cls: e.className, outline: s.outlineStyle, width: s.outlineWidth, top: r.top, height: r.height};""")
        if focus["cls"] != "skip-link":
            fails.append(f"index.html: the first Tab reaches {focus['cls'] or 'an element'} , not the skip link")
        elif focus["outline"] in ("none", "") or focus["width"] in ("0px", "") or focus["top"] < 0:
            fails.append(f"index.html: the focused skip link is not visibly outlined on screen ({focus})")
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return fails, notes
