"""Centrality with networkx or igraph over an edge list written by stakemap-bench.

Reads the edge list (a `# nodes N edges M` header, then one `u v` pair per line, nodes
numbered 0..N-1, undirected), times each measure (median of several runs, monotonic clock)
and writes timings, and optionally values, as JSON. Values follow networkx's conventions so
that every side can be compared number by number:

- betweenness: normalised, networkx `betweenness_centrality(normalized=True)`, i.e. the raw
  Brandes sum divided by (n-1)(n-2). igraph counts each unordered pair once, without
  normalisation, so its values are multiplied by 2 / ((n-1)(n-2)).
- pagerank: damping 0.85; networkx iterates to a tolerance of n * 1e-6 in L1; igraph (PRPACK)
  solves the same chain (uniform teleport, dangling mass spread uniformly) exactly.
- harmonic: the sum of 1/d(v, u) over the other nodes v, unnormalised (igraph is asked with
  normalized=False).
- degree: the number of incident edges (networkx `G.degree`, igraph `degree()`).

Sampled betweenness (for large graphs) is timed, not compared: igraph runs from the exact
source list given in --sources-file (the one stakemap used); networkx only draws its own k
sources, so it runs from `--nx-sources` of them and its time is scaled to the full count.
Usage: python graph_peers.py --library igraph --edges ba-1000.txt --out igraph-ba-1000.json
"""
import argparse
import json
import statistics
import sys
import time


def read_edges(path):
    with open(path) as f:
        header = f.readline().split()
        if header[:2] != ["#", "nodes"]:
            sys.exit(f"{path}: expected a '# nodes N edges M' header")
        n = int(header[2])
        edges = []
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            u, v = line.split()
            edges.append((int(u), int(v)))
    return n, edges


def timed(fn, runs, budget, warmup=False):
    """Runs fn up to `runs` times, stopping early once `budget` seconds are spent (at least once).

    With `warmup`, one untimed run comes first (for the cheap measures, whose first call
    also pays for loading code and filling caches)."""
    if warmup:
        fn()
    samples, result, spent = [], None, 0.0
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        samples.append(elapsed)
        spent += elapsed
        if spent > budget:
            break
    return statistics.median(samples), samples, result


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--library", choices=["networkx", "igraph"], required=True)
    p.add_argument("--edges", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--betweenness", default="exact", help="exact, sampled or skip")
    p.add_argument("--sources-file", help="sampled betweenness: the source nodes, one per line")
    p.add_argument("--nx-sources", type=int, default=0,
                   help="networkx: time betweenness from this many sources and scale the time "
                        "to the full count (exact: n; sampled: the sources file's length)")
    p.add_argument("--harmonic", default="exact", help="exact, skip, or sources:K (timed from K sources, scaled to n)")
    p.add_argument("--values", action="store_true", help="write the values as well as the timings")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--budget", type=float, default=30.0, help="seconds after which a measure stops repeating")
    a = p.parse_args()

    n, edges = read_edges(a.edges)
    sources = None
    if a.sources_file:
        with open(a.sources_file) as f:
            sources = [int(line) for line in f if line.strip()]
    out = {"library": a.library, "nodes": n, "edges": len(edges), "measures": {}}
    start = time.perf_counter()
    if a.library == "networkx":
        import networkx as nx
        out["version"] = nx.__version__
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges)
    else:
        import igraph as ig
        out["version"] = ig.__version__
        g = ig.Graph(n=n, edges=edges, directed=False)
    out["load_seconds"] = time.perf_counter() - start
    m = out["measures"]
    scale_bc = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0

    def record(name, seconds, samples, values=None, **extra):
        entry = {"seconds": seconds, "runs": samples, **extra}
        if a.values and values is not None:
            entry["values"] = values
        m[name] = entry

    # Degree
    if a.library == "networkx":
        s, runs, d = timed(lambda: dict(g.degree()), a.runs, a.budget, warmup=True)
        record("degree", s, runs, [d[i] for i in range(n)])
    else:
        s, runs, d = timed(lambda: g.degree(), a.runs, a.budget, warmup=True)
        record("degree", s, runs, list(d))

    # PageRank
    if a.library == "networkx":
        s, runs, pr = timed(lambda: nx.pagerank(g, alpha=0.85), a.runs, a.budget, warmup=True)
        record("pagerank", s, runs, [pr[i] for i in range(n)])
    else:
        s, runs, pr = timed(lambda: g.pagerank(damping=0.85), a.runs, a.budget, warmup=True)
        record("pagerank", s, runs, list(pr))

    # Betweenness
    if a.betweenness == "exact" and a.library == "networkx" and 0 < a.nx_sources < n:
        # Too slow to run whole: timed from nx_sources sources, scaled to all n.
        kk = a.nx_sources
        s, runs, _ = timed(lambda: nx.betweenness_centrality(g, k=kk, seed=1), a.runs, a.budget)
        record("betweenness", s * n / kk, runs, None, sources=n, measured_sources=kk, extrapolated=True)
    elif a.betweenness == "exact":
        if a.library == "networkx":
            s, runs, bc = timed(lambda: nx.betweenness_centrality(g, normalized=True), a.runs, a.budget)
            record("betweenness", s, runs, [bc[i] for i in range(n)], sources=n)
        else:
            s, runs, bc = timed(lambda: g.betweenness(directed=False), a.runs, a.budget)
            record("betweenness", s, runs, [x * scale_bc for x in bc], sources=n)
    elif a.betweenness == "sampled":
        k = len(sources) if sources else (a.nx_sources or 100)
        if a.library == "networkx":
            kk = min(a.nx_sources or k, k)
            s, runs, _ = timed(lambda: nx.betweenness_centrality(g, k=kk, seed=1), a.runs, a.budget)
            record("betweenness", s * k / kk, runs, None, sources=k, measured_sources=kk,
                   extrapolated=kk != k)
        else:
            s, runs, _ = timed(lambda: g.betweenness(directed=False, sources=sources), a.runs, a.budget)
            record("betweenness", s, runs, None, sources=k)

    # Harmonic closeness
    if a.harmonic != "skip":
        kk = n
        if a.harmonic.startswith("sources:"):
            kk = min(n, int(a.harmonic.split(":")[1]))
        if a.library == "networkx":
            chosen = None if kk == n else list(range(kk))
            s, runs, hc = timed(lambda: nx.harmonic_centrality(g, sources=chosen), a.runs, a.budget)
            values = [hc[i] for i in range(n)] if kk == n else None
        else:
            # igraph has no source subset for harmonic closeness; it always runs from all nodes.
            kk = n
            s, runs, hc = timed(lambda: g.harmonic_centrality(normalized=False), a.runs, a.budget)
            values = list(hc)
        record("harmonic", s * n / kk, runs, values, sources=n, measured_sources=kk,
               extrapolated=kk != n)

    with open(a.out, "w") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
