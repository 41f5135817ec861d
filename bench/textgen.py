"""Deterministic Danish filler text for the benchmark corpus.

Everything is drawn from a `random.Random` the caller seeds, so the same seed
gives the same text. Links are passed in ready-made (`[tekst](kontakt:id)`) and
woven into the sentences; this module knows nothing about link schemes.
"""

import random

SUBJECTS = [
    "medarbejderen", "lederen", "sagsbehandleren", "kommunen", "skolen",
    "fagpersonen", "rådgiveren", "sundhedsplejersken", "SSP-medarbejderen",
    "teamlederen", "den faglige koordinator", "jobkonsulenten", "pædagogen",
]
VERBS = [
    "vurderer", "dokumenterer", "drøfter", "afklarer", "beskriver",
    "koordinerer", "noterer", "følger op på", "tager hånd om", "undersøger",
    "videregiver", "prioriterer", "gennemgår", "sikrer",
]
OBJECTS = [
    "bekymringen", "risikoen for negativ social kontrol", "barnets trivsel",
    "de konkrete tegn", "familiens situation", "sikkerheden for den unge",
    "samarbejdet på tværs af forvaltningerne", "den unges egne ønsker",
    "de næste skridt", "fristerne i sagen", "oplysningerne fra skolen",
    "behovet for beskyttelse", "den samlede risikovurdering",
    "aftalerne med politiet", "underretningens indhold", "tegnene på pres",
]
ADVERBIALS = [
    "hurtigst muligt", "inden for 24 timer", "i samarbejde med lederen",
    "uden at inddrage familien", "på et sikkert og sagligt grundlag",
    "efter kommunens retningslinjer", "i tæt dialog med den unge",
    "så tidligt som muligt", "med respekt for barnets perspektiv",
    "før der træffes en afgørelse", "i hele forløbet", "på tværs af faggrupper",
    "når der er tvivl om alvoren", "i den daglige praksis",
]
OPENERS = [
    "Derfor", "Samtidig", "Som udgangspunkt", "Bagefter", "I praksis",
    "Ved tvivl", "I akutte sager", "Under hele forløbet", "Efter samtalen",
    "Når det er nødvendigt", "I alle sager",
]
CLAUSES = [
    "fordi æresrelaterede konflikter ofte udvikler sig hurtigt",
    "så den unge ikke bliver udsat for yderligere pres",
    "hvis der er risiko for et ufrivilligt udlandsophold",
    "mens barnet er i sikkerhed",
    "selv om familien ønsker noget andet",
    "så oplysningerne ikke når frem til de forkerte",
    "når den unge selv beder om hjælp",
    "og det gælder både børn, unge og voksne",
]
SIGNS = [
    "den unge bliver pludselig holdt hjemme fra skole eller fritid",
    "en søskende bliver fulgt til og fra skole af familien",
    "den unge fortæller om en forlovelse, hun eller han ikke selv har valgt",
    "der tales om en lang rejse til familiens hjemland",
    "den unge virker bange, trist eller trækker sig fra fællesskabet",
    "telefonen bliver kontrolleret, og kontakten med venner er begrænset",
    "den unge må ikke deltage i lejrskole, svømning eller klassefester",
    "der er tegn på vold, trusler eller selvskade",
    "familien blander sig i valg af uddannelse, arbejde eller kæreste",
    "den unge har ikke adgang til egne penge eller papirer",
]
DONTS = [
    "Kontakt ikke forældrene eller familien, før kommunen har vurderet sagen",
    "Brug ikke familiemedlemmer eller bekendte som tolk",
    "Lov ikke den unge, at samtalen bliver en hemmelighed",
    "Foreslå ikke et fællesmøde med familien",
    "Vent ikke med at underrette, til efter en ferie eller weekend",
    "Konfrontér ikke familien med det, den unge har fortalt",
    "Send ikke oplysninger om sagen til familiens e-mail eller telefon",
]


def cap(text):
    return text[:1].upper() + text[1:]


class Text:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def sentence(self):
        r = self.rng.random()
        if r < 0.35:
            verb = self.pick([v for v in VERBS if " " not in v])
            s = f"{self.pick(OPENERS)} {verb} {self.pick(SUBJECTS)} {self.pick(OBJECTS)} {self.pick(ADVERBIALS)}"
        elif r < 0.7:
            s = f"{cap(self.pick(SUBJECTS))} {self.pick(VERBS)} {self.pick(OBJECTS)} {self.pick(ADVERBIALS)}, {self.pick(CLAUSES)}"
        else:
            s = f"{cap(self.pick(SUBJECTS))} {self.pick(VERBS)} {self.pick(OBJECTS)} {self.pick(ADVERBIALS)}"
        return s + "."

    def link_sentence(self, link):
        forms = [
            "Se også {}.", "Kontakt {} ved tvivl.", "Læs mere om {}.",
            "Det er beskrevet under {}.", "Brug {}, når sagen haster.",
        ]
        return self.pick(forms).format(link)

    def paragraph(self, n_sentences, links=()):
        """n_sentences sentences; each link becomes one extra sentence at a random place."""
        sentences = [self.sentence() for _ in range(n_sentences)]
        for link in links:
            sentences.insert(self.rng.randrange(len(sentences) + 1), self.link_sentence(link))
        return " ".join(sentences)

    def bullets(self, items, numbered=False):
        return "\n".join((f"{i}. " if numbered else "- ") + item for i, item in enumerate(items, 1))

    def signs(self, n):
        return self.rng.sample(SIGNS, n)

    def donts(self, n):
        return [d + "." for d in self.rng.sample(DONTS, n)]

    def step(self, link=None):
        base = f"{cap(self.pick(SUBJECTS))} {self.pick(VERBS)} {self.pick(OBJECTS)} {self.pick(ADVERBIALS)}"
        return base + (f" – kontakt {link}." if link else ".")
