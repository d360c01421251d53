"""Regression guard: the engine over the public articles, scored with their own score.py.

Each article is extracted with the publication date from its gold file's article header (an
input the editor supplies, not an annotation). The floors are the scores reached when this
guard was written, minus 0.02.
"""

import datetime as dt
import importlib.util
import json
from collections import defaultdict
from pathlib import Path

import pytest

from negotiations.extraction import Gazetteer, extract
from negotiations.extraction.files import read_article

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "articles"
# The shared folder beside the checkout is the source of truth; a clone elsewhere (CI) uses the
# copy kept in tests/extraction/public/.
ARTICLES = SHARED if (SHARED / "score.py").exists() else Path(__file__).resolve().parent / "public"
FLOOR_F1, FLOOR_DATES, FLOOR_ACTOR_RECALL = 0.95, 0.98, 0.94

pytestmark = pytest.mark.skipif(
    not (ARTICLES / "score.py").exists(), reason=f"public articles not found at {ARTICLES}"
)


def load_scorer():
    spec = importlib.util.spec_from_file_location("articles_score", ARTICLES / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions():
    gazetteer = Gazetteer.reference()
    for gold_path in sorted(ARTICLES.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        stem = gold_path.name[: -len(".gold.json")]
        source = next(p for p in ARTICLES.glob(f"{stem}.*") if p.suffix in (".txt", ".html"))
        article = read_article(source)
        published = gold["article"].get("published")
        result = extract(
            article.text,
            published=dt.date.fromisoformat(published) if published else None,
            gazetteer=gazetteer,
            content_type=article.content_type,
        )
        yield stem, gold, result.to_json()


@pytest.fixture(scope="module")
def scores():
    scorer = load_scorer()
    total = defaultdict(int)
    for stem, gold, predicted in predictions():
        counts = scorer.score_article(gold, predicted, lambda message: None, stem, None, False)
        for key, value in counts.items():
            total[key] += value
    precision, recall, f1, dates, actor_recall, *_ = scorer.summary(total)
    return {"f1": f1, "dates": dates, "actor_recall": actor_recall}


def test_public_set_event_f1_does_not_regress(scores):
    assert scores["f1"] >= FLOOR_F1, scores


def test_public_set_date_accuracy_does_not_regress(scores):
    assert scores["dates"] >= FLOOR_DATES, scores


def test_public_set_actor_recall_does_not_regress(scores):
    assert scores["actor_recall"] >= FLOOR_ACTOR_RECALL, scores


@pytest.mark.skipif(
    not (SHARED / "score.py").exists(), reason="shared articles not beside the checkout"
)
def test_vendored_copy_matches_the_shared_articles():
    copy = Path(__file__).resolve().parent / "public"
    for source in SHARED.iterdir():
        if source.is_file():
            assert (copy / source.name).read_bytes() == source.read_bytes(), source.name


def test_no_event_names_an_actor_twice():
    for stem, _, predicted in predictions():
        for event in predicted["events"]:
            assert len(event["actors"]) == len(set(event["actors"])), (stem, event["actors"])
            for role in ("proposed_by", "accepted_by", "rejected_by", "conceding"):
                names = event.get(role) or []
                assert len(names) == len(set(names)), (stem, role, names)
