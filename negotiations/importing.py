"""Article → Source → candidates → curated events: the import and review workflow.

Every door (the import page, the review page, the management commands, the Celery task)
calls these keyword-only functions, so a side effect never depends on which door was used.

The order of work follows Paperless-ngx's consumer: validate and clean the input before
anything is stored; the Source row exists before extraction is enqueued (on commit); the
slow extraction runs outside any transaction; its candidates are stored in one short
``atomic()`` block that replaces whatever an earlier, interrupted run left behind.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from .models import (
    Actor,
    Alias,
    Candidate,
    Citation,
    Concession,
    DatePrecision,
    Meeting,
    MeetingParticipant,
    Proposal,
    ProposalParty,
    ProposalResponse,
    Publication,
    Source,
    Track,
    content_fingerprint,
)
from .names import normalize_name

logger = logging.getLogger(__name__)

Event = Meeting | Proposal | Concession
EVENT_MODELS: dict[str, type] = {
    "meeting": Meeting,
    "proposal": Proposal,
    "concession": Concession,
}


class ArticleRejected(ValueError):
    """The input cannot become a Source; the message is written for the editor."""


class ReviewError(ValueError):
    """A review action cannot be carried out as asked; the message is for the editor."""


# ---------------------------------------------------------------------------------------
# Input: bytes → text → cleaned article
# ---------------------------------------------------------------------------------------

_BINARY_SIGNATURES: list[tuple[bytes, str]] = [
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/ODF document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "a program"),
    (b"BM", "a bitmap image"),
]


def _size_limit_text() -> str:
    return f"{settings.MAX_ARTICLE_BYTES / (1024 * 1024):g} MB"


def check_size(size: int) -> None:
    if size > settings.MAX_ARTICLE_BYTES:
        raise ArticleRejected(
            f"The article is {size / (1024 * 1024):.1f} MB; the limit is {_size_limit_text()}."
        )


def decode_article_bytes(data: bytes) -> str:
    """Text from an uploaded or fetched body: refuses empty, oversized and binary files, and
    reads UTF-8 or, failing that, the encoding charset-normalizer is confident about."""
    check_size(len(data))
    if not data.strip():
        raise ArticleRejected("The file is empty.")
    head = data[:16]
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature) and not (signature == b"BM" and data[:64].isascii()):
            raise ArticleRejected(f"This is {what}, not an article: upload a .txt or .html file.")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleRejected("This is a binary file, not text: upload a .txt or .html file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ArticleRejected(
            "The text is not UTF-8 and its encoding could not be recognised; "
            "save it as UTF-8 and try again."
        )
    text = str(best)
    if _looks_binary(text):
        raise ArticleRejected("This is a binary file, not text: upload a .txt or .html file.")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return False
    control = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return control / len(sample) > 0.02


@dataclass
class PreparedArticle:
    text: str
    title: str = ""
    published: datetime.date | None = None
    was_html: bool = False


_HTML_HINT = re.compile(r"<(html|body|p|div|article|head|script|style|br)\b", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _fallback_clean(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def clean_article_text(text: str) -> str:
    """The engine's cleaning (boilerplate, link debris, repeats) when it is available."""
    try:
        from .extraction.clean import clean_text
    except ImportError:  # the engine is not merged yet: whitespace only
        return _fallback_clean(text)
    return clean_text(text)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:5000]))


def prepare_article(raw: str, *, content_type: str = "auto") -> PreparedArticle:
    """Clean pasted, uploaded or fetched text into the form stored on the Source. HTML is
    reduced to its main text (scripts, styles and markup dropped) by the engine's cleaner."""
    if not raw or not raw.strip():
        raise ArticleRejected("The article is empty: paste some text, or choose a file or URL.")
    check_size(len(raw.encode("utf-8", errors="replace")))
    is_html = content_type == "html" or (content_type == "auto" and looks_like_html(raw))
    if is_html:
        from .extraction.clean import html_to_text

        _forget_seen_paragraphs()
        title, text, published = html_to_text(raw)
        prepared = PreparedArticle(
            text=text or "", title=title or "", published=published, was_html=True
        )
    else:
        text = clean_article_text(raw)
        prepared = PreparedArticle(text=text, title=_first_line_title(text))
    if not prepared.text.strip():
        what = "page" if is_html else "text"
        raise ArticleRejected(f"No article text was found in this {what}.")
    return prepared


def _forget_seen_paragraphs() -> None:
    """trafilatura's `deduplicate` remembers paragraphs across calls in a process and drops
    ones it has seen a few times; in a long-running worker or an import of many pages from
    one site that empties later articles. Each article is cleaned on its own."""
    try:
        from trafilatura.deduplication import LRU_TEST
    except ImportError:  # pragma: no cover - trafilatura moved it: nothing to forget
        return
    LRU_TEST.clear()


def _first_line_title(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    if first and len(first) <= 200 and not first.endswith((".", "!", "?", ":")):
        return first
    return ""


# ---------------------------------------------------------------------------------------
# Import: one Source per article, never two
# ---------------------------------------------------------------------------------------


@dataclass
class ImportOutcome:
    source: Source
    created: bool
    queued: bool

    @property
    def message(self) -> str:
        if self.created:
            return f"Imported “{self.source}”; extraction is queued."
        if self.queued:
            return (
                f"This article was already imported as “{self.source}” and had never been "
                "extracted; extraction is queued."
            )
        return f"This article was already imported as “{self.source}”; here it is."


def find_existing_source(*, url: str = "", texts: tuple[str, ...] = ()) -> Source | None:
    """The Source already holding this URL or this text. Texts are compared by fingerprint
    (Unicode, case and whitespace folded); pass both the raw and the cleaned form so a copy
    stored before cleaning (by hand, say) is recognised too."""
    query = Q()
    if url:
        query |= Q(url=url)
    hashes = {content_fingerprint(text) for text in texts if text and text.strip()}
    if hashes:
        query |= Q(content_hash__in=hashes)
    if not query:
        return None
    return Source.objects.filter(query).order_by("pk").first()


def import_article(
    *,
    raw: str,
    origin: str,
    content_type: str = "auto",
    url: str = "",
    filename: str = "",
    title: str = "",
    published: datetime.date | None = None,
    track: Track | None = None,
    language: str = "",
    user=None,
    enqueue: bool = True,
) -> ImportOutcome:
    """Clean the article and store it as a Source, or find the Source that already has it.

    Raises ArticleRejected (nothing stored) when the input is not a usable article. The
    extraction task is enqueued when the surrounding transaction commits."""
    if url:
        existing = find_existing_source(url=url)
        if existing is not None:
            return _existing(existing, enqueue=enqueue)
    prepared = prepare_article(raw, content_type=content_type)
    existing = find_existing_source(texts=(prepared.text, raw))
    if existing is not None:
        return _existing(existing, enqueue=enqueue)
    source = Source(
        url=url,
        title=(title or prepared.title)[:500],
        language=(language or "")[:8],
        published_on=published or prepared.published,
        text=prepared.text,
        origin=origin,
        filename=filename[:255],
        track=track,
        created_by=user if getattr(user, "is_authenticated", False) else None,
        extraction_status=Source.ExtractionStatus.QUEUED
        if enqueue
        else Source.ExtractionStatus.NEW,
    )
    try:
        with transaction.atomic():
            source.save()
    except IntegrityError:
        # Another request stored the same article between our check and our insert.
        existing = find_existing_source(url=url, texts=(prepared.text, raw))
        if existing is None:
            raise
        return _existing(existing, enqueue=enqueue)
    if enqueue:
        _enqueue_extraction(source.pk)
    return ImportOutcome(source=source, created=True, queued=enqueue)


def _existing(source: Source, *, enqueue: bool) -> ImportOutcome:
    """A re-import sends the editor to the existing Source; one that was stored by hand and
    never run through the extractor (the demo's seed, say) gets its first extraction now."""
    never_extracted = source.extraction_attempts == 0 and not source.candidates.exists()
    if enqueue and never_extracted and source.extraction_status != Source.ExtractionStatus.QUEUED:
        queue_extraction(source=source)
        return ImportOutcome(source=source, created=False, queued=True)
    return ImportOutcome(source=source, created=False, queued=False)


def _enqueue_extraction(source_id: int) -> None:
    from .tasks import extract_source

    transaction.on_commit(lambda: extract_source.delay(source_id))


def queue_extraction(*, source: Source) -> None:
    """(Re)run extraction: mark the Source queued now, enqueue the task on commit.

    Refused once an editor has decided any of its candidates: a new run would replace
    candidates that carry decisions."""
    if source.candidates.exclude(decision=Candidate.Decision.PENDING).exists():
        raise ReviewError(
            "Editors have already decided some of this source's candidates; "
            "extraction cannot be re-run."
        )
    Source.objects.filter(pk=source.pk).update(
        extraction_status=Source.ExtractionStatus.QUEUED,
        extraction_error="",
        extraction_finished_at=None,
    )
    source.extraction_status = Source.ExtractionStatus.QUEUED
    source.extraction_error = ""
    _enqueue_extraction(source.pk)


# ---------------------------------------------------------------------------------------
# Gazetteer from the database
# ---------------------------------------------------------------------------------------

_ENGINE_ACTOR_KINDS = {
    Actor.Kind.PERSON: "person",
    Actor.Kind.STATE: "state",
    Actor.Kind.ORGANIZATION: "organization",
    Actor.Kind.GROUP: "organization",
}


def gazetteer_from_database():
    """The extraction engine's gazetteer, built from every Actor and Alias in the database
    each time, so an alias an editor confirmed a minute ago is matched in the next run."""
    from .extraction import Gazetteer, GazetteerActor, GazetteerAlias

    actors = Actor.objects.select_related("affiliation").prefetch_related("aliases")
    return Gazetteer(
        actors=[
            GazetteerActor(
                actor.name,
                _ENGINE_ACTOR_KINDS.get(actor.kind, "organization"),
                aliases=[
                    GazetteerAlias(alias.text, alias.language or None, alias.kind)
                    for alias in actor.aliases.all()
                ],
                affiliation=actor.affiliation.name if actor.affiliation else None,
                actor_id=actor.pk,
            )
            for actor in actors
        ]
    )


# ---------------------------------------------------------------------------------------
# Extraction: the task body
# ---------------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"\w+", re.UNICODE)
REJECTION_PENALTY = 0.5  # each past rejection of the same pattern halves the confidence…
REJECTION_PENALTY_MAX_STEPS = 3  # …at most three times (×0.125)


def pattern_key(kind: str, evidence: str, *, names: list[str] = ()) -> str:
    """A fingerprint of what a candidate says, not whom it names: the evidence normalised,
    with actor names, capitalised words and numbers masked, prefixed by the event type.
    "Trump will call Putin on Tuesday" and "Biden will call Xi on Friday" share a key."""
    text = f" {normalize_name(evidence)} "
    for name in sorted({normalize_name(n) for n in names if n}, key=len, reverse=True):
        if name:
            text = text.replace(f" {name} ", " @ ")
    capitalised = {normalize_name(w) for w in _WORD.findall(evidence) if w[:1].isupper()}
    tokens = []
    for token in text.split():
        if _NUMBER.fullmatch(token):
            tokens.append("#")
        elif token in capitalised:
            tokens.append("@")
        else:
            tokens.append(token)
    masked = re.sub(r"(@ )+@", "@", " ".join(tokens))
    return hashlib.sha256(f"{kind}|{masked}".encode()).hexdigest()[:40]


def _parse_claimed_date(value: str | None, precision: str | None):
    if not value:
        return None, DatePrecision.UNKNOWN
    parts = [int(p) for p in str(value).split("-")]
    try:
        if len(parts) == 3:
            return datetime.date(*parts), precision or DatePrecision.DAY
        if len(parts) == 2:
            return datetime.date(parts[0], parts[1], 1), DatePrecision.MONTH
        return datetime.date(parts[0], 1, 1), DatePrecision.YEAR
    except ValueError:
        return None, DatePrecision.UNKNOWN


def _candidate_title(event: dict) -> str:
    actors = ", ".join(event.get("actors") or [])
    kind = event.get("type", "event")
    subtype = (event.get("subtype") or "").replace("_", " ")
    label = {"meeting": subtype or "meeting", "proposal": "proposal", "concession": "concession"}
    head = label.get(kind, kind).capitalize()
    return f"{head}: {actors}"[:300] if actors else head


def _locate(evidence: str, text: str, start, end) -> tuple[int | None, int | None]:
    """Offsets of the evidence in the stored text (they refer to the engine's cleaned text,
    which is the stored text unless the engine cleaned it further)."""
    if (
        isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start < end <= len(text)
        and text[start:end] == evidence
    ):
        return start, end
    if evidence:
        found = text.find(evidence)
        if found >= 0:
            return found, found + len(evidence)
        words = evidence.split()
        if words:  # the same words with different spacing or line breaks
            pattern = r"\s+".join(re.escape(word) for word in words)
            match = re.search(pattern, text)
            if match:
                return match.start(), match.end()
    return None, None


def _resolve_names(names: set[str], known_ids: dict[str, int]) -> dict[str, int]:
    """Actor ids for names: the engine's own matches first, then exact normalised matches
    of canonical names and aliases in the database (one query)."""
    resolved = {name: known_ids[name] for name in names if name in known_ids}
    missing = {normalize_name(name): name for name in names if name not in resolved}
    if missing:
        rows = Actor.objects.filter(
            Q(normalized_name__in=missing) | Q(aliases__normalized__in=missing)
        ).values_list("pk", "normalized_name")
        by_norm = {norm: pk for pk, norm in rows}
        alias_rows = Alias.objects.filter(normalized__in=missing).values_list("normalized", "actor")
        for norm, pk in alias_rows:
            by_norm.setdefault(norm, pk)
        for norm, name in missing.items():
            if norm in by_norm:
                resolved[name] = by_norm[norm]
    existing = set(Actor.objects.filter(pk__in=set(resolved.values())).values_list("pk", flat=True))
    return {name: pk for name, pk in resolved.items() if pk in existing}


def run_extraction(*, source_id: int) -> int:
    """Run the engine on a Source and store its candidates; returns how many.

    Safe to run twice (a redelivered task after a worker died): candidates are replaced in
    one transaction, keyed by (source, ordinal). A crash in the engine marks the Source
    failed with the reason and keeps nothing partial. Database errors propagate so the task
    can retry them."""
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        logger.info("extraction skipped: source %s no longer exists", source_id)
        return 0
    if source.candidates.exclude(decision=Candidate.Decision.PENDING).exists():
        logger.info("extraction skipped: source %s already has reviewed candidates", source_id)
        return source.candidate_count
    Source.objects.filter(pk=source_id).update(
        extraction_status=Source.ExtractionStatus.EXTRACTING,
        extraction_started_at=timezone.now(),
        extraction_finished_at=None,
        extraction_error="",
        extraction_attempts=F("extraction_attempts") + 1,
    )
    try:
        from .extraction import extract

        gazetteer = gazetteer_from_database()
        result = extract(
            source.text,
            published=source.published_on,
            gazetteer=gazetteer,
            language=source.language or None,
            content_type="text",
        )
        document = result.to_json()
        rows, actor_links = _build_candidates(source, document, getattr(result, "text", None))
    except (OperationalError, InterfaceError):
        raise  # transient database trouble: the task retries
    except Exception as error:
        logger.exception("extraction of source %s failed", source_id)
        Source.objects.filter(pk=source_id).update(
            extraction_status=Source.ExtractionStatus.FAILED,
            extraction_error=f"{error.__class__.__name__}: {error}"[:2000],
            extraction_finished_at=timezone.now(),
        )
        return 0
    language = getattr(result, "language", None) or ""
    published = getattr(result, "published", None)
    title = getattr(result, "title", None) or ""
    with transaction.atomic():
        locked = Source.objects.select_for_update().get(pk=source_id)
        if locked.candidates.exclude(decision=Candidate.Decision.PENDING).exists():
            return locked.candidate_count
        locked.candidates.all().delete()
        created = Candidate.objects.bulk_create(rows)
        Through = Candidate.matched_actors.through
        Through.objects.bulk_create(
            [
                Through(candidate_id=candidate.pk, actor_id=actor_id)
                for candidate, actor_ids in zip(created, actor_links, strict=True)
                for actor_id in actor_ids
            ]
        )
        updates: dict[str, Any] = {
            "extraction_status": Source.ExtractionStatus.DONE,
            "extraction_finished_at": timezone.now(),
            "candidate_count": len(created),
            "extraction_error": "",
        }
        if not locked.language and language:
            updates["language"] = language[:8]
        if locked.published_on is None and isinstance(published, datetime.date):
            updates["published_on"] = published
        if not locked.title and title:
            updates["title"] = title[:500]
        Source.objects.filter(pk=source_id).update(**updates)
    return len(created)


def _build_candidates(
    source: Source, document: dict, engine_text: str | None
) -> tuple[list[Candidate], list[list[int]]]:
    events = [e for e in document.get("events", []) if e.get("type") in Candidate.Kind.values]
    actors_info = {a["name"]: a for a in document.get("actors", []) if a.get("name")}
    known_ids = {
        name: info["actor_id"] for name, info in actors_info.items() if info.get("actor_id")
    }
    all_names = {name for event in events for name in event.get("actors") or []}
    for event in events:
        for role in ("proposed_by", "accepted_by", "rejected_by", "conceding"):
            value = event.get(role)
            all_names.update([value] if isinstance(value, str) else value or [])
    resolved = _resolve_names(all_names, known_ids)
    surface = [
        form
        for info in actors_info.values()
        for form in [info["name"], *info.get("surface_forms", [])]
    ]
    keys = []
    for event in events:
        keys.append(pattern_key(event["type"], event.get("evidence") or "", names=surface))
    rejected = _rejection_counts(set(keys))

    rows: list[Candidate] = []
    links: list[list[int]] = []
    for ordinal, (event, key) in enumerate(zip(events, keys, strict=True)):
        evidence = (event.get("evidence") or "").strip() or "(no evidence given)"
        start, end = _locate(
            evidence, source.text, event.get("evidence_start"), event.get("evidence_end")
        )
        date, precision = _parse_claimed_date(event.get("date"), event.get("date_precision"))
        raw_confidence = event.get("confidence")
        confidence = 0.5 if raw_confidence is None else float(raw_confidence)
        confidence = min(1.0, max(0.0, confidence))
        steps = min(rejected.get(key, 0), REJECTION_PENALTY_MAX_STEPS)
        confidence = round(confidence * (REJECTION_PENALTY**steps), 4)
        names = list(dict.fromkeys(event.get("actors") or []))
        unmatched = [
            {
                "name": name,
                "kind": actors_info.get(name, {}).get("kind", ""),
                "surface_forms": actors_info.get(name, {}).get("surface_forms", [])[:5],
            }
            for name in names
            if name not in resolved
        ]
        rows.append(
            Candidate(
                source=source,
                ordinal=ordinal,
                kind=event["type"],
                subtype=(event.get("subtype") or "")[:20],
                modality=(event.get("modality") or "")[:16],
                title=_candidate_title(event),
                summary=event.get("summary") or "",
                location=(event.get("location") or "")[:200],
                payload=event,
                evidence=evidence,
                evidence_start=start,
                evidence_end=end,
                confidence=confidence,
                pattern_key=key,
                unmatched_names=unmatched,
                date=date,
                date_precision=precision,
            )
        )
        links.append(list(dict.fromkeys(resolved[name] for name in names if name in resolved)))
    return rows, links


def _rejection_counts(keys: set[str]) -> dict[str, int]:
    """How often editors rejected candidates with each pattern key, net of acceptances."""
    if not keys:
        return {}
    rows = (
        Candidate.objects.filter(pattern_key__in=keys)
        .exclude(decision=Candidate.Decision.PENDING)
        .values("pattern_key")
        .annotate(
            rejected=Count("pk", filter=Q(decision=Candidate.Decision.REJECTED)),
            kept=Count("pk", filter=~Q(decision=Candidate.Decision.REJECTED)),
        )
    )
    return {
        row["pattern_key"]: row["rejected"] - row["kept"]
        for row in rows
        if row["rejected"] > row["kept"]
    }


def confidence_notes(candidates: list[Candidate]) -> dict[int, str]:
    """Why a candidate's confidence is lower than the engine said (one query for a page)."""
    lowered = [
        c
        for c in candidates
        if isinstance(c.payload.get("confidence"), (int, float))
        and c.confidence < float(c.payload["confidence"]) - 1e-6
    ]
    if not lowered:
        return {}
    rows = (
        Candidate.objects.filter(
            pattern_key__in={c.pattern_key for c in lowered}, decision=Candidate.Decision.REJECTED
        )
        .values("pattern_key")
        .annotate(n=Count("pk"))
    )
    counts = {row["pattern_key"]: row["n"] for row in rows}
    return {
        c.pk: (
            f"Lowered from {float(c.payload['confidence']):.2f}: editors rejected "
            f"{counts.get(c.pattern_key, 0)} near-identical candidate(s) before."
        )
        for c in lowered
    }


# ---------------------------------------------------------------------------------------
# Review: accept, merge, reject; actors and aliases
# ---------------------------------------------------------------------------------------

CONCESSION_STATUS = {
    "demanded": Concession.Status.DEMANDED,
    "offered": Concession.Status.OFFERED,
    "granted": Concession.Status.AGREED,
    "agreed": Concession.Status.AGREED,
    "refused": Concession.Status.REJECTED,
    "rejected": Concession.Status.REJECTED,
    "discussed": Concession.Status.DISCUSSED,
    "implemented": Concession.Status.IMPLEMENTED,
    "withdrawn": Concession.Status.WITHDRAWN,
}

_CATEGORY_HINTS = [
    (
        Concession.Category.PRISONERS,
        (
            "prisoner",
            "prigionier",
            "gefangen",
            "prisonnier",
            "prisionero",
            "detainee",
            "hostage",
            "ostagg",
            "geisel",
            "otage",
            "rehén",
        ),
    ),
    (Concession.Category.SANCTIONS, ("sanction", "sanzion", "sanktion", "sancion")),
    (Concession.Category.TERRITORIAL, ("territor", "crimea", "krim", "donbas", "annex")),
    (
        Concession.Category.SITE_CONTROL,
        (
            "port",
            "plant",
            "centrale",
            "kraftwerk",
            "nuclear",
            "nucleare",
            "atomkraft",
            "zaporizh",
            "saporischschja",
        ),
    ),
    (Concession.Category.HUMANITARIAN, ("humanit", "umanitar", "aid", "aiuti", "hilfe", "ayuda")),
    (
        Concession.Category.MILITARY,
        (
            "troop",
            "truppe",
            "military",
            "militar",
            "mobili",
            "weapon",
            "armi",
            "waffen",
            "withdraw",
            "ritir",
            "rückzug",
            "retrait",
            "retiro",
        ),
    ),
]


def guess_concession_category(text: str) -> str:
    lowered = text.casefold()
    for category, hints in _CATEGORY_HINTS:
        if any(hint in lowered for hint in hints):
            return category
    return Concession.Category.OTHER


def _names(value) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)]


@dataclass
class AcceptChoices:
    """What the editor decided on the review page (or in the edit form) for one candidate.
    Fields left as None are taken from the candidate."""

    publish: bool = False
    track: Track | None = None
    title: str | None = None
    summary: str | None = None
    date: datetime.date | None = None
    date_precision: str | None = None
    location: str | None = None
    actors: list[Actor] | None = None
    # meetings
    meeting_format: str | None = None
    meeting_status: str | None = None
    # proposals
    proposers: list[Actor] | None = None
    accepted_by: list[Actor] | None = None
    rejected_by: list[Actor] | None = None
    terms: str | None = None
    # concessions
    giver: Actor | None = None
    receiver: Actor | None = None
    category: str | None = None
    concession_status: str | None = None
    use_form_date: bool = field(default=False)


def _lock_pending(candidate_id: int) -> Candidate:
    candidate = (
        Candidate.objects.select_for_update(of=("self",))
        .select_related("source", "source__track")
        .get(pk=candidate_id)
    )
    if candidate.decision != Candidate.Decision.PENDING:
        raise ReviewError(f"This candidate was already {candidate.get_decision_display().lower()}.")
    return candidate


def _actors_by_name(candidate: Candidate) -> dict[str, Actor]:
    """Matched actors of a candidate, keyed by every name the extractor used for them."""
    matched = list(candidate.matched_actors.all())
    by_norm: dict[str, Actor] = {}
    for actor in matched:
        by_norm[actor.normalized_name] = actor
        for alias in actor.aliases.all():
            by_norm.setdefault(alias.normalized, actor)
    result = {}
    for name in _all_payload_names(candidate.payload):
        actor = by_norm.get(normalize_name(name))
        if actor is not None:
            result[name] = actor
    return result


def _all_payload_names(payload: dict) -> list[str]:
    names = list(payload.get("actors") or [])
    for role in ("proposed_by", "accepted_by", "rejected_by", "conceding"):
        names.extend(_names(payload.get(role)))
    return list(dict.fromkeys(names))


def _meeting_status(candidate: Candidate) -> str:
    modality = (candidate.modality or "").lower()
    if modality in {"scheduled", "planned", "future", "expected"}:
        return Meeting.Status.SCHEDULED
    published = candidate.source.published_on
    if candidate.date and published and candidate.date > published:
        return Meeting.Status.SCHEDULED
    return Meeting.Status.HELD


@transaction.atomic
def accept_candidate(*, candidate_id: int, user, choices: AcceptChoices | None = None) -> Event:
    """Turn a candidate into a curated Meeting, Proposal or Concession (draft unless the
    editor chose to publish), with a Citation quoting its evidence, the meeting's
    participants, the proposal's parties and dated responses, or the concession's stage."""
    choices = choices or AcceptChoices()
    candidate = _lock_pending(candidate_id)
    if candidate.kind not in EVENT_MODELS:
        raise ReviewError(
            "Statements are not stored as events; reject it, or edit it into another kind."
        )
    track = choices.track or candidate.source.track
    if track is None:
        raise ReviewError("Choose a track for this event.")
    by_name = _actors_by_name(candidate)
    actors = choices.actors if choices.actors is not None else list(candidate.matched_actors.all())
    payload = candidate.payload
    date = choices.date if choices.use_form_date else candidate.date
    precision = (
        choices.date_precision if choices.use_form_date and choices.date_precision else None
    ) or candidate.date_precision
    common = {
        "track": track,
        "title": (choices.title or candidate.title or candidate.evidence[:120])[:300],
        "summary": choices.summary if choices.summary is not None else candidate.summary,
        "date": date,
        "date_precision": precision if date else DatePrecision.UNKNOWN,
        "publication": Publication.DRAFT,
    }
    quote = {
        "source": candidate.source,
        "quote": candidate.evidence,
        "quote_start": candidate.evidence_start,
        "quote_end": candidate.evidence_end,
        "created_by": user,
    }
    if candidate.kind == Candidate.Kind.MEETING:
        fmt = choices.meeting_format or (
            candidate.subtype if candidate.subtype in Meeting.Format.values else "unknown"
        )
        event = Meeting.objects.create(
            **common,
            format=fmt,
            status=choices.meeting_status or _meeting_status(candidate),
            location=choices.location if choices.location is not None else candidate.location,
        )
        for actor in dict.fromkeys(actors):  # one by one, so each gets its history row
            MeetingParticipant.objects.create(meeting=event, actor=actor)
        Citation.objects.create(meeting=event, **quote)
        candidate.meeting = event
    elif candidate.kind == Candidate.Kind.PROPOSAL:
        proposers = _role(choices.proposers, payload.get("proposed_by"), by_name)
        accepted = _role(choices.accepted_by, payload.get("accepted_by"), by_name)
        rejected = _role(choices.rejected_by, payload.get("rejected_by"), by_name)
        event = Proposal.objects.create(
            **common, terms=choices.terms if choices.terms is not None else candidate.summary
        )
        for actor in dict.fromkeys(actors + proposers + accepted + rejected):
            role = (
                ProposalParty.Role.PROPOSER if actor in proposers else ProposalParty.Role.ADDRESSEE
            )
            ProposalParty.objects.create(proposal=event, actor=actor, role=role)
        Citation.objects.create(proposal=event, **quote)
        _add_responses(event, accepted, rejected, date, precision, quote)
        candidate.proposal = event
    else:
        giver, receiver = _concession_parties(candidate, choices, actors, by_name)
        status = choices.concession_status or CONCESSION_STATUS.get(
            (payload.get("status") or "").lower(), Concession.Status.DISCUSSED
        )
        event = Concession.objects.create(
            **common,
            giver=giver,
            receiver=receiver,
            category=choices.category or guess_concession_category(candidate.evidence),
            status=status,
        )
        stage = event.record_stage(status, date=date, date_precision=common["date_precision"])
        Citation.objects.create(concession=event, **quote)
        Citation.objects.create(concession=event, stage=stage, **quote)
        candidate.concession = event
    if choices.publish:
        event.publish()
    _decide(candidate, Candidate.Decision.ACCEPTED, user)
    return event


def _role(chosen: list[Actor] | None, names, by_name: dict[str, Actor]) -> list[Actor]:
    if chosen is not None:
        return list(chosen)
    return list(dict.fromkeys(by_name[n] for n in _names(names) if n in by_name))


def _add_responses(proposal, accepted, rejected, date, precision, quote) -> int:
    """A dated response per party; one already on record with the same stance is kept."""
    added = 0
    for actors, stance in (
        (accepted, ProposalResponse.Stance.ACCEPTED),
        (rejected, ProposalResponse.Stance.REJECTED),
    ):
        for actor in actors:
            if proposal.responses.filter(actor=actor, stance=stance).exists():
                continue
            response = ProposalResponse.objects.create(
                proposal=proposal,
                actor=actor,
                stance=stance,
                date=date,
                date_precision=precision if date else DatePrecision.UNKNOWN,
            )
            Citation.objects.create(proposal=proposal, response=response, **quote)
            added += 1
    return added


def _concession_parties(candidate, choices, actors, by_name) -> tuple[Actor, Actor | None]:
    giver = choices.giver
    if giver is None:
        conceding = _role(None, candidate.payload.get("conceding"), by_name)
        giver = conceding[0] if conceding else (actors[0] if len(actors) == 1 else None)
    if giver is None:
        raise ReviewError("Say who concedes: use “Edit, then accept” and choose the giving party.")
    receiver = choices.receiver
    if receiver is None and choices.giver is None:
        others = [a for a in actors if a != giver]
        receiver = others[0] if others else None
    if receiver == giver:
        receiver = None
    return giver, receiver


def needs_editing(candidate: Candidate) -> str:
    """Why a one-click accept would be refused (so the page offers the form instead), or ""."""
    if candidate.kind not in EVENT_MODELS:
        return "Statements are not stored as events: edit it into another kind, or reject it."
    if candidate.kind == Candidate.Kind.CONCESSION:
        matched = list(candidate.matched_actors.all())
        conceding = _role(None, candidate.payload.get("conceding"), _actors_by_name(candidate))
        if not conceding and len(matched) != 1:
            return "Who concedes is not known: choose the giving party."
    return ""


def _decide(candidate: Candidate, decision: str, user) -> None:
    candidate.decision = decision
    candidate.decided_by = user if getattr(user, "is_authenticated", False) else None
    candidate.decided_at = timezone.now()
    candidate.save()


@transaction.atomic
def reject_candidate(*, candidate_id: int, user) -> Candidate:
    """Reject a candidate; its pattern key lowers the confidence of near-identical ones later."""
    candidate = _lock_pending(candidate_id)
    _decide(candidate, Candidate.Decision.REJECTED, user)
    return candidate


@dataclass
class MergeChange:
    field: str
    current: str
    proposed: str
    applied: bool

    @property
    def verb(self) -> str:
        return "fills" if self.applied else "keeps"


@dataclass
class MergePlan:
    event: Event
    changes: list[MergeChange]
    additions: list[str]

    @property
    def conflicts(self) -> list[MergeChange]:
        return [c for c in self.changes if not c.applied]

    @property
    def fills(self) -> list[MergeChange]:
        return [c for c in self.changes if c.applied]


def get_event(kind: str, pk: int) -> Event:
    model = EVENT_MODELS.get(kind)
    if model is None:
        raise ReviewError("Unknown kind of event.")
    return model.objects.get(pk=pk)


def plan_merge(candidate: Candidate, event: Event) -> MergePlan:
    """What merging the candidate into the event would change: empty fields are filled;
    a curated value that differs is kept and shown, never overwritten silently."""
    changes: list[MergeChange] = []

    def compare(field_name: str, label: str, current, proposed, *, empty) -> None:
        if proposed in (None, "") or current == proposed:
            return
        changes.append(
            MergeChange(label, str(current or "—"), str(proposed), applied=current in empty)
        )

    if candidate.date is not None and (
        event.date != candidate.date or event.date_precision != candidate.date_precision
    ):
        changes.append(
            MergeChange(
                "date",
                event.date_display,
                candidate.date_display,
                applied=event.date is None,
            )
        )
    compare("summary", "summary", event.summary, candidate.summary, empty=("",))
    if isinstance(event, Meeting):
        compare("location", "location", event.location, candidate.location, empty=("",))
    additions = []
    matched = list(candidate.matched_actors.all())
    if isinstance(event, Meeting):
        present = {p.actor_id for p in event.parties.all()}
        additions = [f"adds participant {a}" for a in matched if a.pk not in present]
    elif isinstance(event, Proposal):
        by_name = _actors_by_name(candidate)
        present = {p.actor_id for p in event.party_roles.all()}
        additions = [f"adds party {a}" for a in matched if a.pk not in present]
        stances = {(r.actor_id, r.stance) for r in event.responses.all()}
        for names, stance in (
            (candidate.payload.get("accepted_by"), ProposalResponse.Stance.ACCEPTED),
            (candidate.payload.get("rejected_by"), ProposalResponse.Stance.REJECTED),
        ):
            for actor in _role(None, names, by_name):
                if (actor.pk, stance) not in stances:
                    additions.append(f"adds response: {actor} {stance}")
    additions.append(f"adds a citation of “{candidate.source}”")
    return MergePlan(event=event, changes=changes, additions=additions)


@transaction.atomic
def merge_candidate(*, candidate_id: int, event_kind: str, event_id: int, user) -> MergePlan:
    """Merge a candidate into an existing event of its kind: add the citation (the same call
    reported by five outlets is one event with five citations), fill empty fields only, add
    missing participants / parties / responses. Curated values are never overwritten."""
    candidate = _lock_pending(candidate_id)
    if event_kind != candidate.kind:
        raise ReviewError("A candidate can only be merged into an event of the same kind.")
    model = EVENT_MODELS[event_kind]
    event = model.objects.select_for_update().get(pk=event_id)
    plan = plan_merge(candidate, event)
    for change in plan.fills:
        if change.field == "date":
            event.date, event.date_precision = candidate.date, candidate.date_precision
        elif change.field == "summary":
            event.summary = candidate.summary
        elif change.field == "location":
            event.location = candidate.location
    if plan.fills:
        event.save()
    quote = {
        "source": candidate.source,
        "quote": candidate.evidence,
        "quote_start": candidate.evidence_start,
        "quote_end": candidate.evidence_end,
        "created_by": user,
    }
    matched = list(candidate.matched_actors.all())
    if isinstance(event, Meeting):
        present = set(event.parties.values_list("actor_id", flat=True))
        for actor in matched:
            if actor.pk not in present:
                MeetingParticipant.objects.create(meeting=event, actor=actor)
        Citation.objects.get_or_create(
            source=candidate.source,
            meeting=event,
            response=None,
            stage=None,
            defaults=_without_source(quote),
        )
        candidate.meeting = event
    elif isinstance(event, Proposal):
        by_name = _actors_by_name(candidate)
        present = set(event.party_roles.values_list("actor_id", flat=True))
        for actor in matched:
            if actor.pk not in present:
                ProposalParty.objects.create(
                    proposal=event, actor=actor, role=ProposalParty.Role.ADDRESSEE
                )
        Citation.objects.get_or_create(
            source=candidate.source,
            proposal=event,
            response=None,
            stage=None,
            defaults=_without_source(quote),
        )
        _add_responses(
            event,
            _role(None, candidate.payload.get("accepted_by"), by_name),
            _role(None, candidate.payload.get("rejected_by"), by_name),
            candidate.date,
            candidate.date_precision,
            quote,
        )
        candidate.proposal = event
    else:
        Citation.objects.get_or_create(
            source=candidate.source,
            concession=event,
            response=None,
            stage=None,
            defaults=_without_source(quote),
        )
        candidate.concession = event
    _decide(candidate, Candidate.Decision.MERGED, user)
    return plan


def _without_source(quote: dict) -> dict:
    return {k: v for k, v in quote.items() if k != "source"}


@transaction.atomic
def resolve_name(
    *,
    candidate_id: int,
    name: str,
    user,
    actor: Actor | None = None,
    new_kind: str | None = None,
    new_name: str | None = None,
    language: str = "",
) -> Actor:
    """An editor says who an unknown name is: an alias of an existing actor (stored, so the
    next extraction matches it) or a new actor (in the gazetteer from the next run). Every
    pending candidate of the same source that used the name is updated too."""
    candidate = Candidate.objects.select_related("source").get(pk=candidate_id)
    if actor is None:
        if not new_kind:
            raise ReviewError("Choose an existing actor, or a kind for the new actor.")
        canonical = (new_name or name).strip()
        actor = Actor.objects.matching_name(canonical).first()
        if actor is None:
            actor = Actor.objects.create(name=canonical, kind=new_kind)
        if normalize_name(name) != actor.normalized_name:
            actor.add_alias(name, language=language or candidate.source.language)
    elif normalize_name(name) != actor.normalized_name:
        actor.add_alias(name, language=language or candidate.source.language)
    siblings = candidate.source.candidates.filter(decision=Candidate.Decision.PENDING)
    for sibling in siblings:
        remaining = [u for u in sibling.unmatched_names if u.get("name") != name]
        if len(remaining) != len(sibling.unmatched_names):
            sibling.unmatched_names = remaining
            sibling.save(update_fields=["unmatched_names"])
            sibling.matched_actors.add(actor)
    return actor


# ---------------------------------------------------------------------------------------
# Review page helpers (collection logic, flat query counts)
# ---------------------------------------------------------------------------------------


def _dates_compatible(a_date, a_precision, b_date, b_precision) -> bool:
    if a_date is None or b_date is None:
        return True
    order = [DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR]
    coarse = max(order.index(a_precision), order.index(b_precision))
    if coarse == 2:
        return a_date.year == b_date.year
    if coarse == 1:
        return (a_date.year, a_date.month) == (b_date.year, b_date.month)
    return a_date == b_date


def _event_actor_ids(event) -> set[int]:
    """Actors taking part in an event (from prefetched rows)."""
    if isinstance(event, Meeting):
        return {p.actor_id for p in event.parties.all()}
    if isinstance(event, Proposal):
        return {p.actor_id for p in event.party_roles.all()} | {
            r.actor_id for r in event.responses.all()
        }
    return {event.giver_id, event.receiver_id} - {None}


def possible_duplicates(candidates: list[Candidate], *, limit: int = 3) -> dict[int, list]:
    """Existing events each candidate may duplicate: same kind, at least one actor in
    common, compatible dates. Three queries per kind, whatever the number of candidates."""
    result: dict[int, list] = {c.pk: [] for c in candidates}
    for kind, model in EVENT_MODELS.items():
        group = [c for c in candidates if c.kind == kind]
        actor_ids = {a.pk for c in group for a in c.matched_actors.all()}
        if not actor_ids:
            continue
        if model is Meeting:
            events = model.objects.filter(parties__actor__in=actor_ids).prefetch_related("parties")
        elif model is Proposal:
            events = model.objects.filter(
                Q(party_roles__actor__in=actor_ids) | Q(responses__actor__in=actor_ids)
            ).prefetch_related("party_roles", "responses")
        else:
            events = model.objects.filter(Q(giver__in=actor_ids) | Q(receiver__in=actor_ids))
        events = list(events.select_related("track").distinct()[:500])
        for candidate in group:
            mine = {a.pk for a in candidate.matched_actors.all()}
            scored = []
            for event in events:
                overlap = len(mine & _event_actor_ids(event))
                if overlap and _dates_compatible(
                    candidate.date, candidate.date_precision, event.date, event.date_precision
                ):
                    exact = event.date == candidate.date and candidate.date is not None
                    scored.append((overlap + (1 if exact else 0), event.pk, event))
            scored.sort(key=lambda item: (-item[0], -item[1]))
            result[candidate.pk] = [event for _, _, event in scored[:limit]]
    return result


def alias_suggestions(names: set[str], *, limit: int = 3) -> dict[str, list[tuple[Actor, float]]]:
    """ "Add as alias of …" suggestions for unknown names: rapidfuzz on a spelling skeleton
    (w→v, z→s, j/y→i, doubled letters collapsed), surname weighted most. Two queries."""
    if not names:
        return {}
    from rapidfuzz import process

    actors = {a.pk: a for a in Actor.objects.all()}
    forms: list[tuple[str, int]] = [(_skeleton(a.name), a.pk) for a in actors.values()]
    forms += [(_skeleton(t), pk) for t, pk in Alias.objects.values_list("text", "actor_id")]
    choices = [f for f, _ in forms]
    out: dict[str, list[tuple[Actor, float]]] = {}
    for name in names:
        query = _skeleton(name)
        best: dict[int, float] = {}
        for _, score, index in process.extract(
            query, choices, scorer=_name_score, limit=limit * 4, score_cutoff=70
        ):
            pk = forms[index][1]
            best[pk] = max(best.get(pk, 0), score)
        out[name] = sorted(
            ((actors[pk], round(score)) for pk, score in best.items() if pk in actors),
            key=lambda item: -item[1],
        )[:limit]
    return out


_SKELETON_RULES = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("kh", "h"),
    ("ph", "f"),
    ("w", "v"),
    ("z", "s"),
    ("j", "i"),
    ("y", "i"),
)


def _skeleton(text: str) -> str:
    text = normalize_name(text)
    for old, new in _SKELETON_RULES:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


def _name_score(query: str, choice: str, **kwargs) -> float:
    from rapidfuzz import fuzz

    whole = fuzz.WRatio(query, choice)
    q_last = query.split()[-1:] or [""]
    c_last = choice.split()[-1:] or [""]
    surname = fuzz.ratio(q_last[0], c_last[0])
    return 0.4 * whole + 0.6 * surname


@dataclass
class ReviewStats:
    pending: int = 0
    accepted: int = 0
    merged: int = 0
    rejected: int = 0

    @property
    def decided(self) -> int:
        return self.accepted + self.merged + self.rejected

    @property
    def precision(self) -> float | None:
        """Share of decided candidates editors kept (accepted or merged)."""
        return (self.accepted + self.merged) / self.decided if self.decided else None


def review_stats(source: Source | None = None) -> ReviewStats:
    queryset = Candidate.objects.all() if source is None else source.candidates.all()
    counts = dict(queryset.values_list("decision").annotate(n=Count("pk")).order_by())
    return ReviewStats(
        pending=counts.get(Candidate.Decision.PENDING, 0),
        accepted=counts.get(Candidate.Decision.ACCEPTED, 0),
        merged=counts.get(Candidate.Decision.MERGED, 0),
        rejected=counts.get(Candidate.Decision.REJECTED, 0),
    )


def review_stats_by_kind() -> dict[str, ReviewStats]:
    """The editors' verdict per kind of event (one query), for the import page."""
    rows = Candidate.objects.values_list("kind", "decision").annotate(n=Count("pk")).order_by()
    by_kind: dict[str, ReviewStats] = {}
    for kind, decision, n in rows:
        stats = by_kind.setdefault(kind, ReviewStats())
        setattr(stats, decision, n)
    return dict(sorted(by_kind.items()))
