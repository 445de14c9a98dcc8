#!/usr/bin/env python3
"""Writes one hostile input for plotgraph, of a given size, deterministically.

  hostile.py long-line  --mb 10 OUT   words with no punctuation and no newline
  hostile.py names      --count 10000 OUT   that many distinct people, each named
                                            twice, in sentences that pair them
  hostile.py story      --mb 100 --data ../shared/data OUT
                                      one file of real summaries, one after another

bench/scaling.sh uses these to check that cost grows linearly with the input;
tests/hostile_input.sh uses them to check that plotgraph gives a result.
"""
import argparse
import pathlib
import random
import sys

WORDS = ("the of and to a in he she his her is that was for on with as by at from they "
         "meets helps leaves returns finds loves city night house friend money letter "
         "boat train river old young long dark quiet").split()
SYLLABLES = ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu "
             "na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu").split()


def long_line(megabytes: float) -> str:
    """Lower-case words and capitalized names, no sentence end: one 'sentence'."""
    rng = random.Random(1)
    target = int(megabytes * 1e6)
    parts, size = [], 0
    while size < target:
        word = rng.choice(WORDS) if rng.random() < 0.9 else rng.choice(SYLLABLES).capitalize() + rng.choice(SYLLABLES)
        parts.append(word)
        size += len(word) + 1
    return " ".join(parts)


def distinct_names(count: int) -> list[str]:
    """`count` different "Given Surname" names made of syllables."""
    rng = random.Random(2)
    names, seen = [], set()
    while len(names) < count:
        given = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        surname = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        if (given, surname) in seen or given in {n.split()[0] for n in names[-50:]}:
            continue
        seen.add((given, surname))
        names.append(f"{given} {surname}")
    return names


def names_text(count: int) -> str:
    names = distinct_names(count)
    sentences = []
    for k in range(0, count - 1, 2):
        a, b = names[k], names[k + 1]
        sentences.append(f"{a} meets {b} in the city. {b.split()[1]} helps {a.split()[1]}.")
    return "\n".join(sentences) + "\n"


def story_text(megabytes: float, data: pathlib.Path) -> str:
    summaries = [line.split("\t", 1)[1] for line in
                 (data / "cmu-sample" / "plot_summaries.tsv").read_text(encoding="utf-8").splitlines()
                 if "\t" in line]
    target = int(megabytes * 1e6)
    parts, size, k = [], 0, 0
    while size < target:
        parts.append(summaries[k % len(summaries)])
        size += len(parts[-1].encode("utf-8")) + 2
        k += 1
    return "\n\n".join(parts) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["long-line", "names", "story"])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--data", type=pathlib.Path, default=pathlib.Path(__file__).parent / "../../shared/data")
    args = parser.parse_args()
    if args.kind == "long-line":
        text = long_line(args.mb)
    elif args.kind == "names":
        text = names_text(args.count)
    else:
        text = story_text(args.mb, args.data)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
