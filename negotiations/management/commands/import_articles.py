"""`manage.py import_articles PATH_OR_URL ... [--published DATE] [--track SLUG]`

Each file (or every .txt/.html file in a directory) or URL becomes a Source, once; its
extraction is queued for the Celery workers. A progress bar runs on stderr."""

import shutil
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ...extraction import ArticleError, read_article
from ...extraction.files import parse_date
from ...fetching import FetchError, decode_body, fetch_article, normalize_url
from ...importing import ArticleRejected, find_existing_source, import_article
from ...models import Source, Track

SUFFIXES = {".txt", ".html", ".htm"}


def expand(items: list[str]) -> list[str]:
    """Files and URLs as given; a directory stands for its .txt/.html files, sorted."""
    expanded: list[str] = []
    for item in items:
        path = Path(item)
        if "://" not in item and path.is_dir():
            expanded += sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
        else:
            expanded.append(item)
    return expanded


class Progress:
    """A one-line progress bar on a terminal; plain lines every 10% when not a terminal."""

    def __init__(self, total: int, stream):
        self.total, self.stream, self.done = total, stream, 0
        self.started = time.monotonic()
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.last_decile = -1

    def step(self, counts: dict) -> None:
        self.done += 1
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        summary = " ".join(f"{key}={value}" for key, value in counts.items())
        if self.tty:
            width = max(10, min(40, shutil.get_terminal_size().columns - 60))
            filled = int(width * self.done / max(self.total, 1))
            bar = "█" * filled + "·" * (width - filled)
            self.stream.write(f"\r{bar} {self.done}/{self.total} {rate:.1f}/s {summary}")
            if self.done == self.total:
                self.stream.write("\n")
        else:
            decile = 10 * self.done // max(self.total, 1)
            if decile != self.last_decile or self.done == self.total:
                self.last_decile = decile
                self.stream.write(f"{self.done}/{self.total} {rate:.1f}/s {summary}\n")
        self.stream.flush()


class Command(BaseCommand):
    help = "Import article files, directories of them, or URLs; extraction runs on the workers."

    def add_arguments(self, parser):
        parser.add_argument("items", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument("--published", help="publication date YYYY-MM-DD for all of them")
        parser.add_argument("--track", help="slug of the track they belong to")
        parser.add_argument("--language", default="", help="ISO code, e.g. it (else detected)")
        parser.add_argument(
            "--no-extract", action="store_true", help="store the sources, queue nothing"
        )

    def handle(self, *args, items, published, track, language, no_extract, **options):
        try:
            published_on = parse_date(published)
        except ArticleError as error:
            raise CommandError(str(error)) from None
        track_obj = None
        if track:
            track_obj = Track.objects.filter(slug=track).first()
            if track_obj is None:
                raise CommandError(f"No track with the slug {track!r}.")
        targets = expand(items)
        counts = {"created": 0, "existing": 0, "failed": 0}
        progress = Progress(len(targets), sys.stderr)
        errors: list[str] = []
        for item in targets:
            try:
                outcome = self._import_one(
                    item,
                    published=published_on,
                    track=track_obj,
                    language=language,
                    enqueue=not no_extract,
                )
            except (ArticleError, ArticleRejected, FetchError) as error:
                counts["failed"] += 1
                message = str(error)
                errors.append(message if message.startswith(item) else f"{item}: {message}")
            else:
                counts["created" if outcome.created else "existing"] += 1
            progress.step(counts)
        for error in errors:
            self.stderr.write(f"error: {error}")
        self.stdout.write(
            f"{counts['created']} imported, {counts['existing']} already present, "
            f"{counts['failed']} refused."
        )
        if counts["failed"]:
            sys.exit(1)

    def _import_one(self, item: str, *, published, track, language, enqueue):
        common = {"published": published, "track": track, "language": language}
        if item.startswith(("http://", "https://")) or "://" in item:
            item = normalize_url(item)
            existing = find_existing_source(url=item)
            if existing is not None:  # known URL: not fetched again
                return import_article(
                    raw="", url=item, origin=Source.Origin.URL, enqueue=enqueue, **common
                )
            fetched = fetch_article(item)
            text = decode_body(fetched)
            with transaction.atomic():
                return import_article(
                    raw=text,
                    url=item,
                    origin=Source.Origin.URL,
                    content_type="html" if fetched.is_html else "text",
                    enqueue=enqueue,
                    **common,
                )
        article = read_article(item)
        with transaction.atomic():
            return import_article(
                raw=article.text,
                origin=Source.Origin.COMMAND,
                content_type=article.content_type,
                filename=Path(item).name,
                enqueue=enqueue,
                **common,
            )
