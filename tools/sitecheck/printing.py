"""Print: every action card prints on exactly one A4 page, every "Udskriv alle kort"
bundle on one page per card with each card's title on its own page, and each card's
QR code decodes to its live address: the site's base URL plus the card's path.

Printed with the command line people's browsers match:
`chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf`, measured with
`pdfinfo`, page text read with `pdftotext`, QR codes read with `zbarimg` from a
`pdftoppm` rendering. Page 1 of one card
is kept as a PNG in artefacts/ for a person to look at.
"""
import html
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .common import CHROME_ARGS

A4 = (595, 842)  # points, rounded


def print_pdf(page, pdf):
    args = ["chromium"] + [a for a in CHROME_ARGS if not a.startswith("--window-size")]
    args += ["--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()]
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=False)


def pdf_pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    w, h = (round(float(x)) for x in re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", out, re.M).groups())
    return pages, (w, h)


def qr_text(pdf, png_prefix):
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(png_prefix)], check=True)
    png = next(Path(png_prefix).parent.glob(Path(png_prefix).name + "*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True).stdout.strip()
    return out, png


def page_text(pdf, number):
    return subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
                          capture_output=True, text=True).stdout


def card_titles(page):
    """The <h1> of each card in a bundle, in order, as plain text."""
    text = page.read_text(encoding="utf-8")
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", m)).split())
            for m in re.findall(r'<article class="action-card"[^>]*>.*?<h1[^>]*>(.*?)</h1>', text, re.S)]


def live_address(site, page, base_url):
    """What a printed card's QR code must hold: base URL + the card's folder."""
    return base_url.rstrip("/") + "/" + str(page.parent.relative_to(site)) + "/"


def check_print(site, pages, artefacts, base_url=None):
    fails, notes = [], []
    cards = [p for p in pages if re.search(r"kommuner/[^/]+/kort/[^/]+/index\.html$", str(p))]
    singles = [p for p in cards if not p.parent.name.startswith("udskriv-")]
    bundles = [p for p in cards if p.parent.name.startswith("udskriv-")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)

        def one(i_page):
            i, page = i_page
            pdf = tmp / f"{i}.pdf"
            print_pdf(page, pdf)
            if not pdf.exists():
                return page, None, None, None
            count, size = pdf_pages(pdf)
            qr, png = (None, None)
            if page in singles:
                qr, png = qr_text(pdf, tmp / f"{i}-page")
            texts = [page_text(pdf, n) for n in range(1, count + 1)] if page in bundles else []
            return page, count, size, (qr, png), texts

        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(one, enumerate(cards)))
        kept = False
        for page, count, size, qr, texts in results:
            name = str(page.relative_to(site))
            if count is None:
                fails.append(f"{name}: Chromium printed no PDF")
                continue
            if abs(size[0] - A4[0]) > 2 or abs(size[1] - A4[1]) > 2:
                fails.append(f"{name}: printed on {size[0]}×{size[1]} pt, not A4 portrait")
            titles = card_titles(page) if page in bundles else []
            expected = len(titles) if page in bundles else 1
            if page in bundles and not titles:
                fails.append(f"{name}: a bundle with no cards in it")
            if count != expected:
                what = "card is too long for one A4 page" if page in singles else "bundle does not print one card per page"
                fails.append(f"{name}: {what}: {count} pages, expected {expected}")
            for number, (title, text) in enumerate(zip(titles, texts), start=1):
                if " ".join(title.split()) not in " ".join(text.split()):
                    fails.append(f"{name}: page {number} does not show the title {title!r}")
            if page in singles:
                text, png = qr
                if base_url is None:
                    fails.append(f"{name}: no --base-url given, so the QR code ({text!r}) cannot be checked")
                elif text != live_address(site, page, base_url):
                    fails.append(f"{name}: QR code reads {text!r}, expected {live_address(site, page, base_url)!r}")
                if not kept and png:
                    artefacts.mkdir(parents=True, exist_ok=True)
                    shutil.copy(png, artefacts / "printed-card.png")
                    notes.append(f"page 1 of {name} kept as {artefacts / 'printed-card.png'}")
                    kept = True
    if not singles:
        fails.append("no action cards found to print (kommuner/*/kort/*/index.html)")
    if not bundles:
        fails.append("no \"Udskriv alle kort\" bundles found to print (kommuner/*/kort/udskriv-*/index.html)")
    notes.append(f"{len(singles)} cards and {len(bundles)} bundles printed")
    return fails, notes
