"""Cleaning: HTML to main text, and messy copy to plain lines.

Removes what breaks sentence splitting and keyword rules: cookie banners, "read also" lines,
navigation and share bars, URLs and broken link fragments, phrases repeated by a garbled
machine translation, and headlines repeated as a shorter subtitle.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache

from .lexicon import all_languages_lexicon

_URL = re.compile(r"(?:https?:\s*/+|www\.)\S*|\S*/\S+\.(?:html?|php|aspx?)\S*", re.IGNORECASE)
_ATTRIBUTE_DEBRIS = re.compile(r"\b\w+\s*=\s*\"[^\"\n]{0,20}\"")
_REPEATED_PHRASE = re.compile(r"\b(\w[\w']*(?:[\s,-]+\w[\w']*){0,7})(?:,?\s+\1\b)+", re.IGNORECASE)
_SEPARATOR_RUN = re.compile(r"\s*(?:\||>|»|·)\s*")
_SENTENCE_END = re.compile(r"(?:[.!?…:;]|[.!?…][»\"”)])\s*$")  # a headline may end on a quote
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")


def normalize_characters(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00ad", "")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


@cache
def _boilerplate() -> re.Pattern:
    patterns = all_languages_lexicon().words("boilerplate")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def is_boilerplate_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return True
    if _boilerplate().search(stripped):
        return True
    parts = [p for p in _SEPARATOR_RUN.split(stripped) if p.strip()]
    separators = len(_SEPARATOR_RUN.findall(stripped))
    return bool(separators >= 1 and len(parts) >= 2 and all(len(p.split()) <= 6 for p in parts))


def _keep_one_copy(match: re.Match) -> str:
    phrase = match.group(1)
    repeated_text = match.group(0)[len(phrase) :]
    if phrase[:1].isupper() and " " not in phrase and repeated_text == " " + phrase:
        return match.group(0)  # "Abdulá Abdulá": a name that repeats a word, not a stutter
    if " " in phrase or not re.search(r"[,;]", repeated_text):
        return phrase if len(phrase) > 2 else match.group(0)
    return match.group(0)


def collapse_repeats(line: str) -> str:
    """Keep one copy of a phrase repeated back to back ("la sua amicizia con la sua amicizia")."""
    previous = None
    while previous != line:
        previous = line
        line = _REPEATED_PHRASE.sub(_keep_one_copy, line)
    return line


def _comparable(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().casefold()


def clean_text(text: str) -> str:
    """Plain text, one paragraph or heading per line, without boilerplate or link debris."""
    lines: list[str] = []
    for raw in normalize_characters(text).split("\n"):
        line = _URL.sub(" ", raw)
        line = _ATTRIBUTE_DEBRIS.sub(" ", line)
        line = _SPACES.sub(" ", line).strip()
        line = re.sub(r"\s+([,.;:!?])", r"\1", line)
        line = re.sub(r"[{}\[\]]+$", "", line).strip()
        if is_boilerplate_line(line):
            continue
        line = collapse_repeats(line)
        key = _comparable(line)
        if not key:
            continue
        if any(_comparable(prev).startswith(key) for prev in lines[-2:]):
            continue
        lines.append(line)
    return "\n".join(lines)


def is_heading(line: str) -> bool:
    """A headline or section title: short, no closing punctuation."""
    return len(line) < 160 and not _SENTENCE_END.search(line) and len(line.split()) <= 20


def guess_title(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return line.strip() if is_heading(line) else None
    return None


def html_to_text(html: str) -> tuple[str | None, str, dt.date | None]:
    """Main text of an HTML page (trafilatura), its title and its metadata publication date."""
    import trafilatura

    extracted = (
        trafilatura.extract(
            _without_page_furniture(html),
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
            favor_precision=True,
        )
        or ""
    )
    if not extracted.strip():
        extracted = _paragraph_text(_without_page_furniture(html))
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata and metadata.title else None
    published = None
    if metadata and metadata.date:
        try:
            published = dt.date.fromisoformat(metadata.date[:10])
        except ValueError:
            published = None
    return title, clean_text(extracted), published


_FURNITURE = re.compile(
    r"(?:^|[-_\s])(?:ads?|adv|advert\w*|banner|cookie\w*|consent|promo\w*|newsletter|share|sharing|social"
    r"|related|sponsor\w*|outbrain|taboola|paywall|subscribe)(?:$|[-_\s])",
    re.IGNORECASE,
)


def _without_page_furniture(html: str) -> str:
    """Drop ad, cookie, share and newsletter blocks that trafilatura may keep inside an article."""
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, ImportError):
        return html
    except Exception:  # lxml raises its own parser errors on broken markup
        return html
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "main", "article"):
            continue
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if marker.strip() and _FURNITURE.search(marker) and element.getparent() is not None:
            element.drop_tree()
    return lxml_html.tostring(tree, encoding="unicode")


def _paragraph_text(html: str) -> str:
    """Fallback when trafilatura finds no main text: the page's paragraphs and headings."""
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(html)
    except Exception:  # lxml raises its own parser errors on broken markup
        return re.sub(r"<[^>]+>", " ", html)
    blocks = tree.xpath("//h1|//h2|//h3|//p|//li")
    return "\n".join(" ".join(block.text_content().split()) for block in blocks)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return (
        "<html" in head
        or "<!doctype html" in head
        or bool(re.search(r"<(p|div|body|article)\b", head))
    )
