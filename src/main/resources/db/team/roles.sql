-- concord team init (PostgreSQL, run by the database owner): the three group roles of this database, their
-- grants and the row-level security that enforces them. Idempotent. Placeholders: ${reviewer}, ${lead}, ${admin}
-- (role names, prefixed by the database name), ${database}, ${schema}. The owner is not subject to these policies.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${reviewer}') THEN CREATE ROLE "${reviewer}" NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${lead}') THEN CREATE ROLE "${lead}" NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${admin}') THEN CREATE ROLE "${admin}" NOLOGIN; END IF;
END $$;
COMMENT ON ROLE "${reviewer}" IS 'Concord reviewers of database ${database}';
COMMENT ON ROLE "${lead}" IS 'Concord leads of database ${database}';
COMMENT ON ROLE "${admin}" IS 'Concord admins of database ${database}';
GRANT "${reviewer}" TO "${lead}";
GRANT "${lead}" TO "${admin}";

GRANT CONNECT, TEMPORARY ON DATABASE "${database}" TO "${reviewer}";
GRANT USAGE ON SCHEMA "${schema}" TO "${reviewer}";
REVOKE CREATE ON SCHEMA "${schema}" FROM PUBLIC;

-- Everybody reads the logs (with the evaluator scores), the queue, the settings and who reviews; only admins write
-- them (ingest, settings, forget).
GRANT SELECT ON ALL TABLES IN SCHEMA "${schema}" TO "${reviewer}";
GRANT INSERT, UPDATE, DELETE ON generations, signals, session_ends, ingest_runs, flagged_items,
    flagged_item_reasons, attempts, candidates, prompt_texts, source_files, settings, evaluator_scores TO "${admin}";
-- A submit keeps the item's review figures (derived from its reviews, in the same transaction).
GRANT UPDATE (review_count, wanted, started_open) ON flagged_items TO "${reviewer}";
GRANT INSERT, UPDATE ON reviews TO "${reviewer}";
GRANT INSERT, UPDATE, DELETE ON skips, reservations TO "${reviewer}";
GRANT INSERT, UPDATE ON adjudications TO "${lead}";

-- The connected login's reviewer id (session_user: the person who logged in, whatever role they set).
CREATE OR REPLACE FUNCTION concord_me() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = "${schema}", pg_temp
    AS $f$ SELECT id FROM reviewers WHERE login = session_user::text $f$;
-- Whether the connected login has reviewed the item (any revision): dev.concord.review.Visibility's condition.
CREATE OR REPLACE FUNCTION concord_has_reviewed(item text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = "${schema}", pg_temp
    AS $f$ SELECT EXISTS (SELECT 1 FROM reviews WHERE item_id = item AND reviewer_id = concord_me()) $f$;

ALTER TABLE reviews ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS concord_read_own_or_reviewed ON reviews;
DROP POLICY IF EXISTS concord_lead_reads_all ON reviews;
DROP POLICY IF EXISTS concord_insert_own ON reviews;
DROP POLICY IF EXISTS concord_revise_own ON reviews;
CREATE POLICY concord_read_own_or_reviewed ON reviews FOR SELECT TO "${reviewer}"
    USING (reviewer_id = concord_me() OR concord_has_reviewed(item_id));
CREATE POLICY concord_lead_reads_all ON reviews FOR SELECT TO "${lead}" USING (true);
CREATE POLICY concord_insert_own ON reviews FOR INSERT TO "${reviewer}" WITH CHECK (reviewer_id = concord_me());
CREATE POLICY concord_revise_own ON reviews FOR UPDATE TO "${reviewer}"
    USING (reviewer_id = concord_me()) WITH CHECK (reviewer_id = concord_me());

ALTER TABLE adjudications ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS concord_read_reviewed ON adjudications;
DROP POLICY IF EXISTS concord_lead_reads_all ON adjudications;
DROP POLICY IF EXISTS concord_lead_decides ON adjudications;
DROP POLICY IF EXISTS concord_lead_redecides ON adjudications;
CREATE POLICY concord_read_reviewed ON adjudications FOR SELECT TO "${reviewer}" USING (concord_has_reviewed(item_id));
CREATE POLICY concord_lead_reads_all ON adjudications FOR SELECT TO "${lead}" USING (true);
CREATE POLICY concord_lead_decides ON adjudications FOR INSERT TO "${lead}" WITH CHECK (lead_id = concord_me());
CREATE POLICY concord_lead_redecides ON adjudications FOR UPDATE TO "${lead}"
    USING (true) WITH CHECK (lead_id = concord_me());

ALTER TABLE skips ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS concord_read_all ON skips;
DROP POLICY IF EXISTS concord_own ON skips;
CREATE POLICY concord_read_all ON skips FOR SELECT TO "${reviewer}" USING (true);
CREATE POLICY concord_own ON skips FOR ALL TO "${reviewer}"
    USING (reviewer_id = concord_me()) WITH CHECK (reviewer_id = concord_me());

ALTER TABLE reservations ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS concord_read_all ON reservations;
DROP POLICY IF EXISTS concord_own ON reservations;
DROP POLICY IF EXISTS concord_clear_expired ON reservations;
CREATE POLICY concord_read_all ON reservations FOR SELECT TO "${reviewer}" USING (true);
CREATE POLICY concord_own ON reservations FOR ALL TO "${reviewer}"
    USING (reviewer_id = concord_me()) WITH CHECK (reviewer_id = concord_me());
CREATE POLICY concord_clear_expired ON reservations FOR DELETE TO "${reviewer}"
    USING (expires_at <= to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
