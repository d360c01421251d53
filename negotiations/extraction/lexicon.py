"""Per-language vocabulary loaded from ``lexicons/<lang>.json``.

Adding a language is adding a file: every rule in the pipeline reads its words from here.
Phrase syntax: ``*`` at the end of a word matches any word ending, `` ... `` matches up to four
intervening words, `` ~ `` up to twenty words of the same clause before a word that closes it
(a German separable verb: "tritt ~ ab" finds "tritt die Vororte an die Föderation ab.");
matching is case-insensitive and respects word boundaries.
A word written ``=form`` stands for every inflection of that form's lemma in the language
(``si ... =impegnato a`` finds "si impegnò a", "si erano impegnati a", "si impegnerà a"): a
commitment is one whatever its tense and person, and listing conjugations by hand is how an
engine misses the one an unseen article uses (see ``inflections.py``).
A key ``K_compose`` holding lists of alternatives (``[["at the", "after the"], ["summit",
"talks"]]``) adds every combination to ``K``, so "at/during/after the summit/talks/call" is
written once instead of as a dozen phrases.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"
FALLBACK_LANGUAGE = "en"


def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.json")))


# A word of the gap of `` ~ ``: no clause punctuation but the commas of a list ("wohnten A, B und C bei"); an ordinal such as "15." may pass.
_CLAUSE_WORD = r"(?:[^\s,;:.!?]+,?|\d+\.)"
_CLAUSE_END = r"(?=\s*(?:[,;:.!?)»\"“”–—]|$))"


def phrase_regex(phrase: str) -> str:
    phrase = phrase.strip()
    if " ~ " in phrase:  # German separable verb: "tritt ~ ab", the particle closes the clause
        head, _, particle = phrase.partition(" ~ ")
        return (
            rf"{phrase_regex(head)}(?:\s+{_CLAUSE_WORD}){{0,20}}?\s+"
            rf"{phrase_regex(particle)}{_CLAUSE_END}"
        )
    parts = []
    for chunk in phrase.split(" ... "):
        words = []
        for word in chunk.split():
            if word.startswith("{") and word.endswith("}") and len(word) > 2:
                words.append(_trie_regex(set(word[1:-1].split("|"))))
                continue
            escaped = re.escape(word)
            if escaped.endswith(r"\*"):
                escaped = escaped[:-2] + r"\w*"
            words.append(escaped)
        parts.append(r"[\s']+".join(words))
    return r"(?:\s+\S+){0,4}?\s+".join(parts)


def _trie_regex(forms: set[str]) -> str:
    """One alternation for many forms, their shared beginnings written once ("impegn(?:a|ò|…)"):
    a long flat alternation is tried form by form at every position of every sentence."""
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(char) + render(child) for char, child in node.items() if char]
        optional = "" in node
        if not branches:
            return ""
        if len(branches) == 1 and not optional:
            return branches[0]
        branches.sort(key=len, reverse=True)
        return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")

    return "(?:" + render(trie) + ")"


# A phrase ends at a word boundary, or on an elided word ("accepte qu'", "dell'") that the
# next word follows at once.
PHRASE_END = r"(?:(?<=['’])|(?!\w))"


def compile_phrases(phrases) -> re.Pattern | None:
    phrases = sorted({p.lower() for p in phrases if p and p.strip()}, key=len, reverse=True)
    if not phrases:
        return None
    body = "|".join(phrase_regex(p) for p in phrases)
    return re.compile(rf"(?<!\w)(?:{body}){PHRASE_END}", re.IGNORECASE)


# In languages that write compounds as one word, these also match as the end of a compound
# ("Kriegsgefangene", "Friedenstruppen").
_COMPOUND_KEYS = ("concession_items", "state_nouns", "proposal_nouns")


@dataclass
class Lexicon:
    language: str
    data: dict
    _patterns: dict = field(default_factory=dict, repr=False)
    _found: dict = field(default_factory=dict, repr=False)

    def words(self, key: str) -> list[str]:
        value = self.data.get(key, [])
        return list(value.keys()) if isinstance(value, dict) else list(value)

    def mapping(self, key: str) -> dict:
        value = self.data.get(key, {})
        return value if isinstance(value, dict) else {}

    def pattern(self, key: str, sub: str | None = None) -> re.Pattern | None:
        cache_key = (key, sub)
        if cache_key not in self._patterns:
            source = self.data.get(key, {}).get(sub, []) if sub else self.words(key)
            pattern = compile_phrases(source)
            own = self.data.get("_own", {}).get(key)
            if (
                pattern is not None
                and key in _COMPOUND_KEYS
                and self.data.get("capitalized_nouns")
                and own
            ):
                own_phrases = own.get(sub, []) if sub else own
                compound = compile_phrases(own_phrases)
                if compound is not None:
                    compound_body = compound.pattern.replace("(?<!\\w)(?:", "(?<!\\w)\\w*(?:", 1)
                    pattern = re.compile(f"{compound_body}|{pattern.pattern}", re.IGNORECASE)
            self._patterns[cache_key] = pattern
        return self._patterns[cache_key]

    def derived(self, name: str, phrases) -> re.Pattern | None:
        """A pattern over phrases the rules derive from this lexicon ("the plurals of the person
        roles"), compiled once: ``phrases`` is a function of the lexicon, called on first use."""
        key = ("derived", name)
        if key not in self._patterns:
            self._patterns[key] = compile_phrases(phrases(self))
        return self._patterns[key]

    def find(self, key: str, text: str, sub: str | None = None) -> list[re.Match]:
        """Matches of a key's phrases; the rules ask the same sentence the same question many
        times ("is there a back-reference?"), so answers are kept until ``forget`` (called
        once per article, so that a benchmark repeating one article measures real work)."""
        cache_key = (key, sub, text)
        found = self._found.get(cache_key)
        if found is None:
            pattern = self.pattern(key, sub)
            found = tuple(pattern.finditer(text)) if pattern else ()
            if len(self._found) > 20_000:
                self._found.clear()
            self._found[cache_key] = found
        return list(found)

    def forget(self) -> None:
        self._found.clear()

    def has(self, key: str, text: str, sub: str | None = None) -> bool:
        pattern = self.pattern(key, sub)
        return bool(pattern and pattern.search(text))


def _read(language: str) -> dict:
    # imported here, so that "python -m negotiations.extraction.inflections" runs the module
    # before anything has imported it
    from .inflections import expand_inflections

    path = LEXICON_DIR / f"{language}.json"
    with path.open(encoding="utf-8") as f:
        return expand_inflections(_expand_compositions(json.load(f)), language)


def _expand_compositions(data: dict) -> dict:
    for key in [k for k in data if k.endswith("_compose")]:
        target = key.removesuffix("_compose")
        phrases = [" ".join(parts) for parts in itertools.product(*data.pop(key))]
        existing = data.get(target, [])
        data[target] = existing + [p for p in phrases if p not in existing]
    return data


def _merge(primary: dict, secondary: dict) -> dict:
    merged = dict(secondary)
    for key, value in primary.items():
        other = secondary.get(key)
        if isinstance(value, list) and isinstance(other, list):
            merged[key] = value + [v for v in other if v not in value]
        elif isinstance(value, dict) and isinstance(other, dict):
            combined = dict(other)
            for k, v in value.items():
                if isinstance(v, list) and isinstance(other.get(k), list):
                    combined[k] = v + [x for x in other[k] if x not in v]
                else:
                    combined[k] = v
            merged[key] = combined
        else:
            merged[key] = value
    return merged


# Vocabulary whose words a garbled or mixed-language article may borrow from English.
_SHARED_KEYS = (
    "meeting_phone",
    "meeting_virtual",
    "meeting_in_person",
    "meeting_excluded",
    "proposal_nouns",
    "proposal_steps",
    "accept_verbs",
    "reject_verbs",
    "proposer_cues",
    "concession_items",
    "statement_verbs",
    "state_nouns",
    "person_roles",
)


@cache
def load_lexicon(language: str | None) -> Lexicon:
    """The lexicon for an article: its language's file, topped up with English vocabulary.

    Dates and tense cues stay strictly in the article's language: an English word such as
    "may" or "will" must not be read as a date or a future cue in another language.
    """
    languages = available_languages()
    language = language if language in languages else FALLBACK_LANGUAGE
    data = _read(language)
    data["_own"] = {key: data.get(key) for key in _COMPOUND_KEYS if key in data}
    if language != FALLBACK_LANGUAGE:
        english = _read(FALLBACK_LANGUAGE)
        data = _merge(data, {k: v for k, v in english.items() if k in _SHARED_KEYS})
    return Lexicon(language=language, data=data)


@cache
def all_languages_lexicon() -> Lexicon:
    """Union of the boilerplate patterns and person roles of every language (for cleaning)."""
    data: dict = {}
    for language in available_languages():
        data = _merge(_read(language), data) if data else _read(language)
    return Lexicon(language="*", data=data)
