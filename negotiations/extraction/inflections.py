"""The inflections behind a lexicon word written ``=form``: every form of that word's lemma.

``python -m negotiations.extraction.inflections`` rewrites ``inflections.json``, beside this
module, from simplemma's dictionaries (pure Python, shipped on PyPI). The engine reads the
JSON, so a fresh process does not spend seconds loading five dictionaries of several hundred
thousand forms to find the few hundred lemmas the lexicons ask for, and a production install
needs no simplemma; a test checks the file covers every ``=form`` and agrees with simplemma.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"
INFLECTIONS_FILE = Path(__file__).with_suffix(".json")


def marked_words(data: dict) -> set[str]:
    """The words a lexicon writes ``=form``, without the mark, in lower case."""
    return {
        word[1:].lower()
        for phrases in _phrase_lists(data)
        for phrase in phrases
        if isinstance(phrase, str)
        for word in phrase.split()
        if word.startswith("=") and len(word) > 1
    }


def expand_inflections(data: dict, language: str) -> dict:
    """Rewrite each ``=form`` word as ``{form1|form2|…}``, the inflections of its lemma."""
    wanted = marked_words(data)
    if not wanted:
        return data
    known = _stored().get(language, {})
    missing = frozenset(wanted - known.keys())
    inflections = {**known, **(compute_inflections(language, missing) if missing else {})}
    for phrases in _phrase_lists(data):
        for i, phrase in enumerate(phrases):
            if isinstance(phrase, str) and "=" in phrase:
                phrases[i] = " ".join(
                    "{" + "|".join(inflections[word[1:].lower()]) + "}"
                    if word.startswith("=") and len(word) > 1
                    else word
                    for word in phrase.split()
                )
    return data


def compute_inflections(language: str, words: frozenset) -> dict[str, list[str]]:
    """Every lower-case form sharing a lemma with each word (the word itself at least), but
    the lemma itself unless it is the word written."""
    try:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    except ImportError as error:  # a production install has no simplemma: the JSON must cover
        raise RuntimeError(  # every word, and says so here rather than with a bare ImportError
            f"inflections.json lacks {sorted(words)} ({language}): install the dev extras and "
            "run python -m negotiations.extraction.inflections"
        ) from error

    dictionary = DefaultDictionaryFactory().get_dictionary(language)
    lemma_of = {word: dictionary.get(word) or word for word in words}
    forms: dict[str, set[str]] = {lemma: {lemma} for lemma in lemma_of.values()}
    for form, lemma in dictionary.items():
        if lemma in forms and form.islower():
            forms[lemma].add(form)
    # a participle used as an adjective has a lemma of its own ("impegnati" -> "impegnato"):
    # its forms are forms of the verb too
    via = {form: lemma for lemma, found in forms.items() for form in found if form != lemma}
    for form, lemma in dictionary.items():
        if lemma in via and form.islower():
            forms[via[lemma]].add(form)
    # the infinitive only when written: "=firmato" is a signing done or to be done, not
    # "pronto a firmare", an intention
    return {word: sorted((forms[lemma] - {lemma}) | {word}) for word, lemma in lemma_of.items()}


def _phrase_lists(data: dict):
    for value in data.values():
        if isinstance(value, list):
            yield value
        elif isinstance(value, dict):
            yield from (v for v in value.values() if isinstance(v, list))


@cache
def _stored() -> dict[str, dict[str, list[str]]]:
    if not INFLECTIONS_FILE.exists():
        return {}
    return json.loads(INFLECTIONS_FILE.read_text(encoding="utf-8"))


def build() -> dict[str, dict[str, list[str]]]:
    """Inflections of every ``=form`` of every lexicon file, from simplemma."""
    built = {}
    for path in sorted(LEXICON_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        composed = [v for k, v in data.items() if k.endswith("_compose")]
        words = marked_words(data) | marked_words(
            {"composed": [part for parts in composed for alts in parts for part in alts]}
        )
        if words:
            built[path.stem] = dict(
                sorted(compute_inflections(path.stem, frozenset(words)).items())
            )
    return built


def main() -> int:
    built = build()
    INFLECTIONS_FILE.write_text(
        json.dumps(built, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    total = sum(len(words) for words in built.values())
    print(f"{INFLECTIONS_FILE}: {total} words in {len(built)} languages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
