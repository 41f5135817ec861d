#!/usr/bin/env python3
"""Writes Tests/Fixtures/english-stems.txt: every word of the English pages in content/
(`*.en.md`, the `en:` blocks of the data files, site.yaml's) and words that exercise the
English stemmer's special cases, each with the stem the Snowball project's own English
stemmer gives it (PyPI snowballstemmer 3.1.1). SearchTests (EnglishStemmer.swift) and the
site check "search" (english-stem.js in Chromium) compare against it.

Usage: .venv/bin/pip install snowballstemmer==3.1.1; .venv/bin/python tools/english_stems.py (after content/ changes)
"""
import re
import unicodedata
from pathlib import Path

import snowballstemmer

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "Tests/Fixtures/english-stems.txt"
# The algorithm's exceptions, prefixes and step endings, so a stemmer change shows even
# where content/ has no such word.
SPECIAL = """skis skies sky news gently early only singly ugly idly howe atlas bias cosmos andes dying lying tying
flying succeed proceed exceeded generous generously communism organization universal inning outing canning evening
herring earring yelling played playing yes youth boyish royalty crying cried ties says anyone ionize hopping hoping
hopped luxuriating falling filling controlling tapping hopefully nationally rational relational conditional valency
hesitancy digitizer conformably radically differently analogously vietnamization predication operator feudalism
decisiveness hopefulness callousness formality sensitivity sensibility triplicate formative formalize electricity
electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant
replacement adjustment dependent adoption homologous communism activate angularity homologous effective bowdlerize
probate rate cease controll roll agreed bled feed caresses ponies caress cats ecologist ecology geology""".split()


def words_of(text):
    for word in re.findall(r"[^\W_]+", text.lower()):
        word = unicodedata.normalize("NFC", word)
        # As SearchTerms.withoutAccents: accents dropped, æ ø å kept.
        yield "".join(c if c.isascii() or c in "æøå" else
                      "".join(p for p in unicodedata.normalize("NFD", c) if not unicodedata.combining(p)) for c in word)


def english_texts():
    content = ROOT / "content"
    for path in sorted(content.rglob("*.en.md")):
        yield path.read_text(encoding="utf-8")
    for path in sorted(content.rglob("*.yaml")):
        lines, block = path.read_text(encoding="utf-8").splitlines(), None
        for line in lines:   # the lines of each `en:` block, by its indentation
            indent = len(line) - len(line.lstrip())
            if line.strip() == "en:":
                block = indent
            elif block is not None and line.strip() and indent <= block:
                block = None
            elif block is not None:
                yield line


def main():
    stemmer = snowballstemmer.stemmer("english")
    words = set(SPECIAL)
    for text in english_texts():
        words.update(words_of(text))
    lines = [f"{w} {stemmer.stemWord(w)}" for w in sorted(words)]
    OUT.write_text("# word stem: the Snowball project's English stemmer (PyPI snowballstemmer 3.1.1) over every word of "
                   "the English pages of content/ and the algorithm's special cases (tools/english_stems.py; see SearchTests "
                   "and the site check \"search\")\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
