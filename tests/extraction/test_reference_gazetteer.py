"""Validate the shipped reference gazetteer (no Django needed)."""

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PATH = ROOT / "negotiations" / "extraction" / "data" / "reference_actors.json"
TOOLS = PATH.parent / "tools"


def _load_tool(name: str):
    """A module from the gazetteer's data tools folder (not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ACTOR_KINDS = {"state", "organization", "person"}
ALIAS_KINDS = {"name", "variant", "surname", "title", "metonym", "demonym", "acronym"}
LANGS = {"en", "it", "de", "fr", "es", "ru", "uk", "ar", "he"}
MAIN_LANGS = ("en", "it", "de", "fr", "es")
UNIQUE_KINDS = {"name", "variant", "acronym"}

# The exceptions live with the data they describe (states_table.py), not copied here.
NO_DEMONYM_OK = _load_tool("states_table").NO_DEMONYM_OK


@pytest.fixture(scope="module")
def data():
    with PATH.open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def actors(data):
    return data["actors"]


def _date(value):
    return dt.date.fromisoformat(value)


def test_top_level(data):
    assert data["version"] == 1
    assert isinstance(data["actors"], list) and data["actors"]


def test_actor_schema(actors):
    names = [a["name"] for a in actors]
    dupes = sorted({n for n in names if names.count(n) > 1})
    assert not dupes, f"duplicate actor names: {dupes}"
    errors = []
    for a in actors:
        allowed = {"name", "kind", "affiliation", "aliases"} | (
            {"offices"} if a["kind"] == "person" else set()
        )
        if set(a) - allowed:
            errors.append(f"{a['name']}: unexpected keys {set(a) - allowed}")
        if a["kind"] not in ACTOR_KINDS:
            errors.append(f"{a['name']}: bad kind {a['kind']}")
        if not a["name"] or a["name"] != a["name"].strip():
            errors.append(f"bad name {a['name']!r}")
        for al in a["aliases"]:
            if set(al) != {"text", "language", "kind"}:
                errors.append(f"{a['name']}: bad alias keys {al}")
                continue
            if al["kind"] not in ALIAS_KINDS:
                errors.append(f"{a['name']}: bad alias kind {al}")
            if al["language"] is not None and al["language"] not in LANGS:
                errors.append(f"{a['name']}: bad alias language {al}")
            if not al["text"].strip() or al["text"] != " ".join(al["text"].split()):
                errors.append(f"{a['name']}: bad alias text {al['text']!r}")
    assert not errors, "\n".join(errors)


def test_offices_schema(actors):
    errors = []
    for a in actors:
        for o in a.get("offices", []):
            if set(o) != {"title", "of", "from", "to", "titles"}:
                errors.append(f"{a['name']}: bad office keys {sorted(o)}")
                continue
            try:
                start = _date(o["from"])
                end = _date(o["to"]) if o["to"] is not None else None
            except (TypeError, ValueError):
                errors.append(f"{a['name']}: bad dates in {o['title']}")
                continue
            if end is not None and end < start:
                errors.append(f"{a['name']}: {o['title']} ends before it starts")
            if start > dt.date(2026, 12, 31):
                errors.append(f"{a['name']}: {o['title']} starts in the future")
            for t in o["titles"]:
                if set(t) != {"text", "language"} or not t["text"].strip():
                    errors.append(f"{a['name']}: bad title {t}")
                elif t["language"] is not None and t["language"] not in LANGS:
                    errors.append(f"{a['name']}: bad title language {t}")
    assert not errors, "\n".join(errors)


def test_references_resolve(actors):
    names = {a["name"] for a in actors}
    errors = []
    for a in actors:
        if a["affiliation"] is not None and a["affiliation"] not in names:
            errors.append(f"{a['name']}: unknown affiliation {a['affiliation']}")
        for o in a.get("offices", []):
            if o["of"] not in names:
                errors.append(f"{a['name']}: office of unknown actor {o['of']}")
    assert not errors, "\n".join(errors)


def test_alias_unique_within_actor(actors):
    errors = []
    for a in actors:
        seen = set()
        for al in a["aliases"]:
            key = al["text"].casefold()
            if key in seen:
                errors.append(f"{a['name']}: duplicate alias {al['text']!r}")
            seen.add(key)
    assert not errors, "\n".join(errors)


def test_no_shared_names_between_actors(actors):
    owners = defaultdict(set)
    for a in actors:
        for al in a["aliases"]:
            if al["kind"] in UNIQUE_KINDS:
                owners[al["text"].casefold()].add(a["name"])
    shared = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not shared, "aliases shared by several actors: " + "; ".join(
        f"{k!r}: {v}" for k, v in sorted(shared.items())
    )


def _langs(actor, kind):
    langs = set()
    for al in actor["aliases"]:
        if al["kind"] == kind:
            langs.update(MAIN_LANGS if al["language"] is None else [al["language"]])
    return langs


def test_states_have_names_in_every_language(actors):
    missing = {
        a["name"]: sorted(set(MAIN_LANGS) - _langs(a, "name"))
        for a in actors
        if a["kind"] == "state"
    }
    missing = {k: v for k, v in missing.items() if v}
    assert not missing, f"states without a name in: {missing}"


def test_states_have_demonyms(actors):
    missing = {}
    for a in actors:
        if a["kind"] != "state" or a["name"] in NO_DEMONYM_OK:
            continue
        lacking = sorted(set(MAIN_LANGS) - _langs(a, "demonym"))
        if lacking:
            missing[a["name"]] = lacking
    assert not missing, f"states without demonyms in: {missing}"


def test_no_overlapping_office_holders(actors):
    holders = defaultdict(list)
    for a in actors:
        for o in a.get("offices", []):
            end = _date(o["to"]) if o["to"] else dt.date.max
            holders[(o["title"], o["of"])].append((_date(o["from"]), end, a["name"]))
    errors = []
    for office, terms in holders.items():
        terms.sort()
        # Terms are half-open [from, to): a successor may start on the day
        # the predecessor leaves.
        for (s1, e1, n1), (s2, _e2, n2) in zip(terms, terms[1:], strict=False):
            if s2 < e1 and n1 != n2:
                errors.append(f"{office}: {n1} ({s1}–{e1}) overlaps {n2} (from {s2})")
            if s2 < e1 and n1 == n2:
                errors.append(f"{office}: {n1} has overlapping terms")
    assert not errors, "\n".join(errors)


def test_office_titles_are_not_aliases(actors):
    """A title ("presidente russo") names whoever held the office on the article date."""
    titles = {
        t["text"].casefold() for a in actors for o in a.get("offices", []) for t in o["titles"]
    }
    clashes = sorted(
        {
            f"{a['name']}: {al['text']}"
            for a in actors
            for al in a["aliases"]
            if al["text"].casefold() in titles
        }
    )
    assert not clashes, f"office titles used as aliases: {clashes}"


def test_generator_is_in_sync(data):
    """The committed JSON equals what the generator produces, if it is shipped."""
    script = TOOLS / "build_reference_actors.py"
    if not script.exists():
        pytest.skip("no generator")
    import importlib.util
    import sys

    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location("build_reference_actors", script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        assert module.build() == data, "reference_actors.json is stale: re-run the generator"
    finally:
        sys.path.remove(str(TOOLS))
