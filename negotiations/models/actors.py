"""Who takes part in negotiations, and every name they go by."""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from ..names import normalize_name


def unique_slug(model, text: str, *, exclude_pk=None, max_length: int = 80) -> str:
    """A slug for `text` that no other row of `model` has ("vladimir-putin-2" on a clash)."""
    base = slugify(text, allow_unicode=False)[: max_length - 6] or "item"
    candidate, counter = base, 2
    existing = model.objects.exclude(pk=exclude_pk) if exclude_pk else model.objects.all()
    while existing.filter(slug=candidate).exists():
        candidate = f"{base}-{counter}"
        counter += 1
    return candidate


class ActorQuerySet(models.QuerySet):
    def matching_name(self, text: str) -> "ActorQuerySet":
        """Actors whose canonical name or any alias normalises to the same form as `text`."""
        normalized = normalize_name(text)
        return self.filter(
            Q(aliases__normalized=normalized) | Q(normalized_name=normalized)
        ).distinct()


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        STATE = "state", "State"
        ORGANIZATION = "organization", "Organisation"
        GROUP = "group", "Armed or political group"

    name = models.CharField(
        max_length=200, help_text="Standard English form, e.g. “Vladimir Putin”."
    )
    normalized_name = models.CharField(max_length=200, editable=False, db_index=True)
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.PERSON)
    title = models.CharField(
        max_length=200,
        blank=True,
        help_text="Role at the time of the talks, e.g. “US special envoy”.",
    )
    affiliation = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text="The state or organisation this actor speaks for (Witkoff → United States).",
    )
    description = models.TextField(blank=True)
    is_reference = models.BooleanField(
        default=False, editable=False, help_text="Loaded from the shipped reference gazetteer."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(affiliation=F("id")), name="actor_not_affiliated_with_itself"
            ),
        ]
        indexes = [
            # Admin autocomplete and the import review's "add as alias of …" suggestions.
            GinIndex(OpClass(Upper("name"), name="gin_trgm_ops"), name="actor_name_trgm"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalized_name = normalize_name(self.name)
        if not self.slug:
            self.slug = unique_slug(Actor, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("negotiations:actor", kwargs={"slug": self.slug})

    def add_alias(self, text: str, *, language: str = "", kind: str = "variant") -> "Alias":
        """Record another name for this actor; a name it already has is returned unchanged."""
        alias, _ = Alias.objects.get_or_create(
            actor=self,
            normalized=normalize_name(text),
            defaults={"text": text.strip(), "language": language, "kind": kind},
        )
        return alias


class Alias(models.Model):
    """Another name an actor goes by: a spelling, a title, a metonym, a demonym."""

    class Kind(models.TextChoices):
        NAME = "name", "Name in a language"
        VARIANT = "variant", "Spelling or transliteration variant"
        SURNAME = "surname", "Surname"
        TITLE = "title", "Title used as a reference"
        METONYM = "metonym", "Metonym (capital, seat of power)"
        DEMONYM = "demonym", "Demonym (adjective)"
        ACRONYM = "acronym", "Acronym"

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, editable=False)
    language = models.CharField(
        max_length=8, blank=True, help_text="ISO 639-1 code; blank when the same in every language."
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.VARIANT)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "aliases"
        ordering = ["actor_id", "text"]
        constraints = [
            models.UniqueConstraint(
                fields=["actor", "normalized"], name="alias_unique_per_actor_after_normalising"
            ),
            models.CheckConstraint(condition=~Q(normalized=""), name="alias_not_blank"),
        ]
        indexes = [
            # Gazetteer lookups by exact normalised form (import, extraction command).
            models.Index(fields=["normalized"], name="alias_normalized_idx"),
            # Fuzzy "did you mean" suggestions on the review page.
            GinIndex(OpClass("normalized", name="gin_trgm_ops"), name="alias_normalized_trgm"),
        ]

    def __str__(self) -> str:
        return self.text

    def save(self, *args, **kwargs):
        self.text = self.text.strip()
        self.normalized = normalize_name(self.text)
        super().save(*args, **kwargs)


class Office(models.Model):
    """An office someone held, so a title ("the Ukrainian president") resolves by date."""

    holder = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="offices")
    of = models.ForeignKey(
        Actor, on_delete=models.CASCADE, related_name="office_holders", null=True, blank=True
    )
    title = models.CharField(max_length=200)
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    titles = models.JSONField(
        default=list,
        blank=True,
        help_text='Phrases used instead of the name: [{"text", "language"}].',
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["holder_id", "started_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(started_on__isnull=True)
                | Q(ended_on__isnull=True)
                | Q(started_on__lte=F("ended_on")),
                name="office_starts_before_it_ends",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title}: {self.holder}"
