-- Accounts: users with roles and working languages, and their API tokens.

CREATE SEQUENCE app_user_seq INCREMENT BY 50;

CREATE TABLE app_user (
    id            bigint PRIMARY KEY,
    username      text        NOT NULL,
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,          -- bcrypt, modular crypt format
    roles         text[]      NOT NULL DEFAULT '{}',
    languages     text[]      NOT NULL DEFAULT '{}',
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    CONSTRAINT app_user_roles_known CHECK (roles <@ ARRAY['translator','reviewer','editor','admin']::text[])
);
CREATE UNIQUE INDEX app_user_username_key ON app_user (username);

CREATE SEQUENCE api_token_seq INCREMENT BY 50;

CREATE TABLE api_token (
    id           bigint PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user (id),
    name         text        NOT NULL,
    token_prefix text        NOT NULL,           -- first characters, to recognise a token in lists
    token_hash   text        NOT NULL,           -- SHA-256 hex of the whole token
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   bigint      NOT NULL REFERENCES app_user (id),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE UNIQUE INDEX api_token_hash_key ON api_token (token_hash);
CREATE INDEX api_token_user_idx ON api_token (user_id);
