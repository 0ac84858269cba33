-- An organisation's logo: a file of the file store (platform.files), checked by content, at most 2 MB.
ALTER TABLE organisation ADD COLUMN logo_key VARCHAR(36);
ALTER TABLE organisation ADD COLUMN logo_type VARCHAR(100);
ALTER TABLE organisation ADD COLUMN logo_size BIGINT;
ALTER TABLE organisation ADD COLUMN logo_sha256 VARCHAR(64);
