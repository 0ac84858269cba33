-- Offers and requests of an organisation, for everybody (reach PUBLIC) or for the participants of the
-- agreements in offer_agreement. EXPIRED is not stored: it is a published offer past valid_until.

CREATE TABLE offer (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified     TIMESTAMP WITH TIME ZONE NOT NULL,
    kind         VARCHAR(20)              NOT NULL,
    category     VARCHAR(20)              NOT NULL,
    title        VARCHAR(200)             NOT NULL,
    summary      VARCHAR(500)             NOT NULL,
    description  VARCHAR(8000),
    keywords     VARCHAR(300),
    owner_id     BIGINT                   NOT NULL REFERENCES organisation (id),
    reach        VARCHAR(20)              NOT NULL,
    valid_until  DATE                     NOT NULL,
    contact_id   BIGINT                   NOT NULL REFERENCES person (id),
    status       VARCHAR(20)              NOT NULL
);
CREATE INDEX offer_owner_idx ON offer (owner_id);
CREATE INDEX offer_status_idx ON offer (status, valid_until);
CREATE INDEX offer_modified_idx ON offer (modified);

CREATE TABLE offer_agreement (
    offer_id     BIGINT NOT NULL REFERENCES offer (id),
    agreement_id BIGINT NOT NULL REFERENCES agreement (id),
    PRIMARY KEY (offer_id, agreement_id)
);
CREATE INDEX offer_agreement_agreement_idx ON offer_agreement (agreement_id);
