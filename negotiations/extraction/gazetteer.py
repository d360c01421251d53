"""The gazetteer of known actors: dataclasses, the reference data and the matching index."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

REFERENCE_PATH = Path(__file__).parent / "data" / "reference_actors.json"
ALIAS_KINDS = ("name", "variant", "surname", "title", "metonym", "demonym", "acronym")
ACTOR_KINDS = ("person", "state", "organization")
_LEADING_TITLES = (
    "president of",
    "prime minister of",
    "premier of",
    "chancellor of",
    "king of",
    "queen of",
    "emir of",
    "sultan of",
    "supreme leader",
    "taoiseach",
    "crown prince",
)
ROLE_KEYS = (
    "secretary of state",
    "foreign minister",
    "defence minister",
    "prime minister",
    "president",
    "chancellor",
)

_TRANSLATE = str.maketrans(
    {"ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ß": "ss"}
)
_TOKEN = re.compile(r"\w+")


def normalize(text: str) -> str:
    """Case- and accent-insensitive form."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold().translate(_TRANSLATE)


_SKELETON_RULES = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("ou", "u"),
    ("w", "v"),
    ("z", "s"),
    ("j", "i"),
    ("y", "i"),
)


def skeleton(word: str) -> str:
    """Spelling skeleton that folds transliteration variants (Selenskyj ~ Zelensky, Lawrow ~ Lavrov)."""
    word = re.sub(r"[^a-z]", "", normalize(word))
    for old, new in _SKELETON_RULES:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word)


def tokens_of(text: str) -> list[str]:
    return _TOKEN.findall(text)


@dataclass
class GazetteerAlias:
    text: str
    language: str | None = None
    kind: str = "name"


@dataclass
class Office:
    """An office held from ``start`` (inclusive) to ``end`` (exclusive), with the phrases that
    refer to its holder ("presidente ucraino", "US-Präsident")."""

    title: str
    start: dt.date | None = None
    end: dt.date | None = None
    of: str | None = None
    titles: list[GazetteerAlias] = field(default_factory=list)

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    @property
    def leads(self) -> bool:
        """A head of state or government ("President of Kenya", "King of Cambodia"), not a
        vice-president, minister or envoy."""
        return self.title.lower().startswith(_LEADING_TITLES)

    @property
    def role(self) -> str | None:
        title = self.title.lower()
        return next((role for role in ROLE_KEYS if role in title), None)


@dataclass
class GazetteerActor:
    name: str
    kind: str  # "person" | "state" | "organization"
    aliases: list[GazetteerAlias] = field(default_factory=list)
    affiliation: str | None = None
    actor_id: int | None = None
    offices: list[Office] = field(default_factory=list)

    def all_forms(self) -> list[GazetteerAlias]:
        return [GazetteerAlias(self.name, None, "name"), *self.aliases]


def _date_or_none(value) -> dt.date | None:
    if not value:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class IndexEntry:
    actor: str
    alias_kind: str
    case_sensitive: tuple[str, ...] | None  # exact tokens an acronym must have
    office: Office | None = None  # a title phrase refers to whoever held the office at the date
    written_lowercase: bool = False  # "talibanes", "hutíes": the language writes it lower case


class Gazetteer:
    def __init__(self, actors: list[GazetteerActor]):
        self.actors = list(actors)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self.actors)} actors)"

    @classmethod
    def from_dict(cls, data: dict) -> Gazetteer:
        actors = []
        for item in data.get("actors", []):
            aliases = [
                GazetteerAlias(a["text"], a.get("language"), a.get("kind") or "name")
                for a in item.get("aliases", [])
                if a.get("text")
            ]
            offices = [
                Office(
                    o.get("title", ""),
                    _date_or_none(o.get("from")),
                    _date_or_none(o.get("to")),
                    o.get("of"),
                    [
                        GazetteerAlias(t["text"], t.get("language"), "title")
                        for t in o.get("titles", []) or []
                        if t.get("text")
                    ],
                )
                for o in item.get("offices", []) or []
            ]
            actors.append(
                GazetteerActor(
                    item["name"],
                    item.get("kind", "organization"),
                    aliases,
                    item.get("affiliation"),
                    item.get("actor_id"),
                    offices,
                )
            )
        return cls(actors)

    @classmethod
    def from_file(cls, path: Path | str) -> Gazetteer:
        with open(path, encoding="utf-8") as f:
            return cls.from_dict(json.load(f))

    @classmethod
    def reference(cls) -> Gazetteer:
        """The shipped reference actors, loaded once per process."""
        return _reference()

    def merged(self, other: Gazetteer | None) -> Gazetteer:
        """Both gazetteers; actors with the same name are combined (aliases and offices unioned)."""
        combined: dict[str, GazetteerActor] = {}
        for actor in [*self.actors, *(other.actors if other else [])]:
            key = normalize(actor.name)
            if key not in combined:
                combined[key] = GazetteerActor(
                    actor.name,
                    actor.kind,
                    list(actor.aliases),
                    actor.affiliation,
                    actor.actor_id,
                    list(actor.offices),
                )
                continue
            existing = combined[key]
            seen = {(normalize(a.text), a.kind) for a in existing.aliases}
            existing.aliases += [
                a for a in actor.aliases if (normalize(a.text), a.kind) not in seen
            ]
            existing.offices += [o for o in actor.offices if o not in existing.offices]
            existing.actor_id = (
                existing.actor_id if existing.actor_id is not None else actor.actor_id
            )
            existing.affiliation = existing.affiliation or actor.affiliation
        return Gazetteer(list(combined.values()))

    def get(self, name: str) -> GazetteerActor | None:
        return self.by_name.get(normalize(name))

    @cached_property
    def by_name(self) -> dict[str, GazetteerActor]:
        return {normalize(a.name): a for a in self.actors}

    @cached_property
    def index(self) -> GazetteerIndex:
        return GazetteerIndex(self)


@cache
def _reference() -> Gazetteer:
    return Gazetteer.from_file(REFERENCE_PATH)


def _declined(word: str, suffixes: list[str]) -> set[str]:
    stems = {word} | {
        word[: -len(s)] for s in suffixes if word.endswith(s) and len(word) - len(s) >= 4
    }
    return {stem + suffix for stem in stems for suffix in ("", *suffixes)}


def _inflection_variants(tokens: tuple[str, ...], suffixes: list[str]) -> set[tuple[str, ...]]:
    """Declined forms of the last word for languages that inflect names (Weißen Haus, Kremls)."""
    if not suffixes or len(tokens[-1]) < 4:
        return set()
    lasts = _declined(tokens[-1], suffixes)
    variants = {(*tokens[:-1], last) for last in lasts}
    if len(tokens) == 2 and len(tokens[0]) >= 4:
        variants |= {(first, last) for first in _declined(tokens[0], suffixes) for last in lasts}
    return variants


def _title_keys(
    phrase: GazetteerAlias, suffixes_by_language: dict[str, list[str]]
) -> tuple[tuple[str, ...], ...]:
    """The written form of a title phrase first, then its declined forms."""
    tokens = tuple(normalize(t) for t in tokens_of(phrase.text))
    if not tokens:
        return ()
    variants = _inflection_variants(tokens, suffixes_by_language.get(phrase.language or "", []))
    return (tokens, *sorted(variants - {tokens}))


class GazetteerIndex:
    """Lookups built once per gazetteer: exact forms, demonym stems, name skeletons, offices."""

    def __init__(self, gazetteer: Gazetteer):
        from .lexicon import available_languages, load_lexicon

        suffixes_by_language = {
            lang: load_lexicon(lang).words("inflection_suffixes") for lang in available_languages()
        }
        self.exact: dict[tuple[str, ...], list[IndexEntry]] = {}
        self.written_as: dict[tuple[str, ...], set[int]] = {}  # ids of the entries per own form
        self.demonyms: list[tuple[str, str]] = []
        self.multiword_demonyms: dict[tuple[str, ...], str] = {}  # "Sri Lankan", "sri-lankische"
        self.surnames: dict[str, list[str]] = {}
        self.persons: dict[str, tuple[str, str]] = {}
        self.surname_forms: dict[str, set[str]] = {}  # last words as written, per person
        self.kinds: dict[str, str] = {}
        self.actor_ids: dict[str, int | None] = {}
        self.affiliations: dict[str, str] = {
            a.name: a.affiliation for a in gazetteer.actors if a.affiliation
        }
        self.offices: list[tuple[str, str, Office, str]] = []
        self.first_office: dict[str, dt.date] = {
            a.name: min(o.start for o in a.offices)
            for a in gazetteer.actors
            if a.offices and all(o.start for o in a.offices)
        }  # when a person first held an office the gazetteer knows of
        self.leaders: set[str] = {
            a.name for a in gazetteer.actors if any(o.leads for o in a.offices)
        }  # people who have led a state at some time
        self.max_tokens = 1
        states = [a for a in gazetteer.actors if a.kind == "state"]
        title_keys: dict[tuple[str, str | None], tuple[tuple[str, ...], ...]] = {}
        for actor in gazetteer.actors:
            self.kinds[actor.name] = actor.kind
            self.actor_ids[actor.name] = actor.actor_id
            for alias in actor.all_forms():
                raw_tokens = tuple(tokens_of(alias.text))
                if not raw_tokens:
                    continue
                if alias.kind == "demonym":
                    if len(raw_tokens) > 1 and not alias.text.isupper():
                        self.multiword_demonyms[tuple(normalize(t) for t in raw_tokens)] = (
                            actor.name
                        )
                    if len(raw_tokens) > 1 or alias.text.isupper():
                        continue  # "US" as a demonym would match "used"
                    stem = normalize(alias.text)
                    if len(stem) >= 5 and stem[-1] in "aeio":
                        stem = stem[:-1]
                    self.demonyms.append((stem, actor.name))
                    continue
                key = tuple(normalize(t) for t in raw_tokens)
                acronym = alias.kind == "acronym" or (
                    alias.text.isupper() and len(alias.text.replace(".", "")) <= 5
                )
                entry = IndexEntry(
                    actor.name,
                    alias.kind,
                    raw_tokens if acronym else None,
                    written_lowercase=alias.text[:1].islower(),
                )
                keys = {key}
                if not acronym and alias.kind in ("name", "metonym", "variant", "title"):
                    keys |= _inflection_variants(
                        key, suffixes_by_language.get(alias.language or "", [])
                    )
                for k in keys:
                    self.exact.setdefault(k, [])
                    if entry not in self.exact[k]:
                        self.exact[k].append(entry)
                self.written_as.setdefault(key, set()).add(
                    id(self.exact[key][self.exact[key].index(entry)])
                )
                self.max_tokens = max(self.max_tokens, len(key))
            if actor.kind == "person":
                parts = tokens_of(actor.name)
                surname = skeleton(parts[-1])
                given = skeleton(parts[0]) if len(parts) > 1 else ""
                self.persons[actor.name] = (given, surname)
                self.surnames.setdefault(surname, []).append(actor.name)
                forms = self.surname_forms.setdefault(actor.name, {normalize(parts[-1])})
                for alias in actor.aliases:
                    if alias.kind in ("variant", "surname"):
                        alias_parts = tokens_of(alias.text)
                        if alias_parts and alias_parts[-1].isalpha():
                            forms.add(normalize(alias_parts[-1]))
                            self.surnames.setdefault(skeleton(alias_parts[-1]), [])
                            if actor.name not in self.surnames[skeleton(alias_parts[-1])]:
                                self.surnames[skeleton(alias_parts[-1])].append(actor.name)
                for office in actor.offices:
                    for phrase in office.titles:
                        keys = title_keys.get((phrase.text, phrase.language))
                        if keys is None:  # every holder of an office has the same phrases
                            keys = title_keys[(phrase.text, phrase.language)] = _title_keys(
                                phrase, suffixes_by_language
                            )
                        if not keys:
                            continue
                        entry = IndexEntry(actor.name, "title", None, office)
                        for k in keys:
                            self.exact.setdefault(k, []).append(entry)
                        self.max_tokens = max(self.max_tokens, len(keys[0]))
                    state = office.of or next(
                        (s.name for s in states if s.name.lower() in office.title.lower()), None
                    )
                    if office.role and state:
                        self.offices.append((office.role, state, office, actor.name))
        # the longest alias each token can start, so that most tokens are skipped at once
        self.longest_from: dict[str, int] = {}
        for key in self.exact:
            if key:
                self.longest_from[key[0]] = max(self.longest_from.get(key[0], 0), len(key))
        for key, entries in self.exact.items():
            written = self.written_as.get(key)
            if written and len(entries) > 1:  # "Algeri" (Algiers) before an inflected form
                entries.sort(key=lambda e: id(e) not in written)  # of "Algeria"
        self.written_as = {}
        self.demonyms.sort(key=lambda item: len(item[0]), reverse=True)
        self.demonyms_by_prefix: dict[str, list[tuple[str, str]]] = {}
        for stem, actor_name in self.demonyms:
            self.demonyms_by_prefix.setdefault(stem[:3], []).append((stem, actor_name))

    def office_holder(self, role: str, state: str, day: dt.date | None) -> str | None:
        if day is None:
            return None
        for office_role, office_state, office, person in self.offices:
            if office_role == role and office_state == state and office.held_on(day):
                return person
        return None

    def demonym_state(self, token: str) -> str | None:
        word = normalize(token)
        if not word.isalpha():
            return None
        for stem, actor in self.demonyms_by_prefix.get(word[:3], ()):
            if word == stem or (
                len(stem) >= 4 and word.startswith(stem) and len(word) - len(stem) <= 3
            ):
                return actor
        return None

    def is_demonym(self, token: str) -> bool:
        """The word is a demonym as listed, not an inflection found by its stem."""
        word = normalize(token)
        return any(word == stem for stem, _ in self.demonyms_by_prefix.get(word[:3], ()))
