"""Template helpers for timeline entries: kind badges and status marks from one table."""

from django import template
from django.utils.html import format_html

from ..models import format_claimed_date
from ..presentation import KINDS, plover_category, status_mark

register = template.Library()


@register.simple_tag
def kind_badge(kind: str) -> str:
    style = KINDS.get(kind)
    if style is None:
        return ""
    return format_html(
        '<span class="badge kind-{}"><span class="shape" aria-hidden="true">{}</span> {}</span>',
        kind,
        style.shape,
        style.label,
    )


@register.simple_tag
def status_badge(kind: str, status: str) -> str:
    mark = status_mark(kind, status)
    if mark is None:
        return ""
    glyph, words = mark
    return format_html(
        '<span class="status status-{}"><span class="glyph" aria-hidden="true">{}</span> {}</span>',
        status,
        glyph,
        words,
    )


@register.filter
def plover(entry) -> str:
    return plover_category(entry.kind, entry.status, entry.subtype) or ""


@register.simple_tag
def claimed_date(value, precision) -> str:
    """Dates stored in JSON (ISO strings) shown at their precision."""
    import datetime

    if isinstance(value, str) and value:
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return format_claimed_date(value or None, precision or "unknown")


@register.filter
def iso_date(entry) -> str:
    """A machine-readable date for <time datetime> at the entry's precision."""
    if entry.date is None:
        return ""
    if entry.date_precision == "year":
        return f"{entry.date.year:04d}"
    if entry.date_precision == "month":
        return f"{entry.date.year:04d}-{entry.date.month:02d}"
    return entry.date.isoformat()


@register.filter
def by_source(sources: list[dict]) -> list[dict]:
    """Citations grouped by source, in order: one source may be quoted several times."""
    grouped: dict = {}
    for cited in sources or []:
        key = cited.get("id") or cited.get("url") or id(cited)
        entry = grouped.setdefault(key, {**cited, "quotes": []})
        if cited.get("quote"):
            entry["quotes"].append(cited["quote"])
    return list(grouped.values())
