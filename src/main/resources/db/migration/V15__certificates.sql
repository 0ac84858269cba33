-- Certificates of attendance (issue 14): one per registration at most (the unique constraint makes issuing twice,
-- or two organisers at once, give one). The number is random and unguessable: it is what the public verification
-- page is opened with. Whether a certificate is still valid is not stored: it follows the registration's
-- attendance and the event's status when it is read (a withdrawn attendance or a cancelled event invalidates it).
CREATE TABLE certificate (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    registration_id BIGINT                   NOT NULL REFERENCES registration (id),
    number          VARCHAR(40)              NOT NULL,
    issued_by_id    BIGINT                   NOT NULL REFERENCES person (id),
    CONSTRAINT certificate_once UNIQUE (registration_id),
    CONSTRAINT certificate_number_unique UNIQUE (number)
);
