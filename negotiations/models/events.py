"""The curated record: tracks and their meetings, proposals (with each party's stance over
time) and concessions (with their life cycle). These are the truth; the timeline is derived."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .actors import Actor, unique_slug
from .common import ClaimedDateMixin, Publication, claimed_date_constraints


class Track(models.Model):
    """One negotiation process, e.g. "Russia–Ukraine ceasefire 2025"."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    description = models.TextField(blank=True)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Track, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("negotiations:track", kwargs={"slug": self.slug})


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(publication=Publication.PUBLISHED)

    def drafts(self):
        return self.filter(publication=Publication.DRAFT)

    def in_track(self, track: Track):
        return self.filter(track=track)

    def publish(self) -> int:
        """Publish every row in the queryset; rows already published keep their timestamp."""
        count = 0
        for event in self.filter(publication=Publication.DRAFT):
            event.publish()
            count += 1
        return count

    def unpublish(self) -> int:
        count = 0
        for event in self.filter(publication=Publication.PUBLISHED):
            event.unpublish()
            count += 1
        return count


class Event(ClaimedDateMixin):
    """Fields every kind of event shares. `date` is when it happened (or is scheduled), as
    claimed by its sources; when a source *reported* it is the source's publication date."""

    track = models.ForeignKey(Track, on_delete=models.PROTECT, related_name="%(class)ss")
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    publication = models.CharField(
        max_length=10, choices=Publication.choices, default=Publication.DRAFT
    )
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        return f"{self.date_display} · {self.title}"

    @property
    def is_published(self) -> bool:
        return self.publication == Publication.PUBLISHED

    def publish(self) -> None:
        """Publish and save through the ORM so history and timeline refresh both see it."""
        self.publication = Publication.PUBLISHED
        self.published_at = self.published_at or timezone.now()
        self.save()

    def unpublish(self) -> None:
        self.publication = Publication.DRAFT
        self.save()


def _event_indexes(prefix: str) -> list:
    return [
        # Admin change lists filtered by track and state, newest first.
        models.Index(fields=["track", "publication", "-date"], name=f"{prefix}_track_pub_date"),
    ]


class MeetingQuerySet(EventQuerySet):
    def for_actor(self, actor: Actor):
        return self.filter(
            Exists(MeetingParticipant.objects.filter(meeting=OuterRef("pk"), actor=actor))
        )

    def upcoming(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status=Meeting.Status.SCHEDULED, date__gte=today)


class Meeting(Event):
    """A call or encounter: one event with many parties, each in a role."""

    class Format(models.TextChoices):
        PHONE_CALL = "phone_call", "Phone call"
        IN_PERSON = "in_person", "In person"
        VIRTUAL = "virtual", "Video conference"
        UNKNOWN = "unknown", "Unknown"

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        HELD = "held", "Held"
        POSTPONED = "postponed", "Postponed"
        CANCELLED = "cancelled", "Cancelled"

    format = models.CharField(max_length=12, choices=Format.choices, default=Format.IN_PERSON)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.HELD)
    location = models.CharField(max_length=200, blank=True)
    participants = models.ManyToManyField(
        Actor, through="MeetingParticipant", related_name="meetings"
    )
    history = HistoricalRecords()

    objects = MeetingQuerySet.as_manager()

    class Meta(Event.Meta):
        constraints = claimed_date_constraints("meeting")
        indexes = _event_indexes("meeting")

    def get_absolute_url(self) -> str:
        return reverse("admin:negotiations_meeting_change", args=[self.pk])


class MeetingParticipant(models.Model):
    class Role(models.TextChoices):
        PARTICIPANT = "participant", "Participant"
        HOST = "host", "Host"
        VISITOR = "visitor", "Visitor"
        CALLER = "caller", "Caller"
        CALLEE = "callee", "Called party"
        MEDIATOR = "mediator", "Mediator"
        OBSERVER = "observer", "Observer"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="parties")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="meeting_roles")
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.PARTICIPANT)
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting_id", "id"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "actor"], name="meeting_actor_once"),
        ]
        indexes = [
            # Actor pages: "who they met and how often".
            models.Index(fields=["actor", "meeting"], name="participant_actor_meeting"),
        ]

    def __str__(self) -> str:
        return f"{self.actor} ({self.get_role_display()})"


class ProposalQuerySet(EventQuerySet):
    def for_actor(self, actor: Actor):
        return self.filter(
            Exists(ProposalParty.objects.filter(proposal=OuterRef("pk"), actor=actor))
            | Exists(ProposalResponse.objects.filter(proposal=OuterRef("pk"), actor=actor))
        )

    def open(self):
        return self.filter(status=Proposal.Status.OPEN)


class Proposal(Event):
    """A plan, offer or agreement put forward; each party's stance is a dated response."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        AGREED = "agreed", "Agreed by all parties"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"
        SUPERSEDED = "superseded", "Superseded"

    terms = models.TextField(blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    parties = models.ManyToManyField(Actor, through="ProposalParty", related_name="proposals")
    history = HistoricalRecords()

    objects = ProposalQuerySet.as_manager()

    class Meta(Event.Meta):
        constraints = claimed_date_constraints("proposal")
        indexes = _event_indexes("proposal")

    def get_absolute_url(self) -> str:
        return reverse("admin:negotiations_proposal_change", args=[self.pk])

    def latest_stances(self) -> dict[int, "ProposalResponse"]:
        """Each party's current stance: its latest dated response (undated ones rank first)."""
        latest: dict[int, ProposalResponse] = {}
        for response in self.responses.order_by(F("date").asc(nulls_first=True), "id"):
            latest[response.actor_id] = response
        return latest


class ProposalParty(models.Model):
    class Role(models.TextChoices):
        PROPOSER = "proposer", "Proposer"
        ADDRESSEE = "addressee", "Put to"
        MEDIATOR = "mediator", "Mediator"
        GUARANTOR = "guarantor", "Guarantor"

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="party_roles")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="proposal_roles")
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.PROPOSER)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "proposal parties"
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "actor", "role"], name="proposal_actor_role_once"
            ),
        ]
        indexes = [
            # Actor pages: proposals they made.
            models.Index(fields=["actor", "proposal"], name="proposalparty_actor"),
        ]

    def __str__(self) -> str:
        return f"{self.actor} ({self.get_role_display()})"


class ProposalResponse(ClaimedDateMixin):
    """One party's stance on a proposal at one date; a change of stance is a new row."""

    class Stance(models.TextChoices):
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"
        CONDITIONAL = "conditional", "Accepted with conditions"
        PENDING = "pending", "Considering"
        WITHDRAWN = "withdrawn", "Withdrew acceptance"

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="responses")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="proposal_responses")
    stance = models.CharField(max_length=12, choices=Stance.choices)
    conditions = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["proposal_id", "date", "id"]
        constraints = claimed_date_constraints("response")
        indexes = [
            # Stance history on a proposal's page; actor pages ("proposals they answered").
            models.Index(fields=["proposal", "date"], name="response_proposal_date"),
            models.Index(fields=["actor", "proposal"], name="response_actor"),
        ]

    def __str__(self) -> str:
        return f"{self.actor} {self.get_stance_display().lower()} “{self.proposal.title}”"

    @property
    def is_published(self) -> bool:
        return self.proposal.is_published


class ConcessionQuerySet(EventQuerySet):
    def for_actor(self, actor: Actor):
        return self.filter(Q(giver=actor) | Q(receiver=actor))


class Concession(Event):
    """Something one party gives up, offers, is asked for or refuses. Its status is the
    latest of its dated stages, so the whole life cycle stays on record."""

    class Category(models.TextChoices):
        TERRITORIAL = "territorial", "Territorial"
        MILITARY = "military", "Military"
        HUMANITARIAN = "humanitarian", "Humanitarian"
        POLITICAL = "political", "Political"
        ECONOMIC = "economic", "Economic"
        SITE_CONTROL = "site_control", "Control of a site"
        PRISONERS = "prisoners", "Prisoners and detainees"
        SANCTIONS = "sanctions", "Sanctions"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        DEMANDED = "demanded", "Demanded"
        OFFERED = "offered", "Offered"
        AGREED = "agreed", "Agreed"
        IMPLEMENTED = "implemented", "Implemented"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"
        VIOLATED = "violated", "Reported violated"
        DISCUSSED = "discussed", "On the table"

    giver = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="concessions_given",
        help_text="The party that gives up, or would give up, something.",
    )
    receiver = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="concessions_received",
        null=True,
        blank=True,
        help_text="The party that demands or receives it.",
    )
    category = models.CharField(max_length=14, choices=Category.choices, default=Category.OTHER)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DEMANDED)
    proposal = models.ForeignKey(
        Proposal,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="concessions",
        help_text="The proposal or agreement this concession is part of.",
    )
    history = HistoricalRecords()

    objects = ConcessionQuerySet.as_manager()

    class Meta(Event.Meta):
        constraints = [
            *claimed_date_constraints("concession"),
            models.CheckConstraint(
                condition=~Q(giver=F("receiver")), name="concession_giver_is_not_receiver"
            ),
        ]
        indexes = [
            *_event_indexes("concession"),
            # Actor pages: concessions given and demanded.
            models.Index(fields=["giver"], name="concession_giver"),
            models.Index(fields=["receiver"], name="concession_receiver"),
        ]

    def get_absolute_url(self) -> str:
        return reverse("admin:negotiations_concession_change", args=[self.pk])

    def record_stage(self, status: str, *, date=None, date_precision="day", note: str = ""):
        """Add a dated stage and make it the concession's current status."""
        stage = self.stages.create(
            status=status, date=date, date_precision=date_precision, note=note
        )
        self.refresh_status()
        return stage

    def refresh_status(self) -> None:
        latest = self.stages.order_by(F("date").asc(nulls_first=True), "id").last()
        if latest and latest.status != self.status:
            self.status = latest.status
            self.save(update_fields=["status", "updated_at"])


class ConcessionStage(ClaimedDateMixin):
    """One dated step in a concession's life: demanded, offered, agreed, implemented…"""

    concession = models.ForeignKey(Concession, on_delete=models.CASCADE, related_name="stages")
    status = models.CharField(max_length=12, choices=Concession.Status.choices)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["concession_id", "date", "id"]
        constraints = claimed_date_constraints("stage")
        indexes = [models.Index(fields=["concession", "date"], name="stage_concession_date")]

    def __str__(self) -> str:
        return f"{self.get_status_display()} ({self.date_display})"


class Citation(models.Model):
    """Ties one event (or one step of it: a response, a concession stage) to a source,
    with the passage that supports it. One citation per source per thing cited."""

    source = models.ForeignKey("Source", on_delete=models.PROTECT, related_name="citations")
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="citations"
    )
    proposal = models.ForeignKey(
        Proposal, null=True, blank=True, on_delete=models.CASCADE, related_name="citations"
    )
    concession = models.ForeignKey(
        Concession, null=True, blank=True, on_delete=models.CASCADE, related_name="citations"
    )
    response = models.ForeignKey(
        ProposalResponse, null=True, blank=True, on_delete=models.CASCADE, related_name="citations"
    )
    stage = models.ForeignKey(
        ConcessionStage, null=True, blank=True, on_delete=models.CASCADE, related_name="citations"
    )
    quote = models.TextField(help_text="The passage, copied exactly from the source text.")
    quote_start = models.PositiveIntegerField(null=True, blank=True)
    quote_end = models.PositiveIntegerField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(meeting__isnull=False, proposal__isnull=True, concession__isnull=True)
                    | Q(meeting__isnull=True, proposal__isnull=False, concession__isnull=True)
                    | Q(meeting__isnull=True, proposal__isnull=True, concession__isnull=False)
                ),
                name="citation_cites_exactly_one_event",
            ),
            models.CheckConstraint(
                condition=Q(response__isnull=True) | Q(proposal__isnull=False),
                name="citation_response_belongs_to_proposal",
            ),
            models.CheckConstraint(
                condition=Q(stage__isnull=True) | Q(concession__isnull=False),
                name="citation_stage_belongs_to_concession",
            ),
            models.CheckConstraint(
                condition=Q(quote_start__isnull=True)
                | Q(quote_end__isnull=True)
                | Q(quote_start__lt=F("quote_end")),
                name="citation_quote_span_ordered",
            ),
            models.UniqueConstraint(
                fields=["source", "meeting", "proposal", "concession", "response", "stage"],
                nulls_distinct=False,
                name="citation_once_per_source_and_target",
            ),
        ]
        indexes = [
            # Timeline source counts and the permalink's quoted passages.
            models.Index(fields=["meeting"], name="citation_meeting"),
            models.Index(fields=["proposal"], name="citation_proposal"),
            models.Index(fields=["concession"], name="citation_concession"),
        ]

    def __str__(self) -> str:
        return f"{self.source} → {self.target}"

    @property
    def target(self):
        return self.response or self.stage or self.meeting or self.proposal or self.concession

    @property
    def event(self):
        return self.meeting or self.proposal or self.concession
