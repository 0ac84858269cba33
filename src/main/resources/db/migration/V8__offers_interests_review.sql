-- Issue 5, the rest of offers: review by the agreements that ask for it, co-providers of joint offers,
-- expressions of interest with their outcome, reminders. The full-text column of PostgreSQL is in
-- db/vendor/postgresql/V8_2 (H2 searches with LIKE).

-- Whether offers published to the agreement wait for its coordinators' approval (NOT_REQUIRED or REQUIRED).
ALTER TABLE agreement ADD COLUMN offer_review VARCHAR(20) DEFAULT 'NOT_REQUIRED' NOT NULL;

-- The description's words without markup (for search); the coordinators' comment when they return an offer;
-- the date of validity the owner was last reminded of (no second reminder for the same date).
ALTER TABLE offer ADD COLUMN description_text VARCHAR(8000);
ALTER TABLE offer ADD COLUMN review_comment VARCHAR(1000);
ALTER TABLE offer ADD COLUMN reminded_for DATE;
ALTER TABLE offer ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
UPDATE offer SET published_at = modified WHERE status = 'PUBLISHED';
CREATE INDEX offer_published_idx ON offer (published_at);

-- Organisations named as co-providers of a joint offer; their administrators confirm or decline.
CREATE TABLE offer_co_provider (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    offer_id        BIGINT                   NOT NULL REFERENCES offer (id),
    organisation_id BIGINT                   NOT NULL REFERENCES organisation (id),
    answer          VARCHAR(20)              NOT NULL,
    answered_by     BIGINT                   REFERENCES person (id),
    CONSTRAINT offer_co_provider_once UNIQUE (offer_id, organisation_id)
);
CREATE INDEX offer_co_provider_organisation_idx ON offer_co_provider (organisation_id);

-- Expressions of interest: one per person and offer, moved by the owner through the outcome states; the
-- outcome is followed up 3 and 6 months after a meeting or an agreement (follow_ups counts the questions asked).
CREATE TABLE offer_interest (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    offer_id        BIGINT                   NOT NULL REFERENCES offer (id),
    person_id       BIGINT                   NOT NULL REFERENCES person (id),
    organisation_id BIGINT                   REFERENCES organisation (id),
    cooperation     VARCHAR(30)              NOT NULL,
    message         VARCHAR(2000)            NOT NULL,
    state           VARCHAR(30)              NOT NULL,
    notes           VARCHAR(2000),
    outcome_since   DATE,
    follow_ups      INTEGER                  DEFAULT 0 NOT NULL,
    followed_up_on  DATE,
    CONSTRAINT offer_interest_once UNIQUE (offer_id, person_id)
);
CREATE INDEX offer_interest_person_idx ON offer_interest (person_id);
CREATE INDEX offer_interest_outcome_idx ON offer_interest (state, outcome_since);

-- Attachments of offers (PDF, images, office documents), stored in the file store outside the web root.
CREATE TABLE offer_attachment (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    offer_id        BIGINT                   NOT NULL REFERENCES offer (id),
    file_name       VARCHAR(255)             NOT NULL,
    content_type    VARCHAR(100)             NOT NULL,
    size_bytes      BIGINT                   NOT NULL,
    sha256          VARCHAR(64)              NOT NULL,
    storage_key     VARCHAR(36)              NOT NULL,
    uploaded_by     BIGINT                   NOT NULL REFERENCES person (id)
);
CREATE INDEX offer_attachment_offer_idx ON offer_attachment (offer_id);
