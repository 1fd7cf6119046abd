#!/usr/bin/env python3
"""networkx's betweenness on the graph of a stakemap database, beside stakemap's.

    python3 bench/centrality_networkx.py DB STAKEMAP_JSON

Reads every node and every `influences` link of DB (sqlite3, the `node` table
and the `edge` view), times nx.betweenness_centrality(DiGraph, normalized=True)
and compares it with STAKEMAP_JSON (`stakemap centrality --measure betweenness
--top 0 --format json`): prints the seconds and the largest difference.
"""

import json
import sqlite3
import sys
import time

import networkx as nx

db, stakemap_json = sys.argv[1], sys.argv[2]
connection = sqlite3.connect(db)
graph = nx.DiGraph()
graph.add_nodes_from(row[0] for row in connection.execute("SELECT id FROM node"))
graph.add_edges_from(connection.execute("SELECT source, target FROM edge WHERE kind = 'influences'"))
start = time.perf_counter()
values = nx.betweenness_centrality(graph, normalized=True)
seconds = time.perf_counter() - start
with open(stakemap_json, encoding="utf-8") as file:
    rows = json.load(file)
assert len(rows) == graph.number_of_nodes(), (len(rows), graph.number_of_nodes())
largest = max(abs(row["betweenness"] - values[row["id"]]) for row in rows)
print(f"networkx {seconds:.1f} s, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} links, "
      f"largest difference {largest:.1e}")
