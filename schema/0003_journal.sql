-- stakemap graph, version 3: the journal.
--
-- Every command that changes the graph records one change set: a number, the
-- time, the user, the command and how much it changed. The graph's rows carry
-- the number of the change set that wrote them (`since`); a row that a change
-- set updates or removes is first copied into a `*_history` table with the
-- number of that change set as `until`. So the state of the graph after change
-- set N is every row with `since <= N` in the graph's tables plus every history
-- row with `since <= N < until`: every earlier state can be rebuilt, and an
-- import into an empty database pays one small integer per row for it.
--
-- Rows from before the journal have `since = 0`. The triggers below copy the
-- old rows; the change set in progress is the newest row of `change_set`
-- (stakemap inserts it first, in the same transaction). A row added and then
-- changed or removed within one change set was never a state of its own and
-- is not copied.

CREATE TABLE change_set (
    number        INTEGER NOT NULL PRIMARY KEY CHECK (number > 0),
    -- UTC, ISO 8601 to the second: 2026-03-12T14:05:09Z
    time          TEXT    NOT NULL,
    user          TEXT    NOT NULL,
    -- the command as typed, its arguments joined by spaces
    command       TEXT    NOT NULL,
    nodes_added   INTEGER NOT NULL DEFAULT 0,
    nodes_changed INTEGER NOT NULL DEFAULT 0,
    nodes_removed INTEGER NOT NULL DEFAULT 0,
    links_added   INTEGER NOT NULL DEFAULT 0,
    links_changed INTEGER NOT NULL DEFAULT 0,
    links_removed INTEGER NOT NULL DEFAULT 0,
    -- the change set this one reverts (`stakemap undo`)
    undoes        INTEGER REFERENCES change_set (number)
);

ALTER TABLE node ADD COLUMN since INTEGER NOT NULL DEFAULT 0;
ALTER TABLE link ADD COLUMN since INTEGER NOT NULL DEFAULT 0;
ALTER TABLE node_step ADD COLUMN since INTEGER NOT NULL DEFAULT 0;
ALTER TABLE node_tool ADD COLUMN since INTEGER NOT NULL DEFAULT 0;

CREATE TABLE node_history (
    key      INTEGER NOT NULL,
    id       TEXT    NOT NULL,
    kind     TEXT    NOT NULL,
    side     TEXT    NOT NULL,
    name     TEXT    NOT NULL,
    power    INTEGER,
    interest INTEGER,
    level    TEXT,
    email    TEXT,
    notes    TEXT,
    path     TEXT,
    required INTEGER,
    since    INTEGER NOT NULL,
    until    INTEGER NOT NULL
);
CREATE INDEX node_history_by_key ON node_history (key, until);
CREATE INDEX node_history_by_until ON node_history (until);

CREATE TABLE link_history (
    source INTEGER NOT NULL,
    kind   INTEGER NOT NULL,
    target INTEGER NOT NULL,
    weight INTEGER,
    note   TEXT,
    since  INTEGER NOT NULL,
    until  INTEGER NOT NULL
);
CREATE INDEX link_history_by_source ON link_history (source);
CREATE INDEX link_history_by_target ON link_history (target);
CREATE INDEX link_history_by_until ON link_history (until);

CREATE TABLE node_step_history (
    node  TEXT    NOT NULL,
    step  TEXT    NOT NULL,
    since INTEGER NOT NULL,
    until INTEGER NOT NULL
);
CREATE INDEX node_step_history_by_node ON node_step_history (node);
CREATE INDEX node_step_history_by_until ON node_step_history (until);

CREATE TABLE node_tool_history (
    node  TEXT    NOT NULL,
    tool  TEXT    NOT NULL,
    since INTEGER NOT NULL,
    until INTEGER NOT NULL
);
CREATE INDEX node_tool_history_by_node ON node_tool_history (node);
CREATE INDEX node_tool_history_by_until ON node_tool_history (until);

-- An update that stakemap makes sets `since` to the change set in progress.
CREATE TRIGGER node_updated AFTER UPDATE ON node WHEN OLD.since < NEW.since BEGIN
    INSERT INTO node_history (key, id, kind, side, name, power, interest, level, email, notes, path, required, since, until)
    VALUES (OLD.key, OLD.id, OLD.kind, OLD.side, OLD.name, OLD.power, OLD.interest, OLD.level, OLD.email, OLD.notes,
            OLD.path, OLD.required, OLD.since, NEW.since);
END;

CREATE TRIGGER node_removed AFTER DELETE ON node
WHEN OLD.since < (SELECT max(number) FROM change_set) BEGIN
    INSERT INTO node_history (key, id, kind, side, name, power, interest, level, email, notes, path, required, since, until)
    VALUES (OLD.key, OLD.id, OLD.kind, OLD.side, OLD.name, OLD.power, OLD.interest, OLD.level, OLD.email, OLD.notes,
            OLD.path, OLD.required, OLD.since, (SELECT max(number) FROM change_set));
END;

CREATE TRIGGER link_updated AFTER UPDATE ON link WHEN OLD.since < NEW.since BEGIN
    INSERT INTO link_history (source, kind, target, weight, note, since, until)
    VALUES (OLD.source, OLD.kind, OLD.target, OLD.weight, OLD.note, OLD.since, NEW.since);
END;

CREATE TRIGGER link_removed AFTER DELETE ON link
WHEN OLD.since < (SELECT max(number) FROM change_set) BEGIN
    INSERT INTO link_history (source, kind, target, weight, note, since, until)
    VALUES (OLD.source, OLD.kind, OLD.target, OLD.weight, OLD.note, OLD.since, (SELECT max(number) FROM change_set));
END;

CREATE TRIGGER node_step_removed AFTER DELETE ON node_step
WHEN OLD.since < (SELECT max(number) FROM change_set) BEGIN
    INSERT INTO node_step_history (node, step, since, until)
    VALUES (OLD.node, OLD.step, OLD.since, (SELECT max(number) FROM change_set));
END;

CREATE TRIGGER node_tool_removed AFTER DELETE ON node_tool
WHEN OLD.since < (SELECT max(number) FROM change_set) BEGIN
    INSERT INTO node_tool_history (node, tool, since, until)
    VALUES (OLD.node, OLD.tool, OLD.since, (SELECT max(number) FROM change_set));
END;
