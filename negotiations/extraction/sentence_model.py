"""A learned second opinion on which kinds of event a sentence reports.

The rules in ``events`` fire on trigger phrases from the lexicons; on articles they were not
written against, more than half of the events they miss sit in sentences where no trigger fired
at all ("In return, North Korea handed over the crew", "Biafra renunciaba a la secesión").
This model reads the whole sentence instead: one logistic regression per event type over the
sentence's words, five-letter word stems and word pairs, trained on every annotated article in
the repository's evaluation sets (``negotiations/extraction/data/tools/train_sentence_model.py``).
``classify`` asks it only where the rules found nothing of a type, and keeps what it proposes
only when the probability is high and the rules' own machinery gives the event named actors
and a date.

It is plain Python (a dot product over a few thousand weights) rather than scikit-learn: the
runtime needs no numpy or scipy, and training, seeded, takes under a minute.
"""

from __future__ import annotations

import json
import math
import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

TYPES = ("meeting", "proposal", "concession", "statement")
MODEL_FILE = Path(__file__).parent / "data" / "sentence_model.json"
_WORD = re.compile(r"[^\W\d_]+|\d+")
STEM = 5
MIN_COUNT = 2  # features seen once in training carry noise, not signal, and bloat the file


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(_fold(text)))


def features(text: str) -> set[str]:
    words = [m.group(0) for m in _words(text)]
    found = {"bias", f"len:{min(6, len(words) // 8)}"}
    for word in words:
        found.add(f"w:{word}")
        if len(word) > STEM:
            found.add(f"p:{word[:STEM]}")
    found.update(f"b:{a}_{b}" for a, b in pairwise(words))
    return found


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class SentenceModel:
    weights: dict[str, dict[str, float]]

    def probability(self, event_type: str, text: str, found: set[str] | None = None) -> float:
        weights = self.weights.get(event_type)
        if not weights:
            return 0.0
        found = features(text) if found is None else found
        return _sigmoid(sum(weights.get(f, 0.0) for f in found))

    def probabilities(self, text: str, types=TYPES) -> dict[str, float]:
        found = features(text)
        return {t: self.probability(t, text, found) for t in types}

    def anchor(self, event_type: str, text: str) -> tuple[int, int]:
        """The word that speaks most for the type: where the event's clause is, for dating it.
        Folding keeps each letter in place except for the rare ligature, so offsets are clamped."""
        weights = self.weights.get(event_type, {})
        best, span = 0.0, (0, len(text))
        for match in _words(text):
            word = match.group(0)
            score = weights.get(f"w:{word}", 0.0) + weights.get(f"p:{word[:STEM]}", 0.0) * (
                len(word) > STEM
            )
            if score > best:
                best, span = score, (min(match.start(), len(text)), min(match.end(), len(text)))
        return span

    def to_json(self) -> dict:
        return {
            t: {f: round(w, 3) for f, w in sorted(ws.items())} for t, ws in self.weights.items()
        }


@cache
def sentence_model() -> SentenceModel | None:
    if not MODEL_FILE.exists():
        return None
    return SentenceModel(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def train(
    rows: list[tuple[str, set[str]]],
    epochs: int = 8,
    rate: float = 0.2,
    seed: int = 0,
    l2: float = 1e-5,
) -> SentenceModel:
    """Logistic regression per type with AdaGrad steps over (sentence text, types it holds)."""
    examples = [(features(text), types) for text, types in rows]
    counts: dict[str, int] = defaultdict(int)
    for found, _ in examples:
        for f in found:
            counts[f] += 1
    examples = [({f for f in found if counts[f] >= MIN_COUNT}, types) for found, types in examples]
    weights = {}
    for event_type in TYPES:
        w: dict[str, float] = defaultdict(float)
        squares: dict[str, float] = defaultdict(lambda: 1e-8)
        order = list(range(len(examples)))
        shuffle = random.Random(seed)
        for _ in range(epochs):
            shuffle.shuffle(order)
            for i in order:
                found, types = examples[i]
                error = _sigmoid(sum(w[f] for f in found)) - (event_type in types)
                for f in found:
                    gradient = error + l2 * w[f]
                    squares[f] += gradient * gradient
                    w[f] -= rate * gradient / math.sqrt(squares[f])
        weights[event_type] = {f: v for f, v in w.items() if abs(v) >= 0.0005}
    return SentenceModel(weights)


def labelled_sentences(gold_dirs: list[Path]) -> list[tuple[str, set[str]]]:
    """Every sentence of every annotated article, with the types of the gold events whose
    evidence it is. A sentence counts as evidence when most of its words are in the evidence
    and it covers a good part of it (evidence may run over several sentences)."""
    from .clean import clean_text, html_to_text, looks_like_html
    from .files import read_article
    from .sentences import split_sentences

    rows = []
    for directory in gold_dirs:
        for gold_file in sorted(Path(directory).glob("*.gold.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            article = read_article(Path(directory) / gold["article"]["file"])
            if article.content_type == "html" or looks_like_html(article.text):
                cleaned = html_to_text(article.text)[1]
            else:
                cleaned = clean_text(article.text)
            evidence = [
                (event["type"], {m.group(0) for m in _words(event["evidence"])})
                for event in gold["events"]
            ]
            for sentence in split_sentences(cleaned):
                words = {m.group(0) for m in _words(sentence.text)}
                types = {
                    event_type
                    for event_type, told in evidence
                    if words
                    and len(words & told) >= 0.7 * len(words)
                    and len(words & told) >= 0.25 * len(told)
                }
                rows.append((sentence.text, types))
    return rows
