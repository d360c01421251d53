"""Redis outage catch-up: how long from Redis being back to a lost refresh visible.

Runs the fault test `tests/test_fault_redis_down.py` (private Redis, web + worker + beat with
the reconciliation every second) `--runs` times, reads the measurement each run leaves in
var/fault-redis-catchup.json, and writes the block between <!-- faults:start --> and
<!-- faults:end --> in bench/RESULTS.md:

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_faults
    export REDIS_URL=redis://127.0.0.1:6379/6
    python bench/bench_faults.py --runs 5
"""

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"
MEASUREMENT = ROOT / "var" / "fault-redis-catchup.json"
TEST = "tests/test_fault_redis_down.py"


def run_once() -> dict:
    MEASUREMENT.unlink(missing_ok=True)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "negotiations.settings.test"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", TEST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.exit(f"{TEST} failed:\n{result.stdout[-5000:]}{result.stderr[-2000:]}")
    return json.loads(MEASUREMENT.read_text())


def write_results(block: str) -> None:
    start, end = "<!-- faults:start -->", "<!-- faults:end -->"
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    new_block = f"{start}\n{block.rstrip()}\n{end}"
    if start in text:
        text = re.sub(
            re.escape(start) + ".*?" + re.escape(end), lambda _: new_block, text, flags=re.S
        )
    else:
        text = text.rstrip() + "\n\n" + new_block + "\n"
    RESULTS.write_text(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="Print only.")
    args = parser.parse_args(argv)
    runs = []
    for i in range(args.runs):
        runs.append(run_once())
        print(f"run {i + 1}: {runs[-1]}", flush=True)
    catchup = [r["redis_back_to_entry_visible_seconds"] for r in runs]
    save = [r["admin_save_with_redis_down_seconds"] for r in runs]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    block = f"""## Faults: Redis outage catch-up

Run {time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())} on {platform.node()} \
({os.cpu_count()} cores, load average {load}); {args.runs} runs of `{TEST}`: a private Redis \
stopped under a web process and a worker with beat (`TIMELINE_RECONCILE_EVERY=\
{runs[0]["reconcile_every_seconds"]:g}`), an admin save made while it is down, then Redis started again.

```
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_faults
export REDIS_URL=redis://127.0.0.1:6379/6
python bench/bench_faults.py --runs {args.runs}
```

| measure | median | max |
|---|---|---|
| Redis back → the edit made while it was down visible on the timeline | {statistics.median(catchup):.2f} s | {max(catchup):.2f} s |
| admin save (POST → redirect) with Redis down | {statistics.median(save):.2f} s | {max(save):.2f} s |

The catch-up is the worker's and beat's reconnection (beat retries every 2 s) plus one
reconciliation interval plus one full rebuild of the track; in production the interval is
`TIMELINE_RECONCILE_EVERY` (300 s), so expect up to ≈ 5 minutes. The save with Redis down
spends ≈ 1 s in Celery's publish retries before the miss is recorded for reconciliation.
"""
    print(block)
    if not args.no_write:
        write_results(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
