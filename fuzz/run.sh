#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time from a seed corpus made of
# corpus/ and data/, and reports the executions and what was found.
#   fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET]    (default 30)
# BUILD_DIR is a clang build with -DPLOTGRAPH_FUZZ=ON. New inputs that reach
# new code are kept in BUILD_DIR/fuzz-corpus/TARGET between runs; a crashing
# input is written to BUILD_DIR/fuzz-crashes/ and the script exits 1.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(realpath "$1")"
seconds="${2:-30}"
seeds="$build/fuzz-seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{reader,segmenter,extractor,rules} "$build/fuzz-crashes"

# Seeds: the bundled summaries as texts, as JSON Lines and TSV records, and
# every rule file as "NAME\nTEXT", each cut to the 4 KB the fuzzers try.
n=0
for text in "$root"/corpus/*/*.txt; do
    n=$((n + 1))
    head -c 4096 "$text" > "$seeds/segmenter/$n.txt"
    cp "$seeds/segmenter/$n.txt" "$seeds/extractor/$n.txt"
done
python3 - "$root" "$seeds" <<'PY'
import json, pathlib, sys
root, seeds = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
texts = [p.read_text(encoding="utf-8")[:1500] for p in sorted((root / "corpus").glob("*/*.txt"))]
(seeds / "reader" / "records.jsonl").write_text(
    "".join(json.dumps({"id": f"s{k}", "text": t, "story": "one"}) + "\n" for k, t in enumerate(texts)))
(seeds / "reader" / "records.tsv").write_text(
    "".join(f"{k}\t{' '.join(t.split())}\n" for k, t in enumerate(texts)))
(seeds / "reader" / "bad.jsonl").write_text('{"id": 1, "text": "ok"}\n{"id": [1], "text": 2}\nnot json\n\n{"text": "x"}\n')
for path in sorted((root / "data").iterdir()):
    if path.suffix in (".tsv", ".txt"):
        (seeds / "rules" / path.name).write_bytes((path.name + "\n").encode() + path.read_bytes()[:4000])
PY
(cd "$seeds/extractor" && printf 'Vladimir Ivanoff defects.\xffIvanov hides. Lucia helps him.' > merged.txt)

status=0
printf '%-10s %12s %10s %s\n' target executions "exec/s" result
for target in reader segmenter extractor rules; do
    corpus="$build/fuzz-corpus/$target"
    mkdir -p "$corpus"
    log="$build/fuzz-$target.log"
    result="no crash"
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=4096 -timeout=20 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$build/fuzz-crashes/$target-" "$corpus" "$seeds/$target" \
        > "$log" 2>&1; then
        result="FOUND A CRASH: see $log and $build/fuzz-crashes/"
        status=1
    fi
    executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    printf '%-10s %12s %10s %s\n' "$target" "$executions" "$rate" "$result"
done
exit "$status"
