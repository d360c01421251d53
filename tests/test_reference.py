import json

import pytest

from negotiations.models import Actor, Alias, Office
from negotiations.reference import load_reference_actors

pytestmark = pytest.mark.django_db

SAMPLE = {
    "version": 1,
    "actors": [
        {
            "name": "Russia",
            "kind": "state",
            "affiliation": None,
            "aliases": [
                {"text": "Russland", "language": "de", "kind": "name"},
                {"text": "Kremlin", "language": "en", "kind": "metonym"},
                {"text": "kremlin", "language": "en", "kind": "metonym"},
            ],
        },
        {
            "name": "Vladimir Putin",
            "kind": "person",
            "affiliation": "Russia",
            "aliases": [{"text": "Putin", "language": None, "kind": "surname"}],
            "offices": [
                {
                    "title": "President of Russia",
                    "of": "Russia",
                    "from": "2012-05-07",
                    "to": None,
                    "titles": [{"text": "presidente russo", "language": "it"}],
                }
            ],
        },
    ],
}


@pytest.fixture(autouse=True)
def empty_gazetteer():
    """Start from no actors: the migration has already loaded the full reference file."""
    Office.objects.all().delete()
    Alias.objects.all().delete()
    Actor.objects.all().delete()


def test_the_migration_loaded_the_shipped_reference_gazetteer(django_db_blocker):
    from negotiations.reference import REFERENCE_FILE

    shipped = json.loads(REFERENCE_FILE.read_text())["actors"]
    summary = load_reference_actors()
    assert summary.actors_created == len({a["name"] for a in shipped})


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "reference.json"
    path.write_text(json.dumps(SAMPLE))
    return path


def test_loading_creates_actors_aliases_and_offices(sample_file):
    summary = load_reference_actors(path=sample_file)
    assert (summary.actors_created, summary.aliases_created, summary.offices_created) == (2, 3, 1)
    putin = Actor.objects.get(name="Vladimir Putin")
    assert putin.affiliation.name == "Russia" and putin.is_reference
    office = Office.objects.get(holder=putin)
    assert office.of.name == "Russia" and str(office.started_on) == "2012-05-07"
    assert Actor.objects.matching_name("KREMLIN").get().name == "Russia"


def test_loading_twice_adds_nothing(sample_file):
    load_reference_actors(path=sample_file)
    again = load_reference_actors(path=sample_file)
    assert (again.actors_created, again.aliases_created, again.offices_created) == (0, 0, 0)


def test_loading_keeps_an_editors_actor_and_adds_missing_aliases(sample_file):
    russia = Actor.objects.create(name="Russia", kind="state", description="Edited by hand")
    load_reference_actors(path=sample_file)
    russia.refresh_from_db()
    assert russia.description == "Edited by hand" and not russia.is_reference
    assert set(Alias.objects.filter(actor=russia).values_list("normalized", flat=True)) == {
        "russland",
        "kremlin",
    }
