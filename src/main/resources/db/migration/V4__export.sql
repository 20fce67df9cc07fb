-- The export reads automatic candidates newest first (ts, then id, both descending): one index scan.
CREATE INDEX candidates_by_ts ON candidates (ts, id);
