-- Publishing: the outbox of events, reassembled documents, webhook endpoints, their
-- deliveries (one per event and endpoint) and every attempt to deliver.

-- Events written by the transaction that causes them (see dev.tessera.events.Outbox).
-- locked_until is when the row may next be claimed: a worker's lease, or the retry time
-- after a failure. processed_at is set when the event is done with (gave_up tells a failure).
CREATE SEQUENCE outbox_event_seq;

CREATE TABLE outbox_event (
    id           bigint PRIMARY KEY DEFAULT nextval('outbox_event_seq'),
    type         text        NOT NULL,
    article_id   bigint      REFERENCES article (id),      -- null for events about no article (webhook.test)
    lang         text,
    revision_id  bigint      REFERENCES revision (id),
    data         jsonb       NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now(),
    locked_until timestamptz NOT NULL DEFAULT now(),
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text,
    processed_at timestamptz,
    gave_up      boolean     NOT NULL DEFAULT false
);
-- The worker's "due" query: unprocessed events whose lease or retry time has passed.
CREATE INDEX outbox_event_due_idx ON outbox_event (locked_until, id) WHERE processed_at IS NULL;
CREATE INDEX outbox_event_article_idx ON outbox_event (article_id, type, revision_id);

-- The reassembled translation of one revision into one language; written once per
-- completed (article, language, revision) and served by the document endpoint.
CREATE TABLE translated_document (
    article_id   bigint      NOT NULL REFERENCES article (id),
    lang         text        NOT NULL,
    revision_id  bigint      NOT NULL REFERENCES revision (id),
    bytes        bytea       NOT NULL,
    sha256       text        NOT NULL,
    size         bigint      NOT NULL,
    content_type text        NOT NULL,
    file_name    text        NOT NULL,
    targets_updated_at timestamptz NOT NULL,           -- newest translation change merged in: tells a stale copy
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, lang, revision_id)
);

-- Where events go. The secret signs every message, so it is kept as it is (never logged,
-- shown only when created or rotated); previous_secret signs too until it expires.
CREATE SEQUENCE webhook_endpoint_seq INCREMENT BY 50;

CREATE TABLE webhook_endpoint (
    id                         bigint PRIMARY KEY,
    url                        text        NOT NULL,
    description                text,
    event_types                text[]      NOT NULL,
    active                     boolean     NOT NULL DEFAULT true,
    disabled_reason            text,
    disabled_at                timestamptz,
    secret                     text        NOT NULL,
    previous_secret            text,
    previous_secret_expires_at timestamptz,
    consecutive_failures       integer     NOT NULL DEFAULT 0,
    created_by                 bigint      REFERENCES app_user (id),
    created_at                 timestamptz NOT NULL DEFAULT now(),
    updated_at                 timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT webhook_endpoint_types_known CHECK (event_types <@ ARRAY[
        'article.language.completed', 'article.completed', 'article.language.reopened', 'webhook.test']::text[])
);
CREATE INDEX webhook_endpoint_types_idx ON webhook_endpoint USING gin (event_types);

-- One message to one endpoint. webhook_id is the Standard Webhooks message id: the same for
-- every attempt, so receivers can drop duplicates. payload is the exact body that is signed.
-- next_attempt_at is when it is due; a worker's claim pushes it forward by a lease.
CREATE SEQUENCE webhook_delivery_seq;

CREATE TABLE webhook_delivery (
    id               bigint PRIMARY KEY DEFAULT nextval('webhook_delivery_seq'),
    endpoint_id      bigint      NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_id         bigint      NOT NULL REFERENCES outbox_event (id),
    event_type       text        NOT NULL,
    webhook_id       text        NOT NULL,
    payload          text        NOT NULL,
    status           text        NOT NULL DEFAULT 'PENDING',
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_status_code integer,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    completed_at     timestamptz,
    CONSTRAINT webhook_delivery_status_known CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    CONSTRAINT webhook_delivery_once UNIQUE (event_id, endpoint_id)
);
CREATE UNIQUE INDEX webhook_delivery_webhook_id_key ON webhook_delivery (webhook_id);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, id DESC);

-- Every attempt, kept for the delivery log.
CREATE SEQUENCE webhook_attempt_seq;

CREATE TABLE webhook_attempt (
    id               bigint PRIMARY KEY DEFAULT nextval('webhook_attempt_seq'),
    delivery_id      bigint      NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt          integer     NOT NULL,
    started_at       timestamptz NOT NULL,
    duration_ms      integer     NOT NULL,
    status_code      integer,
    error            text,
    response_excerpt text
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, id);
