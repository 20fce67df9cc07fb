-- Team databases (PostgreSQL): a reviewer is a database login. The login that is this reviewer, or null (every
-- reviewer of a single-user SQLite file, and a team member whose login was removed: their reviews stay theirs).
ALTER TABLE reviewers ADD COLUMN login TEXT;
CREATE UNIQUE INDEX reviewers_by_login ON reviewers (login);
