"""Imported articles and the events the extractor proposed from them."""

import hashlib
import re
import unicodedata

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .actors import Actor
from .common import ClaimedDateMixin, claimed_date_constraints
from .events import Concession, Meeting, Proposal, Track

_WHITESPACE = re.compile(r"\s+")


def content_fingerprint(text: str) -> str:
    """SHA-256 of the text with Unicode, case and whitespace folded, so the same article
    pasted twice with different line breaks is recognised as one source."""
    folded = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


class SourceQuerySet(models.QuerySet):
    def with_text_like(self, text: str):
        return self.filter(content_hash=content_fingerprint(text))


class Source(models.Model):
    """An imported article. Its text is stored cleaned; the same article is never stored twice."""

    class Origin(models.TextChoices):
        PASTE = "paste", "Pasted text"
        UPLOAD = "upload", "Uploaded file"
        URL = "url", "Fetched from URL"
        COMMAND = "command", "Imported by command"
        MANUAL = "manual", "Entered by hand"

    class ExtractionStatus(models.TextChoices):
        NEW = "new", "Not extracted"
        QUEUED = "queued", "Queued"
        EXTRACTING = "extracting", "Extracting"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    url = models.URLField(max_length=2000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, blank=True)
    published_on = models.DateField(
        null=True, blank=True, help_text="When the source reported it (not when it happened)."
    )
    text = models.TextField(help_text="The article's cleaned text; citations quote from it.")
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MANUAL)
    filename = models.CharField(max_length=255, blank=True)
    track = models.ForeignKey(
        Track, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources"
    )
    extraction_status = models.CharField(
        max_length=12, choices=ExtractionStatus.choices, default=ExtractionStatus.NEW
    )
    extraction_error = models.TextField(blank=True)
    extraction_started_at = models.DateTimeField(null=True, blank=True)
    extraction_finished_at = models.DateTimeField(null=True, blank=True)
    extraction_attempts = models.PositiveIntegerField(default=0)
    candidate_count = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["text"])

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="source_url_unique_when_given"
            ),
            models.CheckConstraint(condition=~Q(text=""), name="source_has_text"),
        ]
        indexes = [
            # Import page: latest sources and their extraction progress.
            models.Index(fields=["extraction_status", "-created_at"], name="source_status_created"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"Source #{self.pk}"

    def save(self, *args, **kwargs):
        self.content_hash = content_fingerprint(self.text)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("admin:negotiations_source_change", args=[self.pk])


class Candidate(ClaimedDateMixin):
    """An event the extractor proposed, waiting for an editor's decision."""

    class Kind(models.TextChoices):
        MEETING = "meeting", "Meeting"
        PROPOSAL = "proposal", "Proposal"
        CONCESSION = "concession", "Concession"
        STATEMENT = "statement", "Statement"

    class Decision(models.TextChoices):
        PENDING = "pending", "Pending review"
        ACCEPTED = "accepted", "Accepted"
        MERGED = "merged", "Merged into an existing event"
        REJECTED = "rejected", "Rejected"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="candidates")
    ordinal = models.PositiveIntegerField(help_text="Position in the extractor's output.")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    subtype = models.CharField(max_length=20, blank=True)
    modality = models.CharField(max_length=16, blank=True)
    title = models.CharField(max_length=300, blank=True)
    summary = models.TextField(blank=True)
    location = models.CharField(max_length=200, blank=True)
    payload = models.JSONField(
        default=dict, help_text="The event exactly as the extractor gave it."
    )
    evidence = models.TextField()
    evidence_start = models.PositiveIntegerField(null=True, blank=True)
    evidence_end = models.PositiveIntegerField(null=True, blank=True)
    confidence = models.FloatField(default=0.5)
    pattern_key = models.CharField(
        max_length=64,
        blank=True,
        db_index=True,
        help_text="Fingerprint of the evidence, to learn from editors' past rejections.",
    )
    matched_actors = models.ManyToManyField(Actor, blank=True, related_name="candidates")
    unmatched_names = models.JSONField(default=list, blank=True)
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="candidates"
    )
    proposal = models.ForeignKey(
        Proposal, null=True, blank=True, on_delete=models.SET_NULL, related_name="candidates"
    )
    concession = models.ForeignKey(
        Concession, null=True, blank=True, on_delete=models.SET_NULL, related_name="candidates"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["source_id", "ordinal"]
        constraints = [
            *claimed_date_constraints("candidate"),
            models.UniqueConstraint(fields=["source", "ordinal"], name="candidate_ordinal_once"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="candidate_confidence_in_unit_range",
            ),
        ]
        indexes = [
            # Review page: a source's candidates by decision.
            models.Index(fields=["source", "decision"], name="candidate_source_decision"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title or self.evidence[:60]}"
