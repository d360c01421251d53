"""Import and review pages (staff only): one view per URL, thin; the workflow lives in
`negotiations.importing`. Every page works without JavaScript; htmx only polls progress."""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HTMX_STOP_POLLING

from .. import importing
from ..fetching import FetchError, decode_body, fetch_article, normalize_url
from ..import_forms import AcceptCandidateForm, ImportArticleForm, ResolveNameForm
from ..importing import AcceptChoices, ArticleRejected, ReviewError
from ..models import Actor, Candidate, DatePrecision, Source, Track
from ..security import import_rate_limited

FINISHED = {Source.ExtractionStatus.DONE, Source.ExtractionStatus.FAILED}


def editor_required(view):
    """Staff with the editors' permission on candidates; anyone else is sent to log in (GET
    and POST alike) or refused."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        user = request.user
        if not user.is_authenticated or not user.is_staff:
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not user.has_perm("negotiations.change_candidate"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def htmx_partial(request: HttpRequest) -> bool:
    return bool(getattr(request, "htmx", False)) and not request.htmx.boosted


# --- Import ----------------------------------------------------------------------------


@editor_required
@import_rate_limited
@require_http_methods(["GET", "POST"])
def import_article(request: HttpRequest) -> HttpResponse:
    form = ImportArticleForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            outcome = _import_from_form(form, request.user)
        except (ArticleRejected, FetchError) as error:
            form.add_error("url" if form.cleaned_data["way"] == "url" else None, str(error))
        else:
            level = messages.SUCCESS if outcome.created else messages.INFO
            messages.add_message(request, level, outcome.message)
            return redirect("negotiations:import_review", pk=outcome.source.pk)
    recent = (
        Source.objects.select_related("track")
        .annotate(
            pending=Count("candidates", filter=Q(candidates__decision=Candidate.Decision.PENDING))
        )
        .order_by("-created_at")[:15]
    )
    return render(
        request,
        "negotiations/import.html",
        {
            "form": form,
            "recent": recent,
            "stats": importing.review_stats(),
            "by_kind": importing.review_stats_by_kind(),
        },
        status=400 if form.errors else 200,
    )


def _import_from_form(form: ImportArticleForm, user) -> importing.ImportOutcome:
    data = form.cleaned_data
    common = {
        "published": data.get("published"),
        "track": data.get("track"),
        "language": data.get("language") or "",
        "user": user,
    }
    with transaction.atomic():
        if data["way"] == "text":
            return importing.import_article(raw=data["text"], origin=Source.Origin.PASTE, **common)
        if data["way"] == "file":
            return importing.import_article(
                raw=form.decoded_text,
                origin=Source.Origin.UPLOAD,
                content_type=form.content_type,
                filename=data["file"].name,
                **common,
            )
        url = normalize_url(data["url"])
        existing = importing.find_existing_source(url=url)
        if existing is not None:
            return importing.import_article(raw="", url=url, origin=Source.Origin.URL, **common)
    # Fetch outside any transaction (slow network); store in a short one.
    fetched = fetch_article(url)
    text = decode_body(fetched)
    with transaction.atomic():
        return importing.import_article(
            raw=text,
            url=url,
            origin=Source.Origin.URL,
            content_type="html" if fetched.is_html else "text",
            **common,
        )


# --- Review ----------------------------------------------------------------------------


@dataclass
class Segment:
    text: str
    candidate_id: int | None = None
    also: tuple[int, ...] = ()  # candidates whose evidence overlaps this mark


def highlight_segments(text: str, candidates: list[Candidate]) -> list[Segment]:
    """The article cut at evidence offsets: plain runs and marked runs, escaped by the
    template. Evidence overlapping an earlier mark is clipped to what that mark left, and
    its candidate is anchored on the mark it overlaps, so every "#ev-N" link lands."""
    spans = sorted(
        (c.evidence_start, c.evidence_end, c.pk)
        for c in candidates
        if c.evidence_start is not None
        and c.evidence_end is not None
        and 0 <= c.evidence_start < c.evidence_end <= len(text)
    )
    segments: list[Segment] = []
    position = 0
    for start, end, pk in spans:
        start = max(start, position)
        if start >= end:
            last = next((s for s in reversed(segments) if s.candidate_id), None)
            if last is not None:
                last.also = (*last.also, pk)
            continue
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], pk))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


def is_stalled(source: Source, *, now=None) -> bool:
    """Queued or extracting for longer than a task may run: the worker probably died (its
    message comes back only after the broker's visibility timeout), so offer a retry."""
    if source.extraction_status not in (
        Source.ExtractionStatus.QUEUED,
        Source.ExtractionStatus.EXTRACTING,
    ):
        return False
    since = source.extraction_started_at or source.created_at
    limit = datetime.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    return since is not None and (now or timezone.now()) - since > limit


def _review_context(source: Source) -> dict:
    if source.extraction_status not in FINISHED:
        # Polled every second while the worker runs: only what the progress shows.
        return {"source": source, "finished": False, "stalled": is_stalled(source)}
    candidates = list(
        source.candidates.prefetch_related("matched_actors__aliases").order_by(
            "-confidence", "ordinal"
        )
    )
    pending = [c for c in candidates if c.decision == Candidate.Decision.PENDING]
    duplicates = importing.possible_duplicates(pending)
    unknown = {u["name"] for c in pending for u in c.unmatched_names if u.get("name")}
    suggestions = importing.alias_suggestions(unknown)
    notes = importing.confidence_notes(candidates)
    hide = settings.CANDIDATE_HIDE_CONFIDENCE
    preselect = settings.CANDIDATE_PRESELECT_CONFIDENCE
    for candidate in candidates:
        candidate.duplicates = duplicates.get(candidate.pk, [])
        candidate.note = notes.get(candidate.pk, "")
        candidate.needs_edit = importing.needs_editing(candidate)
        candidate.preselected = candidate.confidence >= preselect and not candidate.needs_edit
        candidate.unknown = [
            {**u, "suggestions": suggestions.get(u.get("name"), [])}
            for u in candidate.unmatched_names
        ]
    return {
        "source": source,
        "finished": source.extraction_status in FINISHED,
        "stalled": is_stalled(source),
        "segments": highlight_segments(source.text, candidates),
        "visible": [c for c in pending if c.confidence >= hide],
        "hidden": [c for c in pending if c.confidence < hide],
        "decided": [c for c in candidates if c.decision != Candidate.Decision.PENDING],
        "tracks": list(Track.objects.all()),
        "actor_kinds": Actor.Kind.choices,
        "stats": importing.review_stats(source),
        "overall": importing.review_stats(),
        "hide_threshold": hide,
        "preselect_threshold": preselect,
        "can_rerun": not any(c.decision != Candidate.Decision.PENDING for c in candidates),
    }


@editor_required
@require_http_methods(["GET"])
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """The Source's review page. As an htmx poll it returns only its body, with HTTP 286 to
    stop polling once extraction is done or failed; without JS it is the whole page."""
    source = get_object_or_404(Source.objects.select_related("track"), pk=pk)
    context = _review_context(source)
    if htmx_partial(request):
        status = HTMX_STOP_POLLING if context["finished"] else 200
        return render(request, "negotiations/review.html#body", context, status=status)
    return render(request, "negotiations/review.html", context)


@editor_required
@import_rate_limited
@require_POST
def rerun_extraction(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(Source, pk=pk)
    try:
        with transaction.atomic():
            importing.queue_extraction(source=source)
    except ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.info(request, "Extraction queued.")
    return redirect("negotiations:import_review", pk=pk)


def _back(candidate: Candidate) -> HttpResponse:
    return redirect(
        reverse("negotiations:import_review", kwargs={"pk": candidate.source_id})
        + f"#candidate-{candidate.pk}"
    )


@editor_required
@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept (as draft or published) or reject one candidate."""
    candidate = get_object_or_404(Candidate, pk=pk)
    action = request.POST.get("action")
    try:
        if action == "reject":
            importing.reject_candidate(candidate_id=pk, user=request.user)
            messages.info(request, "Candidate rejected.")
        elif action == "accept":
            track = _track_from(request)
            event = importing.accept_candidate(
                candidate_id=pk,
                user=request.user,
                choices=AcceptChoices(
                    publish=request.POST.get("publication") == "published", track=track
                ),
            )
            messages.success(
                request,
                f"Accepted as {event._meta.verbose_name} “{event.title}” "
                f"({event.get_publication_display().lower()}).",
            )
        else:
            messages.error(request, "Unknown action.")
    except ReviewError as error:
        messages.error(request, str(error))
    return _back(candidate)


def _track_from(request: HttpRequest) -> Track | None:
    track_id = request.POST.get("track")
    if track_id and track_id.isdigit():
        return Track.objects.filter(pk=int(track_id)).first()
    return None


@editor_required
@require_POST
def bulk_accept(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept every ticked candidate (the confident ones are ticked by default)."""
    source = get_object_or_404(Source, pk=pk)
    ids = [int(i) for i in request.POST.getlist("candidates") if i.isdigit()]
    ids = list(
        source.candidates.filter(pk__in=ids, decision=Candidate.Decision.PENDING).values_list(
            "pk", flat=True
        )
    )
    choices = AcceptChoices(
        publish=request.POST.get("publication") == "published", track=_track_from(request)
    )
    accepted, problems = 0, []
    for candidate_id in ids:
        try:
            importing.accept_candidate(
                candidate_id=candidate_id, user=request.user, choices=choices
            )
            accepted += 1
        except ReviewError as error:
            problems.append(f"#{candidate_id}: {error}")
    if accepted:
        messages.success(request, f"Accepted {accepted} candidate(s).")
    for problem in problems:
        messages.warning(request, problem)
    if not ids:
        messages.info(request, "No candidates were ticked.")
    return redirect("negotiations:import_review", pk=pk)


@editor_required
@require_http_methods(["GET", "POST"])
def edit_candidate(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit, then accept: a form prefilled from the candidate."""
    candidate = get_object_or_404(
        Candidate.objects.select_related("source", "source__track"), pk=pk
    )
    if candidate.decision != Candidate.Decision.PENDING:
        messages.info(request, "This candidate was already decided.")
        return _back(candidate)
    kind = request.POST.get("kind") or request.GET.get("kind") or candidate.kind
    if kind not in importing.EVENT_MODELS:
        kind = "meeting"
    form = AcceptCandidateForm(request.POST or None, kind=kind, initial=_initial(candidate))
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():  # a refused accept leaves the kind as it was
                if kind != candidate.kind:
                    Candidate.objects.filter(pk=pk).update(kind=kind)
                event = importing.accept_candidate(
                    candidate_id=pk, user=request.user, choices=form.choices()
                )
        except ReviewError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Accepted as “{event.title}”.")
            return _back(candidate)
    return render(
        request,
        "negotiations/review_edit.html",
        {"candidate": candidate, "form": form, "kind": kind, "kinds": importing.EVENT_MODELS},
        status=400 if form.errors else 200,
    )


def _initial(candidate: Candidate) -> dict:
    matched = list(candidate.matched_actors.all())
    payload = candidate.payload
    by_name = importing._actors_by_name(candidate)

    def role(key):
        return [a.pk for a in importing._role(None, payload.get(key), by_name)]

    conceding = role("conceding")
    giver = conceding[0] if conceding else (matched[0].pk if len(matched) == 1 else None)
    receiver = next((a.pk for a in matched if a.pk != giver), None)
    return {
        "track": candidate.source.track_id,
        "title": candidate.title,
        "summary": candidate.summary,
        "date": candidate.date,
        "date_precision": candidate.date_precision or DatePrecision.UNKNOWN,
        "actors": [a.pk for a in matched],
        "location": candidate.location,
        "meeting_format": candidate.subtype if candidate.subtype else "unknown",
        "meeting_status": importing._meeting_status(candidate),
        "proposers": role("proposed_by"),
        "accepted_by": role("accepted_by"),
        "rejected_by": role("rejected_by"),
        "terms": candidate.summary,
        "giver": giver,
        "receiver": receiver,
        "category": importing.guess_concession_category(candidate.evidence),
        "concession_status": importing.CONCESSION_STATUS.get(
            (payload.get("status") or "").lower(), "discussed"
        ),
    }


@editor_required
@require_http_methods(["GET", "POST"])
def merge(request: HttpRequest, pk: int, kind: str, event_pk: int) -> HttpResponse:
    """Show what merging into an existing event would change; merge on confirmation."""
    candidate = get_object_or_404(Candidate.objects.select_related("source"), pk=pk)
    try:
        event = importing.get_event(kind, event_pk)
    except (ReviewError, ObjectDoesNotExist):
        messages.error(request, "That event does not exist.")
        return _back(candidate)
    if request.method == "POST":
        try:
            plan = importing.merge_candidate(
                candidate_id=pk, event_kind=kind, event_id=event_pk, user=request.user
            )
        except ReviewError as error:
            messages.error(request, str(error))
        else:
            kept = len(plan.conflicts)
            messages.success(
                request,
                f"Merged into “{event.title}”: citation added"
                + (f", {len(plan.fills)} empty field(s) filled" if plan.fills else "")
                + (f"; {kept} curated value(s) kept as they were" if kept else "")
                + ".",
            )
        return _back(candidate)
    plan = importing.plan_merge(candidate, event)
    return render(
        request,
        "negotiations/review_merge.html",
        {"candidate": candidate, "event": event, "plan": plan, "kind": kind},
    )


@editor_required
@require_POST
def resolve_name(request: HttpRequest, pk: int) -> HttpResponse:
    """An unknown name becomes an alias of an existing actor, or a new actor."""
    candidate = get_object_or_404(Candidate, pk=pk)
    form = ResolveNameForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("__all__", ["Check the form."])))
        return _back(candidate)
    data = form.cleaned_data
    try:
        actor = importing.resolve_name(
            candidate_id=pk,
            name=data["name"],
            user=request.user,
            actor=data.get("actor"),
            new_kind=data.get("new_kind") or None,
            new_name=data.get("new_name") or None,
        )
    except ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"“{data['name']}” is now known as {actor.name}.")
    return _back(candidate)
