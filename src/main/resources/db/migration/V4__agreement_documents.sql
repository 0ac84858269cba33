-- The agreement text and its annexes as files. The file itself lives in the file store (outside the web root,
-- under the random storage_key); this row says what it is, what the content showed it to be, and who put it there.

CREATE TABLE agreement_document (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    version        BIGINT                   NOT NULL,
    created        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified       TIMESTAMP WITH TIME ZONE NOT NULL,
    agreement_id   BIGINT                   NOT NULL REFERENCES agreement (id),
    kind           VARCHAR(20)              NOT NULL,
    title          VARCHAR(300)             NOT NULL,
    file_name      VARCHAR(255)             NOT NULL,
    content_type   VARCHAR(100)             NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    sha256         VARCHAR(64)              NOT NULL,
    storage_key    VARCHAR(36)              NOT NULL,
    uploaded_by    BIGINT                   NOT NULL REFERENCES person (id),
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agreement_document_key_uk UNIQUE (storage_key)
);
CREATE INDEX agreement_document_agreement_idx ON agreement_document (agreement_id, kind, uploaded_at);
