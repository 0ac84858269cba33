-- Offers are listed newest first by (modified, id), and a page of 25 should stop after about 25 rows of the index.
-- On modified alone the database sorted every row of the same modified time (an incremental sort) before it
-- could stop; a participant's first page walks this index and probes the audience per row.
CREATE INDEX offer_modified_id_idx ON offer (modified DESC, id DESC);
DROP INDEX offer_modified_idx;
