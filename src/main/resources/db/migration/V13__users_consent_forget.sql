-- Issue 12 §4. The user of an event is stored only as a keyed pseudonym (user-<HMAC>), never in clear.
ALTER TABLE generations ADD COLUMN user_key TEXT;
ALTER TABLE signals ADD COLUMN user_key TEXT;
ALTER TABLE session_ends ADD COLUMN user_key TEXT;
CREATE INDEX generations_by_user ON generations (user_key) WHERE user_key IS NOT NULL;
CREATE INDEX session_ends_by_user ON session_ends (user_key) WHERE user_key IS NOT NULL;
CREATE INDEX signals_by_user ON signals (user_key) WHERE user_key IS NOT NULL;

-- What was forgotten, as keyed hashes (HMAC with the database's key) of a session, generation id or user
-- pseudonym: a later ingest of the same log skips what they name. Never the clear value.
CREATE TABLE tombstones (
    hash       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- One row per forget request or consent withdrawal that erased something: what kind, the keyed hash of the
-- target, and the counts. Never the erased content or the clear target.
CREATE TABLE erasures (
    id          BIGINT PRIMARY KEY,
    erased_at   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    target_hash TEXT NOT NULL,
    sessions    BIGINT NOT NULL,
    events      BIGINT NOT NULL,
    items       BIGINT NOT NULL,
    candidates  BIGINT NOT NULL,
    reviews     BIGINT NOT NULL
);
