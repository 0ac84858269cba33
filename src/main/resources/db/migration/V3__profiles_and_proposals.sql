-- Organisations get the rest of their directory entry and a record of who approved a proposal; people get a
-- profile (position, languages, expertise) and a say in who sees how to contact them.

ALTER TABLE organisation ADD COLUMN website VARCHAR(300);
ALTER TABLE organisation ADD COLUMN email VARCHAR(254);
ALTER TABLE organisation ADD COLUMN founded_year INTEGER;
ALTER TABLE organisation ADD COLUMN size_class VARCHAR(20);
ALTER TABLE organisation ADD COLUMN approved_by BIGINT REFERENCES person (id);
ALTER TABLE organisation ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX organisation_proposed_by_idx ON organisation (proposed_by);

ALTER TABLE person ADD COLUMN job_title VARCHAR(150);
ALTER TABLE person ADD COLUMN phone VARCHAR(40);
ALTER TABLE person ADD COLUMN contact_visibility VARCHAR(20) DEFAULT 'PARTNERS' NOT NULL;

-- ISO 639-1 codes of the languages a person works in.
CREATE TABLE person_language (
    person_id BIGINT     NOT NULL REFERENCES person (id),
    language  VARCHAR(2) NOT NULL,
    PRIMARY KEY (person_id, language)
);

CREATE TABLE person_expertise (
    person_id BIGINT      NOT NULL REFERENCES person (id),
    keyword   VARCHAR(60) NOT NULL,
    PRIMARY KEY (person_id, keyword)
);
CREATE INDEX person_expertise_keyword_idx ON person_expertise (keyword);

-- The queue of requests an organisation's administrators decide.
CREATE INDEX membership_organisation_status_idx ON membership (organisation_id, status);

-- An organisation's administrators are a role of the membership, not a flag: queries compare it as a string
-- on every database (EclipseLink renders boolean literals as 1, which H2 and PostgreSQL refuse).
ALTER TABLE membership ADD COLUMN role VARCHAR(20) DEFAULT 'MEMBER' NOT NULL;
UPDATE membership SET role = 'ADMINISTRATOR' WHERE administrator = TRUE;
ALTER TABLE membership DROP COLUMN administrator;
