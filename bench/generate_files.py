"""The groups, roles and links files of bench/generate.py (its --files part),
written after people.csv from their own random generator."""

import re

from generate_vocabulary import cumulative, LEVELS, NOTES, POWER_INTEREST, ROLES, STEPS_CHOICES


TOOLS = ["nieuwsbrief", "bewonersavond", "klankbordgroep", "enquête", "OpenStad",
         "spreekuur", "werkatelier", "wijkschouw", "Instagram-poll"]
EXTRA_ROLES = ["privacy officer", "archivaris", "woordvoerder", "notulist",
               "kwartiermaker"]


def slug(name):
    """The slug (as the import makes ids) for the ASCII names written here."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def pid_of(p):
    return "p%07d" % (p + 1)


def random_internal(rng, n, internal):
    while True:
        p = rng.randrange(n)
        if internal(p):
            return p


def group_rows(rng, n, n_groups, contacts, internal):
    """groups.csv: every group of people.csv, with attributes; the contact
    cell keeps the group's contacts (and may add one)."""
    steps_v, steps_c = cumulative(STEPS_CHOICES)
    level_v, level_c = cumulative(LEVELS)
    pi_v, pi_c = cumulative(POWER_INTEREST)
    yield ["id", "name", "power", "interest", "level", "steps", "tools", "contact", "notes"]
    for g in range(n_groups):
        name = "Doelgroep %d" % (g + 1)
        gid = slug(name) if rng.random() < 0.5 else ""
        power = interest = level = steps = tools = contact = notes = ""
        if rng.random() < 0.8:
            power = str(rng.choices(pi_v, cum_weights=pi_c)[0])
            interest = str(rng.choices(pi_v, cum_weights=pi_c)[0])
        if rng.random() < 0.7:
            level = rng.choices(level_v, cum_weights=level_c)[0]
        if rng.random() < 0.7:
            steps = rng.choices(steps_v, cum_weights=steps_c)[0]
        if rng.random() < 0.6:
            tools = "|".join(sorted(set(rng.choices(TOOLS, k=rng.randint(1, 3)))))
        if rng.random() < 0.7:
            ids = list(contacts.get(g, []))
            if not ids or rng.random() < 0.3:
                extra = pid_of(random_internal(rng, n, internal))
                if extra not in ids:
                    ids.append(extra)
            contact = "|".join(ids)
        if rng.random() < 0.2:
            notes = NOTES[rng.randrange(len(NOTES))]
        yield [gid, name, power, interest, level, steps, tools, contact, notes]


def role_rows(rng):
    yield ["id", "name", "required", "notes"]
    for name in ROLES + EXTRA_ROLES:
        rid = slug(name) if rng.random() < 0.5 else ""
        required = "ja" if rng.random() < 0.33 else rng.choice(["nee", "", "no"])
        notes = NOTES[rng.randrange(len(NOTES))] if rng.random() < 0.2 else ""
        yield [rid, name, required, notes]


def link_rows(rng, n, n_groups, internal):
    """links.csv: about n/2 links of every kind but reports_to, each key once."""
    yield ["source", "target", "kind", "weight", "note"]
    seen = set()
    written = 0
    goal = max(10, n // 2)
    while written < goal:
        r = rng.random()
        if r < 0.80:
            s, t, kind = rng.randrange(n), rng.randrange(n), "influences"
            if s == t:
                continue
            source, target = pid_of(s), pid_of(t)
        elif r < 0.88:
            source, kind = pid_of(rng.randrange(n)), "has_role"
            target = slug(ROLES[rng.randrange(len(ROLES))])
        elif r < 0.94:
            source, kind = pid_of(rng.randrange(n)), "member_of"
            target = "doelgroep-%d" % (rng.randrange(n_groups) + 1)
        else:
            source, kind = pid_of(random_internal(rng, n, internal)), "contact_for"
            target = "doelgroep-%d" % (rng.randrange(n_groups) + 1)
        key = (source, target, kind)
        if key in seen:
            continue
        seen.add(key)
        weight = str(rng.randint(1, 5)) if kind == "influences" and rng.random() < 0.9 else ""
        note = NOTES[rng.randrange(len(NOTES))] if rng.random() < 0.1 else ""
        # the kind column is sometimes left empty for influences (its default)
        if kind == "influences" and rng.random() < 0.2:
            kind = ""
        yield [source, target, kind, weight, note]
        written += 1
