"""``python -m negotiations.extraction FILE [FILE ...] [--published YYYY-MM-DD] [--out DIR]``"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .files import ArticleError, parse_date, read_article
from .gazetteer import Gazetteer
from .pipeline import extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m negotiations.extraction",
        description="Extract negotiation events from news articles.",
    )
    parser.add_argument("files", nargs="+", type=Path, help="article files (.txt or .html)")
    parser.add_argument("--published", help="publication date YYYY-MM-DD (else HTML metadata)")
    parser.add_argument("--out", type=Path, help="write DIR/<stem>.pred.json instead of printing")
    args = parser.parse_args(argv)
    try:
        published = parse_date(args.published)
    except ArticleError as error:
        parser.error(str(error))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    gazetteer = Gazetteer.reference()
    failures = 0
    for path in args.files:
        try:
            article = read_article(path)
        except ArticleError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        result = extract(
            article.text,
            published=published,
            gazetteer=gazetteer,
            content_type=article.content_type,
        )
        result.file = path.name
        for warning in result.warnings:
            print(f"warning: {path.name}: {warning}", file=sys.stderr)
        document = result.to_json()
        if args.out:
            target = args.out / f"{path.stem}.pred.json"
            target.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            print(json.dumps(document, ensure_ascii=False, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
