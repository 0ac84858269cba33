-- Joint project proposals: a consortium forms around a call (partner profiles sought, partners requested,
-- invited, accepted or declined) and prepares the application in a workspace (documents with versions and a
-- checklist). The outcome (funded, rejected) stays for the cooperation figures.

CREATE TABLE project_proposal (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    version             BIGINT                   NOT NULL,
    created             TIMESTAMP WITH TIME ZONE NOT NULL,
    modified            TIMESTAMP WITH TIME ZONE NOT NULL,
    title               VARCHAR(200)             NOT NULL,
    acronym             VARCHAR(30),
    programme           VARCHAR(150)             NOT NULL,
    call_name           VARCHAR(300),
    call_identifier     VARCHAR(100),
    call_link           VARCHAR(500),
    deadline            TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone           VARCHAR(60)              NOT NULL,
    estimated_budget    DECIMAL(15, 2),
    requested_funding   DECIMAL(15, 2),
    currency            VARCHAR(3)               NOT NULL,
    duration_months     INTEGER,
    summary             VARCHAR(1000)            NOT NULL,
    objectives          VARCHAR(4000),
    description         VARCHAR(20000),
    reach               VARCHAR(20)              NOT NULL,
    lead_id             BIGINT                   NOT NULL REFERENCES organisation (id),
    contact_id          BIGINT                   NOT NULL REFERENCES person (id),
    status              VARCHAR(30)              NOT NULL,
    status_changed      TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome_on          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT project_proposal_budget_ck CHECK (estimated_budget IS NULL OR estimated_budget >= 0),
    CONSTRAINT project_proposal_funding_ck CHECK (requested_funding IS NULL OR requested_funding >= 0)
);
CREATE INDEX project_proposal_lead_idx ON project_proposal (lead_id);
CREATE INDEX project_proposal_status_idx ON project_proposal (status, deadline);
CREATE INDEX project_proposal_deadline_idx ON project_proposal (deadline);

CREATE TABLE proposal_agreement (
    proposal_id  BIGINT NOT NULL REFERENCES project_proposal (id),
    agreement_id BIGINT NOT NULL REFERENCES agreement (id),
    PRIMARY KEY (proposal_id, agreement_id)
);
CREATE INDEX proposal_agreement_agreement_idx ON proposal_agreement (agreement_id);

-- A partner search: the role sought, the competences and sectors wanted, the countries preferred.
CREATE TABLE partner_profile (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified    TIMESTAMP WITH TIME ZONE NOT NULL,
    proposal_id BIGINT                   NOT NULL REFERENCES project_proposal (id),
    role        VARCHAR(30)              NOT NULL,
    competences VARCHAR(1000)            NOT NULL,
    state       VARCHAR(20)              NOT NULL
);
CREATE INDEX partner_profile_proposal_idx ON partner_profile (proposal_id);
CREATE INDEX partner_profile_role_idx ON partner_profile (role, state);

CREATE TABLE partner_profile_sector (
    profile_id BIGINT NOT NULL REFERENCES partner_profile (id),
    sector_id  BIGINT NOT NULL REFERENCES sector (id),
    PRIMARY KEY (profile_id, sector_id)
);
CREATE INDEX partner_profile_sector_sector_idx ON partner_profile_sector (sector_id);

CREATE TABLE partner_profile_country (
    profile_id BIGINT     NOT NULL REFERENCES partner_profile (id),
    country    VARCHAR(2) NOT NULL,
    PRIMARY KEY (profile_id, country)
);

-- The consortium: one row per organisation and proposal, the lead organisation among them.
CREATE TABLE proposal_partner (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    proposal_id     BIGINT                   NOT NULL REFERENCES project_proposal (id),
    organisation_id BIGINT                   NOT NULL REFERENCES organisation (id),
    profile_id      BIGINT                   REFERENCES partner_profile (id),
    role            VARCHAR(30)              NOT NULL,
    contact_id      BIGINT                   REFERENCES person (id),
    budget_share    DECIMAL(5, 2),
    state           VARCHAR(20)              NOT NULL,
    message         VARCHAR(1000),
    asked_by        BIGINT                   REFERENCES person (id),
    decided_by      BIGINT                   REFERENCES person (id),
    decided_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT proposal_partner_uk UNIQUE (proposal_id, organisation_id),
    CONSTRAINT proposal_partner_share_ck CHECK (budget_share IS NULL OR (budget_share >= 0 AND budget_share <= 100))
);
CREATE INDEX proposal_partner_organisation_idx ON proposal_partner (organisation_id, state);

CREATE TABLE proposal_document (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    version        BIGINT                   NOT NULL,
    created        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified       TIMESTAMP WITH TIME ZONE NOT NULL,
    proposal_id    BIGINT                   NOT NULL REFERENCES project_proposal (id),
    title          VARCHAR(300)             NOT NULL,
    created_by     BIGINT                   NOT NULL REFERENCES person (id),
    -- The number of the last version: taken under a row lock, so two uploads at once get two numbers.
    version_count  INTEGER                  NOT NULL
);
CREATE INDEX proposal_document_proposal_idx ON proposal_document (proposal_id);

CREATE TABLE proposal_document_version (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified     TIMESTAMP WITH TIME ZONE NOT NULL,
    document_id  BIGINT                   NOT NULL REFERENCES proposal_document (id),
    number       INTEGER                  NOT NULL,
    file_name    VARCHAR(255)             NOT NULL,
    content_type VARCHAR(100)             NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    storage_key  VARCHAR(36)              NOT NULL,
    uploaded_by  BIGINT                   NOT NULL REFERENCES person (id),
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT proposal_document_version_uk UNIQUE (document_id, number)
);

CREATE TABLE proposal_checklist_item (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified    TIMESTAMP WITH TIME ZONE NOT NULL,
    proposal_id BIGINT                   NOT NULL REFERENCES project_proposal (id),
    title       VARCHAR(300)             NOT NULL,
    owner_id    BIGINT                   REFERENCES person (id),
    due_on      DATE,
    state       VARCHAR(20)              NOT NULL,
    done_by     BIGINT                   REFERENCES person (id),
    done_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX proposal_checklist_item_proposal_idx ON proposal_checklist_item (proposal_id);
CREATE INDEX proposal_checklist_item_due_idx ON proposal_checklist_item (state, due_on);
