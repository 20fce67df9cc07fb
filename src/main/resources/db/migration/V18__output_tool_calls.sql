-- Issue 13 §2: an answer that calls tools keeps its calls, as the prompt's assistant turns do:
-- [{"id","name","arguments"}] (null for a plain text answer). Attempts and candidates read them from their generation.
ALTER TABLE generations ADD COLUMN output_tool_calls TEXT;
