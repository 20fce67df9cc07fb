-- Review workbench: reviewer names are unique (CSV files and the picker name reviewers), and the
-- per-reviewer pace query reads first submissions by time.
CREATE UNIQUE INDEX reviewers_by_name ON reviewers (name);
CREATE INDEX reviews_first_by_reviewer ON reviews (reviewer_id, revision, submitted_at);
