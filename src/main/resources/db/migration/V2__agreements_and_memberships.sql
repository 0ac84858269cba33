-- Organisations grow into a directory (sectors, hierarchy, proposals awaiting approval), memberships into
-- requests that an organisation's own administrators decide, and cooperation agreements appear with their
-- areas, signatories and coordinators.

CREATE TABLE sector (
    id       BIGINT                   NOT NULL PRIMARY KEY,
    version  BIGINT                   NOT NULL,
    created  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified TIMESTAMP WITH TIME ZONE NOT NULL,
    code     VARCHAR(20)              NOT NULL,
    name_pl  VARCHAR(150)             NOT NULL,
    name_en  VARCHAR(150)             NOT NULL,
    CONSTRAINT sector_code_uk UNIQUE (code)
);

ALTER TABLE organisation ADD COLUMN name_key VARCHAR(200);
UPDATE organisation SET name_key = LOWER(TRIM(name));
ALTER TABLE organisation ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE organisation ADD COLUMN status VARCHAR(20) DEFAULT 'APPROVED' NOT NULL;
ALTER TABLE organisation ADD COLUMN region VARCHAR(100);
ALTER TABLE organisation ADD COLUMN description VARCHAR(4000);
ALTER TABLE organisation ADD COLUMN proposed_by BIGINT REFERENCES person (id);
-- Key-cluster status (Krajowy Klaster Kluczowy) is granted for three years.
ALTER TABLE organisation ADD COLUMN key_cluster_from DATE;
ALTER TABLE organisation ADD COLUMN key_cluster_to DATE;
-- The same organisation proposed twice (same name, same country) is refused.
ALTER TABLE organisation ADD CONSTRAINT organisation_name_country_uk UNIQUE (name_key, country);
CREATE INDEX organisation_status_idx ON organisation (status, kind);
CREATE INDEX organisation_region_idx ON organisation (country, region);

CREATE TABLE organisation_sector (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    sector_id       BIGINT NOT NULL REFERENCES sector (id),
    PRIMARY KEY (organisation_id, sector_id)
);
CREATE INDEX organisation_sector_sector_idx ON organisation_sector (sector_id);

-- A member entity belongs to one or more clusters.
CREATE TABLE cluster_member (
    cluster_id BIGINT NOT NULL REFERENCES organisation (id),
    member_id  BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (cluster_id, member_id)
);
CREATE INDEX cluster_member_member_idx ON cluster_member (member_id);

ALTER TABLE membership ADD COLUMN status VARCHAR(20) DEFAULT 'APPROVED' NOT NULL;
ALTER TABLE membership ADD COLUMN administrator BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE membership ADD COLUMN message VARCHAR(1000);
ALTER TABLE membership ADD COLUMN decided_by BIGINT REFERENCES person (id);
ALTER TABLE membership ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX membership_person_status_idx ON membership (person_id, status);

CREATE TABLE agreement (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified      TIMESTAMP WITH TIME ZONE NOT NULL,
    title         VARCHAR(300)             NOT NULL,
    reference     VARCHAR(100),
    signed_on     DATE,
    signed_at     VARCHAR(150),
    valid_from    DATE,
    valid_to      DATE,
    stage         VARCHAR(20)              NOT NULL,
    description   VARCHAR(8000),
    visibility    VARCHAR(20)              NOT NULL
);
CREATE INDEX agreement_stage_idx ON agreement (stage, valid_to);

CREATE TABLE agreement_area (
    agreement_id BIGINT      NOT NULL REFERENCES agreement (id),
    area         VARCHAR(40) NOT NULL,
    PRIMARY KEY (agreement_id, area)
);

CREATE TABLE signatory (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    agreement_id    BIGINT                   NOT NULL REFERENCES agreement (id),
    organisation_id BIGINT                   NOT NULL REFERENCES organisation (id),
    signed_on       DATE,
    coordinating    BOOLEAN                  NOT NULL,
    CONSTRAINT signatory_uk UNIQUE (agreement_id, organisation_id)
);
CREATE INDEX signatory_organisation_idx ON signatory (organisation_id);

CREATE TABLE agreement_coordinator (
    agreement_id BIGINT NOT NULL REFERENCES agreement (id),
    person_id    BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (agreement_id, person_id)
);
CREATE INDEX agreement_coordinator_person_idx ON agreement_coordinator (person_id);

-- The sector taxonomy: NACE sections and the Polish national smart specialisations (KIS); admins extend it.
INSERT INTO sector (id, version, created, modified, code, name_pl, name_en) VALUES
 (101, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-A', 'Rolnictwo, leśnictwo i rybactwo', 'Agriculture, forestry and fishing'),
 (102, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-B', 'Górnictwo i wydobywanie', 'Mining and quarrying'),
 (103, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-C', 'Przetwórstwo przemysłowe', 'Manufacturing'),
 (104, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-D', 'Energetyka', 'Electricity, gas, steam and air conditioning supply'),
 (105, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-E', 'Gospodarka wodna i odpadami', 'Water supply, sewerage and waste management'),
 (106, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-F', 'Budownictwo', 'Construction'),
 (107, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-G', 'Handel', 'Wholesale and retail trade'),
 (108, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-H', 'Transport i gospodarka magazynowa', 'Transportation and storage'),
 (110, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-J', 'Informacja i komunikacja', 'Information and communication'),
 (113, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-M', 'Działalność profesjonalna, naukowa i techniczna', 'Professional, scientific and technical activities'),
 (116, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-P', 'Edukacja', 'Education'),
 (117, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'NACE-Q', 'Opieka zdrowotna', 'Human health and social work'),
 (201, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'KIS-1', 'Zdrowe społeczeństwo (KIS 1)', 'Healthy society (KIS 1)'),
 (202, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'KIS-2', 'Innowacyjne technologie w biogospodarce (KIS 2)', 'Innovative bioeconomy technologies (KIS 2)'),
 (205, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'KIS-5', 'Nowoczesne technologie energetyczne (KIS 5)', 'Modern energy technologies (KIS 5)'),
 (210, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'KIS-10', 'Wielofunkcyjne materiały (KIS 10)', 'Multifunctional materials (KIS 10)'),
 (215, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'KIS-15', 'Automatyzacja i robotyka (KIS 15)', 'Automation and robotics (KIS 15)'),
 (217, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'KIS-17', 'Gospodarka o obiegu zamkniętym (KIS 17)', 'Circular economy (KIS 17)');
