-- A lead's "no attempt is acceptable" is part of the decision (it was lost before: stored as no pick).
ALTER TABLE adjudications ADD COLUMN none_acceptable INTEGER NOT NULL DEFAULT 0;
