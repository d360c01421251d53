"""Train ``negotiations/extraction/data/sentence_model.json`` on the annotated articles.

Usage: ``python negotiations/extraction/data/tools/train_sentence_model.py [--exclude SET ...]``

Every folder of ``tests/extraction`` holding gold files is training data, and so is the public
set, except the folders named with ``--exclude`` (and those listed in ``SEALED``): a set written
blind stays out of the model until the engine has had its first run on it, or that run would
not be blind. Training is seeded, so the same folders give the same file.
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))

from negotiations.extraction.sentence_model import MODEL_FILE, labelled_sentences, train  # noqa: E402

SETS = ROOT / "tests" / "extraction"
SEALED: frozenset[str] = frozenset()  # sets written blind whose first run has not happened yet


def training_folders(excluded: set[str]) -> list[Path]:
    folders = [
        folder
        for folder in sorted(SETS.iterdir())
        if folder.is_dir()
        and folder.name not in excluded | SEALED
        and any(folder.glob("*.gold.json"))
    ]
    shared = ROOT.parent / "shared" / "articles"
    if shared.is_dir() and not (SETS / "public").is_dir():
        folders.append(shared)
    return folders


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", nargs="*", default=[], metavar="SET")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args()
    folders = training_folders(set(args.exclude))
    rows = labelled_sentences(folders)
    model = train(rows)
    args.out.write_text(
        json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    sizes = ", ".join(f"{t} {len(w)}" for t, w in model.weights.items())
    print(f"{len(rows)} sentences from {len(folders)} folders; weights per type: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
