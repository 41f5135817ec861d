"""The shared part of the benchmark corpus: site, national organisations,
situations, audiences, glossary terms and free pages. Same for every N."""

from textgen import Text

SITE = {
    "titel": "Beredskab mod negativ social kontrol – benchmark",
    "beskrivelse": "Et syntetisk net af kommuners beredskabsplaner, handlekort og kontakter, genereret til at måle byggetiden.",
    "hurtig_exit": "https://www.dr.dk/",
    "tilgaengelighedserklaering": "https://www.was.digst.dk/",
    "base_url": "https://beredskab.example.dk/",
    "kontakt_email": "redaktion@beredskab.example.dk",
}

ORGANISATIONS = [
    ("politi-112", "Alarm 112", ["112"], None, True),
    ("politi-114", "Politiet – 114 (ikke akut)", ["114"], None, True),
    ("red-raadgivning", "RED Rådgivning", ["70 27 76 66"], "https://red-center.dk/", True),
    ("boernetelefonen", "BørneTelefonen", ["116 111"], "https://bornsvilkar.dk/", True),
    ("lev-uden-vold", "Lev Uden Vold", ["1888"], "https://levudenvold.dk/", True),
    ("viso", "VISO – Social- og Boligstyrelsen", ["72 42 40 00"], None, False),
    ("sikkerhedskonsulenterne", "Sikkerhedskonsulenterne (SIRI)", [], "https://siri.dk/", False),
    ("mandecentret", "Mandecentret", ["70 11 12 13"], "https://mandecentret.dk/", True),
]

# (id, name, glossary term); the first six are the situations cards are about.
SITUATIONS = [
    ("negativ-social-kontrol", "Negativ social kontrol", "negativ-social-kontrol"),
    ("aeresrelateret-vold", "Vold og overgreb begrundet med ære", "aeresrelaterede-konflikter"),
    ("tvangsaegteskab", "Tvangsægteskab", "tvangsaegteskab"),
    ("ufrivilligt-udlandsophold", "Ufrivilligt udlandsophold", "ufrivilligt-udlandsophold"),
    ("digital-kontrol", "Digital kontrol og overvågning", "digital-kontrol"),
    ("oekonomisk-kontrol", "Økonomisk kontrol", "oekonomisk-kontrol"),
]

AUDIENCES = [
    ("skole-dagtilbud", "Skole og dagtilbud"),
    ("boern-familie", "Børn og familie"),
    ("jobcenter", "Jobcenter, integration og voksenområdet"),
    ("sundhed-aeldre", "Sundhed og ældre"),
    ("ssp", "SSP og klubber"),
    ("ledere", "Ledere"),
    ("borgere", "Unge, voksne og pårørende"),
]

TERMS = [
    ("negativ-social-kontrol", "Negativ social kontrol"),
    ("aeresrelaterede-konflikter", "Æresrelaterede konflikter"),
    ("tvangsaegteskab", "Tvangsægteskab"),
    ("ufrivilligt-udlandsophold", "Ufrivilligt udlandsophold"),
    ("digital-kontrol", "Digital kontrol"),
    ("oekonomisk-kontrol", "Økonomisk kontrol"),
    ("underretning", "Underretning"),
    ("skaerpet-underretningspligt", "Skærpet underretningspligt"),
    ("boernesamtale", "Børnesamtale"),
    ("bekymringssamtale", "Bekymringssamtale"),
]

PAGES = [
    ("om", "Om siden"),
    ("sikker-brug", "Sikker brug af siden"),
]


def organisations():
    out = []
    for oid, name, phones, web, always in ORGANISATIONS:
        org = {"id": oid, "navn": name,
               "beskrivelse": f"{name} rådgiver fagpersoner og borgere om æresrelaterede konflikter og negativ social kontrol.",
               "telefon": phones, "doegnaaben": always,
               "kilde": "Syntetisk benchmark-data, 1. januar 2024"}
        if web:
            org["hjemmeside"] = web
        if always:
            org["aabningstid"] = "Hele døgnet, alle dage"
        out.append(org)
    return out


def situations():
    return [{"id": sid, "navn": name, "begreb": term,
             "beskrivelse": f"{name}: når familien eller netværket begrænser en persons frihed og valg."}
            for sid, name, term in SITUATIONS]


def audiences():
    return [{"id": aid, "navn": name, "beskrivelse": f"{name}, der møder børn, unge eller voksne i deres arbejde eller hverdag."}
            for aid, name in AUDIENCES]


def _term_links(text, i):
    other = TERMS[(i + 1) % len(TERMS)]
    org = ORGANISATIONS[i % len(ORGANISATIONS)]
    return [f"[{other[1].lower()}](begreb:{other[0]})", f"[{org[1]}](kontakt:{org[0]})"]


def terms(rng):
    text = Text(rng)
    out = []
    for i, (tid, title) in enumerate(TERMS):
        body = "\n\n".join([
            text.paragraph(4, _term_links(text, i)),
            "## Hvad siger loven?",
            text.paragraph(4),
            "## Sådan opdager du det",
            text.bullets(text.signs(5)),
            text.paragraph(3, ["[sikker brug af siden](side:sikker-brug)"]),
        ])
        out.append({"id": tid, "titel": title, "kilde": "Barnets lov § 15, stk. 3",
                    "resume": f"Hvad {title.lower()} er, og hvordan du opdager det.", "body": body})
    return out


def pages(rng):
    text = Text(rng)
    out = []
    for pid, title in PAGES:
        body = "\n\n".join([
            text.paragraph(5, ["[112](kontakt:politi-112)", "[negativ social kontrol](begreb:negativ-social-kontrol)"]),
            "## Hvem er siden til?",
            text.paragraph(5),
            "## Hvor kommer indholdet fra?",
            text.paragraph(4, ["[RED Rådgivning](kontakt:red-raadgivning)"]),
        ])
        out.append({"id": pid, "titel": title, "resume": f"{title}: hvad du skal vide, før du bruger siden.", "body": body})
    return out
