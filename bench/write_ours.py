"""Writes a benchmark corpus in beredskab's content format (README, "Content format")."""

import json
import shutil
import unicodedata
from pathlib import Path


def slug(text):
    """The anchor rule of beredskab (Sources/BeredskabKit/Markdown/HeadingAnchor.swift)."""
    out = ""
    for ch in text.lower():
        if ch in "æøå":
            out += {"æ": "ae", "ø": "oe", "å": "aa"}[ch]
            continue
        letters = "".join(c for c in unicodedata.normalize("NFD", ch) if "a" <= c <= "z" or "0" <= c <= "9")
        if letters:
            out += letters
        elif out and not out.endswith("-"):
            out += "-"
    return out.rstrip("-") or "afsnit"


def q(value):
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(value, ensure_ascii=False)


def yaml_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(q(v) for v in value) + "]"
    return q(value)


def mapping(d, indent=""):
    return "".join(f"{indent}{k}: {yaml_value(v)}\n" for k, v in d.items() if v not in (None, "", []))


def front_matter(d, body):
    return "---\n" + mapping(d) + "---\n\n" + body


def csv_field(value):
    text = " | ".join(value) if isinstance(value, list) else ("ja" if value is True else "nej" if value is False else str(value))
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ';"\n') else text


CSV_COLUMNS = ["id", "navn", "rolle", "enhed", "telefon", "email", "aabningstid", "doegnaaben",
               "synlighed", "verificeret", "kilde", "note"]


class Writer:
    def __init__(self, root: Path, corpus):
        self.root = root
        shutil.rmtree(root, ignore_errors=True)
        (root / "kommuner").mkdir(parents=True)
        site = corpus["site"]
        (root / "site.yaml").write_text(mapping(site), encoding="utf-8")
        self.list_file("organisationer.yaml", corpus["organisations"])
        self.list_file("situationer.yaml", corpus["situations"])
        self.list_file("maalgrupper.yaml", corpus["audiences"])
        for folder, key, fields in (("begreber", "terms", ("titel", "resume", "kilde")),
                                    ("sider", "pages", ("titel", "resume"))):
            (root / folder).mkdir()
            for item in corpus[key]:
                meta = {f: item[f] for f in fields}
                (root / folder / f"{item['id']}.md").write_text(front_matter(meta, item["body"]), encoding="utf-8")

    def list_file(self, name, items):
        text = ""
        for item in items:
            lines = mapping(item, "  ")
            text += "- " + lines[2:]
        (self.root / name).write_text(text, encoding="utf-8")

    def kommune(self, k):
        folder = self.root / "kommuner" / k["id"]
        (folder / "kort").mkdir(parents=True)
        akut = k["akut"]
        (folder / "kommune.yaml").write_text(
            mapping({"navn": k["navn"], "hjemmeside": k["hjemmeside"], "beskrivelse": k["beskrivelse"],
                     "politi": k["politi"]})
            + f"akut:\n  kontakt: {akut['kontakt']}\n  uden_for_aabningstid: {akut['uden_for_aabningstid']}\n",
            encoding="utf-8")
        rows = [";".join(CSV_COLUMNS)]
        rows += [";".join(csv_field(c.get(col, "")) for col in CSV_COLUMNS) for c in k["contacts"]]
        (folder / "kontakter.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        plan = k["plan"]
        meta = {f: plan[f] for f in ("titel", "vedtaget", "vedtaget_af", "ansvarlig", "resume")}
        (folder / "plan.md").write_text(dates(front_matter(meta, plan["body"])), encoding="utf-8")
        # Cards name the plan sections they rest on, as the real content does.
        anchors = [slug(line.lstrip("#").strip()) for line in plan["body"].split("\n") if line.startswith("## ")]
        for n, card in enumerate(k["cards"]):
            meta = {f: card[f] for f in ("titel", "resume", "maalgrupper", "situationer", "alder", "kontakter", "opdateret")}
            if anchors:
                meta["bygger_paa"] = [anchors[n % len(anchors)], anchors[(n + 1) % len(anchors)]]
            (folder / "kort" / f"{card['id']}.md").write_text(dates(front_matter(meta, card["body"])), encoding="utf-8")


def dates(text):
    """Dates unquoted, as an editor writes them (`vedtaget: 2024-04-01`)."""
    out = []
    for line in text.split("\n"):
        key, sep, value = line.partition(": ")
        if sep and key in ("vedtaget", "opdateret") and value.startswith('"'):
            line = f"{key}: {value.strip(chr(34))}"
        out.append(line)
    return "\n".join(out)
