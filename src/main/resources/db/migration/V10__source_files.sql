-- The log file each event came from is stored once: event rows written from now on hold '' in source_file and
-- the file's id in source_file_id, instead of repeating its path in every row. Rows written before keep their
-- paths (source_file_id NULL) and read as before.
CREATE TABLE source_files (
    id   BIGINT PRIMARY KEY,
    path TEXT NOT NULL UNIQUE
);
ALTER TABLE generations ADD COLUMN source_file_id BIGINT;
ALTER TABLE signals ADD COLUMN source_file_id BIGINT;
ALTER TABLE session_ends ADD COLUMN source_file_id BIGINT;
