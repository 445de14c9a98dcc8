#!/usr/bin/env bash
# Redraws the README's pictures with plotgraph itself, from the bundled corpus:
#   doc/moscow-on-the-hudson.svg           the story graph (plotgraph render)
#   doc/moscow-on-the-hudson-timeline.svg  the timeline (plotgraph render --view timeline)
# Usage: scripts/make_pictures.sh [BUILD_DIR]   (default build/, from scripts/setup.sh demo)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
plotgraph="${1:-$root/build}/src/plotgraph"
summaries=("$root"/corpus/moscow-on-the-hudson/*.txt)
"$plotgraph" render -o "$root/doc/moscow-on-the-hudson.svg" "${summaries[@]}"
"$plotgraph" render --view timeline -o "$root/doc/moscow-on-the-hudson-timeline.svg" "${summaries[0]}"
echo "make_pictures: wrote doc/moscow-on-the-hudson.svg and doc/moscow-on-the-hudson-timeline.svg"
