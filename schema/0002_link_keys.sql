-- stakemap graph, version 2: links refer to nodes by an integer key.
--
-- In version 1 every edge row and its look-up index carried two text ids and a
-- kind name: 500 of the 604 MB of a million-people graph, and the reason its
-- import spent most of its time in SQLite. Here a node keeps its text `id`
-- (unique, what users see and write) and gains an integer `key`; a link holds
-- two keys and a kind code. The view `edge` shows links as version 1 stored
-- them (text ids, kind names), for reading.
--
-- Existing data is carried over: nodes get keys in id order, edges become links.
-- Runs with foreign keys off (the migrator checks them after the last step).

-- The edge kinds, by code. The codes are part of the format: EdgeKind.code in
-- the library matches them, and a test holds the two together.
CREATE TABLE link_kind (
    code INTEGER NOT NULL PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE
);
INSERT INTO link_kind (code, name) VALUES
    (1, 'member_of'), (2, 'has_role'), (3, 'influences'), (4, 'reports_to'), (5, 'contact_for');

CREATE TABLE node_v2 (
    key      INTEGER PRIMARY KEY,
    id       TEXT    NOT NULL CHECK (id <> ''),
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
);
INSERT INTO node_v2 (id, kind, side, name, power, interest, level, email, notes, path, required)
SELECT id, kind, side, name, power, interest, level, email, notes, path, required FROM node ORDER BY id;

-- source -> target; a unit's parent is its member_of link to another unit.
CREATE TABLE link (
    source INTEGER NOT NULL REFERENCES node (key) ON DELETE CASCADE,
    kind   INTEGER NOT NULL REFERENCES link_kind (code),
    target INTEGER NOT NULL REFERENCES node (key) ON DELETE CASCADE,
    weight INTEGER CHECK (weight BETWEEN 1 AND 5),
    note   TEXT,
    PRIMARY KEY (source, kind, target),
    CHECK (source <> target)
) WITHOUT ROWID;
INSERT INTO link (source, kind, target, weight, note)
SELECT s.key, k.code, t.key, e.weight, e.note
FROM edge e
JOIN node_v2 s ON s.id = e.source
JOIN node_v2 t ON t.id = e.target
JOIN link_kind k ON k.name = e.kind
ORDER BY 1, 2, 3;

DROP TABLE edge;
DROP TABLE node;
ALTER TABLE node_v2 RENAME TO node;

-- ids are unique across kinds; an index of its own (not a column constraint),
-- so that a bulk import into an empty database can build it once at the end.
CREATE UNIQUE INDEX node_by_id ON node (id);

-- look-ups "who points at this node", e.g. the members of a unit
CREATE INDEX link_by_target ON link (target, kind, source);

-- The links as version 1 stored them: text ids and kind names.
CREATE VIEW edge (source, target, kind, weight, note) AS
SELECT s.id, t.id, k.name, l.weight, l.note
FROM link l
JOIN node s ON s.key = l.source
JOIN node t ON t.key = l.target
JOIN link_kind k ON k.code = l.kind;
