"""Reading article files safely: the checks the CLI and the Django command share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 2 * 1024 * 1024


class ArticleError(Exception):
    """An article file that cannot be extracted; the message is meant for a person."""


@dataclass
class Article:
    path: Path
    text: str
    content_type: str  # "text" | "html"


def read_article(path: str | Path) -> Article:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(f"{path}: file not found") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot read file ({error.strerror})") from None
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory, not an article file")
    if size == 0:
        raise ArticleError(f"{path}: file is empty")
    if size > MAX_BYTES:
        raise ArticleError(
            f"{path}: file is {size / 1_048_576:.1f} MB; articles over 2 MB are refused"
        )
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot read file ({error.strerror})") from None
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{path}: looks like a binary file, not text or HTML")
    text = _decode(raw, path)
    if not text.strip():
        raise ArticleError(f"{path}: file has no text")
    from .clean import looks_like_html

    suffix = path.suffix.lower()
    content_type = "html" if suffix in (".html", ".htm") or looks_like_html(text) else "text"
    return Article(path, text, content_type)


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ArticleError(f"{path}: not a text file (unknown character encoding)")
    return str(best)


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ArticleError(f"invalid date {value!r}: use YYYY-MM-DD") from None
