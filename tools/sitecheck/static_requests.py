"""d. requests, read from the files: whatever the browser did not happen to load at
1280 px on screen (print styles, other widths, srcset, lazy images) is found here.
Every resource a page or stylesheet can load — src, srcset, poster, data, <link href>
other than plain navigation, CSS url() and @import, inline style url() — must stay
inside the site: no scheme, no //host."""
import re
import urllib.parse

from .common import rel

# <link rel=...> values that only name another page; everything else (stylesheet,
# icon, preload, manifest, ...) makes the browser fetch the address.
NAVIGATION_RELS = {"alternate", "canonical", "next", "prev", "license", "help", "author", "search"}
ATTRS = re.compile(r'\b(src|srcset|poster|data|action|formaction)\s*=\s*"([^"]*)"', re.I)
LINK = re.compile(r"<link\b[^>]*>", re.I)
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""", re.I)


def external(url):
    url = url.strip()
    if url.startswith("//"):
        return True
    scheme = urllib.parse.urlparse(url).scheme.lower()
    return scheme not in ("", "data")


def check_static_requests(site, pages):
    fails = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        name = rel(site, page)
        for attr, value in ATTRS.findall(text):
            urls = [part.strip().split()[0] for part in value.split(",") if part.strip()] if attr.lower() == "srcset" else [value]
            fails += [f"{name}: {attr}=\"{u}\" loads from outside the site" for u in urls if external(u)]
        for tag in LINK.findall(text):
            rels = set((re.search(r'\brel="([^"]*)"', tag) or [None, ""])[1].lower().split())
            href = (re.search(r'\bhref="([^"]*)"', tag) or [None, ""])[1]
            if rels - NAVIGATION_RELS and external(href):
                fails.append(f"{name}: <link rel=\"{' '.join(sorted(rels))}\"> loads {href}")
        for style in re.findall(r"<style\b[^>]*>(.*?)</style>|\bstyle=\"([^\"]*)\"", text, re.S | re.I):
            fails += [f"{name}: CSS loads {u}" for u in css_urls("".join(style)) if external(u)]
    sheets = sorted(site.rglob("*.css"))
    for sheet in sheets:
        fails += [f"{rel(site, sheet)}: loads {u}" for u in css_urls(sheet.read_text(encoding="utf-8")) if external(u)]
    return fails, [f"{len(pages)} pages and {len(sheets)} stylesheets read for resource addresses"]


def css_urls(css):
    return [a or b for a, b in CSS_URL.findall(css)]
