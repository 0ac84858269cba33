-- Administration: the audit log, and the moment a person's roles or account last changed.

-- Append-only: the application inserts rows and never updates or deletes them. The actor's name is a
-- snapshot (it stays readable when the person is renamed); the object id is text because Keycloak accounts
-- are keyed by their UUID.
CREATE TABLE audit_entry (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    version        BIGINT                   NOT NULL,
    created        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       BIGINT                   REFERENCES person (id),
    actor_name     VARCHAR(255),
    action         VARCHAR(40)              NOT NULL,
    object_type    VARCHAR(40),
    object_id      VARCHAR(64),
    detail         VARCHAR(1000),
    remote_address VARCHAR(64)
);
CREATE INDEX audit_entry_created_idx ON audit_entry (created);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, created);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, created);

-- A session that began before this moment is ended at its next request, so a role granted or revoked (or an
-- account disabled) takes effect then rather than at the next login.
ALTER TABLE person ADD COLUMN roles_changed_at TIMESTAMP WITH TIME ZONE;
