-- Browser sessions the server can end (sign-out, password change), and the sign-in throttle.

-- One row per signed-in browser. The encrypted session cookie carries a random session id;
-- only its SHA-256 is stored. A session is usable while ended_at is null and its user enabled.
CREATE TABLE user_session (
    id_hash    text PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES app_user (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    seen_at    timestamptz NOT NULL DEFAULT now(),   -- written at most once a minute
    ended_at   timestamptz
);
CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE ended_at IS NULL;

-- Failed sign-ins per subject ('account:<user name>' or 'address:<client address>'), shared by
-- every instance on this database. blocked_until in the future refuses the subject's attempts.
CREATE TABLE sign_in_throttle (
    subject       text PRIMARY KEY,
    failures      integer     NOT NULL,
    last_failure  timestamptz NOT NULL,
    blocked_until timestamptz NOT NULL
);
CREATE INDEX sign_in_throttle_last_failure_idx ON sign_in_throttle (last_failure);
