-- A candidate's chosen or rejected text is most often its generation's output (every golden-eval and sft
-- candidate, the rejected side of regression and DPO pairs). Such a text is no longer copied: the column holds
-- '' and a bit of output_refs says to read the generation's output instead (1 = chosen, 2 = rejected).
-- Rows written before have output_refs = 0 and keep their texts inline.
ALTER TABLE candidates ADD COLUMN output_refs INTEGER NOT NULL DEFAULT 0;
