-- PostgreSQL only. Every text column of Concord's tables sorts and compares by code point (COLLATE "C"), as
-- SQLite's binary order does, whatever the database's default collation: session order, ids, timestamps and
-- names then come back in the same order on both backends (and in Java's order for text without characters
-- beyond U+FFFF). Runs after every migration, so that columns added by later migrations get it too; once every
-- column has it, it changes nothing.
DO $$
DECLARE
    col record;
BEGIN
    FOR col IN
        SELECT c.table_name, c.column_name
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.data_type = 'text'
          AND c.table_name <> 'flyway_schema_history' AND c.collation_name IS DISTINCT FROM 'C'
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text COLLATE "C"', col.table_name, col.column_name);
    END LOOP;
END $$;
