"""Language detection with lingua, restricted to the languages that have a lexicon.

Detection runs on the whole cleaned text: single words of machine-translation debris
("fazit", "Kernkraftwerk") are unreliable on their own but do not outweigh the article.
"""

from __future__ import annotations

from functools import cache

from .lexicon import available_languages


@cache
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    languages = []
    for code in available_languages():
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            from lingua import Language

            languages.append(Language.from_iso_code_639_1(iso))
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's main language, or None when the text gives no signal."""
    sample = text[:20000]
    if len(sample.split()) < 3:
        return None
    language = _detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else None
