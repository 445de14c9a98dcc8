#!/usr/bin/env bash
# plotgraph's corpus-scale benchmark (issue: speed and memory, side by side).
#
#   bench/run.sh [BUILD_DIR] [--mb 50] [--peer-mb 2] [--runs 3]
#
# 1. Builds a corpus of at least --mb MB from the real texts in ../shared/data
#    (the CMU summaries and LitBank), as JSON Lines and as plain text.
# 2. Runs, on that corpus and timing each with /usr/bin/time (wall clock, peak RSS):
#    - the floor: bench/icu_floor, ICU sentence and word breaks only;
#    - plotgraph batch with 1 thread and with every core;
#    - the peer, compromise (installed from npm by this script), on the first
#      --peer-mb MB of the same text, which at its speed is minutes already.
#    Each is run --runs times and the fastest run counts.
# 3. Prints a table: MB/s, words/s, peak memory, and the ratios the issue asks
#    for (plotgraph as a fraction of the floor, as a multiple of compromise,
#    two threads over one). Results are also kept in bench/out/results.json.
# Needs a Release build (scripts/setup.sh demo makes build/) and python3; installs time,
# nodejs and npm with apt-get when they are missing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
build="$repo/build"
mb=50
peer_mb=2
runs=3
while [[ $# -gt 0 ]]; do
    case "$1" in
        --mb) mb="$2"; shift 2 ;;
        --peer-mb) peer_mb="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        -*) echo "usage: bench/run.sh [BUILD_DIR] [--mb N] [--peer-mb N] [--runs N]" >&2; exit 2 ;;
        *) build=$(realpath "$1"); shift ;;
    esac
done
data="$repo/../shared/data"
plotgraph="$build/src/plotgraph"
floor="$build/bench/icu_floor"
for program in "$plotgraph" "$floor"; do
    [[ -x $program ]] || { echo "bench: $program is missing: build first (scripts/setup.sh demo)" >&2; exit 1; }
done
# What the benchmark needs beyond the build: /usr/bin/time, node and npm for the peer.
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
command -v node > /dev/null || missing+=(nodejs)
command -v npm > /dev/null || missing+=(npm)
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "bench: installing ${missing[*]}" >&2
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

out="$here/out"
mkdir -p "$out"
python3 "$here/make_corpus.py" --data "$data" --min-mb "$mb" --jsonl "$out/corpus.jsonl" --text "$out/corpus.txt"
cores=$(nproc)

# measure NAME COMMAND...: runs it $runs times, stdout to $out/NAME.out, and
# records the fastest run's "seconds peak_kb user_s system_s" in $out/NAME.time: a shared
# machine only ever makes a run slower, never faster.
measure() {
    local name="$1"; shift
    local best="" run
    for ((run = 1; run <= runs; run++)); do
        /usr/bin/time -f "%e %M %U %S" -o "$out/$name.try" "$@" > "$out/$name.out"
        if [[ -z $best ]] || awk -v a="$(cut -d' ' -f1 "$out/$name.try")" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
            best=$(tail -1 "$out/$name.try")
        fi
    done
    echo "$best" > "$out/$name.time"
    rm -f "$out/$name.try"
}

echo "bench: ICU floor" >&2
measure floor "$floor" "$out/corpus.txt"
echo "bench: plotgraph, 1 thread" >&2
measure plotgraph-1 "$plotgraph" batch --threads 1 "$out/corpus.jsonl"
echo "bench: plotgraph, $cores threads" >&2
measure plotgraph-n "$plotgraph" batch --threads "$cores" "$out/corpus.jsonl"

if [[ ! -d $here/compromise/node_modules/compromise ]]; then
    (cd "$here/compromise" && npm ci --no-audit --no-fund > /dev/null)
fi
echo "bench: compromise on the first $peer_mb MB" >&2
measure compromise node "$here/compromise/throughput.mjs" "$out/corpus.txt" "$peer_mb"

python3 - "$out" "$cores" <<'PY'
import json, pathlib, sys
out, cores = pathlib.Path(sys.argv[1]), int(sys.argv[2])
def timing(name):
    seconds, peak_kb, user, system = (out / f"{name}.time").read_text().split()[-4:]
    return float(seconds), int(peak_kb) / 1024, float(user) + float(system)
floor = json.loads((out / "floor.out").read_text())
peer = json.loads((out / "compromise.out").read_text())
words_per_byte = floor["words"] / floor["bytes"]
rows = {}
for name, label, size in [("floor", "ICU floor (breaks only)", floor["bytes"]),
                          ("plotgraph-1", "plotgraph batch, 1 thread", floor["bytes"]),
                          ("plotgraph-n", f"plotgraph batch, {cores} threads", floor["bytes"]),
                          ("compromise", "compromise 14.17.0 (first part)", peer["bytes"])]:
    seconds, peak, cpu = timing(name)
    mbps = size / 1e6 / seconds
    rows[name] = {"label": label, "mb": size / 1e6, "seconds": seconds, "mb_per_s": mbps,
                  "words_per_s": mbps * 1e6 * words_per_byte, "peak_mb": peak, "cpu_seconds": cpu,
                  "mb_per_cpu_s": size / 1e6 / cpu if cpu > 0 else float("nan")}
lines = sum(1 for _ in (out / "plotgraph-1.out").open())
print(f"corpus: {floor['bytes'] / 1e6:.1f} MB, {floor['records']} records, {floor['words']} words; "
      f"plotgraph wrote {lines} lines")
print(f"{'':34} {'MB':>7} {'s':>8} {'MB/s':>8} {'words/s':>11} {'peak MB':>8} {'CPU s':>7} {'MB/CPU s':>9}")
for row in rows.values():
    print(f"{row['label']:34} {row['mb']:7.1f} {row['seconds']:8.2f} {row['mb_per_s']:8.2f} "
          f"{row['words_per_s']:11.0f} {row['peak_mb']:8.1f} {row['cpu_seconds']:7.2f} {row['mb_per_cpu_s']:9.2f}")
one, many = rows["plotgraph-1"]["mb_per_s"], rows["plotgraph-n"]["mb_per_s"]
ratios = {"one_thread_vs_floor": one / rows["floor"]["mb_per_s"],
          "one_thread_vs_compromise": one / rows["compromise"]["mb_per_s"],
          "threads_speedup": many / one}
print(f"plotgraph, 1 thread: {ratios['one_thread_vs_floor']:.1%} of the ICU floor (target 25%), "
      f"{ratios['one_thread_vs_compromise']:.0f}x compromise (target 100x); "
      f"{cores} threads: {ratios['threads_speedup']:.2f}x one (target 1.8x for 2)")
(out / "results.json").write_text(json.dumps({"rows": rows, "ratios": ratios, "cores": cores}, indent=2) + "\n")
PY
