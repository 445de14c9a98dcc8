#!/usr/bin/env bash
# Does plotgraph's cost grow linearly with its input? Times each shape of
# input at one size and at ten times that size, and prints the times, the
# peak memory, and the time ratio with the size ratio beside it: equal ratios
# are linear cost; a quadratic stage would make the time ratio ten times the size ratio.
#
#   bench/scaling.sh [BUILD_DIR] [--small-mb 1]
#
# Shapes (made by bench/hostile.py and bench/make_corpus.py):
#   corpus     JSON Lines of real summaries and novels, through plotgraph batch
#   story      real summaries run together as one story file, through extract
#   long line  words and names with no punctuation and no newline, through extract
#   names      distinct "Given Surname" people, 1,000 per small MB-step, through extract
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
build="$repo/build"
small=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --small-mb) small="$2"; shift 2 ;;
        -*) echo "usage: bench/scaling.sh [BUILD_DIR] [--small-mb N]" >&2; exit 2 ;;
        *) build=$(realpath "$1"); shift ;;
    esac
done
plotgraph="$build/src/plotgraph"
[[ -x $plotgraph ]] || { echo "scaling: $plotgraph is missing: build first" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "scaling: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
data="$repo/../shared/data"
out="$here/out/scaling"
mkdir -p "$out"
large=$(python3 -c "print($small * 10)")
names_small=$(python3 -c "print(int($small * 1000))")
names_large=$((names_small * 10))

make_inputs() {  # SIZE_MB NAMES SUFFIX
    python3 "$here/make_corpus.py" --data "$data" --min-mb "$1" --jsonl "$out/corpus-$3.jsonl" \
        --text /dev/null > /dev/null
    python3 "$here/hostile.py" story --mb "$1" --data "$data" "$out/story-$3.txt"
    python3 "$here/hostile.py" long-line --mb "$1" "$out/long-line-$3.txt"
    python3 "$here/hostile.py" names --count "$2" "$out/names-$3.txt"
}
make_inputs "$small" "$names_small" small
make_inputs "$large" "$names_large" large

# run NAME SUFFIX COMMAND...: "seconds peak_kb" of the fastest of two runs.
run() {
    local name="$1" suffix="$2"; shift 2
    local best=""
    for _ in 1 2; do
        /usr/bin/time -f "%e %M" -o "$out/timing" "$@" > /dev/null
        local now
        now=$(tail -1 "$out/timing")
        if [[ -z $best ]] || awk -v a="${now%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best="$now"; fi
    done
    echo "$best"
}

printf '%-10s %12s %8s %8s %12s %8s %8s %11s %11s\n' shape small "s" "peak MB" large "s" "peak MB" "size ratio" "time ratio"
for shape in corpus story long-line names; do
    for suffix in small large; do
        if [[ $shape == corpus ]]; then
            result=$(run "$shape" "$suffix" "$plotgraph" batch --threads 1 "$out/corpus-$suffix.jsonl")
        else
            result=$(run "$shape" "$suffix" "$plotgraph" extract --format json --max-input-mb 1000 \
                "$out/$shape-$suffix.txt")
        fi
        declare "time_$suffix=${result%% *}" "peak_$suffix=${result##* }"
    done
    extension=txt
    [[ $shape == corpus ]] && extension=jsonl
    size_small=$(stat -c %s "$out/$shape-small.$extension")
    size_large=$(stat -c %s "$out/$shape-large.$extension")
    python3 - "$shape" "$size_small" "$time_small" "$peak_small" "$size_large" "$time_large" "$peak_large" <<'PY'
import sys
shape, ss, ts, ps, sl, tl, pl = sys.argv[1:]
print(f"{shape:10} {int(ss)/1e6:9.1f} MB {float(ts):8.2f} {int(ps)/1024:8.0f} {int(sl)/1e6:9.1f} MB "
      f"{float(tl):8.2f} {int(pl)/1024:8.0f} {int(sl)/int(ss):11.1f} {float(tl)/max(float(ts), 0.01):11.1f}")
PY
done
