#!/usr/bin/env python3
"""Builds the benchmark corpus from the real texts in ../shared/data: the CMU
Movie Summary sample (one summary a record) and the LitBank novels (one text a
record), repeated until the corpus reaches --min-mb megabytes. Writes it twice:
as JSON Lines for plotgraph batch ({"id", "text"}) and as plain text (one
record's text a line, newlines folded to spaces) for the ICU floor and the peer.

usage: make_corpus.py --data ../shared/data --min-mb 50 --jsonl OUT.jsonl --text OUT.txt
"""
import argparse
import json
import pathlib
import sys


def real_texts(data: pathlib.Path):
    """(id, text) of every summary and novel, in a fixed order."""
    cmu = data / "cmu-sample" / "plot_summaries.tsv"
    for line in cmu.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            wiki_id, text = line.split("\t", 1)
            yield "cmu-" + wiki_id, text
    for path in sorted((data / "litbank" / "entities" / "brat").glob("*.txt")):
        yield "litbank-" + path.stem, path.read_text(encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=pathlib.Path)
    parser.add_argument("--min-mb", type=float, default=50)
    parser.add_argument("--jsonl", required=True, type=pathlib.Path)
    parser.add_argument("--text", required=True, type=pathlib.Path)
    args = parser.parse_args()

    texts = [(name, " ".join(text.split())) for name, text in real_texts(args.data)]
    if not texts:
        print(f"make_corpus: no texts under {args.data}", file=sys.stderr)
        return 1
    target = int(args.min_mb * 1e6)
    written = rounds = 0
    with args.jsonl.open("w", encoding="utf-8") as jsonl, args.text.open("w", encoding="utf-8") as plain:
        while written < target:
            rounds += 1
            for name, text in texts:
                jsonl.write(json.dumps({"id": f"{name}#{rounds}", "text": text}, ensure_ascii=False) + "\n")
                plain.write(text + "\n")
                written += len(text.encode("utf-8")) + 1
    print(f"make_corpus: {len(texts)} real texts x {rounds} = {written / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
