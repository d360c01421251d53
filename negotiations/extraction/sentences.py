"""Sentence splitting with character offsets into the cleaned text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .clean import is_heading
from .lexicon import all_languages_lexicon

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"»”')]*\s+(?=[\"«“'(]?[A-ZÀ-ÖØ-Þ0-9])")
# Garbled copy starts sentences in lower case ("... ab. il presidente ucraino sagte"): accepted
# after a word of two or more letters that is not an abbreviation.
_LOWER_BOUNDARY = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[a-zà-öø-ÿ]{2,}\s)")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b[A-Z]\.[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Gen|Col|Lt|Sen|Rep|Gov|Prof|No|Nr|ca|z\.B|bzw|vgl|Sig|Dott|Mme|Mlle|MM|Mmes|Sra|Sres|Dres|Hr|Fr|Sto|etc|usw|ecc|vs|Abs|Art|bzw|Hrsg|EE\.UU|a\.m|p\.m|sen|gen|card|mons|gral|Gral|Card|Mons))\.$"
)
_ORDINAL = re.compile(r"\b\d{1,2}\.$")
# "on Feb. 10", "le 3 janv. 1991": an abbreviated month before the day or year it dates
_MONTH_ABBREVIATION = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|avr|juil|déc|ene|ago|"
    r"sept|set|ott|dic|okt|dez)\.$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[\"«“'(]?(\w+)")


@cache
def _ordinal_determiners() -> frozenset[str]:
    return frozenset(w.lower() for w in all_languages_lexicon().words("ordinal_determiners"))


@cache
def _month_names() -> frozenset[str]:
    return frozenset(k.lower().rstrip("*") for k in all_languages_lexicon().mapping("months"))


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    is_heading: bool


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    offset = 0
    for paragraph_index, line in enumerate(text.split("\n")):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        heading = is_heading(line)
        pieces = [] if heading else _split_paragraph(line)
        if heading or not pieces:
            pieces = [(0, len(line))]
        for start, end in pieces:
            chunk = line[start:end]
            stripped_left = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if not chunk:
                continue
            begin = line_start + start + stripped_left
            sentences.append(
                Sentence(len(sentences), begin, begin + len(chunk), chunk, paragraph_index, heading)
            )
    return sentences


def _word_before_number(head: str) -> str:
    words = re.findall(r"\w+", head)
    return words[-2].lower() if len(words) >= 2 else ""


def _split_paragraph(line: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    boundaries = sorted(
        [*_BOUNDARY.finditer(line), *_LOWER_BOUNDARY.finditer(line)], key=lambda m: m.start()
    )
    for match in boundaries:
        head = line[start : match.start()].rstrip("\"»”')")
        if _ABBREVIATION.search(head):
            continue
        following = _NEXT_WORD.match(line, match.end())
        if _MONTH_ABBREVIATION.search(head) and following and following.group(1).isdigit():
            continue
        if _ORDINAL.search(head) and (
            following is None
            or following.group(1).lower() in _month_names()
            or _word_before_number(head) in _ordinal_determiners()
        ):
            continue  # "am 11. März", "die 14. Armee": an ordinal, not "on March 11. Vladimir Putin"
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(line)))
    return spans
