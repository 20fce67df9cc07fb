-- Issue 13: scores by automated evaluators (LLM judges, code checks) and other scores that are no user's verdict,
-- kept with the generation they score as metadata: never feedback, never a review. Redacted before they get here.
-- The key is the generation id and a hash of the score's content, so a second ingest of the same log adds nothing.
CREATE TABLE evaluator_scores (
    score_key      TEXT PRIMARY KEY,
    generation     TEXT NOT NULL,
    name           TEXT NOT NULL,
    value          DOUBLE PRECISION,
    label          TEXT,
    source         TEXT,
    comment        TEXT,
    ts             TEXT,
    source_file_id BIGINT,
    source_line    BIGINT NOT NULL,
    ingest_run     BIGINT NOT NULL
);
CREATE INDEX evaluator_scores_by_generation ON evaluator_scores (generation);
