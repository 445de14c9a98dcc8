#!/usr/bin/env python3
"""Guards whole-story quality: runs plotgraph-eval story-gold on the hand-made
gold files (tools/eval/gold) and fails when a total falls below its floor. The
floors sit about 0.03 under the figures measured when they were set, so a real
regression fails and small changes do not.

    story_gold_floor.py PLOTGRAPH_EVAL CMU_PLOT_SUMMARIES_TSV

Exits 77 (ctest's skip code) when the shared CMU sample is absent.
"""
import json
import os
import subprocess
import sys

FLOORS = {
    ("characters", "named", "f1"): 0.88,
    ("characters", "all", "f1"): 0.70,
    ("relations", "all", "f1"): 0.47,
    ("relations", "helped", "f1"): 0.50,
    ("events", "recall"): 0.81,
    ("events", "order_agreement"): 0.88,
}


def figure(totals: dict, path: tuple) -> float:
    for key in path:
        totals = totals[key]
    return totals


def main() -> int:
    evaluator, tsv = sys.argv[1], sys.argv[2]
    if not os.path.isfile(tsv):
        print(f"skipped: no CMU summaries at {tsv}")
        return 77
    result = subprocess.run([evaluator, "story-gold", "--cmu", tsv, "--json"],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        return 1
    totals = json.loads(result.stdout)["totals"]
    failed = False
    for path, floor in FLOORS.items():
        value = figure(totals, path)
        status = "ok" if value >= floor else "BELOW FLOOR"
        failed = failed or value < floor
        print(f"{'/'.join(path)}: {value:.3f} (floor {floor:.3f}) {status}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
