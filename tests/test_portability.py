import json

import pytest
from django.core.management import CommandError, call_command

from negotiations.models import Actor, Citation, Meeting, Proposal, Source
from negotiations.portability import CURATED_MODELS

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    """Every curated row as plain values, keyed by model and primary key."""
    from django.forms.models import model_to_dict

    state = {}
    for model in CURATED_MODELS:
        for obj in model.objects.order_by("pk"):
            values = model_to_dict(obj)
            for name, value in values.items():
                if isinstance(value, list) and value and hasattr(value[0], "pk"):
                    values[name] = sorted(v.pk for v in value)
            values.pop("created_by", None)
            values.pop("decided_by", None)
            state[(model._meta.label, obj.pk)] = values
    return state


def wipe():
    """An empty installation: curated tables emptied, the migration's gazetteer reloaded."""
    from django.db import connection

    from negotiations.reference import load_reference_actors

    tables = ", ".join(model._meta.db_table for model in CURATED_MODELS)
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"TRUNCATE {tables} CASCADE")
    load_reference_actors()


def test_export_then_import_into_an_empty_database_restores_everything(demo, tmp_path):
    meeting = Meeting.objects.first()
    meeting.location = "Москва — مسقط"
    meeting.save()
    before = snapshot()
    path = tmp_path / "backup.json"
    call_command("export_all", str(path))
    assert (
        json.loads(path.read_text())["counts"]["negotiations.Citation"] == Citation.objects.count()
    )
    wipe()
    assert Meeting.objects.count() == 0
    call_command("import_all", str(path))
    assert snapshot() == before


def test_rows_created_after_a_restore_get_fresh_ids(demo, tmp_path):
    path = tmp_path / "backup.json"
    call_command("export_all", str(path))
    highest = Proposal.objects.order_by("-pk").first().pk
    wipe()
    call_command("import_all", str(path))
    new = Proposal.objects.create(
        track=demo.__class__.objects.get(pk=demo.pk), title="New", date=None
    )
    assert new.pk > highest


def test_import_refuses_a_database_that_already_has_curated_data(demo, tmp_path):
    path = tmp_path / "backup.json"
    call_command("export_all", str(path))
    with pytest.raises(CommandError, match="already holds curated data"):
        call_command("import_all", str(path))
    assert Source.objects.count() == 1


def test_import_refuses_a_file_that_is_not_an_export(db, tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"hello": "world"}')
    with pytest.raises(CommandError, match="is not a ceasefire-tracker-export"):
        call_command("import_all", str(path))
    path.write_text("not json")
    reference_actors = Actor.objects.count()
    with pytest.raises(CommandError, match="not a readable JSON export"):
        call_command("import_all", str(path))
    assert Actor.objects.count() == reference_actors
