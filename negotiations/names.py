"""Name normalisation shared by the database (Alias.normalized) and matching code.

The normalised form folds case, accents and punctuation so that "Selenskyj", "SELENSKYJ"
and "Selenskyj." are one alias, while spelling variants stay distinct aliases (fuzzy
matching across variants is the extraction engine's job, not the uniqueness rule's).
"""

import re
import unicodedata

_EXTRA_FOLDS = str.maketrans(
    {"ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ß": "ss", "’": "'"}
)
_PUNCTUATION = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACES = re.compile(r"\s+")


def normalize_name(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold().translate(_EXTRA_FOLDS)
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", folded)).strip()
