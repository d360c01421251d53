"""Score the extraction engine on every evaluation set, each article with its gold
publication date, using the full shipped reference gazetteer (no database needed).

    python bench/score_sets.py [--write]

Sets: the public articles (rules were written against them), then sets written by other
engineers who never saw the engine; each was blind until its first run and is tuned on
after it. Each set's first run, before anyone read its articles, is the honest estimate for
articles the engine has not seen; the ``final`` set has still never been read.
"""

import argparse
import contextlib
import importlib.util
import io
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from results import write_block  # noqa: E402

from negotiations.extraction import Gazetteer, extract  # noqa: E402
from negotiations.extraction.files import read_article  # noqa: E402

SHARED = ROOT.parent / "shared" / "articles"
if not (SHARED / "score.py").exists():
    SHARED = ROOT / "tests" / "extraction" / "public"  # the copy kept for clones elsewhere
SETS = [
    ("public", SHARED, "rules written against it"),
    (
        "held-out",
        ROOT / "tests" / "extraction" / "heldout",
        "tuned on after a first blind run (F1 0.48)",
    ),
    ("fresh", ROOT / "tests" / "extraction" / "fresh", "tuned on after a first blind run"),
    (
        "blind (earlier round)",
        ROOT / "tests" / "extraction" / "blind",
        "blind until its first run (F1 0.62), tuned on since",
    ),
    ("dev", ROOT / "tests" / "extraction" / "dev", "first blind run F1 0.55, tuned on since"),
    ("dev2", ROOT / "tests" / "extraction" / "dev2", "first blind run F1 0.46, tuned on since"),
    ("dev3", ROOT / "tests" / "extraction" / "dev3", "first blind run F1 0.64, tuned on since"),
    ("dev4", ROOT / "tests" / "extraction" / "dev4", "first blind run F1 0.57, tuned on since"),
    (
        "dev5",
        ROOT / "tests" / "extraction" / "dev5",
        "blind until its first run at ae97a0d (F1 0.71)",
    ),
    (
        "final2",
        ROOT / "tests" / "extraction" / "final2",
        "blind until its first run at 497413e (F1 0.46, bench/final2_first_run.txt), tuned on since",
    ),
    (
        "final3",
        ROOT / "tests" / "extraction" / "final3",
        "blind until its first run at 148c356 (F1 0.68, bench/final3_first_run.txt), tuned on since",
    ),
    (
        "final4",
        ROOT / "tests" / "extraction" / "final4",
        "blind until its first run at 9a5ded2 (F1 0.59, bench/final4_first_run.txt), tuned on since",
    ),
    (
        "final5",
        ROOT / "tests" / "extraction" / "final5",
        "blind until its first run at 3273c8a (F1 0.63, bench/final5_first_run.txt), lightly tuned on since",
    ),
    (
        "final6",
        ROOT / "tests" / "extraction" / "final6",
        "blind until its first run at fc8e424 (F1 0.63, bench/final6_first_run.txt), tuned on since",
    ),
    (
        "final7",
        ROOT / "tests" / "extraction" / "final7",
        "blind until its first run at 423b65c (F1 0.60, bench/final7_first_run.txt), tuned on since",
    ),
    (
        "final8",
        ROOT / "tests" / "extraction" / "final8",
        "blind until its first run at 565632a (F1 0.64, bench/final8_first_run.txt), lightly tuned on since",
    ),
    (
        "final9a",
        ROOT / "tests" / "extraction" / "final9a",
        "blind until its first run at 938199e (F1 0.69, bench/final9a_first_run.txt), tuned on since",
    ),
    (
        "final9b",
        ROOT / "tests" / "extraction" / "final9b",
        "blind until its first run at 938199e (F1 0.53, bench/final9b_first_run.txt), tuned on since",
    ),
    (
        "final10a",
        ROOT / "tests" / "extraction" / "final10a",
        "blind until its first run at 9562b0e (F1 0.35, bench/final10a_first_run.txt), tuned on since",
    ),
    (
        "final10b",
        ROOT / "tests" / "extraction" / "final10b",
        "blind until its first run at 9562b0e (F1 0.62, bench/final10b_first_run.txt), tuned on since",
    ),
    (
        "final9c",
        ROOT / "tests" / "extraction" / "final9c",
        "sealed all session; first run at 3c8ed12 (F1 0.57, bench/final9c_first_run.txt), not tuned on",
    ),
    (
        "final11a",
        ROOT / "tests" / "extraction" / "final11a",
        "sealed until its first run at f9314bb (F1 0.73, bench/final11a_first_run.txt), not tuned on",
    ),
    (
        "final11b",
        ROOT / "tests" / "extraction" / "final11b",
        "sealed until its first run at f9314bb (F1 0.67, bench/final11b_first_run.txt), not tuned on",
    ),
    (
        "final12b",
        ROOT / "tests" / "extraction" / "final12b",
        "sealed until its first run at 1ec211a (F1 0.83, bench/final12b_first_run.txt), tuned on since",
    ),
    *(
        (
            name,
            ROOT / "tests" / "extraction" / name,
            f"sealed until its first run at a34d385 (F1 {f1}, bench/{name}_first_run.txt), tuned on since",
        )
        for name, f1 in (
            ("final12a", "0.63"),
            ("final12c", "0.53"),
            ("final12d", "0.67"),
            ("final12e", "0.60"),
            ("final12f", "0.70"),
        )
    ),
    *(
        (
            name,
            ROOT / "tests" / "extraction" / name,
            f"sealed until its first run at {engine} (F1 {f1}, bench/{name}_first_run.txt){after}",
        )
        for name, engine, f1, after in (
            ("final12g", "05a16d6", "0.62", ", lightly tuned on since"),
            ("final12h", "05a16d6", "0.49", ", lightly tuned on since"),
            ("final12i", "11a653a", "0.59", ", not tuned on"),
            ("final12j", "11a653a", "0.61", ", not tuned on"),
            ("final13a", "637eb24", "0.55", ", read and tuned on since"),
            ("final13b", "637eb24", "0.45", ", read and tuned on since"),
            ("final13c", "cf63bc1", "0.67", ", read and tuned on in the next session"),
            ("final13d", "cf63bc1", "0.53", ", read and tuned on in the next session"),
            ("final14a", "3c2c9f1", "0.45", ", read and tuned on since"),
            ("final14b", "3c2c9f1", "0.59", ", read and tuned on since"),
            ("final14c", "3c2c9f1", "0.46", ", read and tuned on since"),
            ("final14d", "3c2c9f1", "0.54", ", read and tuned on since"),
            ("final15a", "78d4477", "0.60", ", read since"),
            ("final15b", "78d4477", "0.54", ", read since"),
            ("final15c", "78d4477", "0.55", ", read since"),
            ("final15d", "78d4477", "0.56", ", read since"),
            ("final16a", "78d4477", "0.53", ", read since"),
            ("final16b", "78d4477", "0.35", ", read and tuned on since (chronology headings)"),
            ("final16c", "78d4477", "0.51", ", read since"),
            ("final16d", "78d4477", "0.59", ", read since"),
            ("final17a", "ec7c199", "0.43", ", not tuned on"),
            ("final17b", "ec7c199", "0.49", ", not tuned on"),
            ("final17c", "ec7c199", "0.42", ", not tuned on"),
            ("final17d", "ec7c199", "0.55", ", not tuned on"),
            ("final18a", "7e68c2d", "0.49", ", not tuned on"),
            ("final18b", "7e68c2d", "0.36", ", not tuned on"),
            ("final18c", "7e68c2d", "0.63", ", not tuned on"),
            ("final18d", "7e68c2d", "0.54", ", not tuned on"),
            ("final19a", "aac0dec", "0.58", ", in the sentence model's training since"),
            ("final19b", "aac0dec", "0.50", ", in the sentence model's training since"),
            ("final19c", "aac0dec", "0.65", ", in the sentence model's training since"),
            ("final19d", "aac0dec", "0.72", ", in the sentence model's training since"),
            ("final20a", "7b60876", "0.57", ", in the sentence model's training since"),
            ("final20b", "7b60876", "0.65", ", in the sentence model's training since"),
            ("final20c", "7b60876", "0.55", ", in the sentence model's training since"),
            ("final20d", "7b60876", "0.63", ", in the sentence model's training since"),
            ("final21a", "508fca3", "0.46", ", in the sentence model's training since"),
            ("final21b", "508fca3", "0.64", ", in the sentence model's training since"),
            ("final21c", "508fca3", "0.59", ", in the sentence model's training since"),
            ("final21d", "508fca3", "0.50", ", in the sentence model's training since"),
        )
    ),
    (
        "final",
        Path(os.environ.get("FINAL_DIR", ROOT / "tests" / "extraction" / "final")),
        "blind until its first run at 83e4eb7 (F1 0.61, bench/final_first_run.txt)",
    ),
]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_set(gold_dir: Path, gazetteer: Gazetteer, scorer) -> tuple[str, int, float]:
    import datetime

    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        count = 0
        for gold in sorted(gold_dir.glob("*.gold.json")):
            meta = json.loads(gold.read_text())["article"]
            article = read_article(gold_dir / meta["file"])
            published = datetime.date.fromisoformat(meta["published"])
            result = extract(
                article.text,
                published=published,
                gazetteer=gazetteer,
                content_type=article.content_type,
            )
            (Path(out) / f"{gold.name.removesuffix('.gold.json')}.pred.json").write_text(
                json.dumps(result.to_json(), ensure_ascii=False)
            )
            count += 1
        elapsed = time.perf_counter() - started
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            scorer.main(["--gold", str(gold_dir), "--pred", out])
    output = buffer.getvalue().splitlines()
    overall = [line for line in output if line.startswith("OVERALL")][-1]
    per_article = [line for line in output if " gold=" in line and "P=" in line and line[:1] != " "]
    per_article = [line for line in per_article if not line.startswith(("type", "overall"))]
    return overall, count, elapsed, per_article


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    scorer = load_scorer()
    gazetteer = Gazetteer.reference()
    rows = []
    for name, directory, provenance in SETS:
        if not directory.exists():
            continue
        overall, count, elapsed, per_article = score_set(directory, gazetteer, scorer)
        values = dict(re.findall(r"(\w+)=([\d.]+)", overall))
        rows.append((name, count, provenance, values, elapsed, per_article, overall))
        print(f"{name:9s} {count:2d} articles  {overall}")
    lines = [
        "## Extraction quality on every evaluation set",
        "",
        "`python bench/score_sets.py --write` — full shipped gazetteer, each article with its",
        "gold publication date. Sets are tuned on after their first run, so the honest figures",
        "for unseen articles are the first blind runs listed below the table (latest session, 60",
        "articles final19a–21d, each at its first run with the learned sentence model: pooled F1",
        "0.59, P 0.64 R 0.55; the engine before the model scores 0.56 on the same 60; the 80",
        "articles of the session before pooled 0.51, the 20 before those 0.51, the 20 before those",
        "0.55, the 50 before those 0.63; the `final` line is still unread). Since the sentence",
        "model is trained on every set below, their scores here are partly memory.",
        "",
        "| set | articles | provenance | P | R | F1 | dates | actors_R |",
        "|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for name, count, provenance, v, *_ in rows:
        lines.append(
            f"| {name} | {count} | {provenance} | {v['P']} | {v['R']} | **{v['F1']}** | "
            f"{v['dates']} | {v['actors_R']} |"
        )
    lines += [
        "",
        "First blind runs (the honest figures; each set was written by an engineer who never",
        "saw the engine, and each run came after tuning on the sets above it):",
        "",
        "| set | first run | F1 |",
        "|---|---|---:|",
        "| held-out | earlier session | 0.48 |",
        "| blind (earlier round) | earlier session, final engine of that session | 0.62 |",
        "| dev | a later session, after tuning on the earlier blind set | 0.55 |",
        "| dev2 | after tuning on dev | 0.46 |",
        "| dev3 | after tuning on dev, dev2 | 0.64 |",
        "| dev4 | after tuning on dev–dev3 | 0.57 |",
        "| **final** | engine frozen at 83e4eb7, articles never read | **0.61** |",
        "| dev5 | at ae97a0d (topics revisit older sets) | 0.71 |",
        "| **final2** | engine at 497413e, next session, articles never read | **0.46** |",
        "| **final3** | engine at 148c356 (27 Nov), after tuning on final2, never read | **0.68** |",
        "| **final4** | engine at 9a5ded2 (27 Nov), after tuning on final3, never read | **0.59** |",
        "| **final5** | engine at 3273c8a (27 Nov), after tuning on final4, never read | **0.63** |",
        "| **final6** | engine at fc8e424 (27 Nov, next session), 2022–2025 events, never read | **0.63** |",
        "| **final7** | engine at 423b65c, after tuning on final6 (0.63 → 0.77), never read | **0.60** |",
        "| **final8** | engine at 565632a, end of the session (tuned on final6, final7), never read | **0.64** |",
        "| **final9a** | engine at 938199e (next session, after light tuning on final8), never read | **0.69** |",
        "| **final9b** | engine at 938199e, same run as final9a | **0.53** |",
        "| **final10a** | engine at 9562b0e, after tuning on final9a, final9b | **0.35** |",
        "| **final10b** | engine at 9562b0e, same run as final10a | **0.62** |",
        "| **final9c** | engine at 3c8ed12, after tuning on final8–final10b; sealed until then | **0.57** |",
        "| **final11a** | engine at f9314bb, end of the session; written and sealed during it | **0.73** |",
        "| **final11b** | engine at f9314bb, same run as final11a | **0.67** |",
        "| **final12b** | engine at 1ec211a (27 Nov, fourth session, after tuning on final9c–final11b) | **0.83** |",
        "| **final12a, c, d, e, f** | engine at a34d385, 25 articles pooled: P 0.70 R 0.58, dates 0.94, actors_R 0.87 | **0.63** (0.63, 0.53, 0.67, 0.60, 0.70) |",
        "| **final12g, h** | engine at 05a16d6, sealed until then; 10 articles pooled: P 0.69 R 0.46, dates 0.87 | **0.55** (0.62, 0.49) |",
        "| **final12i, j** | engine at 11a653a, the end of the session; 10 articles pooled: P 0.69 R 0.53, dates 0.92 | **0.60** (0.59, 0.61) |",
        "| **all 50 articles of the session** | each at its first run | **0.63** (P 0.71 R 0.56, dates 0.92, actors_R 0.85) |",
        "| **final13a, b** | engine at 637eb24 (27 Nov, fifth session, after its inflection and same-day work); 10 articles pooled: P 0.59 R 0.43, dates 0.93, actors_R 0.81; the engine of the session before (f9c1151) scores 0.49 on them | **0.50** (0.55, 0.45) |",
        "| **final13c, d** | engine at cf63bc1, the end of the fifth session, sealed until then; 10 articles pooled: P 0.65 R 0.56, dates 0.96, actors_R 0.87; the engine of the session before scores 0.60 on them too | **0.60** (0.67, 0.53) |",
        "| **all 20 articles of the fifth session** | each at its first run | **0.55** (P 0.62 R 0.49, dates 0.95, actors_R 0.84) |",
        "| **final14a, b, c, d** | engine at 3c2c9f1, the end of the sixth session, all four sealed until then; 20 articles pooled: P 0.59 R 0.45, dates 0.96, actors_R 0.85; the engine the session started from (5d0e82c) scores 0.48 on them, and without the two articles whose negotiation a read set also covers, 0.48 and 0.49 | **0.51** (0.45, 0.59, 0.46, 0.54) |",
        "| **final15a–d, final16a–d** | engine at 78d4477 (27 Nov, seventh session, after its tuning), all eight sealed until then; 40 articles pooled: P 0.61 R 0.48, dates 0.96, actors_R 0.87; the engine the session started from (f7b787c) scores 0.52 on them (tp 154 against 159) | **0.53** (0.60, 0.54, 0.55, 0.56, 0.53, 0.35, 0.51, 0.59) |",
        "| **final17a, b, c, d** | engine at ec7c199, the end of the seventh session, after tuning on final15–16; sealed until then; 20 articles pooled: P 0.55 R 0.42, dates 0.99, actors_R 0.85; the start engine (f7b787c) and the mid-session engine (78d4477) score the same 68 true positives | **0.48** (0.43, 0.49, 0.42, 0.55) |",
        "| **final18a, b, c, d** | engine at 7e68c2d, the session's final engine (undated meetings no longer reported), sealed until then; 20 articles pooled: P 0.63 R 0.42, dates 0.92, actors_R 0.81; the start engine scores 0.47 on them, the mid-session engine 0.48 | **0.50** (0.49, 0.36, 0.63, 0.54) |",
        "| **all 80 articles of the seventh session** | each at its first run | **0.51** (P 0.60 R 0.45; the start engine 0.50) |",
        "| **final19a, b, c, d** | engine at aac0dec (27 Nov, eighth session): the learned sentence model, trained without these; sealed until then; 20 articles pooled: P 0.62 R 0.61, dates 0.96, actors_R 0.88; the engine before the model (70819ae) scores 0.59 on them, the previous session's start engine 0.58 | **0.61** (0.58, 0.50, 0.65, 0.72) |",
        "| **final20a, b, c, d** | engine at 7b60876, the eighth session's final engine (model retrained with final19), sealed until then; 20 articles pooled: P 0.66 R 0.55, dates 0.95, actors_R 0.87; the engine before the model scores 0.57 on them, the previous session's start engine 0.54 | **0.60** (0.57, 0.65, 0.55, 0.63) |",
        "| **final21a, b, c, d** | engine at 508fca3, the end of the eighth session (model retrained with final19–20), sealed until then; 20 articles pooled: P 0.64 R 0.48, dates 0.90, actors_R 0.84; the engine before the model scores 0.51 on them, the previous session's start engine 0.49; two articles revisit negotiations of read sets (Brioni, Algiers 1989), 0.55 without them | **0.55** (0.46, 0.64, 0.59, 0.50) |",
        "| **all 60 articles of the eighth session** | each at its first run | **0.59** (P 0.64 R 0.55; the engine before the sentence model 0.56, the previous session's start engine 0.54) |",
        "",
        "The final set scored 0.61 again at ae97a0d and at ef098df, the frozen engine (the later",
        "changes, tuned on the dev sets only, did not alter its output); 0.62 at the end of the",
        "27 Nov second session.",
    ]
    lines += ["", "Per article (`score.py -v` lines):", ""]
    for name, _, _, _, _, per_article, overall in rows:
        lines += [f"{name}:", "", "```", *per_article, overall, "```", ""]
    if args.write:
        write_block("extraction-sets", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
