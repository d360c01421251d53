"""Export every curated object to one JSON file, and restore it into an empty database.

Primary keys are kept, so citations, permalinks and cross-references survive the trip.
Rows are restored with bulk inserts (no per-row signals: rebuild the timelines afterwards).
References to user accounts (who created or decided something) are left out: accounts
belong to an installation, the record does not.
"""

import datetime
import json
from collections import defaultdict
from pathlib import Path

from django.core import serializers
from django.core.management.color import no_style
from django.db import connection, transaction

from .models import (
    Actor,
    Alias,
    Candidate,
    Citation,
    Concession,
    ConcessionStage,
    Meeting,
    MeetingParticipant,
    Office,
    Proposal,
    ProposalParty,
    ProposalResponse,
    Source,
    Track,
)

FORMAT = "ceasefire-tracker-export"
VERSION = 1
# Dependency order; foreign keys are deferrable in PostgreSQL, but order keeps it readable.
CURATED_MODELS = [
    Track,
    Actor,
    Alias,
    Office,
    Source,
    Meeting,
    MeetingParticipant,
    Proposal,
    ProposalParty,
    ProposalResponse,
    Concession,
    ConcessionStage,
    Citation,
    Candidate,
]
USER_FIELDS = {"created_by", "decided_by"}


class ImportRefused(Exception):
    """The file is not an export, or the database already holds curated data."""


def _exported_fields(model) -> list[str]:
    fields = [f.name for f in model._meta.concrete_fields if not f.primary_key]
    fields += [f.name for f in model._meta.many_to_many]
    return [name for name in fields if name not in USER_FIELDS]


def export_all(path: Path) -> dict[str, int]:
    objects: list[dict] = []
    counts: dict[str, int] = {}
    for model in CURATED_MODELS:
        queryset = model.objects.order_by("pk")
        counts[model._meta.label] = queryset.count()
        objects += json.loads(
            serializers.serialize("json", queryset, fields=_exported_fields(model))
        )
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.datetime.now(datetime.UTC).isoformat(),
        "counts": counts,
        "objects": objects,
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return counts


def _refuse_unless_empty() -> None:
    """Reference actors shipped by migrations may be present; anything an editor made may not."""
    curated = [
        str(model._meta.verbose_name_plural)
        for model in CURATED_MODELS
        if model is not Actor
        and model is not Alias
        and model is not Office
        and model.objects.exists()
    ]
    if Actor.objects.filter(is_reference=False).exists():
        curated.insert(0, "actors")
    if curated:
        raise ImportRefused(
            "The database already holds curated data (" + ", ".join(curated) + "). "
            "import_all restores into an empty database only."
        )


def _clear_reference_actors() -> None:
    """Drop the migration-loaded gazetteer; the export carries it as it was (with edits).
    TRUNCATE rather than an ORM delete: thousands of aliases, and nothing else refers to
    them once `_refuse_unless_empty` has passed."""
    tables = [model._meta.db_table for model in (Office, Alias, Actor)]
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"TRUNCATE {', '.join(tables)} CASCADE")


def import_all(path: Path) -> dict[str, int]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportRefused(f"{path} is not a readable JSON export: {error}") from error
    if document.get("format") != FORMAT or document.get("version") != VERSION:
        raise ImportRefused(f"{path} is not a {FORMAT} version {VERSION} file.")
    counts: dict[str, int] = {}
    with transaction.atomic():
        _refuse_unless_empty()
        _clear_reference_actors()
        rows: dict[type, list] = defaultdict(list)
        relations: list[tuple] = []
        for deserialized in serializers.deserialize(
            "json", json.dumps(document["objects"]), ignorenonexistent=True
        ):
            rows[type(deserialized.object)].append(deserialized.object)
            for field_name, related_ids in (deserialized.m2m_data or {}).items():
                relations.append((deserialized.object, field_name, related_ids))
        for model in CURATED_MODELS:
            model.objects.bulk_create(rows.get(model, []), batch_size=2000)
            counts[model._meta.label] = len(rows.get(model, []))
        for obj, field_name, related_ids in relations:
            getattr(obj, field_name).set(related_ids)
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), CURATED_MODELS):
                cursor.execute(statement)
    return counts
