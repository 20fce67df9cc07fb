-- Assignment modes and dynamic overlap. Per item: how many latest reviews it wants (null until it has a review
-- or a decision: then the overlap), and whether it is started (has a review) but still open, so that
-- "complete overlap first" reads started open items oldest first from a small partial index, and
-- "spread first" reads them by fewest reviews. Kept by the review store in the transaction of each submit and
-- decision, and recomputed for reviewed items when the overlap, the maximum or the consensus policy changes.
ALTER TABLE flagged_items ADD COLUMN wanted INTEGER;
ALTER TABLE flagged_items ADD COLUMN started_open INTEGER NOT NULL DEFAULT 0;
CREATE INDEX flagged_items_started_by_age ON flagged_items (created_at, id) WHERE started_open = 1;
CREATE INDEX flagged_items_started_by_need ON flagged_items (review_count, created_at, id) WHERE started_open = 1;
CREATE INDEX skips_by_reviewer ON skips (reviewer_id, skipped_at);
-- Databases that already hold reviews get their per-item figures computed when next opened for review.
INSERT INTO settings (name, value) SELECT 'review.wanted_stale', '1' WHERE EXISTS (SELECT 1 FROM reviews);
