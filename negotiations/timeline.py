"""Building the timeline read model (`TimelineEntry`) from the curated tables.

One entry per published meeting, proposal and concession, and one per response to a
published proposal. Everything here is derived: any entry can be dropped and rebuilt.

How a write works (full and incremental alike):
1. Rows are built in Python from a handful of `.values()` queries (no model instances, no
   per-row queries: 100k events must rebuild in seconds); their quoted sources, the bulk of
   an entry, are aggregated in SQL.
2. They are COPYed into a temporary staging table, then upserted into `TimelineEntry` in one
   `INSERT … SELECT … ON CONFLICT (kind, object_id) DO UPDATE` that also attaches the
   sources and computes the search vector. Rows whose fingerprint is unchanged are skipped,
   so a nightly rebuild of an unchanged timeline rewrites nothing; a track with no entries
   yet (first build, or after a TRUNCATE) skips that comparison. Entries that should no
   longer exist are deleted.
3. All of it runs in ONE transaction per build (for a full build, tuned by
   `_tune_for_bulk_write`). PostgreSQL's MVCC keeps every reader on the old rows until the
   commit, so nobody sees a half-built timeline, and a failure rolls back to the previous
   timeline untouched. Upserting (rather than delete + insert) keeps entry ids
   stable across rebuilds, so permalinks (`/entries/<pk>/`) survive a nightly rebuild.

Builds of one track never interleave: each takes `pg_advisory_xact_lock(TIMELINE_LOCK, track)`
before reading the curated rows and holds it until commit. A second build WAITS rather than
being skipped: it may have been triggered by an edit the first build did not see, so it must
run after it. Waiting is bounded by `TIMELINE_LOCK_TIMEOUT` (the task then retries).
"""

import calendar
import datetime
import json
import logging
import multiprocessing
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import connection, connections, transaction
from django.db.models import Exists, Max, OuterRef, Q, Subquery
from django.utils import timezone

from .models import (
    Actor,
    Alias,
    Citation,
    Concession,
    ConcessionStage,
    DatePrecision,
    Meeting,
    MeetingParticipant,
    Proposal,
    ProposalParty,
    ProposalResponse,
    Publication,
    Source,
    TimelineBuild,
    TimelineEntry,
    Track,
)

log = logging.getLogger(__name__)

SEARCH_CONFIG = "timeline_text"
"""The text search configuration (migration 0005): `simple` + `unaccent`, language-neutral."""

TIMELINE_LOCK = 7_041_997
"""First key of the advisory lock `(TIMELINE_LOCK, track_id)` that serialises a track's builds."""

Kind = TimelineEntry.Kind
Ref = tuple[str, int]
"""What changed, as `(kind, id)`: an entry kind, or "actor" / "source" (expanded to entries)."""

UNKNOWN_DATE_SORT_KEY = 9_999_999_999
# Plain strings, not the TextChoices members: these are hashed once per row or more.
MEETING, PROPOSAL, RESPONSE, CONCESSION = (k.value for k in Kind)
_PRECISION_RANK = {
    DatePrecision.DAY.value: 0,
    DatePrecision.MONTH.value: 1,
    DatePrecision.YEAR.value: 2,
}
_KIND_RANK = {MEETING: 0, PROPOSAL: 1, RESPONSE: 2, CONCESSION: 3}

STANCE_VERBS = {
    ProposalResponse.Stance.ACCEPTED: "accepts",
    ProposalResponse.Stance.REJECTED: "rejects",
    ProposalResponse.Stance.CONDITIONAL: "accepts with conditions",
    ProposalResponse.Stance.PENDING: "is considering",
    ProposalResponse.Stance.WITHDRAWN: "withdraws its acceptance of",
}


def sort_key(date: datetime.date | None, precision: str, kind: str = MEETING) -> int:
    """The integer the timeline is ordered by (ascending = oldest first).

    `last day of the claimed period × 100 + precision rank × 10 + kind rank`, so:
    - dated entries order by date;
    - an entry known only to the month ("March 2025") sorts after every day of that month and
      before 1 April; one known only to the year after every day and month of that year —
      a vaguer claim is placed where it is certainly in the past;
    - on the same day, meetings come before proposals, responses and concessions;
    - an unknown date gets one large constant (`UNKNOWN_DATE_SORT_KEY`): such entries sort after
      every dated one ("date unknown" closes the chronicle, first in a newest-first view).
    The key is never NULL, so keyset pagination on `(sort_key, id)` needs no NULLS handling.
    """
    if date is None or precision not in _PRECISION_RANK:
        return UNKNOWN_DATE_SORT_KEY
    if precision == DatePrecision.MONTH:
        date = date.replace(day=calendar.monthrange(date.year, date.month)[1])
    elif precision == DatePrecision.YEAR:
        date = date.replace(month=12, day=31)
    return date.toordinal() * 100 + _PRECISION_RANK[precision] * 10 + _KIND_RANK[kind]


def response_title(*, actor_name: str, stance: str, proposal_title: str) -> str:
    """ "Ukraine accepts “US proposal for a 30-day ceasefire”", cut to the column's length."""
    verb = STANCE_VERBS.get(stance, stance)
    title = f"{actor_name} {verb} “{proposal_title}”"
    return title if len(title) <= 300 else title[:299] + "…"


# --- Row builders -------------------------------------------------------------------------


SEARCHABLE_ALIAS_KINDS = [
    Alias.Kind.NAME,
    Alias.Kind.VARIANT,
    Alias.Kind.SURNAME,
    Alias.Kind.ACRONYM,
]
"""Aliases that make an actor's entries findable: other spellings of the name ("Selenskyj"
finds Zelensky). Not metonyms or demonyms: a search for "Moscow" should find what happened
in Moscow, not every entry that involves Russia without saying why."""


@dataclass
class Scope:
    """Which events to build: every published one of a track, or the given ids."""

    track_id: int | None = None
    meeting_ids: set[int] = field(default_factory=set)
    proposal_ids: set[int] = field(default_factory=set)
    response_ids: set[int] = field(default_factory=set)
    concession_ids: set[int] = field(default_factory=set)

    def events(self, ids: set[int], prefix: str = "") -> Q | None:
        """A filter for one kind's rows (`prefix` walks from a child row to its event)."""
        if self.track_id is not None:
            return Q(**{f"{prefix}track_id": self.track_id})
        return Q(**{f"{prefix}id__in": ids}) if ids else None


def _date_json(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


class _Builder:
    """Collects the curated rows of a scope with a fixed number of queries, then builds rows."""

    def __init__(self, scope: Scope):
        self.scope = scope
        self.actor_ids: set[int] = set()

    def _published(self, model, ids: set[int]):
        condition = self.scope.events(ids)
        if condition is None:
            return []
        # Every column but the bookkeeping timestamps, which no entry shows: parsing three
        # timestamptz values per event in Python was a third of the query time.
        fields = [
            f.attname
            for f in model._meta.concrete_fields
            if f.attname not in ("created_at", "updated_at", "published_at")
        ]
        return list(
            model.objects.filter(condition, publication=Publication.PUBLISHED).values(*fields)
        )

    def collect(self) -> None:
        scope = self.scope
        self.meetings = self._published(Meeting, scope.meeting_ids)
        self.proposals = self._published(Proposal, scope.proposal_ids)
        self.concessions = self._published(Concession, scope.concession_ids)
        meeting_ids = [m["id"] for m in self.meetings]
        proposal_ids = [p["id"] for p in self.proposals]
        concession_ids = [c["id"] for c in self.concessions]

        self.participants = defaultdict(list)
        for row in MeetingParticipant.objects.filter(meeting_id__in=meeting_ids).values(
            "meeting_id", "actor_id", "role"
        ):
            self.participants[row["meeting_id"]].append(row)
        self.parties = defaultdict(list)
        for row in (
            ProposalParty.objects.filter(proposal_id__in=proposal_ids)
            .values("proposal_id", "actor_id", "role")
            .order_by("proposal_id", "id")
        ):
            self.parties[row["proposal_id"]].append(row)

        published_responses = Q(proposal__publication=Publication.PUBLISHED)
        if scope.track_id is not None:
            response_filter = Q(proposal__track_id=scope.track_id)
        else:
            response_filter = Q(proposal_id__in=proposal_ids) | Q(id__in=scope.response_ids)
        self.responses = defaultdict(list)
        self.response_rows = []
        for row in (
            ProposalResponse.objects.filter(response_filter, published_responses)
            .values(
                "id",
                "proposal_id",
                "actor_id",
                "stance",
                "conditions",
                "date",
                "date_precision",
                "proposal__title",
                "proposal__track_id",
            )
            .order_by("proposal_id", "date", "id")
        ):
            self.responses[row["proposal_id"]].append(row)
            if scope.track_id is not None or row["id"] in scope.response_ids:
                self.response_rows.append(row)

        self.stages = defaultdict(list)
        for row in (
            ConcessionStage.objects.filter(concession_id__in=concession_ids)
            .values("concession_id", "status", "date", "date_precision", "note")
            .order_by("concession_id", "date", "id")
        ):
            self.stages[row["concession_id"]].append(row)

        for rows in (self.participants, self.parties, self.responses):
            for group in rows.values():
                self.actor_ids.update(row["actor_id"] for row in group)
        for row in self.response_rows:
            self.actor_ids.add(row["actor_id"])
        for row in self.concessions:
            self.actor_ids.add(row["giver_id"])
            if row["receiver_id"]:
                self.actor_ids.add(row["receiver_id"])
        self.actors = {
            row["id"]: row
            for row in Actor.objects.filter(id__in=self.actor_ids).values("id", "name", "slug")
        }
        self.aliases = defaultdict(list)
        searchable = Alias.objects.filter(
            actor_id__in=self.actor_ids, kind__in=SEARCHABLE_ALIAS_KINDS
        )
        for actor_id, text in searchable.values_list("actor_id", "text"):
            self.aliases[actor_id].append(text)

    def actor(self, actor_id: int, role: str) -> dict:
        actor = self.actors[actor_id]
        return {"id": actor_id, "name": actor["name"], "slug": actor["slug"], "role": role}

    def rows(self) -> list[dict]:
        rows = [self.meeting_row(m) for m in self.meetings]
        rows += [self.proposal_row(p) for p in self.proposals]
        rows += [self.response_row(r) for r in self.response_rows]
        rows += [self.concession_row(c) for c in self.concessions]
        return rows

    def _row(self, kind: str, event: dict, *, actors: list[dict], **fields) -> dict:
        names = []
        for actor in actors:
            names.append(actor["name"])
            names.extend(self.aliases.get(actor["id"], ()))
        return {
            "track_id": event["track_id"],
            "kind": kind,
            "object_id": event["id"],
            "proposal_id": None,
            "status": event.get("status", ""),
            "subtype": "",
            "date": event["date"],
            "date_precision": event["date_precision"],
            "sort_key": sort_key(event["date"], event["date_precision"], kind),
            "title": event["title"],
            "summary": event.get("summary", ""),
            "location": event.get("location", ""),
            "actor_ids": list(dict.fromkeys(actor["id"] for actor in actors)),
            "actors": actors,
            "source_count": 0,  # sources are attached in SQL, see _attach_sources
            "sources": [],
            "search_b": " ".join(names),
            "search_c": f"{event.get('summary', '')} {event.get('location', '')}",
            **fields,
        }

    def meeting_row(self, meeting: dict) -> dict:
        parties = [self.actor(p["actor_id"], p["role"]) for p in self.participants[meeting["id"]]]
        return self._row(
            MEETING,
            meeting,
            actors=parties,
            subtype=meeting["format"],
            details={"format": meeting["format"], "status": meeting["status"], "parties": parties},
        )

    def proposal_row(self, proposal: dict) -> dict:
        parties = [self.actor(p["actor_id"], p["role"]) for p in self.parties[proposal["id"]]]
        stances: dict[int, dict] = {}
        for response in self.responses[proposal["id"]]:
            party = stances.setdefault(
                response["actor_id"],
                {"actor": self.actor(response["actor_id"], "respondent"), "history": []},
            )
            party["history"].append(
                {
                    "response_id": response["id"],
                    "stance": response["stance"],
                    "conditions": response["conditions"],
                    "date": _date_json(response["date"]),
                    "date_precision": response["date_precision"],
                }
            )
        listed = {party["id"] for party in parties}
        respondents = [s["actor"] for a, s in stances.items() if a not in listed]
        for stance in stances.values():
            stance["current"] = stance["history"][-1]["stance"]
        return self._row(
            PROPOSAL,
            proposal,
            actors=parties + respondents,
            details={"terms": proposal["terms"], "stances": list(stances.values())},
        )

    def response_row(self, response: dict) -> dict:
        actor = self.actor(response["actor_id"], "respondent")
        event = {
            **response,
            "track_id": response["proposal__track_id"],
            "status": response["stance"],
            "summary": response["conditions"],
            "title": response_title(
                actor_name=actor["name"],
                stance=response["stance"],
                proposal_title=response["proposal__title"],
            ),
        }
        return self._row(
            RESPONSE,
            event,
            actors=[actor],
            proposal_id=response["proposal_id"],
            details={
                "stance": response["stance"],
                "conditions": response["conditions"],
                "proposal": {"id": response["proposal_id"], "title": response["proposal__title"]},
            },
        )

    def concession_row(self, concession: dict) -> dict:
        giver = self.actor(concession["giver_id"], "giver")
        receiver = (
            self.actor(concession["receiver_id"], "receiver") if concession["receiver_id"] else None
        )
        stages = [
            {
                "status": stage["status"],
                "date": _date_json(stage["date"]),
                "date_precision": stage["date_precision"],
                "note": stage["note"],
            }
            for stage in self.stages[concession["id"]]
        ]
        return self._row(
            CONCESSION,
            concession,
            actors=[giver, receiver] if receiver else [giver],
            subtype=concession["category"],
            details={
                "giver": giver,
                "receiver": receiver,
                "category": concession["category"],
                "proposal_id": concession["proposal_id"],
                "stages": stages,
            },
        )


def entries_for(scope: Scope) -> list[dict]:
    """The rows `scope` should have in `TimelineEntry`, as dicts (plus `search_b`/`search_c`,
    texts weighted B and C in the search vector; the quotes, also C, come from `sources`). Issues a fixed number of queries."""
    builder = _Builder(scope)
    builder.collect()
    rows = builder.rows()
    for row in rows:
        _checkpoint("row built", track_id=row["track_id"])
    return rows


def _checkpoint(stage: str, *, track_id: int | None) -> None:
    """A no-op that tests patch to pause a build or inject a failure at a known point."""


# --- Writing ------------------------------------------------------------------------------

_COLUMNS = [
    "track_id",
    "kind",
    "object_id",
    "proposal_id",
    "status",
    "subtype",
    "date",
    "date_precision",
    "sort_key",
    "title",
    "summary",
    "location",
    "actor_ids",
    "actors",
    "source_count",
    "sources",
    "details",
]
_STAGING = "timeline_staging"
_STAGED = [c for c in _COLUMNS if c not in ("source_count", "sources")] + ["search_b", "search_c"]
_STAGING_COLUMNS = """
    track_id bigint, kind varchar(12), object_id bigint, proposal_id bigint,
    status varchar(16), subtype varchar(16), date date, date_precision varchar(8),
    sort_key bigint, title varchar(300), summary text, location varchar(200),
    actor_ids bigint[], actors jsonb, details jsonb, search_b text, search_c text"""
_JSON_COLUMNS = {"actors", "details"}
_ENTRY_TABLE = TimelineEntry._meta.db_table


def _stage(rows: list[dict]) -> None:
    """COPY the rows into a temporary table that disappears at commit."""
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {_STAGING}")
        cursor.execute(f"CREATE TEMPORARY TABLE {_STAGING} ({_STAGING_COLUMNS}) ON COMMIT DROP")
        dumps = json.dumps
        with cursor.copy(f"COPY {_STAGING} ({', '.join(_STAGED)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([dumps(row[c]) if c in _JSON_COLUMNS else row[c] for c in _STAGED])
        # Statistics for the join keys only: the planner needs row counts per kind; analysing
        # the long texts and JSON too cost ≈0.15 s of database CPU per 11.7k-entry track.
        cursor.execute(f"ANALYZE {_STAGING} (kind, object_id, track_id)")


def _sources_of_staged() -> str:
    """SQL: `sources` and `source_count` of every staged row that has citations.

    The heaviest part of an entry (every quoted passage with its source) is aggregated by
    PostgreSQL instead of travelling to Python and back. A proposal's entry shows its
    responses' citations too, a concession's its stages' (they carry the event's id as well).
    """
    citations = " UNION ALL ".join(
        f"""SELECT s.kind, s.object_id, c.id, c.quote, c.source_id
            FROM {_STAGING} s JOIN {Citation._meta.db_table} c ON c.{column} = s.object_id
            WHERE s.kind = '{kind}'"""
        for kind, column in (
            (MEETING, "meeting_id"),
            (PROPOSAL, "proposal_id"),
            (CONCESSION, "concession_id"),
            (RESPONSE, "response_id"),
        )
    )
    return f"""SELECT c.kind, c.object_id, count(DISTINCT c.source_id) AS source_count,
            jsonb_agg(jsonb_build_object(
                'id', src.id, 'title', src.title, 'url', src.url,
                'publisher', src.publisher, 'published_on', src.published_on,
                'quote', c.quote
            ) ORDER BY src.published_on, c.id) AS sources
        FROM ({citations}) c
        JOIN {Source._meta.db_table} src ON src.id = c.source_id
        GROUP BY c.kind, c.object_id"""


def _upsert_staged(*, skip_unchanged: bool = True, track_id: int | None = None) -> int:
    """Insert new rows and update changed ones, in one statement that attaches the sources,
    fingerprints each row and computes the weighted search vector. Rows whose fingerprint
    (MD5 of everything the entry is built from, search texts included) did not change are
    left alone: no rewrite, no index churn; the search vector is computed only for the rows
    written.

    `skip_unchanged=False` drops that comparison, for a track with no entries yet (the cold
    build): there is nothing to compare with, and the anti-join would read every other
    track's entries. `ON CONFLICT` stays: an event moved from another track still has its
    entry there, which must be taken over (same id), not collide. `track_id`: every staged
    row belongs to that track (a full build), so only its entries need comparing.

    `built_at` is the clock time of the write (not the transaction's start, `now()`), so an
    entry built in the same transaction as the edit it shows still counts as fresh for
    `tracks_needing_rebuild`."""
    columns = ", ".join(_COLUMNS)
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in _COLUMNS if c not in ("kind", "object_id"))
    vector = (
        f"setweight(to_tsvector('{SEARCH_CONFIG}', b.title), 'A') || "
        f"setweight(to_tsvector('{SEARCH_CONFIG}', b.search_b), 'B') || "
        f"setweight(to_tsvector('{SEARCH_CONFIG}', b.search_c), 'C') || "
        # The quotes are already in `sources`: index them from there, not copied twice.
        f"setweight(to_tsvector('{SEARCH_CONFIG}', "
        "jsonb_path_query_array(b.sources, '$[*].quote')), 'C')"
    )
    staged = ", ".join(
        "coalesce(a.source_count, 0) AS source_count"
        if c == "source_count"
        else "coalesce(a.sources, '[]'::jsonb) AS sources"
        if c == "sources"
        else f"s.{c}"
        for c in [*_COLUMNS, "search_b", "search_c"]
    )
    # The fingerprint covers track_id, so an equal one is always on the same track: saying
    # so (with a constant for a full build) lets PostgreSQL read just this track's entries
    # through `timeline_track_sort` instead of sorting the whole table.
    same_track = "b.track_id" if track_id is None else str(int(track_id))
    unchanged = (
        f"""WHERE NOT EXISTS (
                SELECT 1 FROM {_ENTRY_TABLE} e
                WHERE e.track_id = {same_track} AND e.kind = b.kind
                  AND e.object_id = b.object_id AND e.fingerprint = b.fingerprint)"""
        if skip_unchanged
        else ""
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {_ENTRY_TABLE} ({columns}, search_vector, fingerprint, built_at)
                SELECT {", ".join(f"b.{c}" for c in _COLUMNS)}, {vector}, b.fingerprint,
                       clock_timestamp()
                FROM (
                    SELECT f.*, md5(f::text) AS fingerprint FROM (
                        SELECT {staged}
                        FROM {_STAGING} s
                        LEFT JOIN ({_sources_of_staged()}) a
                            ON a.kind = s.kind AND a.object_id = s.object_id
                    ) f
                    OFFSET 0  -- keeps md5() from being evaluated once per reference
                ) b
                {unchanged}
                ON CONFLICT (kind, object_id) DO UPDATE
                SET {updates}, search_vector = EXCLUDED.search_vector,
                    fingerprint = EXCLUDED.fingerprint, built_at = EXCLUDED.built_at"""
        )
        return cursor.rowcount


def _touch_unchanged(requested: list[tuple[str, int]]) -> None:
    """Mark the requested entries that a refresh found unchanged as checked now (a handful of
    rows), so `tracks_needing_rebuild` does not keep flagging an edit that changed nothing."""
    TimelineEntry.objects.filter(_ref_filter(requested)).update(built_at=timezone.now())


def _tune_for_bulk_write() -> None:
    """Settings for the rest of a full build's transaction (`SET LOCAL`), for a bulk write:

    - `synchronous_commit = off`: the commit does not wait for its WAL to reach the disk.
      Still atomic (no torn timeline after a crash), but a server crash within ≈0.6 s of the
      commit can lose the whole build: the previous timeline is what survives. Acceptable
      for derived data only. The build's record is saved afterwards with a normal commit,
      which flushes the build's WAL too; if the crash came first, the record stays
      "running", is marked failed as stale, and `reconcile` rebuilds the track.
    - `work_mem`: the staged rows, their sources and fingerprints are sorted and hashed in
      memory rather than spilled to temporary files (one build per worker at a time).
    - `jit = off`: the upsert's cost estimate crosses the JIT threshold, but compiling a
      statement that runs once costs more than it saves.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('synchronous_commit', 'off', true), "
            "set_config('work_mem', '64MB', true), set_config('jit', 'off', true)"
        )


def _lock_tracks(track_ids: Iterable[int]) -> None:
    """Serialise builds per track for the rest of the transaction (sorted: no deadlocks)."""
    timeout = f"{int(settings.TIMELINE_LOCK_TIMEOUT * 1000)}ms"
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('lock_timeout')")
        (previous,) = cursor.fetchone()
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", [timeout])
        for track_id in sorted(set(track_ids)):
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [TIMELINE_LOCK, track_id])
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", [previous])


# --- Builds -------------------------------------------------------------------------------


def mark_stale_builds_failed(*, older_than: timedelta | None = None) -> int:
    """Builds still "running" long after any task could have finished belong to a worker that
    died (killed, OOM, host lost): mark them failed so the dashboard does not wait forever."""
    older_than = older_than or timedelta(seconds=settings.TIMELINE_BUILD_STALE_AFTER)
    return TimelineBuild.objects.filter(
        outcome=TimelineBuild.Outcome.RUNNING, started_at__lt=timezone.now() - older_than
    ).update(
        outcome=TimelineBuild.Outcome.FAILED,
        finished_at=timezone.now(),
        error="Abandoned: still running after the stale timeout (worker lost?).",
    )


def _finish(build: TimelineBuild, *, rows: int = 0, error: BaseException | None = None) -> None:
    build.finished_at = timezone.now()
    build.rows = rows
    if error is None:
        build.outcome = TimelineBuild.Outcome.SUCCEEDED
    else:
        build.outcome = TimelineBuild.Outcome.FAILED
        build.error = f"{type(error).__name__}: {error}"[:10_000]
    build.save(update_fields=["finished_at", "rows", "outcome", "error"])


def rebuild_track(*, track_id: int, mode: str = "full", task_id: str = "") -> TimelineBuild:
    """Rebuild every entry of one track atomically and record the build.

    Readers keep seeing the previous timeline until the commit; on any error the previous
    timeline stays, the build is recorded as failed with the error, and the error is re-raised.
    Safe to run twice: the second run writes the same rows onto the same ids. Only the
    "full" mode exists for a whole track; per-entry refreshes go through `refresh_entries`.
    """
    if mode != TimelineBuild.Mode.FULL:
        raise ValueError(f"rebuild_track only does full builds, not {mode!r}")
    mark_stale_builds_failed()
    build = TimelineBuild.objects.create(
        track_id=track_id, mode=TimelineBuild.Mode.FULL, task_id=task_id or ""
    )
    try:
        with transaction.atomic():
            _tune_for_bulk_write()
            _lock_tracks([track_id])
            _checkpoint("locked", track_id=track_id)
            rows = entries_for(Scope(track_id=track_id))
            _stage(rows)
            cold = not TimelineEntry.objects.filter(track_id=track_id).exists()
            _upsert_staged(skip_unchanged=not cold, track_id=track_id)
            with connection.cursor() as cursor:
                cursor.execute(
                    f"""DELETE FROM {_ENTRY_TABLE} e WHERE e.track_id = %s AND NOT EXISTS (
                        SELECT 1 FROM {_STAGING} s
                        WHERE s.kind = e.kind AND s.object_id = e.object_id)""",
                    [track_id],
                )
            _checkpoint("written", track_id=track_id)
    except BaseException as error:
        _finish(build, error=error)
        raise
    _finish(build, rows=len(rows))
    return build


def _rebuild_in_child(track_id: int, task_id: str) -> int | str:
    """Runs in a forked process: build one track, answer the build's id or the error."""
    try:
        return rebuild_track(track_id=track_id, task_id=task_id).pk
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    finally:
        connections.close_all()


def rebuild_all(*, parallel: int = 1, task_id: str = "") -> list[TimelineBuild]:
    """Full rebuild of every track, each in its own transaction. Every track is attempted; if
    any failed, a RuntimeError naming them is raised after all are done.

    With `parallel` > 1, tracks build in that many forked processes (each with its own
    connection): row building is Python, so threads would share one core through the GIL.
    Forking needs a non-daemon process (a command, a script); elsewhere it builds one track
    after another. The nightly Celery task does not call this: it fans out one task per track."""
    track_ids = list(Track.objects.order_by("id").values_list("id", flat=True))
    if parallel > 1 and len(track_ids) > 1 and not multiprocessing.current_process().daemon:
        connections.close_all()  # a forked child must not share the parent's socket
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=parallel, mp_context=context) as pool:
            outcomes = list(pool.map(_rebuild_in_child, track_ids, [task_id] * len(track_ids)))
    else:
        outcomes = []
        for track_id in track_ids:
            try:
                outcomes.append(rebuild_track(track_id=track_id, task_id=task_id).pk)
            except Exception as error:
                outcomes.append(f"{type(error).__name__}: {error}")
    failures = [
        f"track {t}: {o}" for t, o in zip(track_ids, outcomes, strict=True) if isinstance(o, str)
    ]
    if failures:
        raise RuntimeError("Timeline rebuild failed for " + "; ".join(failures))
    builds = TimelineBuild.objects.in_bulk([o for o in outcomes if isinstance(o, int)])
    return [builds[o] for o in outcomes]


def _expand(refs: Iterable[Ref]) -> Scope:
    """Turn what changed into the entries to recompute. A proposal brings its responses (their
    titles and visibility follow it); an actor or a source brings the entries that show it."""
    scope = Scope()
    by_kind = {
        MEETING: scope.meeting_ids,
        PROPOSAL: scope.proposal_ids,
        RESPONSE: scope.response_ids,
        CONCESSION: scope.concession_ids,
    }
    actor_ids, source_ids = set(), set()
    for kind, object_id in refs:
        if kind in by_kind:
            by_kind[kind].add(int(object_id))
        elif kind == "actor":
            actor_ids.add(int(object_id))
        elif kind == "source":
            source_ids.add(int(object_id))
        else:
            raise ValueError(f"Unknown timeline ref kind {kind!r}")
    if actor_ids:
        for kind, object_id in TimelineEntry.objects.filter(
            actor_ids__overlap=list(actor_ids)
        ).values_list("kind", "object_id"):
            by_kind[kind].add(object_id)
    if source_ids:
        for row in Citation.objects.filter(source_id__in=source_ids).values(
            "meeting_id", "proposal_id", "concession_id", "response_id"
        ):
            for kind in by_kind:
                if row[f"{kind}_id"]:
                    by_kind[kind].add(row[f"{kind}_id"])
    if scope.proposal_ids:
        scope.response_ids.update(
            ProposalResponse.objects.filter(proposal_id__in=scope.proposal_ids).values_list(
                "id", flat=True
            )
        )
        scope.response_ids.update(
            TimelineEntry.objects.filter(
                kind=RESPONSE, proposal_id__in=scope.proposal_ids
            ).values_list("object_id", flat=True)
        )
    return scope


def _requested(scope: Scope) -> list[tuple[str, int]]:
    return [
        *((MEETING, i) for i in scope.meeting_ids),
        *((PROPOSAL, i) for i in scope.proposal_ids),
        *((RESPONSE, i) for i in scope.response_ids),
        *((CONCESSION, i) for i in scope.concession_ids),
    ]


def _tracks_touched(scope: Scope, requested: list[tuple[str, int]]) -> set[int]:
    """Tracks whose entries may change: where the events are now, and where entries were."""
    tracks: set[int] = set()
    for model, ids in (
        (Meeting, scope.meeting_ids),
        (Proposal, scope.proposal_ids),
        (Concession, scope.concession_ids),
    ):
        if ids:
            tracks.update(model.objects.filter(id__in=ids).values_list("track_id", flat=True))
    if scope.response_ids:
        tracks.update(
            ProposalResponse.objects.filter(id__in=scope.response_ids).values_list(
                "proposal__track_id", flat=True
            )
        )
    tracks.update(
        TimelineEntry.objects.filter(_ref_filter(requested)).values_list("track_id", flat=True)
    )
    return tracks


def _ref_filter(requested: list[tuple[str, int]]) -> Q:
    by_kind: dict[str, list[int]] = defaultdict(list)
    for kind, object_id in requested:
        by_kind[kind].append(object_id)
    condition = Q(pk__in=[])
    for kind, ids in by_kind.items():
        condition |= Q(kind=kind, object_id__in=ids)
    return condition


def refresh_entries(*, refs: Iterable[Ref], task_id: str = "") -> list[TimelineBuild]:
    """Recompute just the entries affected by `refs`; delete those whose event is gone or no
    longer published. One transaction, under the locks of every track it touches; recorded
    as one incremental build per track (failed ones too). Safe to run twice."""
    refs = [(str(kind), int(object_id)) for kind, object_id in refs]
    started = timezone.now()
    track_ids: set[int] = set()
    try:
        with transaction.atomic():
            scope = _expand(refs)
            requested = _requested(scope)
            if not requested:
                return []
            track_ids = _tracks_touched(scope, requested)
            _lock_tracks(track_ids)
            rows = entries_for(scope)
            _stage(rows)
            _upsert_staged()
            _touch_unchanged(requested)
            built = {(row["kind"], row["object_id"]) for row in rows}
            gone = [ref for ref in requested if ref not in built]
            if gone:
                TimelineEntry.objects.filter(_ref_filter(gone)).delete()
            per_track: dict[int, int] = defaultdict(int)
            for row in rows:
                per_track[row["track_id"]] += 1
            # Recorded in the same transaction: whoever sees the entries sees the build.
            return _record_incremental(track_ids, started=started, task_id=task_id, rows=per_track)
    except BaseException as error:
        _record_incremental(track_ids, started=started, task_id=task_id, error=error)
        raise


def _record_incremental(
    track_ids: Iterable[int],
    *,
    started: datetime.datetime,
    task_id: str,
    rows: dict[int, int] | None = None,
    error: BaseException | str | None = None,
) -> list[TimelineBuild]:
    now = timezone.now()
    message = f"{type(error).__name__}: {error}" if isinstance(error, BaseException) else error
    builds = TimelineBuild.objects.bulk_create(
        TimelineBuild(
            track_id=track_id,
            mode=TimelineBuild.Mode.INCREMENTAL,
            outcome=TimelineBuild.Outcome.FAILED if error else TimelineBuild.Outcome.SUCCEEDED,
            finished_at=now,
            rows=(rows or {}).get(track_id, 0),
            error=(message or "")[:10_000],
            task_id=task_id,
        )
        for track_id in sorted(track_ids)
    )
    # `started_at` is auto_now_add, which bulk_create fills with "now"; record the real start.
    TimelineBuild.objects.filter(id__in=[b.id for b in builds]).update(started_at=started)
    return builds


# --- Catching up --------------------------------------------------------------------------


def record_missed_refresh(*, refs: Iterable[Ref], error: BaseException) -> list[int]:
    """The broker was unreachable after a commit: leave a failed incremental build on each
    affected track, so `reconcile` rebuilds those tracks once the broker is back."""
    refs = [(str(kind), int(object_id)) for kind, object_id in refs]
    try:
        scope = _expand(refs)
        requested = _requested(scope)
        track_ids = _tracks_touched(scope, requested) if requested else set()
    except Exception:
        log.exception("Could not work out which tracks %s touch; marking all", refs[:20])
        track_ids = set(Track.objects.values_list("id", flat=True))
    message = (
        f"Could not enqueue a refresh of {len(refs)} change(s): {type(error).__name__}: {error}"
    )
    _record_incremental(track_ids, started=timezone.now(), task_id="", error=message)
    return sorted(track_ids)


def tracks_needing_rebuild() -> list[int]:
    """Tracks the timeline may be behind on, found with a few cheap queries:
    - never fully built, or a build failed after the latest successful full build (this
      includes a refresh that could not be enqueued because the broker was down);
    - a published meeting, proposal, concession or response saved after its entry was built
      (or without an entry) and after the latest full build started: an edit whose refresh
      was lost. (A full build leaves unchanged rows untouched, hence the second condition.)
    Edits that leave no `updated_at` (citations, stages, sources, deletions) are caught by the
    first rule when their refresh failed, and by the nightly full rebuild otherwise.
    """
    mark_stale_builds_failed()
    last_full = dict(
        TimelineBuild.objects.filter(
            mode=TimelineBuild.Mode.FULL, outcome=TimelineBuild.Outcome.SUCCEEDED
        )
        .values("track_id")
        .annotate(at=Max("started_at"))
        .values_list("track_id", "at")
    )
    stale = set(Track.objects.exclude(id__in=list(last_full)).values_list("id", flat=True))
    for track_id, at in last_full.items():
        if TimelineBuild.objects.filter(
            track_id=track_id, outcome=TimelineBuild.Outcome.FAILED, started_at__gt=at
        ).exists():
            stale.add(track_id)
    for model, kind, published, track in (
        (Meeting, MEETING, "publication", "track_id"),
        (Proposal, PROPOSAL, "publication", "track_id"),
        (Concession, CONCESSION, "publication", "track_id"),
        (ProposalResponse, RESPONSE, "proposal__publication", "proposal__track_id"),
    ):
        fresh_entry = TimelineEntry.objects.filter(
            kind=kind, object_id=OuterRef("id"), built_at__gte=OuterRef("updated_at")
        )
        last_full_start = (
            TimelineBuild.objects.filter(
                track_id=OuterRef(track),
                mode=TimelineBuild.Mode.FULL,
                outcome=TimelineBuild.Outcome.SUCCEEDED,
            )
            .order_by("-started_at")
            .values("started_at")[:1]
        )
        stale.update(
            model.objects.filter(~Exists(fresh_entry), **{published: Publication.PUBLISHED})
            .filter(updated_at__gt=Subquery(last_full_start))
            .exclude(**{f"{track}__in": stale})
            .values_list(track, flat=True)
            .distinct()
        )
    return sorted(stale)


def reconcile(*, task_id: str = "") -> list[TimelineBuild]:
    """Full-rebuild the tracks `tracks_needing_rebuild` names; cheap when nothing is behind."""
    return [rebuild_track(track_id=t, task_id=task_id) for t in tracks_needing_rebuild()]
