-- Translation memory: one entry per (source language, target language, source, target), written
-- when a translation is approved and by TMX import; and the suggestions computed ahead of time
-- for the translations that wait in the queues.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SEQUENCE memory_entry_seq;

CREATE TABLE memory_entry (
    id           bigint PRIMARY KEY DEFAULT nextval('memory_entry_seq'),
    source_lang  text        NOT NULL,
    target_lang  text        NOT NULL,
    source       text        NOT NULL,     -- in the API's inline notation
    target       text        NOT NULL,     -- in the API's inline notation
    source_plain text        NOT NULL,     -- the source's text without inline codes
    source_hash  text        NOT NULL,     -- SHA-256 of the source notation, as segment.source_hash
    target_plain text        NOT NULL,     -- the target's text without inline codes
    target_hash  text        NOT NULL,     -- SHA-256 of the target notation (uniqueness)
    source_words integer     NOT NULL,     -- words of source_plain: the length pre-filter
    terms        text[]      NOT NULL,     -- distinct folded words of the source: the candidate index
    prev_hash    text,                     -- source hashes of the neighbouring segments (101% matches)
    next_hash    text,
    origin       text        NOT NULL,     -- 'approval' or 'tmx'
    article_id   bigint,                   -- where it came from; no foreign keys: the memory
    segment_id   bigint,                   -- outlives articles and is filled from outside (TMX)
    revision_id  bigint,
    user_id      bigint,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT memory_entry_origin_known CHECK (origin IN ('approval', 'tmx'))
);
CREATE UNIQUE INDEX memory_entry_pair_key ON memory_entry (source_lang, target_lang, source_hash, target_hash);
-- Candidates of fuzzy matches: entries sharing one of the query's rarest words.
CREATE INDEX memory_entry_terms_idx ON memory_entry USING gin (terms);
-- The terms' frequencies come from the planner statistics (most_common_elems): keep many.
ALTER TABLE memory_entry ALTER COLUMN terms SET STATISTICS 2000;
-- Concordance search: substrings of the source and target text.
CREATE INDEX memory_entry_source_trgm_idx ON memory_entry USING gin (source_plain gin_trgm_ops);
CREATE INDEX memory_entry_target_trgm_idx ON memory_entry USING gin (target_plain gin_trgm_ops);

-- Top suggestions per (segment, target language), computed in the background after an import
-- (or a source update) so that a claim carries them without matching anything.
CREATE TABLE memory_suggestion (
    segment_id  bigint      NOT NULL,
    lang        text        NOT NULL,
    suggestions jsonb       NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (segment_id, lang)
);
