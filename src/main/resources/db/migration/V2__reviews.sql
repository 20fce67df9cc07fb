-- Human review of the flagged queue: reviewers, every revision of every review, skips, reservations,
-- and the leads' adjudications. Portable SQL: SQLite and PostgreSQL.
CREATE TABLE reviewers (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    is_lead    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

-- Every submitted revision is kept; the one with is_latest = 1 counts.
CREATE TABLE reviews (
    item_id         TEXT NOT NULL REFERENCES flagged_items (id),
    reviewer_id     TEXT NOT NULL REFERENCES reviewers (id),
    revision        INTEGER NOT NULL,
    label           TEXT NOT NULL,
    correction      TEXT,
    best_attempt    INTEGER,
    worst_attempt   INTEGER,
    none_acceptable INTEGER NOT NULL DEFAULT 0,
    note            TEXT,
    submitted_at    TEXT NOT NULL,
    is_latest       INTEGER NOT NULL,
    PRIMARY KEY (item_id, reviewer_id, revision)
);
CREATE INDEX reviews_latest_by_item ON reviews (item_id, is_latest);
CREATE INDEX reviews_by_reviewer ON reviews (reviewer_id, submitted_at);

CREATE TABLE skips (
    item_id     TEXT NOT NULL REFERENCES flagged_items (id),
    reviewer_id TEXT NOT NULL REFERENCES reviewers (id),
    skipped_at  TEXT NOT NULL,
    PRIMARY KEY (item_id, reviewer_id)
);

-- A reviewer holds an item while reviewing it, so concurrent reviewers do not push it past its overlap.
CREATE TABLE reservations (
    item_id     TEXT NOT NULL REFERENCES flagged_items (id),
    reviewer_id TEXT NOT NULL REFERENCES reviewers (id),
    expires_at  TEXT NOT NULL,
    PRIMARY KEY (item_id, reviewer_id)
);
CREATE INDEX reservations_by_item ON reservations (item_id, expires_at);

CREATE TABLE adjudications (
    item_id       TEXT PRIMARY KEY REFERENCES flagged_items (id),
    lead_id       TEXT NOT NULL REFERENCES reviewers (id),
    label         TEXT NOT NULL,
    correction    TEXT,
    best_attempt  INTEGER,
    worst_attempt INTEGER,
    taken_from    TEXT,
    note          TEXT,
    decided_at    TEXT NOT NULL
);

-- Latest-review count per item, kept by the review store, so "the item that most needs a review" is an
-- index scan even with a million items.
ALTER TABLE flagged_items ADD COLUMN review_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX flagged_items_by_need ON flagged_items (review_count, created_at, id);
