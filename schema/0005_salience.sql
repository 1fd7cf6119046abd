-- stakemap graph, version 5: salience (Mitchell, Agle & Wood 1997).
--
-- Beside power, every node may have a legitimacy and an urgency score, 1 to 5,
-- kept as power is: in the node's row, copied into `node_history` by the
-- journal's triggers when a change set updates or removes the row. Existing
-- rows keep everything and have neither score.

ALTER TABLE node ADD COLUMN legitimacy INTEGER CHECK (legitimacy BETWEEN 1 AND 5);
ALTER TABLE node ADD COLUMN urgency INTEGER CHECK (urgency BETWEEN 1 AND 5);

ALTER TABLE node_history ADD COLUMN legitimacy INTEGER;
ALTER TABLE node_history ADD COLUMN urgency INTEGER;

DROP TRIGGER node_updated;
DROP TRIGGER node_removed;

CREATE TRIGGER node_updated AFTER UPDATE ON node WHEN OLD.since < NEW.since BEGIN
    INSERT INTO node_history (key, id, kind, side, name, power, interest, level, email, notes, path, required,
                              legitimacy, urgency, since, until)
    VALUES (OLD.key, OLD.id, OLD.kind, OLD.side, OLD.name, OLD.power, OLD.interest, OLD.level, OLD.email, OLD.notes,
            OLD.path, OLD.required, OLD.legitimacy, OLD.urgency, OLD.since, NEW.since);
END;

CREATE TRIGGER node_removed AFTER DELETE ON node
WHEN OLD.since < (SELECT max(number) FROM change_set) BEGIN
    INSERT INTO node_history (key, id, kind, side, name, power, interest, level, email, notes, path, required,
                              legitimacy, urgency, since, until)
    VALUES (OLD.key, OLD.id, OLD.kind, OLD.side, OLD.name, OLD.power, OLD.interest, OLD.level, OLD.email, OLD.notes,
            OLD.path, OLD.required, OLD.legitimacy, OLD.urgency, OLD.since, (SELECT max(number) FROM change_set));
END;
