#!/usr/bin/env python3
"""Writes the three classic networks networkx ships as stakemap files, with
networkx's betweenness of each, for CentralityNetworkTests (which runs
without networkx: run this once, by hand, and commit what it writes).

    python3 Tests/stakemapTests/Fixtures/networks/make.py

Per network NAME: NAME-people.csv (id,name,side: every node a person, no
unit, so the graph has exactly the network's nodes), NAME-links.csv (each
undirected edge as two `influences` links, no weight) and NAME-betweenness.json
(stakemap id -> nx.betweenness_centrality(DiGraph, normalized=True)).
Networks: Zachary's karate club, Padgett's Florentine families (marriage
ties), Les Misérables (co-appearance).
"""

import csv
import json
import os
import re

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))

NETWORKS = {
    "karate": (nx.karate_club_graph(), lambda node: f"member {node}"),
    "florentine": (nx.florentine_families_graph(), str),
    "lesmis": (nx.les_miserables_graph(), str),
}


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


for name, (graph, label) in NETWORKS.items():
    ids = {node: f"{name}-{slug(str(node))}" for node in graph.nodes()}
    assert len(set(ids.values())) == len(ids), name
    directed = nx.DiGraph()
    directed.add_nodes_from(graph.nodes())
    for a, b in graph.edges():
        directed.add_edge(a, b)
        directed.add_edge(b, a)
    values = nx.betweenness_centrality(directed, normalized=True)
    with open(os.path.join(HERE, f"{name}-people.csv"), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "name", "side"])
        for node in sorted(graph.nodes(), key=lambda node: ids[node]):
            writer.writerow([ids[node], label(node), "internal"])
    with open(os.path.join(HERE, f"{name}-links.csv"), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["source", "target", "kind"])
        for a, b in sorted(directed.edges(), key=lambda edge: (ids[edge[0]], ids[edge[1]])):
            writer.writerow([ids[a], ids[b], "influences"])
    with open(os.path.join(HERE, f"{name}-betweenness.json"), "w", encoding="utf-8") as out:
        json.dump({ids[node]: value for node, value in sorted(values.items(), key=lambda item: ids[item[0]])},
                  out, indent=1)
        out.write("\n")
    print(name, directed.number_of_nodes(), "nodes", directed.number_of_edges(), "links")
