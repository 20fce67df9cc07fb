-- Raw events, redacted before they get here. Portable SQL: SQLite and PostgreSQL.
CREATE TABLE generations (
    id           TEXT PRIMARY KEY,
    session      TEXT NOT NULL,
    ts           TEXT NOT NULL,
    model        TEXT,
    prompt_json  TEXT NOT NULL,
    output       TEXT NOT NULL,
    sources_json TEXT NOT NULL,
    regenerates  TEXT,
    source_file  TEXT NOT NULL,
    source_line  BIGINT NOT NULL,
    ingest_run   BIGINT NOT NULL
);
CREATE INDEX generations_by_session ON generations (session, ts, id);

CREATE TABLE signals (
    event_key   TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    generation  TEXT NOT NULL,
    ts          TEXT NOT NULL,
    rating      TEXT,
    body        TEXT,
    comment     TEXT,
    source_file TEXT NOT NULL,
    source_line BIGINT NOT NULL,
    ingest_run  BIGINT NOT NULL
);
CREATE INDEX signals_by_generation ON signals (generation);
CREATE INDEX signals_by_run ON signals (ingest_run);

CREATE TABLE session_ends (
    event_key   TEXT PRIMARY KEY,
    session     TEXT NOT NULL,
    ts          TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    source_file TEXT NOT NULL,
    source_line BIGINT NOT NULL,
    ingest_run  BIGINT NOT NULL
);
CREATE INDEX session_ends_by_session ON session_ends (session, ts);

CREATE TABLE ingest_runs (
    id            BIGINT PRIMARY KEY,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    files         TEXT NOT NULL,
    lines_read    BIGINT NOT NULL DEFAULT 0,
    events_stored BIGINT NOT NULL DEFAULT 0,
    duplicates    BIGINT NOT NULL DEFAULT 0,
    rejected      BIGINT NOT NULL DEFAULT 0
);

-- Derived from the events by the flag and candidate rules; rebuilt after every ingest, ids stable.
-- A candidate's prompt is its generation's prompt (joined on read, not copied).
CREATE TABLE flagged_items (
    id            TEXT PRIMARY KEY,
    session       TEXT NOT NULL,
    reasons       TEXT NOT NULL,
    prompt_json   TEXT NOT NULL,
    headline      TEXT NOT NULL,
    attempt_count INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    derived_run   BIGINT NOT NULL
);
CREATE INDEX flagged_items_by_age ON flagged_items (created_at, id);

CREATE TABLE flagged_item_reasons (
    item_id TEXT NOT NULL REFERENCES flagged_items (id) ON DELETE CASCADE,
    reason  TEXT NOT NULL,
    PRIMARY KEY (item_id, reason)
);
CREATE INDEX flagged_item_reasons_by_reason ON flagged_item_reasons (reason, item_id);

CREATE TABLE attempts (
    item_id       TEXT NOT NULL REFERENCES flagged_items (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    generation_id TEXT NOT NULL,
    ts            TEXT NOT NULL,
    model         TEXT,
    output        TEXT NOT NULL,
    rating        TEXT,
    comment       TEXT,
    copied        INTEGER NOT NULL,
    edited        INTEGER NOT NULL,
    PRIMARY KEY (item_id, position)
);

CREATE TABLE candidates (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    generation_id TEXT NOT NULL,
    session       TEXT NOT NULL,
    chosen        TEXT NOT NULL,
    rejected      TEXT,
    reason        TEXT NOT NULL,
    ts            TEXT NOT NULL,
    derived_run   BIGINT NOT NULL
);
CREATE INDEX candidates_by_kind ON candidates (kind, id);

CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
