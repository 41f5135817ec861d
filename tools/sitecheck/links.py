"""c. linkchecker: from index.html (and 404.html), recursive, anchors checked."""
import csv
import os
import subprocess
import tempfile
import urllib.parse

from .common import rel

IGNORED_LINKS = r"^(mailto|tel|https?):"


def check_links(site, pages):
    starts = [site / "index.html"] + ([site / "404.html"] if (site / "404.html").exists() else [])
    with tempfile.NamedTemporaryFile("w", suffix=".rc", delete=False) as rc:
        rc.write("[AnchorCheck]\n")   # enables checking of #fragments
    os.chmod(rc.name, 0o644)          # linkchecker drops root to nobody
    try:
        proc = subprocess.run(
            ["linkchecker", "-f", rc.name, "--verbose", "--no-status", "-o", "csv/utf-8",
             "--ignore-url", IGNORED_LINKS] + [p.as_uri() for p in starts],
            capture_output=True, text=True, encoding="utf-8", timeout=1800)
    finally:
        os.unlink(rc.name)
    rows = list(csv.DictReader((l for l in proc.stdout.splitlines() if not l.startswith("#")),
                               delimiter=";"))
    if proc.returncode not in (0, 1) or not rows:
        return [f"linkchecker exit {proc.returncode}: {proc.stderr.strip()[-800:]}"], []
    failures, notes, seen = [], [], set()
    for r in rows:
        url, parent = r.get("url") or r.get("urlname", ""), rel(site, r.get("parentname") or "")
        where = f"{parent}:{r.get('line')}" if parent else "(start)"
        if url.startswith("file:"):
            seen.add(os.path.normpath(urllib.parse.unquote(urllib.parse.urlparse(url).path)))
        if r.get("valid") != "True":
            failures.append(f"{where}: {r.get('urlname')} -> {r.get('result')}")
        elif "Anchor" in (r.get("warningstring") or ""):
            failures.append(f"{where}: {r.get('urlname')} -> anchor not found")
        elif r.get("warningstring"):
            notes.append(f"warning {where}: {r.get('urlname')}: {r['warningstring'][:200]}")
    missing = [rel(site, p) for p in pages if os.path.normpath(str(p)) not in seen]
    failures += [f"{m}: never reached from index.html (no link to it)" for m in missing]
    notes.append(f"{len(rows)} URLs checked, {len(pages) - len(missing)}/{len(pages)} pages reached")
    return failures, notes


