"""g. sitemap.xml and feed.xml: well-formed XML in the right namespace, every address
a file of the site. The sitemap (written only with a base URL) lists absolute
addresses under that base; the Atom feed has its required elements, RFC 3339 dates,
and entries that link pages which exist."""
import re
import xml.etree.ElementTree as ET

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def site_file(site, path):
    path = path.split("#")[0].split("?")[0]
    target = site / path
    return target.is_file() or (target / "index.html").is_file() or (path in ("", "/") and (site / "index.html").is_file())


def check_sitemap(site, base_url, fails, notes):
    sitemap = site / "sitemap.xml"
    if base_url is None:
        notes.append("sitemap.xml: not checked, no --base-url given")
        return
    if not sitemap.exists():
        fails.append("sitemap.xml missing, though the site was built with a base URL")
        return
    root = ET.parse(sitemap).getroot()
    if root.tag != SITEMAP_NS + "urlset":
        fails.append(f"sitemap.xml: root is {root.tag}, not a sitemaps.org urlset")
    locs = [u.findtext(SITEMAP_NS + "loc") or "" for u in root.findall(SITEMAP_NS + "url")]
    if not locs:
        fails.append("sitemap.xml lists no addresses")
    base = base_url.rstrip("/") + "/"
    for loc in locs:
        if not loc.startswith(base):
            fails.append(f"sitemap.xml: {loc} is not under {base}")
        elif not site_file(site, loc[len(base):]):
            fails.append(f"sitemap.xml: {loc} is not a file of the site")
    if len(set(locs)) != len(locs):
        fails.append("sitemap.xml lists an address twice")
    pages = [p for p in site.rglob("index.html")]
    listed = {loc[len(base):] for loc in locs}
    missing = [str(p.parent.relative_to(site)) for p in pages
               if (str(p.parent.relative_to(site)) + "/").lstrip("./") not in listed
               and str(p.relative_to(site)) not in listed and p.parent != site]
    notes.append(f"sitemap.xml: {len(locs)} addresses, {len(missing)} index pages not listed"
                 + (f" (e.g. {missing[:3]})" if missing else ""))


def check_feed(site, base_url, fails, notes):
    feed = site / "feed.xml"
    if not feed.exists():
        fails.append("feed.xml missing")
        return
    root = ET.parse(feed).getroot()
    if root.tag != ATOM + "feed":
        fails.append(f"feed.xml: root is {root.tag}, not an Atom feed")
        return
    for required in ("id", "title", "updated"):
        if not (root.findtext(ATOM + required) or "").strip():
            fails.append(f"feed.xml: the feed has no <{required}>")
    entries = root.findall(ATOM + "entry")
    if not entries:
        fails.append("feed.xml has no entries")
    ids = []
    for i, entry in enumerate(entries, 1):
        what = f"feed.xml entry {i} ({entry.findtext(ATOM + 'title')!r})"
        for required in ("id", "title", "updated"):
            if not (entry.findtext(ATOM + required) or "").strip():
                fails.append(f"{what}: no <{required}>")
        updated = entry.findtext(ATOM + "updated") or ""
        if updated and not RFC3339.match(updated):
            fails.append(f"{what}: <updated> {updated!r} is not an RFC 3339 date")
        ids.append(entry.findtext(ATOM + "id"))
        links = [link.get("href", "") for link in entry.findall(ATOM + "link")]
        if not links:
            fails.append(f"{what}: no <link>")
        base = (base_url or "").rstrip("/") + "/"
        for href in links:
            local = href[len(base):] if base_url and href.startswith(base) else href
            if href.startswith(("http://", "https://")) and local == href:
                fails.append(f"{what}: links {href}, outside the site's base URL")
            elif not site_file(site, local):
                fails.append(f"{what}: links {href}, which is not a file of the site")
    if len(set(ids)) != len(ids):
        fails.append("feed.xml: two entries share an <id>")
    notes.append(f"feed.xml: {len(entries)} entries")


def check_feeds(site, base_url):
    fails, notes = [], []
    for check in (lambda: check_sitemap(site, base_url, fails, notes), lambda: check_feed(site, base_url, fails, notes)):
        try:
            check()
        except ET.ParseError as e:
            fails.append(f"not well-formed XML: {e}")
    return fails, notes
