"""Load the shipped reference gazetteer (states, seats of power, organisations, office
holders) into Actor / Alias / Office rows, where editors can then change it in the admin.

Used by a data migration (with historical models, so nothing here may rely on a model's
own `save()`), and by `manage.py load_reference_actors` after the file is updated. Loading
is additive and idempotent: an actor that already exists (same normalised name) keeps the
editors' changes and only gains the aliases and offices it lacks.
"""

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.utils.text import slugify

from .names import normalize_name

REFERENCE_FILE = Path(__file__).parent / "extraction" / "data" / "reference_actors.json"


@dataclass
class ReferenceSummary:
    actors_created: int = 0
    aliases_created: int = 0
    offices_created: int = 0


def _default_get_model(app_label: str, model_name: str):
    from django.apps import apps

    return apps.get_model(app_label, model_name)


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _loaded_under_an_alias(entry: dict, by_name: dict):
    """A reference actor loaded before under a name the file now lists as a variant ("Ivory
    Coast", now a variant of "Côte d'Ivoire"): the same actor, kept with its editors' changes.
    Only rows already in the database count, never another entry of the same file."""
    for alias in entry.get("aliases", []):
        if alias.get("kind") not in ("name", "variant"):
            continue
        actor = by_name.get(normalize_name(alias["text"]))
        if (
            actor is not None
            and actor.pk is not None
            and actor.is_reference
            and actor.kind == entry["kind"]
        ):
            return actor
    return None


def load_reference_actors(
    *, path: Path = REFERENCE_FILE, get_model: Callable = _default_get_model
) -> ReferenceSummary:
    Actor = get_model("negotiations", "Actor")
    Alias = get_model("negotiations", "Alias")
    Office = get_model("negotiations", "Office")
    summary = ReferenceSummary()
    if not path.exists():
        return summary
    entries = json.loads(path.read_text(encoding="utf-8"))["actors"]

    by_name = {actor.normalized_name: actor for actor in Actor.objects.all()}
    slugs = set(Actor.objects.values_list("slug", flat=True))
    new_actors = []
    for entry in entries:
        normalized = normalize_name(entry["name"])
        if normalized in by_name:
            continue
        renamed = _loaded_under_an_alias(entry, by_name)
        if renamed is not None:
            by_name[normalized] = renamed  # the file now names it differently: same actor
            continue
        base = slugify(entry["name"])[:74] or "actor"
        slug, counter = base, 2
        while slug in slugs:
            slug, counter = f"{base}-{counter}", counter + 1
        slugs.add(slug)
        actor = Actor(
            name=entry["name"],
            normalized_name=normalized,
            slug=slug,
            kind=entry["kind"],
            is_reference=True,
        )
        by_name[normalized] = actor
        new_actors.append(actor)
    Actor.objects.bulk_create(new_actors)
    summary.actors_created = len(new_actors)

    to_update = []
    for entry in entries:
        actor = by_name[normalize_name(entry["name"])]
        affiliation = entry.get("affiliation")
        if affiliation and actor.affiliation_id is None:
            parent = by_name.get(normalize_name(affiliation))
            if parent is not None and parent.pk != actor.pk:
                actor.affiliation_id = parent.pk
                to_update.append(actor)
    Actor.objects.bulk_update(to_update, ["affiliation"])

    existing_aliases = set(Alias.objects.values_list("actor_id", "normalized"))
    new_aliases = []
    for entry in entries:
        actor = by_name[normalize_name(entry["name"])]
        aliases = list(entry.get("aliases", []))
        if actor.normalized_name != normalize_name(entry["name"]):
            aliases.append({"text": entry["name"], "language": "en", "kind": "variant"})
        for alias in aliases:
            normalized = normalize_name(alias["text"])
            if not normalized or (actor.pk, normalized) in existing_aliases:
                continue
            existing_aliases.add((actor.pk, normalized))
            new_aliases.append(
                Alias(
                    actor_id=actor.pk,
                    text=alias["text"].strip(),
                    normalized=normalized,
                    language=alias.get("language") or "",
                    kind=alias.get("kind") or "variant",
                )
            )
    Alias.objects.bulk_create(new_aliases, batch_size=2000)
    summary.aliases_created = len(new_aliases)

    existing_offices = set(Office.objects.values_list("holder_id", "title", "started_on"))
    new_offices = []
    for entry in entries:
        actor = by_name[normalize_name(entry["name"])]
        for office in entry.get("offices", []):
            key = (actor.pk, office["title"], _date(office.get("from")))
            if key in existing_offices:
                continue
            existing_offices.add(key)
            of = by_name.get(normalize_name(office["of"])) if office.get("of") else None
            new_offices.append(
                Office(
                    holder_id=actor.pk,
                    of_id=of.pk if of else None,
                    title=office["title"],
                    started_on=_date(office.get("from")),
                    ended_on=_date(office.get("to")),
                    titles=office.get("titles", []),
                )
            )
    Office.objects.bulk_create(new_offices)
    summary.offices_created = len(new_offices)
    return summary
