"""Regression guard on the articles written for these tests (see written_articles/README.md)."""

import datetime as dt
import importlib.util
import json
from collections import defaultdict
from pathlib import Path

import pytest

from negotiations.extraction import Gazetteer, extract
from negotiations.extraction.files import read_article

WRITTEN = Path(__file__).resolve().parent / "written_articles"
SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "articles" / "score.py"
FLOOR_F1, FLOOR_DATES = 0.82, 0.98

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason=f"score.py not found at {SCORER}")


@pytest.fixture(scope="module")
def scores():
    spec = importlib.util.spec_from_file_location("articles_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gazetteer = Gazetteer.reference()
    total = defaultdict(int)
    for gold_path in sorted(WRITTEN.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        stem = gold_path.name[: -len(".gold.json")]
        source = next(p for p in WRITTEN.glob(f"{stem}.*") if p.suffix in (".txt", ".html"))
        article = read_article(source)
        published = dt.date.fromisoformat(gold["article"]["published"])
        predicted = extract(
            article.text,
            published=published,
            gazetteer=gazetteer,
            content_type=article.content_type,
        ).to_json()
        for key, value in scorer.score_article(
            gold, predicted, lambda message: None, stem, None, False
        ).items():
            total[key] += value
    _, _, f1, dates, *_ = scorer.summary(total)
    return {"f1": f1, "dates": dates}


def test_written_articles_event_f1_does_not_regress(scores):
    assert scores["f1"] >= FLOOR_F1, scores


def test_written_articles_date_accuracy_does_not_regress(scores):
    assert scores["dates"] >= FLOOR_DATES, scores
