-- stakemap graph, version 4: snapshots and accepted gaps.
--
-- A snapshot names a state of the graph: the latest change set when it was
-- taken (0 when there was none). Taking one records no change set.
CREATE TABLE snapshot (
    name       TEXT    NOT NULL PRIMARY KEY CHECK (name <> ''),
    change_set INTEGER NOT NULL CHECK (change_set >= 0),
    -- UTC, ISO 8601 to the second
    time       TEXT    NOT NULL,
    user       TEXT    NOT NULL,
    note       TEXT
);

-- A gap the team decided to leave (`stakemap accept RULE REF --reason`):
-- journaled as the graph's tables are, so `undo` takes an accept back.
CREATE TABLE accepted_gap (
    rule   TEXT    NOT NULL,
    -- the node's id
    node   TEXT    NOT NULL,
    reason TEXT    NOT NULL CHECK (reason <> ''),
    user   TEXT    NOT NULL,
    time   TEXT    NOT NULL,
    since  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (rule, node)
) WITHOUT ROWID;

CREATE TABLE accepted_gap_history (
    rule   TEXT    NOT NULL,
    node   TEXT    NOT NULL,
    reason TEXT    NOT NULL,
    user   TEXT    NOT NULL,
    time   TEXT    NOT NULL,
    since  INTEGER NOT NULL,
    until  INTEGER NOT NULL
);
CREATE INDEX accepted_gap_history_by_until ON accepted_gap_history (until);

CREATE TRIGGER accepted_gap_updated AFTER UPDATE ON accepted_gap WHEN OLD.since < NEW.since BEGIN
    INSERT INTO accepted_gap_history (rule, node, reason, user, time, since, until)
    VALUES (OLD.rule, OLD.node, OLD.reason, OLD.user, OLD.time, OLD.since, NEW.since);
END;

CREATE TRIGGER accepted_gap_removed AFTER DELETE ON accepted_gap
WHEN OLD.since < (SELECT max(number) FROM change_set) BEGIN
    INSERT INTO accepted_gap_history (rule, node, reason, user, time, since, until)
    VALUES (OLD.rule, OLD.node, OLD.reason, OLD.user, OLD.time, OLD.since, (SELECT max(number) FROM change_set));
END;
