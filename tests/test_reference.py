import json

import pytest

from negotiations.models import Actor, Alias, Office
from negotiations.reference import load_reference_actors

pytestmark = pytest.mark.django_db

# Fictional, so the full gazetteer the migration loaded cannot interfere.
SAMPLE = {
    "version": 1,
    "actors": [
        {
            "name": "Freedonia",
            "kind": "state",
            "affiliation": None,
            "aliases": [
                {"text": "Freiland", "language": "de", "kind": "name"},
                {"text": "Fredonian Palace", "language": "en", "kind": "metonym"},
                {"text": "fredonian palace", "language": "en", "kind": "metonym"},
            ],
        },
        {
            "name": "Rufus T. Firefly",
            "kind": "person",
            "affiliation": "Freedonia",
            "aliases": [{"text": "Firefly", "language": None, "kind": "surname"}],
            "offices": [
                {
                    "title": "Leader of Freedonia",
                    "of": "Freedonia",
                    "from": "1933-11-17",
                    "to": None,
                    "titles": [{"text": "presidente freedoniano", "language": "it"}],
                }
            ],
        },
    ],
}


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "reference.json"
    path.write_text(json.dumps(SAMPLE))
    return path


def test_the_migration_loaded_the_shipped_reference_gazetteer():
    from negotiations.names import normalize_name
    from negotiations.reference import REFERENCE_FILE

    shipped = {normalize_name(a["name"]) for a in json.loads(REFERENCE_FILE.read_text())["actors"]}
    assert shipped <= set(Actor.objects.values_list("normalized_name", flat=True))
    assert Actor.objects.matching_name("Cremlino").get().name == "Russia"
    again = load_reference_actors()
    assert (again.actors_created, again.aliases_created, again.offices_created) == (0, 0, 0)


def test_loading_creates_actors_aliases_and_offices(sample_file):
    summary = load_reference_actors(path=sample_file)
    assert (summary.actors_created, summary.aliases_created, summary.offices_created) == (2, 3, 1)
    firefly = Actor.objects.get(name="Rufus T. Firefly")
    assert firefly.affiliation.name == "Freedonia" and firefly.is_reference
    office = Office.objects.get(holder=firefly)
    assert office.of.name == "Freedonia" and str(office.started_on) == "1933-11-17"
    assert Actor.objects.matching_name("FREDONIAN PALACE").get().name == "Freedonia"


def test_loading_twice_adds_nothing(sample_file):
    load_reference_actors(path=sample_file)
    again = load_reference_actors(path=sample_file)
    assert (again.actors_created, again.aliases_created, again.offices_created) == (0, 0, 0)


def test_loading_keeps_an_editors_actor_and_adds_missing_aliases(sample_file):
    freedonia = Actor.objects.create(name="Freedonia", kind="state", description="Edited by hand")
    load_reference_actors(path=sample_file)
    freedonia.refresh_from_db()
    assert freedonia.description == "Edited by hand" and not freedonia.is_reference
    assert set(Alias.objects.filter(actor=freedonia).values_list("normalized", flat=True)) == {
        "freiland",
        "fredonian palace",
    }


def test_an_actor_the_file_renames_is_not_loaded_twice(sample_file, tmp_path):
    load_reference_actors(path=sample_file)
    renamed = json.loads(json.dumps(SAMPLE))
    renamed["actors"][0]["name"] = "Republic of Freedonia"
    renamed["actors"][0]["aliases"].append(
        {"text": "Freedonia", "language": "en", "kind": "variant"}
    )
    renamed["actors"][1]["affiliation"] = "Republic of Freedonia"
    path = tmp_path / "renamed.json"
    path.write_text(json.dumps(renamed))
    summary = load_reference_actors(path=path)
    assert summary.actors_created == 0
    assert Actor.objects.matching_name("Republic of Freedonia").get().name == "Freedonia"
