#!/usr/bin/env python3
"""Deterministic benchmark corpus: `generate.py N OUT` writes N synthetic kommuner
as OUT/content/ (beredskab's content format) and the same Markdown as a Hugo site
in OUT/hugo/.

Each kommune has a ~20 KB plan with 12 `##` sections, 30 action cards of ~2 KB
and 20 contacts, cross-linked with kontakt:, kort:, plan:#anker, begreb: and
side: links that all resolve. The PRNG is seeded from the kommune's number
only, so kommune k007 is the same whatever N is (except that the last kommune
links to k001 as its neighbour), and nothing reads the clock.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import national  # noqa: E402
import write_hugo  # noqa: E402
import write_ours  # noqa: E402
from textgen import Text  # noqa: E402
from write_ours import slug  # noqa: E402

SEED = 20240401
CARDS_PER_KOMMUNE = 30
AGES = ["under-18", "over-18", "alle"]
AGE_NAMES = {"under-18": "barn eller ung under 18", "over-18": "voksen over 18", "alle": "alle aldre"}

PREFIXES = ["Nørre", "Sønder", "Vester", "Øster", "Store", "Lille", "Ny", "Gammel", "Høje", "Lang", "Bred", "Skov"]
STEMS = ["lund", "by", "rød", "holm", "strup", "købing", "sted", "bjerg", "høj", "dal", "vig", "borg",
         "torp", "løse", "ager", "mose", "næs", "skov", "bæk", "have", "hus", "gård", "ø", "bro",
         "rup", "lev", "inge", "ved", "tofte", "sø", "strand", "hede", "mark", "kær", "slev", "rum",
         "bølle", "kilde", "havn", "vang", "lyng", "sund", "bakke", "eng", "ås"]

# (id, name, role, unit, open around the clock, intern); 18 public, 2 intern.
CONTACTS = [
    ("modtagelsen", "Modtagelsen", "Modtager alle underretninger og henvendelser om børn og voksne", "Borgerservice", False, False),
    ("social-doegnvagt", "Social Døgnvagt", "Akutte henvendelser uden for kommunens åbningstid", "Via politiet", True, False),
    ("lokalpoliti", "Lokalpolitiet", "Politianmeldelse og afklaring af risiko", None, False, False),
    ("socialchef", "Socialchef", "Har det overordnede ansvar for beredskabet og besvarer henvendelser fra pressen", "Socialforvaltningen", False, False),
    ("boernechef", "Chef for børn og familie", "Ansvar for sager om børn og unge under 18", "Børn og Familie", False, False),
    ("skolechef", "Skolechef", "Ansvar for skolernes arbejde med beredskabet", "Skoleafdelingen", False, False),
    ("dagtilbudschef", "Dagtilbudschef", "Ansvar for dagtilbuddenes arbejde med beredskabet", "Dagtilbud", False, False),
    ("jobcenter", "Jobcentret", "Sparring om voksne borgere i jobcenter og integration", "Jobcenter", False, False),
    ("ssp-koordinator", "SSP-koordinator", "Koordinerer det kriminalpræventive samarbejde", "SSP", False, False),
    ("sundhedsplejen", "Sundhedsplejen", "Sparring om små børn og deres familier", "Sundhed", False, False),
    ("tandplejen", "Den kommunale tandpleje", "Ser børn og unge regelmæssigt og kan opdage tegn på mistrivsel", "Sundhed", False, False),
    ("ungdomsskolen", "Ungdomsskolen", "Tilbud og vejledning til unge mellem 13 og 18 år", "Ungdomsskolen", False, False),
    ("integrationsteamet", "Integrationsteamet", "Rådgivning om nyankomne familier", "Integration", False, False),
    ("voksenraadgivningen", "Voksenrådgivningen", "Sager om voksne, der er udsat for kontrol eller vold", "Voksenområdet", False, False),
    ("familiehuset", "Familiehuset", "Rådgivning og forebyggende samtaler med familier", "Børn og Familie", False, False),
    ("ungeraadgivningen", "Ungerådgivningen", "Anonym rådgivning til unge", "Børn og Familie", False, False),
    ("krisecentret", "Krisecentret", "Beskyttet ophold for kvinder og børn", None, True, False),
    ("boligsocial-indsats", "Den boligsociale indsats", "Kontakt til familier i de almene boligområder", None, False, False),
    ("teamleder-modtagelsen", "Teamleder i Modtagelsen", "Direkte linje til teamlederen", "Borgerservice", False, True),
    ("vagthavende-raadgiver", "Vagthavende rådgiver", "Direkte linje til dagens vagthavende rådgiver", "Børn og Familie", False, True),
]

SECTIONS = [
    "Indledning og rammesætning", "Lovgrundlag og ansvar", "Negativ social kontrol",
    "Æresrelaterede konflikter og vold", "Tvangsægteskab", "Ufrivilligt udlandsophold",
    "Digital og økonomisk kontrol", "Når et barn er i akut fare", "Underretning og modtagelse",
    "Samarbejde med politiet", "Forebyggelse og kompetencer", "Opfølgning og revision",
]
SUBSECTIONS = ["Sådan gør du", "Ansvar og roller", "Eksempel fra praksis"]


ANCHORS = [slug(s) for s in SECTIONS]


def kommune_id(i):
    return f"k{i:03d}"


def kommune_name(i):
    n = i - 1
    name = PREFIXES[n % len(PREFIXES)] + STEMS[(n // len(PREFIXES)) % len(STEMS)]
    cycle = n // (len(PREFIXES) * len(STEMS))
    return f"{name}{' ' + str(cycle + 1) if cycle else ''} Kommune"


def card_specs():
    """The 30 cards every kommune has: (id, situation, audiences, age)."""
    specs = []
    for i in range(CARDS_PER_KOMMUNE):
        situation = national.SITUATIONS[i % 6]
        v = i // 6
        primary = national.AUDIENCES[v]
        extra = national.AUDIENCES[(v + 1 + i % 2) % len(national.AUDIENCES)]
        audiences = [primary[0]] + ([extra[0]] if i % 3 else [])
        age = AGES[(i + v) % 3]
        specs.append((f"{situation[0]}-{primary[0]}-{age}", situation, audiences, age))
    return specs


CARDS = card_specs()


def phone(rng):
    first = rng.randrange(2, 10)
    d = [rng.randrange(10) for _ in range(7)]
    return f"{first}{d[0]} {d[1]}{d[2]} {d[3]}{d[4]} {d[5]}{d[6]}"


def contacts(rng, domain):
    out = []
    for cid, name, role, unit, always, intern in CONTACTS:
        c = {"id": cid, "navn": name, "rolle": role, "enhed": unit or "",
             "telefon": [phone(rng)] + ([phone(rng)] if rng.random() < 0.2 else []),
             "email": f"{cid}@{'politi.dk' if cid == 'lokalpoliti' else domain}",
             "aabningstid": "Hele døgnet, alle dage" if always else "Mandag–fredag 8–15",
             "doegnaaben": always, "synlighed": "intern" if intern else "offentlig",
             "verificeret": "2024-03-01", "kilde": "Kommunens beredskabsplan, 1. marts 2024", "note": ""}
        out.append(c)
    return out


def kontakt_link(rng, kcontacts):
    c = kcontacts[rng.randrange(len(kcontacts))]
    return f"[{c['navn']}](kontakt:{c['id']})"


def plan_body(rng, text, other, kcontacts):
    parts = []
    for s, title in enumerate(SECTIONS):
        card = CARDS[(s * 7) % len(CARDS)]
        term = national.TERMS[s % len(national.TERMS)]
        links = [kontakt_link(rng, kcontacts), f"[handlekortet](kort:{card[0]})",
                 f"[{term[1].lower()}](begreb:{term[0]})",
                 f"[afsnittet om {SECTIONS[(s + 5) % 12].lower()}](plan:#{ANCHORS[(s + 5) % 12]})"]
        parts += [f"## {title}", text.paragraph(3, links[:2]), text.paragraph(3, links[2:])]
        parts += [f"### {SUBSECTIONS[s % 3]}", text.paragraph(2), text.bullets(text.signs(4))]
        extra = [f"[nabokommunens plan](plan:{other}#{ANCHORS[s]})" if s % 3 == 0 else
                 f"[nabokommunens kort](kort:{other}/{CARDS[s][0]})" if s % 3 == 1 else
                 "[sikker brug](side:sikker-brug)"]
        parts.append(text.paragraph(2, extra + [f"[organisationen](kontakt:{national.ORGANISATIONS[s % 8][0]})"]))
    return "\n\n".join(parts) + "\n"


def card_body(rng, text, index, other, kcontacts):
    cid, situation, _, _ = CARDS[index]
    term = situation[2]
    sibling = CARDS[(index + 6) % len(CARDS)][0]
    steps = [text.step(kontakt_link(rng, kcontacts) if k in (1, 3, 4) else None) for k in range(6)]
    parts = [
        "## Hvornår bruger du kortet",
        text.paragraph(2, [f"[{situation[1].lower()}](begreb:{term})",
                           f"[planens afsnit](plan:#{ANCHORS[2 + index % 5]})"]),
        "## Tegn du skal være opmærksom på",
        text.bullets(text.signs(6)),
        "## Det gør du nu",
        text.bullets(steps, numbered=True),
        text.paragraph(1, [f"[kortet om {CARDS[(index + 6) % 30][1][1].lower()}](kort:{sibling})",
                           f"[{other}s tilsvarende kort](kort:{other}/{cid})"]),
        "## Det må du ikke",
        text.bullets(text.donts(4)),
    ]
    return "\n\n".join(parts) + "\n"


def kommune(i, n):
    rng = random.Random(SEED * 1000 + i)
    text = Text(rng)
    kid, name = kommune_id(i), kommune_name(i)
    domain = slug(name.replace(" Kommune", "")) + ".dk"
    other = kommune_id(i % n + 1)
    kcontacts = contacts(rng, domain)
    public = [c for c in kcontacts if c["synlighed"] == "offentlig"]
    year = 2021 + i % 4
    plan = {"titel": f"Beredskabsplan mod negativ social kontrol – {name}",
            "vedtaget": f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}", "vedtaget_af": "Kommunalbestyrelsen",
            "ansvarlig": "Børn og Familie",
            "resume": f"Planen beskriver, hvordan medarbejdere i {name} forebygger, opdager og håndterer negativ social kontrol.",
            "body": plan_body(rng, text, other, kcontacts), "anchors": ANCHORS}
    cards = []
    for index, (cid, situation, auds, age) in enumerate(CARDS):
        ids = ["modtagelsen", "social-doegnvagt", CONTACTS[3 + index % 15][0], national.ORGANISATIONS[2 + index % 6][0]]
        cards.append({"id": cid, "titel": f"{situation[1]} – {AGE_NAMES[age]} ({index + 1})",
                      "resume": f"Brug kortet ved bekymring for {situation[1].lower()} hos et {AGE_NAMES[age]}.",
                      "maalgrupper": auds, "situationer": [situation[0]], "alder": age, "kontakter": ids,
                      "opdateret": f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}",
                      "body": card_body(rng, text, index, other, public)})
    return {"id": kid, "navn": name, "hjemmeside": f"https://www.{domain}/",
            "beskrivelse": f"{name}s beredskab gælder for alle borgere, både børn, unge og voksne.",
            "akut": {"kontakt": "modtagelsen", "uden_for_aabningstid": "social-doegnvagt"},
            "politi": "lokalpoliti", "contacts": kcontacts, "plan": plan, "cards": cards}


def corpus(n):
    rng = random.Random(SEED)
    return {"site": national.SITE, "organisations": national.organisations(),
            "situations": national.situations(), "audiences": national.audiences(),
            "terms": national.terms(rng), "pages": national.pages(rng),
            "kommuner": (kommune(i, n) for i in range(1, n + 1))}


def main(argv):
    if len(argv) != 3 or not argv[1].isdigit() or int(argv[1]) < 1:
        sys.exit("usage: generate.py N OUT")
    n, out = int(argv[1]), Path(argv[2])
    c = corpus(n)
    ours, hugo = write_ours.Writer(out / "content", c), write_hugo.Writer(out / "hugo", c)
    for k in c["kommuner"]:
        ours.kommune(k)
        hugo.kommune(k)
    hugo.finish()
    print(f"{n} kommuner -> {out}/content, {out}/hugo")


if __name__ == "__main__":
    main(sys.argv)
