"""`manage.py extract_events FILE [FILE ...] [--published YYYY-MM-DD] [--out DIR]`"""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...extraction import ArticleError, extract, read_article
from ...extraction.files import parse_date
from ...importing import ArticleRejected, _looks_binary, gazetteer_from_database


class Command(BaseCommand):
    help = (
        "Extract negotiation events from article files (.txt or .html) with the database's "
        "actors and aliases as the gazetteer; print one JSON document per file, or write "
        "DIR/<stem>.pred.json with --out."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--published", help="publication date YYYY-MM-DD")
        parser.add_argument("--out", type=Path, help="write DIR/<file stem>.pred.json")

    def handle(self, *args, files, published, out, **options):
        try:
            published_on = parse_date(published)
        except ArticleError as error:
            raise CommandError(str(error)) from None
        if out:
            out.mkdir(parents=True, exist_ok=True)
        gazetteer = gazetteer_from_database()
        failures = 0
        for path in files:
            try:
                article = read_article(path)
                if _looks_binary(article.text):
                    raise ArticleRejected(f"{path}: looks like a binary file, not text or HTML")
            except (ArticleError, ArticleRejected) as error:
                self.stderr.write(f"error: {error}")
                failures += 1
                continue
            result = extract(
                article.text,
                published=published_on,
                gazetteer=gazetteer,
                content_type=article.content_type,
            )
            result.file = path.name
            if published_on is None and result.published is None:
                self.stderr.write(
                    f"warning: {path.name}: no publication date given (--published) or found "
                    "in the page's metadata; relative dates are left unresolved"
                )
            for warning in result.warnings:
                self.stderr.write(f"warning: {path.name}: {warning}")
            document = result.to_json()
            if out:
                target = out / f"{path.stem}.pred.json"
                target.write_text(
                    json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8"
                )
                self.stderr.write(f"wrote {target}")
            else:
                self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
        if failures:
            self.stderr.flush()
            sys.exit(1)
