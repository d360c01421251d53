"""Redis outage catch-up: how long from Redis being back to a lost refresh visible.

Runs the fault tests `tests/test_fault_redis_down.py` and `tests/test_fault_redis_hangs.py`
(private Redis, web + worker + beat with the reconciliation every second) `--runs` times,
reads the measurements each run leaves in var/fault-redis-*.json, and writes the block between <!-- faults:start --> and
<!-- faults:end --> in bench/RESULTS.md:

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_faults
    export REDIS_URL=redis://127.0.0.1:6379/6
    python bench/bench_faults.py --runs 5
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from results import write_block

ROOT = Path(__file__).resolve().parent.parent
MEASUREMENTS = [ROOT / "var" / "fault-redis-catchup.json", ROOT / "var" / "fault-redis-hung.json"]
TESTS = ["tests/test_fault_redis_down.py", "tests/test_fault_redis_hangs.py"]


def run_once() -> dict:
    for path in MEASUREMENTS:
        path.unlink(missing_ok=True)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "negotiations.settings.test"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.exit(f"{TESTS} failed:\n{result.stdout[-5000:]}{result.stderr[-2000:]}")
    return {k: v for path in MEASUREMENTS for k, v in json.loads(path.read_text()).items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="Print only.")
    args = parser.parse_args(argv)
    runs = []
    for i in range(args.runs):
        runs.append(run_once())
        print(f"run {i + 1}: {runs[-1]}", flush=True)

    def cells(key: str) -> str:
        values = [r[key] for r in runs]
        return f"{statistics.median(values):.2f} s | {max(values):.2f} s"

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    block = f"""## Faults: Redis outage catch-up

Run {time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())} on {platform.node()} \
({os.cpu_count()} cores, load average {load}); {args.runs} runs of `{TESTS[0]}` and \
`{TESTS[1]}`: a private Redis stopped (killed, or SIGSTOPped: connections accepted, never \
answered) under a web process and a worker with beat (`TIMELINE_RECONCILE_EVERY=\
{runs[0]["reconcile_every_seconds"]:g}`), an admin save made meanwhile, then Redis back.

```
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_faults
export REDIS_URL=redis://127.0.0.1:6379/6
python bench/bench_faults.py --runs {args.runs}
```

| measure | median | max |
|---|---|---|
| Redis restarted → the edit made while it was down visible on the timeline | {cells("redis_back_to_entry_visible_seconds")} |
| admin save (POST → redirect) with Redis down (connection refused) | {cells("admin_save_with_redis_down_seconds")} |
| admin save with Redis hung (`TIMELINE_ENQUEUE_TIMEOUT=1`) | {cells("admin_save_with_redis_hung_seconds")} |
| Redis resumed (SIGCONT) → the edit made while it hung visible | {cells("redis_resumed_to_entry_visible_seconds")} |

The catch-up is the worker's and beat's reconnection (beat retries every 2 s) plus one
reconciliation interval plus one full rebuild of the track; in production the interval is
`TIMELINE_RECONCILE_EVERY` (300 s), so expect up to ≈ 5 minutes. Before the fix in
`signals._enqueue`, a save with Redis hung never answered (the publish waited forever on a
pooled connection without a socket timeout), and one with Redis down took ≈ 0.9 s of retries.
"""
    print(block)
    if not args.no_write:
        write_block("faults", block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
