#!/usr/bin/env python3
"""Checks that `plotgraph extract --format graphml` loads in networkx.

Usage: networkx_check.py CLI CORPUS_DIR

Runs the CLI on every *.txt in CORPUS_DIR (one story, one graph), parses the
GraphML with networkx.read_graphml and checks the attributes downstream tools
rely on. Exits non-zero with a message on the first kind of problem found.
"""
import glob
import io
import math
import os
import subprocess
import sys

import networkx

KINDS = {"character", "place", "organization", "event"}
MAX_REPORTED = 5  # problems listed per run; the rest are counted


def fail(message):
    print(f"networkx_check: {message}", file=sys.stderr)
    sys.exit(1)


def node_problems(graph):
    for node, data in graph.nodes(data=True):
        label, kind = data.get("label"), data.get("kind")
        if not isinstance(label, str) or not label:
            yield f"node {node}: label is {label!r}, expected a non-empty string"
        if not isinstance(kind, str):
            yield f"node {node}: kind is {kind!r}, expected a string"
        elif kind not in KINDS:
            yield f"node {node}: kind {kind!r} is not one of {sorted(KINDS)}"


def edge_problems(graph):
    for source, target, data in graph.edges(data=True):
        weight = data.get("weight")
        # type() rather than isinstance(): a bool or int means the key was
        # declared with the wrong attr.type.
        if type(weight) is not float:
            yield f"edge {source}-{target}: weight is {weight!r}, expected a float"
        elif not math.isfinite(weight) or weight <= 0:
            yield f"edge {source}-{target}: weight {weight!r} is not a positive number"


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    cli, corpus = argv[1], argv[2]
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    if not files:
        fail(f"no *.txt files in {corpus}")

    try:
        result = subprocess.run([cli, "extract", "--format", "graphml", *files],
                                capture_output=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        fail(f"cannot run {cli}: {error}")
    if result.returncode != 0:
        stderr = result.stderr.decode("utf-8", "replace").strip()
        fail(f"{cli} exited with {result.returncode}: {stderr}")

    try:
        graph = networkx.read_graphml(io.BytesIO(result.stdout))
    except Exception as error:  # networkx raises several types for bad XML
        fail(f"networkx cannot read the GraphML: {type(error).__name__}: {error}")

    if graph.number_of_nodes() == 0:
        fail("the graph has no nodes")
    problems = list(node_problems(graph)) + list(edge_problems(graph))
    if problems:
        shown = "\n  ".join(problems[:MAX_REPORTED])
        more = len(problems) - MAX_REPORTED
        fail(f"{len(problems)} problem(s):\n  {shown}" + (f"\n  ... and {more} more" if more > 0 else ""))

    kind = "directed" if graph.is_directed() else "undirected"
    print(f"networkx_check: OK: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
          f"({kind}) from {len(files)} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
