-- Long system messages stored once, keyed by a hash of their content; prompt columns refer to them
-- ({"role":"system","ref":HASH}) instead of repeating them in every generation. Rows written before keep
-- their texts inline and read as before.
CREATE TABLE prompt_texts (
    hash    TEXT PRIMARY KEY,
    content TEXT NOT NULL
);
