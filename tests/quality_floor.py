#!/usr/bin/env python3
"""Guards extraction quality: runs plotgraph-eval on LitBank and fails when a
figure falls below its floor. The floors sit a little under the figures last
reported in the issue notes, so a real regression fails and noise does not.

    quality_floor.py PLOTGRAPH_EVAL LITBANK_DIR

Exits 77 (ctest's skip code) when the shared LitBank data is absent.
"""
import json
import os
import subprocess
import sys

FLOORS = {
    ("detection", "all", "f1"): 0.80,
    ("detection", "character", "f1"): 0.82,
    ("detection", "place", "f1"): 0.74,
    ("clustering", "all", "f1"): 0.91,
    ("clustering", "detected", "f1"): 0.945,
}


def main() -> int:
    evaluator, litbank = sys.argv[1], sys.argv[2]
    if not os.path.isdir(os.path.join(litbank, "coref", "tsv")):
        print(f"skipped: no LitBank data at {litbank}")
        return 77
    result = subprocess.run([evaluator, "litbank", "--dir", litbank, "--json"],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        return 1
    figures = json.loads(result.stdout)
    failed = False
    for (section, group, measure), floor in FLOORS.items():
        value = figures[section][group][measure]
        status = "ok" if value >= floor else "BELOW FLOOR"
        failed = failed or value < floor
        print(f"{section}/{group}/{measure}: {value:.3f} (floor {floor:.2f}) {status}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
