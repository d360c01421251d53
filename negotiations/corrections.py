"""The public correction history of an entry, read from the curated object's audit trail.

django-simple-history records every save. Readers see *what* changed and *when* — only for
fields shown on the public site, only after the event was first published — and never who.
"""

import datetime
from dataclasses import dataclass

from .models import (
    Concession,
    Meeting,
    Proposal,
    ProposalResponse,
    Publication,
    format_claimed_date,
)

CURATED = {
    "meeting": Meeting,
    "proposal": Proposal,
    "concession": Concession,
    "response": ProposalResponse,
}

# Public fields per kind, with the words a correction note uses. ("date" covers precision.)
PUBLIC_FIELDS: dict[str, dict[str, str]] = {
    "meeting": {
        "date": "date",
        "title": "title",
        "summary": "summary",
        "location": "place",
        "status": "status",
        "format": "format",
    },
    "proposal": {
        "date": "date",
        "title": "title",
        "summary": "summary",
        "terms": "terms",
        "status": "status",
    },
    "concession": {
        "date": "date",
        "title": "title",
        "summary": "summary",
        "status": "status",
        "category": "category",
    },
    "response": {"date": "date", "stance": "stance", "conditions": "conditions"},
}
SHORT_FIELDS = {"date", "status", "format", "category", "stance", "location"}


@dataclass(frozen=True)
class Correction:
    on: datetime.datetime
    field: str
    before: str
    after: str
    show_values: bool

    @property
    def sentence(self) -> str:
        verb = "corrected" if self.field in ("date", "place") else "changed"
        return f"{self.field.capitalize()} {verb}"


def _value(record, field: str, kind: str) -> str:
    if field == "date":
        return format_claimed_date(record.date, record.date_precision)
    value = getattr(record, field, "")
    model = CURATED[kind]
    try:
        choices = dict(model._meta.get_field(field).choices or [])
    except Exception:  # noqa: BLE001 - a field without choices
        choices = {}
    return str(choices.get(value, value) or "")


def _was_public(record, kind: str) -> bool:
    # Responses have no publication state of their own; they are public with their proposal.
    return kind == "response" or record.publication == Publication.PUBLISHED


def public_corrections(kind: str, object_id: int) -> list[Correction]:
    """Changes to public fields made while the event was published, oldest first (one query)."""
    model = CURATED.get(kind)
    if model is None:
        return []
    fields = PUBLIC_FIELDS[kind]
    records = list(model.history.filter(id=object_id).order_by("history_date", "history_id"))
    corrections: list[Correction] = []
    for before, after in zip(records, records[1:], strict=False):
        if not _was_public(before, kind) or after.history_type == "-":
            continue
        for field, words in fields.items():
            old, new = _value(before, field, kind), _value(after, field, kind)
            if old != new:
                corrections.append(
                    Correction(after.history_date, words, old, new, field in SHORT_FIELDS)
                )
    return corrections
