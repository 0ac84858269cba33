-- The portal's first schema: people (their Keycloak accounts as the portal knows them), organisations and
-- who works for which. Written in the SQL that H2 2.x and PostgreSQL share.

-- One sequence for every entity id, fetched 50 at a time (BaseEntity); ids below 1000 are free for seed data.
CREATE SEQUENCE entity_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE organisation (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified    TIMESTAMP WITH TIME ZONE NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    kind        VARCHAR(30)              NOT NULL,
    country     VARCHAR(2)               NOT NULL,
    city        VARCHAR(100)
);
CREATE INDEX organisation_name_idx ON organisation (name);

CREATE TABLE person (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified    TIMESTAMP WITH TIME ZONE NOT NULL,
    subject     VARCHAR(64)              NOT NULL,
    username    VARCHAR(255)             NOT NULL,
    first_name  VARCHAR(100),
    last_name   VARCHAR(100),
    email       VARCHAR(254),
    language    VARCHAR(2),
    last_login  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT person_subject_uk UNIQUE (subject)
);
CREATE INDEX person_name_idx ON person (last_name, first_name);

CREATE TABLE membership (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    person_id       BIGINT                   NOT NULL REFERENCES person (id),
    organisation_id BIGINT                   NOT NULL REFERENCES organisation (id),
    CONSTRAINT membership_uk UNIQUE (person_id, organisation_id)
);
CREATE INDEX membership_organisation_idx ON membership (organisation_id);
