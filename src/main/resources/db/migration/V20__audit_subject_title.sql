-- The audit log names the subject of each entry as it was called then (an agreement's or event's title, a
-- person's name), next to its type and id, so that the page reads without knowing every feature's tables.
ALTER TABLE audit_entry ADD COLUMN object_title VARCHAR(255);
