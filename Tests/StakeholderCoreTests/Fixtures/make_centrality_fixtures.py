#!/usr/bin/env python3
"""Writes the centrality fixtures: graphs and networkx reference values.

Run from this folder (python3 with networkx 3.x):  python3 make_centrality_fixtures.py
It writes centrality-<name>.json for each fixture graph. The files are committed; this script
is only for regenerating them.

Each file: {"name", "directed", "nodes": n, "edges": [[source, target, weight], ...],
"reference": {...}} with nodes 0..n-1 and edges already collapsed (no parallel edges).
Weights are positive integers (evidence counts); path-based measures use the distance 1/w.
The undirected view of a directed graph (for eigenvector centrality) sums the weights of
u->v and v->u, as stakemap does.
"""
import json
import random

import networkx as nx


def build(n, directed, edges):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(n))
    for u, v, w in edges:
        G.add_edge(u, v, weight=w, distance=1.0 / w)
    return G


def undirected_view(n, directed, edges):
    if not directed:
        return build(n, False, edges)
    summed = {}
    for u, v, w in edges:
        key = (min(u, v), max(u, v))
        summed[key] = summed.get(key, 0) + w
    return build(n, False, [(u, v, w) for (u, v), w in sorted(summed.items())])


def listed(n, d):
    return [float(d[i]) for i in range(n)]


def eigen(U, weight):
    try:
        return listed(len(U), nx.eigenvector_centrality(U, weight=weight))
    except nx.PowerIterationFailedConvergence:
        return "not converged"


def reference(n, directed, edges):
    G = build(n, directed, edges)
    U = undirected_view(n, directed, edges)
    ref = {}
    if directed:
        ref["in_degree"] = listed(n, dict(G.in_degree()))
        ref["out_degree"] = listed(n, dict(G.out_degree()))
        ref["in_degree_weighted"] = listed(n, dict(G.in_degree(weight="weight")))
        ref["out_degree_weighted"] = listed(n, dict(G.out_degree(weight="weight")))
    ref["degree"] = listed(n, dict(G.degree()))
    ref["degree_weighted"] = listed(n, dict(G.degree(weight="weight")))
    ref["betweenness"] = listed(n, nx.betweenness_centrality(G))
    ref["betweenness_raw"] = listed(n, nx.betweenness_centrality(G, normalized=False))
    ref["betweenness_distance"] = listed(n, nx.betweenness_centrality(G, weight="distance"))
    ref["harmonic"] = listed(n, nx.harmonic_centrality(G))
    ref["harmonic_distance"] = listed(n, nx.harmonic_centrality(G, distance="distance"))
    ref["pagerank_weighted"] = listed(n, nx.pagerank(G, alpha=0.85, weight="weight"))
    ref["pagerank"] = listed(n, nx.pagerank(G, alpha=0.85, weight=None))
    ref["eigenvector"] = eigen(U, None)
    ref["eigenvector_weighted"] = eigen(U, "weight")
    return ref


def fixtures():
    yield "path", False, 5, [(0, 1, 1), (1, 2, 2), (2, 3, 1), (3, 4, 3)]
    yield "star", True, 6, [(0, i, 1) for i in range(1, 6)] + [(3, 0, 2)]
    # Two routes of equal hop count but different strength, and a directed cycle.
    yield "diamond", True, 6, [(0, 1, 1), (0, 2, 3), (1, 3, 1), (2, 3, 3), (3, 4, 2),
                              (4, 0, 1), (4, 5, 1), (5, 3, 2)]
    # Disconnected parts, an isolated node and self-loops.
    yield "parts_loops", True, 9, [(0, 1, 2), (1, 2, 1), (2, 0, 1), (1, 1, 3), (3, 4, 1),
                                  (4, 3, 2), (4, 5, 1), (5, 5, 1), (6, 7, 4)]
    yield "parts_loops_undirected", False, 8, [(0, 1, 2), (1, 2, 1), (2, 0, 1), (1, 1, 3),
                                              (3, 4, 1), (4, 5, 2), (5, 5, 1), (6, 7, 1)]
    rng = random.Random(20260305)
    n = 200
    edges = {}
    while len(edges) < 800:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v and (u, v) not in edges:
            edges[(u, v)] = rng.randint(1, 4)
    yield "random200", True, n, [(u, v, w) for (u, v), w in sorted(edges.items())]


def main():
    for name, directed, n, edges in fixtures():
        data = {"name": name, "directed": directed, "nodes": n,
                "edges": [list(e) for e in edges], "reference": reference(n, directed, edges)}
        with open(f"centrality-{name}.json", "w") as f:
            json.dump(data, f, indent=1, sort_keys=True)
            f.write("\n")
        print(f"centrality-{name}.json", n, "nodes", len(edges), "edges")


if __name__ == "__main__":
    main()
