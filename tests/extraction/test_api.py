import datetime as dt
import subprocess
import sys
from pathlib import Path

from negotiations.extraction import Gazetteer, GazetteerActor, GazetteerAlias, extract
from negotiations.extraction.gazetteer import REFERENCE_PATH

REPO = Path(__file__).resolve().parents[2]


def test_package_does_not_import_django():
    code = "import sys, negotiations.extraction; print('django' in sys.modules)"
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert output.stdout.strip() == "False"


def test_reference_gazetteer_loads_persons_states_and_organisations():
    reference = Gazetteer.reference()
    kinds = {actor.kind for actor in reference.actors}
    assert REFERENCE_PATH.exists() and kinds == {"person", "state", "organization"}
    assert Gazetteer.reference() is reference


def test_merged_gazetteer_combines_aliases_and_keeps_the_database_id():
    database = Gazetteer(
        [
            GazetteerActor(
                "Steve Witkoff", "person", [GazetteerAlias("Witkoff", None, "surname")], actor_id=42
            )
        ]
    )
    extra = Gazetteer(
        [GazetteerActor("Steve Witkoff", "person", [GazetteerAlias("Уиткофф", "ru", "variant")])]
    )
    [merged] = database.merged(extra).actors
    assert merged.actor_id == 42
    assert [a.text for a in merged.aliases] == ["Witkoff", "Уиткофф"]


def test_result_json_has_the_gold_shape_plus_engine_fields(gazetteer):
    text = "Trump and Putin spoke by phone on Tuesday. Trump said on Tuesday the call went well."
    result = extract(text, published=dt.date(2025, 3, 20), gazetteer=gazetteer)
    document = result.to_json()
    assert set(document) == {"article", "actors", "events"}
    assert set(document["article"]) == {"file", "language", "published", "title"}
    meeting = document["events"][0]
    assert set(meeting) >= {
        "type",
        "subtype",
        "date",
        "date_precision",
        "actors",
        "location",
        "evidence",
        "confidence",
        "modality",
        "summary",
        "evidence_start",
        "evidence_end",
    }
    assert 0 <= meeting["confidence"] <= 1
    actor = next(a for a in document["actors"] if a["name"] == "Donald Trump")
    assert actor == {
        "name": "Donald Trump",
        "kind": "person",
        "surface_forms": ["Trump"],
        "known": True,
    }


def test_actor_id_from_the_gazetteer_is_reported(gazetteer):
    result = extract(
        "The White House and the Kremlin held talks in Geneva on Monday.",
        published=dt.date(2025, 3, 20),
        gazetteer=gazetteer,
    )
    actors = {a["name"]: a for a in result.to_json()["actors"]}
    assert actors["United States"]["actor_id"] == 7


def test_html_metadata_date_is_used_when_none_is_given(gazetteer):
    html = (
        "<html><head><meta property='article:published_time' content='2025-03-17T09:00:00Z'></head><body>"
        "<article><h1>Talks</h1><p>La prossima telefonata tra Trump e Putin è prevista per martedì, "
        "secondo la Casa Bianca che segue da vicino il dossier dei negoziati.</p></article></body></html>"
    )
    result = extract(html, published=None, gazetteer=gazetteer)
    assert result.published == dt.date(2025, 3, 17)
    assert [e.date for e in result.events if e.type == "meeting"] == ["2025-03-18"]


def test_without_any_date_relative_dates_stay_unresolved_with_a_warning(gazetteer):
    result = extract(
        "Trump and Putin spoke by phone on Tuesday in Geneva.", published=None, gazetteer=gazetteer
    )
    assert result.published is None
    assert any("no publication date" in w for w in result.warnings)
    assert all(e.date is None for e in result.events)
