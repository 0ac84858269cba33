-- Notifications in the portal, each person's choice of how to hear about each kind, the e-mail outbox,
-- and the comment threads of discussions.

-- One row per recipient of a notice. The subject's title is a snapshot; whether the reader may still see the
-- subject is asked again whenever a page of notifications is shown. digest says which digest still has to
-- carry it (NONE when it went out at once or only lives in the portal); digested_at when one did.
CREATE TABLE notification (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified      TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient_id  BIGINT                   NOT NULL REFERENCES person (id),
    kind          VARCHAR(40)              NOT NULL,
    subject_type  VARCHAR(20)              NOT NULL,
    subject_id    BIGINT                   NOT NULL,
    subject_title VARCHAR(300)             NOT NULL,
    actor_name    VARCHAR(255),
    text          VARCHAR(4000),
    read_at       TIMESTAMP WITH TIME ZONE,
    digest        VARCHAR(10)              NOT NULL,
    digested_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created);
CREATE INDEX notification_unread_idx ON notification (recipient_id, read_at);
CREATE INDEX notification_digest_idx ON notification (digest, digested_at);

-- A person's choices; the token makes the settings link of every e-mail work without logging in.
CREATE TABLE notification_preferences (
    id        BIGINT                   NOT NULL PRIMARY KEY,
    version   BIGINT                   NOT NULL,
    created   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified  TIMESTAMP WITH TIME ZONE NOT NULL,
    person_id BIGINT                   NOT NULL UNIQUE REFERENCES person (id),
    token     VARCHAR(64)              NOT NULL UNIQUE
);

-- Only the kinds a person changed from their default.
CREATE TABLE notification_delivery (
    preferences_id BIGINT      NOT NULL REFERENCES notification_preferences (id),
    kind           VARCHAR(40) NOT NULL,
    delivery       VARCHAR(20) NOT NULL,
    PRIMARY KEY (preferences_id, kind)
);

-- E-mail written in the transaction of the change that caused it; the sender claims due rows (next_attempt_at
-- is also the claim's lease), sends them and marks them sent. message_id is the Message-ID header, the same
-- for every attempt, so that a duplicate after a crash is recognisable.
CREATE TABLE outbox_message (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient_id    BIGINT                   NOT NULL REFERENCES person (id),
    to_address      VARCHAR(254)             NOT NULL,
    subject         VARCHAR(300)             NOT NULL,
    text_body       VARCHAR(200000)          NOT NULL,
    html_body       VARCHAR(400000)          NOT NULL,
    message_id      VARCHAR(200)             NOT NULL UNIQUE,
    status          VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);
CREATE INDEX outbox_message_due_idx ON outbox_message (status, next_attempt_at);

-- Comments on an offer, event or proposal: plain text, links made clickable when shown.
CREATE TABLE discussion_comment (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified     TIMESTAMP WITH TIME ZONE NOT NULL,
    subject_type VARCHAR(20)              NOT NULL,
    subject_id   BIGINT                   NOT NULL,
    author_id    BIGINT                   NOT NULL REFERENCES person (id),
    body         VARCHAR(4000)            NOT NULL,
    edited_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX discussion_comment_subject_idx ON discussion_comment (subject_type, subject_id, created);
