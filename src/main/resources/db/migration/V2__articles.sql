-- Articles, their revisions (original bytes kept for merging), sentence segments,
-- one translation row per (segment, target language), and progress counters.

CREATE SEQUENCE article_seq INCREMENT BY 50;

CREATE TABLE article (
    id                  bigint PRIMARY KEY,
    external_id         text,
    title               text        NOT NULL,
    source_lang         text        NOT NULL,
    target_langs        text[]      NOT NULL,
    format              text        NOT NULL,
    priority            integer     NOT NULL DEFAULT 0,      -- higher goes first
    due_date            date,
    current_revision_id bigint,
    created_by          bigint      REFERENCES app_user (id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT article_targets_not_source CHECK (NOT (source_lang = ANY (target_langs))),
    CONSTRAINT article_has_targets CHECK (cardinality(target_langs) > 0)
);
CREATE UNIQUE INDEX article_external_id_key ON article (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX article_created_idx ON article (created_at DESC, id DESC);

CREATE SEQUENCE revision_seq INCREMENT BY 50;

CREATE TABLE revision (
    id            bigint PRIMARY KEY,
    article_id    bigint      NOT NULL REFERENCES article (id),
    number        integer     NOT NULL,
    original      bytea       NOT NULL,      -- the source exactly as received; merging re-reads it
    sha256        text        NOT NULL,
    size          bigint      NOT NULL,
    file_name     text,
    content_type  text        NOT NULL,
    format        text        NOT NULL,
    filter_config text        NOT NULL,      -- Okapi filter id and parameters used to extract
    rules_hash    text        NOT NULL,      -- SHA-256 of the segmentation rules used
    segment_count integer     NOT NULL,
    word_count    integer     NOT NULL,
    created_by    bigint      REFERENCES app_user (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT revision_number_key UNIQUE (article_id, number)
);
CREATE INDEX revision_sha_idx ON revision (sha256);

ALTER TABLE article ADD CONSTRAINT article_current_revision_fk
    FOREIGN KEY (current_revision_id) REFERENCES revision (id) DEFERRABLE INITIALLY DEFERRED;

-- Segments are written with COPY in one stream per import; the id comes from the sequence default.
CREATE SEQUENCE segment_seq;

CREATE TABLE segment (
    id               bigint PRIMARY KEY DEFAULT nextval('segment_seq'),
    revision_id      bigint  NOT NULL REFERENCES revision (id),
    position         integer NOT NULL,     -- 0-based order in the document
    text_unit_id     text    NOT NULL,     -- Okapi text-unit id
    okapi_segment_id text    NOT NULL,     -- Okapi segment id inside the text unit
    source_coded     text    NOT NULL,     -- coded text: inline codes as private-use markers
    source_codes     text    NOT NULL,     -- the codes, serialised by Okapi
    plain_text       text    NOT NULL,
    word_count       integer NOT NULL,
    source_hash      text    NOT NULL,     -- SHA-256 of the notation (text and codes)
    prev_hash        text,                 -- source_hash of the previous segment (context matches)
    next_hash        text,
    CONSTRAINT segment_position_key UNIQUE (revision_id, position)
);
CREATE INDEX segment_source_hash_idx ON segment (source_hash);

CREATE SEQUENCE translation_seq;

-- One row per (segment, target language). Updated often: room for HOT updates, eager vacuum.
CREATE TABLE translation (
    id               bigint PRIMARY KEY DEFAULT nextval('translation_seq'),
    segment_id       bigint      NOT NULL REFERENCES segment (id),
    article_id       bigint      NOT NULL REFERENCES article (id),
    lang             text        NOT NULL,
    status           text        NOT NULL DEFAULT 'NEW',
    target           text,                 -- in the inline notation of the API
    version          integer     NOT NULL DEFAULT 0,
    translated_by    bigint      REFERENCES app_user (id),
    reviewed_by      bigint      REFERENCES app_user (id),
    claimed_by       bigint      REFERENCES app_user (id),
    claim_expires_at timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT translation_segment_lang_key UNIQUE (segment_id, lang),
    CONSTRAINT translation_status_known
        CHECK (status IN ('NEW', 'DRAFT', 'TRANSLATED', 'REJECTED', 'APPROVED', 'STALE'))
) WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
CREATE INDEX translation_article_lang_status_idx ON translation (article_id, lang, status);

-- Counters per (article, language), kept in step with the translations in the same transaction.
CREATE TABLE progress (
    article_id         bigint      NOT NULL REFERENCES article (id),
    lang               text        NOT NULL,
    segments_total     integer     NOT NULL DEFAULT 0,
    words_total        integer     NOT NULL DEFAULT 0,
    segments_new       integer     NOT NULL DEFAULT 0,
    words_new          integer     NOT NULL DEFAULT 0,
    segments_draft     integer     NOT NULL DEFAULT 0,
    words_draft        integer     NOT NULL DEFAULT 0,
    segments_translated integer    NOT NULL DEFAULT 0,
    words_translated   integer     NOT NULL DEFAULT 0,
    segments_rejected  integer     NOT NULL DEFAULT 0,
    words_rejected     integer     NOT NULL DEFAULT 0,
    segments_approved  integer     NOT NULL DEFAULT 0,
    words_approved     integer     NOT NULL DEFAULT 0,
    segments_stale     integer     NOT NULL DEFAULT 0,
    words_stale        integer     NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, lang)
) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02);
CREATE INDEX progress_lang_idx ON progress (lang);
