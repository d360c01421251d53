"""The read model: one denormalised row per published event (and per proposal response),
rebuilt from the curated tables by Celery. Pages, feeds and exports read only these rows."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse

from .common import DatePrecision, format_claimed_date
from .events import Track


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
