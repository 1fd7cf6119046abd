#!/usr/bin/env python3
"""Deterministic benchmark data generator for stakemap.

    python3 bench/generate.py --people N --out DIR [--seed S]

Writes DIR/people.csv: a people file in the format of the README's "CSV files" (comma, LF,
UTF-8, English headers), with a realistic shape:

* ~94% internal people in a unit tree 3-4 deep
  (`Gemeente Bench/Domein 3/Afdeling 12/Team 40`), about N/25 leaf units,
  people spread over the leaf units with a Zipf-like size distribution;
* ~6% external people in ~N/170 outside organisations
  (`Organisatie 17` or `Organisatie 17/Afdeling 2`);
* ~30 roles (Dutch names), most internal people hold 0-2;
* ~N/500 target groups (`Doelgroep 12`, at least 5); ~2% of the people (all
  internal) are `contact_for` one group, most external people are in 1-2
  `groups`;
* ~3 `influences` links per person on average, heavy-tailed: 1% of the
  people receive ~30% of the links; references may point forward;
* `reports_to` for most internal people: the manager of their unit (the
  first person of that unit in file order); managers report to the manager
  of the first team of their department;
* ~10% involved (`steps`), some with `level`; power/interest for ~40%;
* `email` for about half; `notes` mostly empty, some with a comma, a few
  with a doubled quote or a line break.

It then writes the files that add detail, in the formats of the README's
"CSV files" section, to be imported after people.csv in this order (the natural order):

* DIR/groups.csv (`id,name,power,interest,level,steps,tools,contact,notes`):
  every target group once, `id` filled for about half; the `contact` cell
  of about 70% of the groups repeats the group's contacts from people.csv
  (a contact cell replaces all contact_for links into the group), some with
  one more internal person;
* DIR/roles.csv (`id,name,required,notes`): the ~30 roles of people.csv and
  5 more nobody holds, about a third required;
* DIR/links.csv (`source,target,kind,weight,note`): ~N/2 links, no key
  (source, target, kind) twice: ~80% `influences` between people (weight
  1-5 for most, a few notes; some already in people.csv, then the weight is
  set), ~8% `has_role`, ~6% `member_of` a group and ~6% `contact_for`
  (an internal person and a group).

people.csv is the same with or without these files: they come from a second
generator, random.Random("SEED/files"), after people.csv is written.

The output depends only on N and the seed (random.Random(seed); no time or
hash randomness). Rows are streamed to disk; only a few small integer arrays
of length N are kept in memory.
"""

import argparse
import array
import csv
import math
import os
import re
import sys
import time
from random import Random

from generate_files import group_rows, role_rows, link_rows
from generate_vocabulary import (cumulative, HEADER, FIRST_NAMES, TUSSENVOEGSELS, LAST_NAMES, WITH_TV, ROLES, STEPS_CHOICES, LEVELS, POWER_INTEREST, NOTES, MULTILINE_NOTES)


def build_unit_tree(rng, leaves):
    """Internal leaf unit paths, 3 or 4 levels deep, about `leaves` of them."""
    domains = max(2, round(math.sqrt(leaves) / 6))
    paths = []
    afd_no = team_no = 0
    while len(paths) < leaves:
        d = rng.randrange(domains) + 1
        afd_no += 1
        afd = "Gemeente Bench/Domein %d/Afdeling %d" % (d, afd_no)
        left = leaves - len(paths)
        if rng.random() < 0.15 or left == 1:
            paths.append(afd)  # a department without teams: a 3-deep leaf
            continue
        n_teams = min(left, rng.randint(2, 18))
        for _ in range(n_teams):
            team_no += 1
            paths.append("%s/Team %d" % (afd, team_no))
    return paths


def zipf_sizes(rng, n_items, n_units, s=0.5):
    """Split n_items over n_units: 1 each, the rest Zipf-like (rank^-s) in a
    shuffled rank order; every unit gets at least one item."""
    if n_units == 0:
        return []
    ranks = list(range(1, n_units + 1))
    rng.shuffle(ranks)
    weights = [r ** -s for r in ranks]
    total = sum(weights)
    rest = n_items - n_units
    sizes = [1 + int(rest * w / total) for w in weights]
    short = n_items - sum(sizes)
    # hand out the rounding remainder to the largest units first
    order = sorted(range(n_units), key=lambda i: ranks[i])
    i = 0
    while short > 0:
        sizes[order[i % n_units]] += 1
        short -= 1
        i += 1
    return sizes


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, required=True, help="number of people (rows)")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args(argv)
    n = args.people
    if n < 10 or n > 9_999_999:
        ap.error("--people must be between 10 and 9999999")
    t0 = time.monotonic()
    rng = Random(args.seed)

    # ---- structure ----------------------------------------------------------
    n_ext = max(1, round(n * 0.06))
    n_int = n - n_ext
    int_units = build_unit_tree(rng, max(1, round(n / 25)))
    n_orgs = max(1, round(n / 170))
    # external units: an organisation, some with departments
    ext_units = []
    for o in range(1, n_orgs + 1):
        org = "Organisatie %d" % o
        ext_units.append(org)
        if rng.random() < 0.3:
            for a in range(1, rng.randint(2, 4) + 1):
                ext_units.append("%s/Afdeling %d" % (org, a))
    units = int_units + ext_units
    n_iu = len(int_units)

    # unit of every person (index into `units`), shuffled over the file
    assign = array.array("i")
    for u, size in enumerate(zipf_sizes(rng, n_int, n_iu)):
        assign.extend([u] * size)
    ext_sizes = zipf_sizes(rng, n_ext, len(ext_units), s=0.3) if n_ext >= len(ext_units) \
        else [1] * n_ext + [0] * (len(ext_units) - n_ext)
    for u, size in enumerate(ext_sizes):
        assign.extend([n_iu + u] * size)
    rng.shuffle(assign)

    # managers: the first person of each unit in file order
    manager = array.array("i", [-1]) * len(units)
    for p, u in enumerate(assign):
        if manager[u] < 0:
            manager[u] = p
    # a manager reports to the manager of the first team of the department
    first_of_dept = {}
    boss = array.array("i", [-1]) * len(units)
    for u in range(n_iu):
        dept = int_units[u].rsplit("/Team ", 1)[0]
        first_of_dept.setdefault(dept, u)
        boss[u] = manager[first_of_dept[dept]]

    n_groups = max(5, round(n / 500))
    influential = rng.sample(range(n), max(1, n // 100))
    n_infl = len(influential)

    # ---- weighted choices ----------------------------------------------------
    steps_v, steps_c = cumulative(STEPS_CHOICES)
    level_v, level_c = cumulative(LEVELS)
    pi_v, pi_c = cumulative(POWER_INTEREST)
    # role popularity: skewed, the first roles are the common ones
    role_c = []
    acc = 0.0
    for i in range(len(ROLES)):
        acc += 1.0 / (i + 1) ** 0.8
        role_c.append(acc)
    group_c = []
    acc = 0.0
    for i in range(n_groups):
        acc += 1.0 / (i + 1) ** 0.7
        group_c.append(acc)
    # number of influence links per person, mean ~3
    nlinks_v, nlinks_c = cumulative([(0, 14), (1, 14), (2, 17), (3, 17), (4, 13),
                                     (5, 10), (6, 7), (7, 4), (8, 2), (10, 1), (15, 1)])
    choices = rng.choices
    random = rng.random
    randrange = rng.randrange

    # ---- write ----------------------------------------------------------------
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "people.csv")
    tmp = path + ".tmp"
    links = 0
    contacts = {}  # group index -> the ids of its contact_for people, file order
    with open(tmp, "w", encoding="utf-8", newline="", buffering=1 << 20) as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for p in range(n):
            u = assign[p]
            internal = u < n_iu
            pid = "p%07d" % (p + 1)
            # name
            first = FIRST_NAMES[randrange(len(FIRST_NAMES))]
            last = LAST_NAMES[randrange(len(LAST_NAMES))]
            if last in WITH_TV:
                last = ("de " if random() < 0.5 else TUSSENVOEGSELS[randrange(len(TUSSENVOEGSELS))] + " ") + last
            elif random() < 0.08:
                last = TUSSENVOEGSELS[randrange(len(TUSSENVOEGSELS))] + " " + last
            name = first + " " + last
            r = random()
            side = ("internal" if r < 0.9 else "intern" if r < 0.95 else "") if internal \
                else ("external" if r < 0.95 else "extern")
            # roles, groups, contact_for
            roles = groups = contact_for = reports_to = ""
            if internal:
                r = random()
                k = 0 if r < 0.45 else 1 if r < 0.85 else 2 if r < 0.98 else 3
                if k:
                    roles = "|".join(sorted({ROLES[i] for i in
                                             choices(range(len(ROLES)), cum_weights=role_c, k=k)}))
                if random() < 0.0213:  # ~2% of all people
                    g = choices(range(n_groups), cum_weights=group_c)[0]
                    contact_for = "Doelgroep %d" % (g + 1)
                    contacts.setdefault(g, []).append(pid)
                if random() < 0.01:
                    groups = "Doelgroep %d" % (randrange(n_groups) + 1)
                m = manager[u]
                if m == p:
                    b = boss[u]
                    if b != p and b >= 0:
                        reports_to = "p%07d" % (b + 1)
                elif random() < 0.85:
                    reports_to = "p%07d" % (m + 1)
            else:
                r = random()
                k = 0 if r < 0.25 else 1 if r < 0.8 else 2
                if k:
                    gs = choices(range(n_groups), cum_weights=group_c, k=k)
                    groups = "|".join("Doelgroep %d" % (g + 1) for g in sorted(set(gs)))
            # involvement
            steps = level = power = interest = ""
            if random() < 0.10:
                steps = choices(steps_v, cum_weights=steps_c)[0]
                if random() < 0.5:
                    level = choices(level_v, cum_weights=level_c)[0]
            elif random() < 0.03:
                level = choices(level_v, cum_weights=level_c)[0]
            if random() < 0.40:
                power = str(choices(pi_v, cum_weights=pi_c)[0])
                interest = str(choices(pi_v, cum_weights=pi_c)[0])
            # influences: heavy-tailed targets
            k = choices(nlinks_v, cum_weights=nlinks_c)[0]
            influences = ""
            if k:
                targets = set()
                for _ in range(k):
                    t = influential[randrange(n_infl)] if random() < 0.3 else randrange(n)
                    if t != p:
                        targets.add(t)
                links += len(targets)
                influences = "|".join("p%07d" % (t + 1) for t in sorted(targets))
            email = pid + "@bench.example" if random() < 0.5 else ""
            notes = ""
            r = random()
            if r < 0.05:
                notes = NOTES[randrange(len(NOTES))]
            elif r < 0.052:
                notes = MULTILINE_NOTES[randrange(len(MULTILINE_NOTES))]
            w.writerow((pid, name, side, units[u], roles, groups, contact_for,
                        power, interest, steps, level, influences, reports_to,
                        email, notes))
    os.replace(tmp, path)
    size = os.path.getsize(path)
    print("%s: %d rows (%d internal, %d external), %d internal leaf units, "
          "%d external units, %d groups, %d roles, %d influence links, %.1f MB"
          % (path, n, n_int, n_ext, n_iu, len(ext_units), n_groups, len(ROLES),
             links, size / 1e6))

    internal = lambda p: assign[p] < n_iu
    frng = Random("%d/files" % args.seed)
    for name, rows in (("groups.csv", group_rows(frng, n, n_groups, contacts, internal)),
                       ("roles.csv", role_rows(frng)),
                       ("links.csv", link_rows(frng, n, n_groups, internal))):
        path = os.path.join(args.out, name)
        with open(path + ".tmp", "w", encoding="utf-8", newline="", buffering=1 << 20) as f:
            w = csv.writer(f, lineterminator="\n")
            count = -1
            for row in rows:
                w.writerow(row)
                count += 1
        os.replace(path + ".tmp", path)
        print("%s: %d rows, %.1f MB" % (path, count, os.path.getsize(path) / 1e6))
    print("%.1f s" % (time.monotonic() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
