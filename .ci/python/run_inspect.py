"""CI only: loads a Concord export's Inspect AI dataset with json_dataset and runs it offline with mockllm/model.

Every line of eval/inspect/dataset.jsonl must load as a sample (ids kept) and every sample must run; the scores
themselves mean nothing (the mock model does not answer). Exits 1 with the problems found.
"""
import sys
from pathlib import Path

from inspect_ai import Task, eval as inspect_eval
from inspect_ai.dataset import json_dataset
from inspect_ai.scorer import match
from inspect_ai.solver import generate

export = Path(sys.argv[1])
path = export / "eval" / "inspect" / "dataset.jsonl"
lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
dataset = json_dataset(str(path))
problems = []
if len(dataset) != len(lines):
    problems.append(f"json_dataset loaded {len(dataset)} samples from {len(lines)} lines")
if len({s.id for s in dataset}) != len(lines):
    problems.append("sample ids are missing or repeated")
logs = inspect_eval(Task(dataset=dataset, solver=generate(), scorer=match()), model="mockllm/model",
                    log_dir=str(Path.cwd() / "inspect-logs"), display="none")
log = logs[0]
if log.status != "success":
    problems.append(f"the eval ended {log.status}: {log.error}")
ran = len(log.samples or [])
if ran != len(lines):
    problems.append(f"{ran} samples ran of {len(lines)}")
if problems:
    print("Inspect check FAILED:\n  " + "\n  ".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"Inspect check: json_dataset loaded {len(lines)} samples and mockllm/model ran every one")
