-- stakemap graph, version 1.
-- Vocabulary checks are written as OR chains, not IN lists: SQLite evaluates a
-- CHECK with an IN list of constants through a temporary table on every row
-- written, which measured as a third of the import's time.
-- One table of nodes (people, units, roles, target groups), one of directed
-- edges, and the two set-valued attributes (involvement steps, tools).
-- Append-only: later changes go in new numbered files.

CREATE TABLE node (
    id       TEXT    NOT NULL PRIMARY KEY CHECK (id <> ''),
    kind     TEXT    NOT NULL CHECK ((kind = 'person' OR kind = 'unit' OR kind = 'role' OR kind = 'group')),
    side     TEXT    NOT NULL CHECK ((side = 'internal' OR side = 'external')),
    name     TEXT    NOT NULL,
    power    INTEGER CHECK (power BETWEEN 1 AND 5),
    interest INTEGER CHECK (interest BETWEEN 1 AND 5),
    level    TEXT    CHECK ((level = 'inform' OR level = 'consult' OR level = 'advise' OR level = 'coproduce' OR level = 'codecide')),
    email    TEXT,
    notes    TEXT,
    -- units only: the full path as written, e.g. 'Gemeente Oss/Ruimte/Verkeer'
    path     TEXT,
    -- roles only: whether the trajectory needs somebody in this role
    required INTEGER CHECK (required = 0 OR required = 1),
    CHECK (kind <> 'role' OR side = 'internal'),
    CHECK (kind <> 'group' OR side = 'external'),
    CHECK ((kind = 'unit') = (path IS NOT NULL)),
    CHECK ((kind = 'role') = (required IS NOT NULL))
) WITHOUT ROWID;

-- source -> target; a unit's parent is its member_of edge to another unit.
CREATE TABLE edge (
    source TEXT NOT NULL REFERENCES node (id) ON DELETE CASCADE,
    target TEXT NOT NULL REFERENCES node (id) ON DELETE CASCADE,
    kind   TEXT NOT NULL CHECK ((kind = 'member_of' OR kind = 'has_role' OR kind = 'influences' OR kind = 'reports_to' OR kind = 'contact_for')),
    weight INTEGER CHECK (weight BETWEEN 1 AND 5),
    note   TEXT,
    PRIMARY KEY (source, kind, target),
    CHECK (source <> target)
) WITHOUT ROWID;

-- look-ups "who points at this node", e.g. the members of a unit
CREATE INDEX edge_by_target ON edge (target, kind, source);

-- the steps (frame, goals, plan, start) a node is involved in
CREATE TABLE node_step (
    node TEXT NOT NULL REFERENCES node (id) ON DELETE CASCADE,
    step TEXT NOT NULL CHECK ((step = 'frame' OR step = 'goals' OR step = 'plan' OR step = 'start')),
    PRIMARY KEY (node, step)
) WITHOUT ROWID;

CREATE INDEX node_step_by_step ON node_step (step, node);

-- participation tools chosen for a node (free text, e.g. 'OpenStad')
CREATE TABLE node_tool (
    node TEXT NOT NULL REFERENCES node (id) ON DELETE CASCADE,
    tool TEXT NOT NULL CHECK (tool <> ''),
    PRIMARY KEY (node, tool)
) WITHOUT ROWID;
