"""The read model: one denormalised row per published event (and per proposal response),
rebuilt from the curated tables by Celery. Pages, feeds and exports read only these rows."""

import datetime
from dataclasses import dataclass

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import models
from django.db.models import Case, Count, F, Func, Q, Value, When
from django.db.models.functions import Cast, TruncWeek
from django.urls import reverse

from .common import DatePrecision, format_claimed_date
from .events import Track

# The text-search configuration pages query with: `simple` + `unaccent` (migration 0005). The
# rebuild writes `search_vector` with negotiations.timeline.SEARCH_CONFIG, which must be the
# same (tests/test_pages_filters.py checks it).
SEARCH_CONFIG = "timeline_text"


@dataclass(frozen=True)
class Cursor:
    """A keyset position: the (sort_key, id) of the last entry already shown, and whether it
    was undated (undated entries are listed after the dated ones, in either order)."""

    sort_key: int
    id: int
    undated: bool = False

    def __str__(self) -> str:
        return f"{self.sort_key}_{self.id}" + ("_u" if self.undated else "")

    @classmethod
    def parse(cls, text: str | None) -> "Cursor | None":
        """`"73912345_881"` → Cursor; anything malformed is None (show the first page)."""
        if not text:
            return None
        head, _, tail = text.partition("_")
        tail, _, flag = tail.partition("_")
        if flag not in ("", "u"):
            return None
        try:
            cursor = cls(int(head), int(tail), flag == "u")
        except ValueError:
            return None
        limit = 2**63  # both columns are bigint: a larger number would be a database error
        if not (-limit <= cursor.sort_key < limit and 0 < cursor.id < limit):
            return None
        return cursor


@dataclass
class Page:
    entries: list
    next_cursor: Cursor | None

    @property
    def has_next(self) -> bool:
        return self.next_cursor is not None


def _add_months(first_of_month: datetime.date, months: int) -> datetime.date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


class TimelineEntryQuerySet(models.QuerySet):
    """Every way the public pages narrow the timeline. All of them combine freely."""

    def for_track(self, track) -> "TimelineEntryQuerySet":
        return self.filter(track=track)

    def for_actors(self, actor_ids) -> "TimelineEntryQuerySet":
        """Entries involving *all* the given actors ("Putin · Witkoff" = where both appear).

        Uses the GIN index on actor_ids (`@>` containment)."""
        ids = [int(pk) for pk in actor_ids]
        return self.filter(actor_ids__contains=ids) if ids else self

    def of_kinds(self, kinds) -> "TimelineEntryQuerySet":
        kinds = list(kinds)
        return self.filter(kind__in=kinds) if kinds else self

    def between(
        self, since: datetime.date | None = None, until: datetime.date | None = None
    ) -> "TimelineEntryQuerySet":
        """Entries whose whole claimed date lies in [since, until] (either end open).

        Edge case: an entry known only to the month or year is a span, not a day. "March
        2025" is inside "since 1 March" but *not* inside "week of 10 March" — we only say an
        entry happened in a range when its sources say so. Undated entries match no range.
        """
        queryset = self
        if since is None and until is None:
            return queryset
        queryset = queryset.filter(date__isnull=False)
        if since is not None:
            queryset = queryset.filter(date__gte=since)
        if until is not None:
            day_after = until + datetime.timedelta(days=1)
            # A month entry (stored on the 1st) ends before `day_after` when its next month
            # starts on or before it; likewise a year entry.
            last_month_start = _add_months(day_after.replace(day=1), -1)
            last_year_start = datetime.date(day_after.year - 1, 1, 1)
            queryset = queryset.filter(
                Q(date_precision=DatePrecision.DAY, date__lte=until)
                | Q(date_precision=DatePrecision.MONTH, date__lte=last_month_start)
                | Q(date_precision=DatePrecision.YEAR, date__lte=last_year_start)
            )
        return queryset

    def search(self, text: str) -> "TimelineEntryQuerySet":
        """Full-text search of title and summary, web-search syntax ("a b", "-c", quotes).

        The query is unaccented so "Selenskyj" finds "Sélenskyj" and "citta" finds "città";
        `search_vector` is written from unaccented text in the same SEARCH_CONFIG.
        """
        text = (text or "").strip()
        if not text:
            return self
        query = SearchQuery(
            Func(Value(text), function="unaccent", output_field=models.TextField()),
            config=SEARCH_CONFIG,
            search_type="websearch",
        )
        return self.filter(search_vector=query)

    def ordered(self, *, newest_first: bool = True) -> "TimelineEntryQuerySet":
        return self.order_by(*(["-sort_key", "-id"] if newest_first else ["sort_key", "id"]))

    def after(self, cursor: Cursor | None, *, newest_first: bool = True) -> "TimelineEntryQuerySet":
        """Entries strictly after `cursor` in the chosen order (keyset, never OFFSET).

        Ties on sort_key (same day, same precision) are broken by id, so no entry is shown
        twice or skipped at a page boundary. The redundant sort_key bound lets PostgreSQL
        range-scan the (track, sort_key, id) index.
        """
        if cursor is None:
            return self
        if newest_first:
            return self.filter(sort_key__lte=cursor.sort_key).filter(
                Q(sort_key__lt=cursor.sort_key) | Q(sort_key=cursor.sort_key, id__lt=cursor.id)
            )
        return self.filter(sort_key__gte=cursor.sort_key).filter(
            Q(sort_key__gt=cursor.sort_key) | Q(sort_key=cursor.sort_key, id__gt=cursor.id)
        )

    def weekly_counts(self) -> list[dict]:
        """[{week, month, kind, n}]: the overview chart's one query.

        Entries dated to the day are counted in their week; entries known only to the month
        come back with their month instead (drawn as a span, not a bar); the rest (year or
        unknown) with neither — a bar must not claim more precision than the sources give.
        """
        week = Case(
            When(
                date_precision=DatePrecision.DAY, then=Cast(TruncWeek("date"), models.DateField())
            ),
            default=None,
            output_field=models.DateField(),
        )
        month = Case(
            When(date_precision=DatePrecision.MONTH, then=F("date")),
            default=None,
            output_field=models.DateField(),
        )
        return list(
            self.annotate(week=week, month=month)
            .values("week", "month", "kind")
            .annotate(n=Count("id"))
            .order_by("week", "month", "kind")
        )

    def page(self, cursor: Cursor | None = None, *, size: int = 50, newest_first: bool = True):
        """One page: dated entries in (sort_key, id) order, then the undated ones.

        Edge case: "newest first" must open with the latest *dated* event, not with entries
        whose date nobody knows, so undated entries close the list in either order. Each
        segment is a keyset walk of the (track, sort_key, id) index fetching `size + 1` rows
        (to know whether more follow): one query, two where a page spans the boundary.
        """
        dated, undated = self.filter(date__isnull=False), self.filter(date__isnull=True)

        def walk(queryset, after, limit):
            return list(
                queryset.after(after, newest_first=newest_first).ordered(newest_first=newest_first)[
                    :limit
                ]
            )

        if cursor is None or not cursor.undated:
            rows = walk(dated, cursor, size + 1)
            if len(rows) <= size:
                rows += walk(undated, None, size + 1 - len(rows))
        else:
            rows = walk(undated, cursor, size + 1)
        entries = rows[:size]
        more = len(rows) > size
        last = entries[-1] if entries else None
        return Page(
            entries=entries,
            next_cursor=Cursor(last.sort_key, last.pk, last.date is None) if more else None,
        )


class TimelineEntry(models.Model):
    class Kind(models.TextChoices):
        MEETING = "meeting", "Meeting"
        PROPOSAL = "proposal", "Proposal"
        RESPONSE = "response", "Response to a proposal"
        CONCESSION = "concession", "Concession"

    # No index of its own: `timeline_track_sort` starts with track_id and serves every
    # lookup by track; a third index on it only slowed each rebuild's writes.
    track = models.ForeignKey(
        Track, on_delete=models.CASCADE, related_name="entries", db_index=False
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    object_id = models.BigIntegerField(help_text="Primary key of the curated row it shows.")
    proposal_id = models.BigIntegerField(
        null=True, blank=True, help_text="For a response: the proposal it answers."
    )
    status = models.CharField(max_length=16, blank=True)
    subtype = models.CharField(max_length=16, blank=True)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    sort_key = models.BigIntegerField(
        help_text="Orders entries by date, then day < month < year precision; see timeline.py."
    )
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    location = models.CharField(max_length=200, blank=True)
    actor_ids = ArrayField(models.BigIntegerField(), default=list, blank=True)
    actors = models.JSONField(default=list, blank=True, help_text="[{id, name, slug, role}]")
    source_count = models.PositiveIntegerField(default=0)
    sources = models.JSONField(
        default=list, blank=True, help_text="[{id, title, url, publisher, published_on, quote}]"
    )
    details = models.JSONField(
        default=dict, blank=True, help_text="Kind-specific data (stances, stages, parties)."
    )
    search_vector = SearchVectorField(null=True, blank=True)
    fingerprint = models.CharField(
        max_length=32,
        blank=True,
        editable=False,
        help_text="MD5 of everything the entry was built from; unchanged rows are not rewritten.",
    )
    built_at = models.DateTimeField(auto_now=True)

    objects = TimelineEntryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "timeline entries"
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="timeline_entry_once"),
        ]
        indexes = [
            # The timeline page: one track, keyset-paginated by (sort_key, id) either way.
            models.Index(fields=["track", "sort_key", "id"], name="timeline_track_sort"),
            # Actor filter and actor pages: entries whose actor_ids contain an actor.
            GinIndex(fields=["actor_ids"], name="timeline_actor_ids"),
            # Text search.
            GinIndex(fields=["search_vector"], name="timeline_search"),
            models.Index(fields=["track", "kind", "sort_key"], name="timeline_track_kind_sort"),
        ]

    def __str__(self) -> str:
        return f"{self.date_display} · {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("negotiations:entry", kwargs={"pk": self.pk})

    @property
    def date_display(self) -> str:
        return format_claimed_date(self.date, self.date_precision)

    @property
    def group_key(self) -> str:
        """The heading the entry is listed under: its month, or its year, or "unknown"."""
        if self.date is None or self.date_precision == DatePrecision.UNKNOWN:
            return "unknown"
        if self.date_precision == DatePrecision.YEAR:
            return f"{self.date.year}"
        return f"{self.date.year}-{self.date.month:02d}"

    @property
    def group_label(self) -> str:
        if self.group_key == "unknown":
            return "Date unknown"
        if self.date_precision == DatePrecision.YEAR:
            return f"{self.date.year} (month not known)"
        return self.date.strftime("%B %Y")

    @property
    def is_milestone(self) -> bool:
        return self.kind in (self.Kind.PROPOSAL, self.Kind.CONCESSION)


class TimelineBuild(models.Model):
    """One rebuild of a track's timeline: what, when, how long, and how it ended."""

    class Mode(models.TextChoices):
        FULL = "full", "Full"
        INCREMENTAL = "incremental", "Incremental"

    class Outcome(models.TextChoices):
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped (another build held the lock)"

    track = models.ForeignKey(Track, on_delete=models.CASCADE, related_name="builds")
    mode = models.CharField(max_length=12, choices=Mode.choices)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.RUNNING)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    rows = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    task_id = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [
            # Dashboard: last build (and last failure) per track.
            models.Index(fields=["track", "-started_at"], name="build_track_started"),
        ]

    def __str__(self) -> str:
        return f"{self.get_mode_display()} build of {self.track} ({self.get_outcome_display()})"

    @property
    def duration(self):
        return self.finished_at - self.started_at if self.finished_at else None
