"""Writes the benchmark corpus as a Hugo site: the same Markdown bodies, with
beredskab's link schemes (kontakt:, kort:, plan:, begreb:, side:) replaced by
ordinary relative links, the contact tables as data files, and the layouts of
bench/hugo-layouts/ (baseof, header/footer/akut partials, TOC, list pages)."""

import json
import re
import shutil
from pathlib import Path

from write_ours import slug

HERE = Path(__file__).resolve().parent
ASSETS = HERE.parent / "templates" / "assets"
LINK = re.compile(r"\[([^\]]*)\]\((kontakt|kort|plan|begreb|side):([^)]*)\)")

CONFIG = """\
baseURL = "https://beredskab.example.dk/"
languageCode = "da"
defaultContentLanguage = "da"
title = "Beredskab mod negativ social kontrol – benchmark"
relativeURLs = true
enableRobotsTXT = true
enableGitInfo = false
enableEmoji = false
disableHugoGeneratorInject = true
disableKinds = []

[params]
beskrivelse = "Et syntetisk net af kommuners beredskabsplaner, handlekort og kontakter."
hurtig_exit = "https://www.dr.dk/"
tilgaengelighedserklaering = "https://www.was.digst.dk/"
kontakt_email = "redaktion@beredskab.example.dk"

[taxonomies]
situation = "situationer"
maalgruppe = "maalgrupper"

[outputs]
home = ["HTML", "RSS", "JSON"]
section = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]

[markup.goldmark.renderer]
unsafe = false
[markup.tableOfContents]
startLevel = 2
endLevel = 3
ordered = true

# Nothing network-related: no modules, no remote resources, no third-party services.
[module]
proxy = "off"
[security.http]
urls = ["^$"]
[privacy.disqus]
disable = true
[privacy.googleAnalytics]
disable = true
[privacy.instagram]
disable = true
[privacy.twitter]
disable = true
[privacy.vimeo]
disable = true
[privacy.youtube]
disable = true

[[menus.main]]
name = "Forside"
pageRef = "/"
weight = 1
[[menus.main]]
name = "Landsdækkende hjælp"
pageRef = "/organisationer"
weight = 2
[[menus.main]]
name = "Situationer"
pageRef = "/situationer"
weight = 3
[[menus.main]]
name = "Målgrupper"
pageRef = "/maalgrupper"
weight = 4
[[menus.main]]
name = "Kommuner"
pageRef = "/kommuner"
weight = 5
[[menus.main]]
name = "Begreber"
pageRef = "/begreber"
weight = 6
[[menus.main]]
name = "Om siden"
pageRef = "/sider/om"
weight = 7
[[menus.main]]
name = "Sikker brug"
pageRef = "/sider/sikker-brug"
weight = 8
"""


def hugo_anchor(title):
    """Goldmark's default (GitHub-style) heading id: lower case, letters and
    digits kept (æ, ø, å too), spaces become `-`, other punctuation is dropped."""
    return "".join(c if c.isalnum() or c in "-_" else "-" if c == " " else "" for c in title.lower())


def front_matter(meta, body):
    lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


def four_years_later(date):
    y, m, d = date.split("-")
    return f"{int(y) + 4}-{m}-{'28' if (m, d) == ('02', '29') else d}"


class Writer:
    def __init__(self, root: Path, corpus):
        self.root = root
        self.orgs = {o["id"] for o in corpus["organisations"]}
        self.anchors = {}
        shutil.rmtree(root, ignore_errors=True)
        (root / "layouts").parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(HERE / "hugo-layouts", root / "layouts")
        (root / "static" / "assets").mkdir(parents=True)
        for name in ("site.css", "site.js"):
            shutil.copy(ASSETS / name, root / "static" / "assets" / name)
        (root / "hugo.toml").write_text(CONFIG, encoding="utf-8")
        self.data = root / "data"
        (self.data / "kommuner").mkdir(parents=True)
        self.json("organisationer.json", {o["id"]: o for o in corpus["organisations"]})
        self.json("maalgrupper.json", corpus["audiences"])
        self.json("maalgruppenavne.json", {a["id"]: a["navn"] for a in corpus["audiences"]})
        self.json("situationer.json", corpus["situations"])
        self.json("situationsnavne.json", {s["id"]: s["navn"] for s in corpus["situations"]})
        self.content = root / "content"
        self.page("_index.md", {"title": corpus["site"]["titel"]}, "")
        self.section("organisationer", "Landsdækkende hjælp")
        for o in corpus["organisations"]:
            meta = {"title": o["navn"], "description": o["beskrivelse"], "org": o["id"],
                    "telefon": o["telefon"], "kilde": o["kilde"]}
            self.page(f"organisationer/{o['id']}.md", meta, o["beskrivelse"] + "\n")
        for taxonomy, title, items in (("situationer", "Situationer", corpus["situations"]),
                                       ("maalgrupper", "Målgrupper", corpus["audiences"])):
            self.section(taxonomy, title)
            for item in items:
                self.page(f"{taxonomy}/{item['id']}/_index.md",
                          {"title": item["navn"], "description": item["beskrivelse"]}, "")
        for folder, title, key in (("begreber", "Begreber", "terms"), ("sider", "Sider", "pages")):
            self.section(folder, title)
            for item in corpus[key]:
                meta = {"title": item["titel"], "description": item["resume"]}
                if "kilde" in item:
                    meta["kilde"] = item["kilde"]
                self.page(f"{folder}/{item['id']}.md", meta, self.links(item["body"], None, None, 2))
        self.section("kommuner", "Kommuner")

    def json(self, name, value):
        (self.data / name).write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")

    def page(self, rel, meta, body):
        path = self.content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(front_matter(meta, body), encoding="utf-8")

    def section(self, folder, title):
        self.page(f"{folder}/_index.md", {"title": title}, "")

    def links(self, body, kommune, contacts, depth):
        root = "../" * depth

        def target(m):
            text, scheme, rest = m.group(1), m.group(2), m.group(3)
            if scheme == "kontakt":
                if contacts is not None and rest in contacts:
                    if contacts[rest]["synlighed"] == "intern":
                        return text
                    return f"[{text}]({root}kommuner/{kommune}/kontakter/#kontakt-{rest})"
                return f"[{text}]({root}organisationer/{rest}/)"
            if scheme == "kort":
                k, _, card = rest.rpartition("/")
                return f"[{text}]({root}kommuner/{k or kommune}/kort/{card}/)"
            if scheme == "plan":
                k, _, anchor = rest.partition("#")
                url = f"{root}kommuner/{k or kommune}/plan/"
                return f"[{text}]({url}#{self.anchors.get(anchor, anchor)})" if anchor else f"[{text}]({url})"
            folder = "begreber" if scheme == "begreb" else "sider"
            return f"[{text}]({root}{folder}/{rest}/)"

        return LINK.sub(target, body)

    def kommune(self, k):
        kid, plan = k["id"], k["plan"]
        for line in plan["body"].split("\n"):
            if line.startswith("## "):
                from_ours = line[3:]
                self.anchors.setdefault(slug(from_ours), hugo_anchor(from_ours))
        contacts = {c["id"]: c for c in k["contacts"]}
        public = [c for c in k["contacts"] if c["synlighed"] == "offentlig"]
        revise = four_years_later(plan["vedtaget"])
        self.json(f"kommuner/{kid}.json", {
            "navn": k["navn"], "hjemmeside": k["hjemmeside"], "beskrivelse": k["beskrivelse"],
            "akut": k["akut"], "politi": k["politi"],
            "plan": {"vedtaget": plan["vedtaget"], "revideres": revise},
            "kontakter": {c["id"]: c for c in public}, "kontaktliste": [c["id"] for c in public]})
        base = f"kommuner/{kid}"
        self.page(f"{base}/_index.md", {"title": k["navn"], "kommune": kid, "layout": "kommune",
                                        "description": k["beskrivelse"]}, "")
        self.page(f"{base}/plan.md", {"title": plan["titel"], "kommune": kid, "layout": "plan",
                                      "description": plan["resume"], "date": plan["vedtaget"],
                                      "vedtaget_af": plan["vedtaget_af"], "ansvarlig": plan["ansvarlig"]},
                  self.links(plan["body"], kid, contacts, 3))
        self.page(f"{base}/kontakter.md", {"title": f"Kontakter i {k['navn']}", "kommune": kid,
                                           "layout": "kontakter"}, "")
        self.page(f"{base}/kort/_index.md", {"title": f"Handlekort i {k['navn']}", "kommune": kid}, "")
        for card in k["cards"]:
            meta = {"title": card["titel"], "description": card["resume"], "kommune": kid, "layout": "kort",
                    "date": card["opdateret"], "maalgrupper": card["maalgrupper"],
                    "situationer": card["situationer"], "alder": card["alder"], "kontakter": card["kontakter"]}
            self.page(f"{base}/kort/{card['id']}.md", meta, self.links(card["body"], kid, contacts, 4))

    def finish(self):
        pass
