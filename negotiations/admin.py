"""The editors' curation desk. Every change is recorded by django-simple-history."""

from django.contrib import admin, messages
from django.contrib.postgres.search import SearchQuery
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Actor,
    Alias,
    Candidate,
    Citation,
    Concession,
    ConcessionStage,
    Meeting,
    MeetingParticipant,
    Office,
    Proposal,
    ProposalParty,
    ProposalResponse,
    Source,
    TimelineBuild,
    TimelineEntry,
    Track,
)
from .timeline import SEARCH_CONFIG

admin.site.site_header = "Ceasefire Tracker — editors"
admin.site.site_title = "Ceasefire Tracker"
admin.site.index_title = "Curation"


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 1
    fields = ["text", "language", "kind"]


class OfficeInline(admin.TabularInline):
    model = Office
    fk_name = "holder"
    extra = 0
    autocomplete_fields = ["of"]
    fields = ["title", "of", "started_on", "ended_on"]


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "title", "affiliation", "alias_count", "is_reference"]
    list_filter = ["kind", "is_reference"]
    list_select_related = ["affiliation"]
    search_fields = ["name", "aliases__text", "title"]
    autocomplete_fields = ["affiliation"]
    inlines = [AliasInline, OfficeInline]
    readonly_fields = ["slug", "is_reference"]
    ordering = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(alias_total=Count("aliases"))

    @admin.display(description="aliases", ordering="alias_total")
    def alias_count(self, actor: Actor) -> int:
        return actor.alias_total


@admin.register(Alias)
class AliasAdmin(SimpleHistoryAdmin):
    list_display = ["text", "actor", "language", "kind"]
    list_filter = ["kind", "language"]
    list_select_related = ["actor"]
    search_fields = ["text", "normalized", "actor__name"]
    autocomplete_fields = ["actor"]


@admin.register(Track)
class TrackAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "is_active", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


class CitationInline(admin.TabularInline):
    model = Citation
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "quote", "note"]
    show_change_link = True


class MeetingCitationInline(CitationInline):
    fk_name = "meeting"


class ProposalCitationInline(CitationInline):
    fk_name = "proposal"
    fields = ["source", "response", "quote", "note"]


class ConcessionCitationInline(CitationInline):
    fk_name = "concession"
    fields = ["source", "stage", "quote", "note"]


@admin.action(description="Publish selected events")
def publish_events(modeladmin, request, queryset):
    count = queryset.publish()
    modeladmin.message_user(request, f"Published {count} event(s).", messages.SUCCESS)


@admin.action(description="Unpublish selected events (back to draft)")
def unpublish_events(modeladmin, request, queryset):
    count = queryset.unpublish()
    modeladmin.message_user(request, f"Unpublished {count} event(s).", messages.SUCCESS)


class EventAdmin(SimpleHistoryAdmin):
    """Shared by meetings, proposals and concessions: the way editors think about events."""

    date_hierarchy = "date"
    list_filter = ["track", "publication", "date_precision"]
    list_select_related = ["track"]
    search_fields = ["title", "summary"]
    actions = [publish_events, unpublish_events]
    readonly_fields = ["published_at", "created_at", "updated_at"]
    save_on_top = True

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(citation_total=Count("citations"))

    @admin.display(description="sources", ordering="citation_total")
    def source_count(self, event) -> int:
        return event.citation_total

    @admin.display(description="date", ordering="date")
    def claimed_date(self, event) -> str:
        return event.date_display


class MeetingParticipantInline(admin.TabularInline):
    model = MeetingParticipant
    extra = 1
    autocomplete_fields = ["actor"]


@admin.register(Meeting)
class MeetingAdmin(EventAdmin):
    list_display = [
        "title",
        "claimed_date",
        "format",
        "status",
        "track",
        "publication",
        "source_count",
    ]
    list_filter = [
        *EventAdmin.list_filter,
        "format",
        "status",
        ("parties__actor", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = [*EventAdmin.search_fields, "location", "parties__actor__name"]
    inlines = [MeetingParticipantInline, MeetingCitationInline]
    fieldsets = [
        (None, {"fields": ["track", "title", "summary", ("date", "date_precision")]}),
        ("Meeting", {"fields": [("format", "status"), "location"]}),
        ("Publication", {"fields": ["publication", "published_at", "created_at", "updated_at"]}),
    ]


class ProposalPartyInline(admin.TabularInline):
    model = ProposalParty
    extra = 1
    autocomplete_fields = ["actor"]


class ProposalResponseInline(admin.TabularInline):
    model = ProposalResponse
    extra = 1
    autocomplete_fields = ["actor"]
    fields = ["actor", "stance", "date", "date_precision", "conditions"]


@admin.register(Proposal)
class ProposalAdmin(EventAdmin):
    list_display = ["title", "claimed_date", "status", "track", "publication", "source_count"]
    list_filter = [
        *EventAdmin.list_filter,
        "status",
        ("party_roles__actor", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = [*EventAdmin.search_fields, "terms", "party_roles__actor__name"]
    inlines = [ProposalPartyInline, ProposalResponseInline, ProposalCitationInline]
    fieldsets = [
        (None, {"fields": ["track", "title", "summary", ("date", "date_precision")]}),
        ("Proposal", {"fields": ["terms", "status"]}),
        ("Publication", {"fields": ["publication", "published_at", "created_at", "updated_at"]}),
    ]


@admin.register(ProposalResponse)
class ProposalResponseAdmin(SimpleHistoryAdmin):
    list_display = ["proposal", "actor", "stance", "date", "date_precision"]
    list_filter = ["stance", "proposal__track"]
    list_select_related = ["proposal", "actor"]
    search_fields = ["proposal__title", "actor__name", "conditions"]
    autocomplete_fields = ["proposal", "actor"]
    date_hierarchy = "date"


class ConcessionStageInline(admin.TabularInline):
    model = ConcessionStage
    extra = 1
    fields = ["status", "date", "date_precision", "note"]


@admin.register(Concession)
class ConcessionAdmin(EventAdmin):
    list_display = [
        "title",
        "claimed_date",
        "giver",
        "receiver",
        "category",
        "status",
        "publication",
        "source_count",
    ]
    list_filter = [
        *EventAdmin.list_filter,
        "category",
        "status",
        ("giver", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["track", "giver", "receiver"]
    search_fields = [*EventAdmin.search_fields, "giver__name", "receiver__name"]
    autocomplete_fields = ["giver", "receiver", "proposal"]
    inlines = [ConcessionStageInline, ConcessionCitationInline]
    readonly_fields = [*EventAdmin.readonly_fields, "status"]
    fieldsets = [
        (None, {"fields": ["track", "title", "summary", ("date", "date_precision")]}),
        ("Concession", {"fields": [("giver", "receiver"), "category", "status", "proposal"]}),
        ("Publication", {"fields": ["publication", "published_at", "created_at", "updated_at"]}),
    ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.refresh_status()


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "publisher",
        "language",
        "published_on",
        "origin",
        "extraction_status",
        "candidate_count",
        "created_at",
    ]
    list_filter = ["extraction_status", "origin", "language", "track"]
    list_select_related = ["track"]
    search_fields = ["title", "url", "publisher", "text"]
    date_hierarchy = "published_on"
    readonly_fields = [
        "content_hash",
        "extraction_status",
        "extraction_error",
        "extraction_started_at",
        "extraction_finished_at",
        "extraction_attempts",
        "candidate_count",
        "created_by",
        "created_at",
    ]


@admin.register(Citation)
class CitationAdmin(SimpleHistoryAdmin):
    list_display = ["source", "cited_event", "quote_excerpt", "created_at"]
    list_select_related = ["source", "meeting", "proposal", "concession"]
    list_filter = [("source", admin.RelatedOnlyFieldListFilter)]
    search_fields = [
        "quote",
        "source__title",
        "meeting__title",
        "proposal__title",
        "concession__title",
    ]
    autocomplete_fields = ["source", "meeting", "proposal", "concession", "response"]
    raw_id_fields = ["stage"]

    @admin.display(description="event")
    def cited_event(self, citation: Citation) -> str:
        return str(citation.event)

    @admin.display(description="quote")
    def quote_excerpt(self, citation: Citation) -> str:
        return citation.quote[:90] + ("…" if len(citation.quote) > 90 else "")


@admin.register(Candidate)
class CandidateAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "source", "kind", "confidence", "decision", "decided_by"]
    list_filter = ["decision", "kind"]
    list_select_related = ["source", "decided_by"]
    search_fields = ["title", "evidence", "source__title"]
    raw_id_fields = ["source", "meeting", "proposal", "concession"]
    autocomplete_fields = ["matched_actors"]


class ReadOnlyAdmin(admin.ModelAdmin):
    """Derived rows: look, never touch (they are rebuilt from the curated tables)."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(TimelineBuild)
class TimelineBuildAdmin(ReadOnlyAdmin):
    list_display = ["track", "mode", "outcome", "started_at", "duration_display", "rows", "task_id"]
    list_filter = ["outcome", "mode", "track"]
    list_select_related = ["track"]
    date_hierarchy = "started_at"
    search_fields = ["error", "task_id"]

    @admin.display(description="duration")
    def duration_display(self, build: TimelineBuild) -> str:
        duration = build.duration
        return f"{duration.total_seconds():.2f} s" if duration is not None else "—"


@admin.register(TimelineEntry)
class TimelineEntryAdmin(ReadOnlyAdmin):
    list_display = ["title", "date_display", "kind", "status", "track", "source_count", "built_at"]
    list_filter = ["kind", "track", "date_precision"]
    list_select_related = ["track"]
    search_fields = ["title"]
    exclude = ["search_vector"]

    def get_search_results(self, request, queryset, search_term):
        """The same accent-insensitive full-text search the public timeline uses."""
        if not search_term.strip():
            return queryset, False
        query = SearchQuery(search_term, config=SEARCH_CONFIG, search_type="websearch")
        return queryset.filter(search_vector=query), False
