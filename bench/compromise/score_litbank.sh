#!/usr/bin/env bash
# Scores compromise (both clusterings) and plotgraph on LitBank with the same
# scorer, plotgraph-eval litbank, and prints how long each took.
#
# usage: bench/compromise/score_litbank.sh PATH/TO/plotgraph-eval [LITBANK_DIR]
#   LITBANK_DIR defaults to ../shared/data/litbank (relative to the repository),
#   the folder holding coref/tsv/*.txt and *.ann.
# Predictions are kept in bench/compromise/out/ (gitignored).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
eval_bin=$(realpath "${1:?usage: $0 PATH/TO/plotgraph-eval [LITBANK_DIR]}")
litbank=$(realpath "${2:-$repo/../shared/data/litbank}")
texts=("$litbank"/coref/tsv/*.txt)
[[ -e ${texts[0]} ]] || { echo "no texts in $litbank/coref/tsv" >&2; exit 1; }

if [[ ! -d $here/node_modules/compromise ]]; then
    (cd "$here" && npm ci --no-audit --no-fund)
fi
echo "compromise $(node -p "require('$here/node_modules/compromise/package.json').version")," \
     "node $(node --version), ${#texts[@]} texts"

mkdir -p "$here/out"
elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'; }
for mode in normal lastname; do
    start=$EPOCHREALTIME
    node "$here/extract.mjs" --cluster=$mode "${texts[@]}" > "$here/out/litbank-$mode.jsonl"
    took=$(elapsed "$start")
    start=$EPOCHREALTIME
    "$eval_bin" litbank --dir "$litbank" --predictions "$here/out/litbank-$mode.jsonl" \
        > "$here/out/compromise-$mode.txt"
    echo
    echo "===== compromise, --cluster=$mode (extract.mjs: ${took} s wall;" \
         "plotgraph-eval load and score: $(elapsed "$start") s)"
    cat "$here/out/compromise-$mode.txt"
done

for jobs in 1 "$(nproc)"; do
    start=$EPOCHREALTIME
    "$eval_bin" litbank --dir "$litbank" --jobs "$jobs" > "$here/out/plotgraph-jobs$jobs.txt"
    took=$(elapsed "$start")
    echo
    echo "===== plotgraph, --jobs $jobs (load, extract and score: ${took} s wall)"
    cat "$here/out/plotgraph-jobs$jobs.txt"
done
