-- Trainings, seminars, conferences, workshops, internship programmes and meetings, for the participants of the
-- agreements in event_agreement or for everybody (reach PUBLIC), and the registrations for them.
-- Start and end are instants (UTC); zone_id is the event's own time zone, in which the page shows them.

CREATE TABLE event (
    id                    BIGINT                   NOT NULL PRIMARY KEY,
    version               BIGINT                   NOT NULL,
    created               TIMESTAMP WITH TIME ZONE NOT NULL,
    modified              TIMESTAMP WITH TIME ZONE NOT NULL,
    type                  VARCHAR(20)              NOT NULL,
    title                 VARCHAR(200)             NOT NULL,
    description           VARCHAR(8000),
    agenda                VARCHAR(4000),
    starts_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    zone_id               VARCHAR(60)              NOT NULL,
    place                 VARCHAR(300),
    online_link           VARCHAR(500),
    language              VARCHAR(8)               NOT NULL,
    organiser_id          BIGINT                   NOT NULL REFERENCES organisation (id),
    coordinator_id        BIGINT                   NOT NULL REFERENCES person (id),
    reach                 VARCHAR(20)              NOT NULL,
    capacity              INTEGER,
    registration_opens    TIMESTAMP WITH TIME ZONE,
    registration_closes   TIMESTAMP WITH TIME ZONE NOT NULL,
    needs_approval        BOOLEAN                  NOT NULL,
    status                VARCHAR(20)              NOT NULL,
    -- The iCalendar SEQUENCE: raised by every change subscribed calendars must take over.
    sequence_number       INTEGER                  NOT NULL,
    CONSTRAINT event_times CHECK (ends_at > starts_at),
    CONSTRAINT event_capacity CHECK (capacity IS NULL OR capacity > 0)
);
CREATE INDEX event_starts_idx ON event (starts_at);
CREATE INDEX event_status_idx ON event (status, starts_at);
CREATE INDEX event_coordinator_idx ON event (coordinator_id);

CREATE TABLE event_agreement (
    event_id     BIGINT NOT NULL REFERENCES event (id),
    agreement_id BIGINT NOT NULL REFERENCES agreement (id),
    PRIMARY KEY (event_id, agreement_id)
);
CREATE INDEX event_agreement_agreement_idx ON event_agreement (agreement_id);

-- Up to five questions a person answers when registering; choices one per line.
CREATE TABLE event_question (
    event_id  BIGINT        NOT NULL REFERENCES event (id),
    idx       INTEGER       NOT NULL,
    kind      VARCHAR(20)   NOT NULL,
    label     VARCHAR(300)  NOT NULL,
    choices   VARCHAR(1000),
    PRIMARY KEY (event_id, idx)
);

-- One registration per person and event, whatever the concurrency (the unique constraint), in the order of
-- arrival (taken under the event row's lock, so the waiting list is fair across portal nodes).
CREATE TABLE registration (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    version    BIGINT                   NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified   TIMESTAMP WITH TIME ZONE NOT NULL,
    event_id   BIGINT                   NOT NULL REFERENCES event (id),
    person_id  BIGINT                   NOT NULL REFERENCES person (id),
    state      VARCHAR(20)              NOT NULL,
    arrival    BIGINT                   NOT NULL,
    attended   BOOLEAN                  NOT NULL,
    CONSTRAINT registration_once UNIQUE (event_id, person_id)
);
CREATE INDEX registration_event_state_idx ON registration (event_id, state, arrival);
CREATE INDEX registration_person_idx ON registration (person_id);

CREATE TABLE registration_answer (
    registration_id BIGINT        NOT NULL REFERENCES registration (id),
    idx             INTEGER       NOT NULL,
    answer          VARCHAR(1000),
    PRIMARY KEY (registration_id, idx)
);

-- The secret of a person's personal calendar feed; a new one replaces (revokes) the old.
CREATE TABLE calendar_token (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    version    BIGINT                   NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified   TIMESTAMP WITH TIME ZONE NOT NULL,
    person_id  BIGINT                   NOT NULL UNIQUE REFERENCES person (id),
    token      VARCHAR(64)              NOT NULL UNIQUE
);

-- Which events were reminded of: every portal node runs the daily reminder, the first to lock the event sends it.
CREATE TABLE event_reminder (
    event_id  BIGINT                   NOT NULL PRIMARY KEY REFERENCES event (id),
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
