-- Full-text search of offers on PostgreSQL: a stored tsvector of title, summary, description (without markup)
-- and keywords with a GIN index. The 'simple' configuration (no stemming) serves Polish and English alike;
-- accents are folded by unaccent where the extension can be created, so "lodz" finds "Łódź".

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'unaccent not available to this user: searching without folding accents';
        END;
    END IF;
END
$$;

-- unaccent() is only STABLE (its dictionary could change), a generated column needs IMMUTABLE: this wrapper
-- names the dictionary explicitly, as the PostgreSQL documentation suggests.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
        EXECUTE $f$CREATE OR REPLACE FUNCTION portal_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS 'SELECT public.unaccent(''public.unaccent''::regdictionary, $1)'$f$;
    ELSE
        EXECUTE $f$CREATE OR REPLACE FUNCTION portal_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS 'SELECT $1'$f$;
    END IF;
END
$$;

ALTER TABLE offer ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, portal_unaccent(
        coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(description_text, '') || ' '
        || coalesce(keywords, '')))
) STORED;
CREATE INDEX offer_search_idx ON offer USING GIN (search_vector);
