-- Issue 14 (jobs and the outbox view).

-- The date of validity its organisation was told had passed: told once per date, so a renewed offer that expires
-- again is told again.
ALTER TABLE offer ADD COLUMN expiry_told_for DATE;

-- Which proposal reminders went out (the deadline's 7- and 1-day reminders, a checklist item's due day): every
-- portal node runs the morning job, the first to lock the proposal sends each, and a second run sends nothing.
CREATE TABLE proposal_reminder (
    proposal_id BIGINT                   NOT NULL REFERENCES project_proposal (id),
    reminder    VARCHAR(100)             NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (proposal_id, reminder)
);

-- The administrators' outbox list: filtered by status, newest first (the health probe's counts and the age of
-- the oldest waiting e-mail use the first one too).
CREATE INDEX outbox_message_status_created_idx ON outbox_message (status, created, id);
CREATE INDEX outbox_message_created_idx ON outbox_message (created, id);
