-- Lets an ingest find the sessions it touched, so only those are re-derived.
CREATE INDEX generations_by_run ON generations (ingest_run);
CREATE INDEX session_ends_by_run ON session_ends (ingest_run);
