"""CI only: loads each training config of a Concord export with Hugging Face datasets, as its dataset card says.

Every config the card names must load with the row count the manifest gives its file, and every assistant turn that
calls tools must keep its tool_calls. Exits 1 with the problems found.
"""
import json
import sys
from pathlib import Path

from datasets import load_dataset

export = Path(sys.argv[1])
manifest = json.loads((export / "manifest.json").read_text(encoding="utf-8"))
files = manifest["files"]
problems = []
loaded = []
for config, path in (("sft", "train/sft.jsonl"), ("dpo", "train/dpo.jsonl"), ("kto", "train/kto.jsonl")):
    rows = files.get(path, {}).get("rows", 0)
    if rows == 0:
        continue
    ds = load_dataset(str(export), config, split="train")
    if ds.num_rows != rows:
        problems.append(f"{config}: {ds.num_rows} rows loaded, the manifest says {rows}")
    loaded.append(f"{config} {ds.num_rows}")
    if config == "sft":
        expected = sum(1 for line in (export / path).read_text(encoding="utf-8").splitlines()
                       if '"tool_calls"' in line)
        kept = sum(1 for row in ds if any(m.get("tool_calls") for m in row["messages"]))
        if kept != expected:
            problems.append(f"sft: {kept} rows keep tool_calls after loading, {expected} have them in the file")
if not loaded:
    problems.append("no training config to load: the export of the sample data has no training rows")
if problems:
    print("datasets check FAILED:\n  " + "\n  ".join(problems), file=sys.stderr)
    sys.exit(1)
print("datasets check: load_dataset(DIR, config) loaded " + ", ".join(loaded) + " rows, as the manifest says")
