#!/usr/bin/env python3
"""Runs ../shared/eval/score.py on the dev set and fails when any F1 falls below its floor in
.ci/accuracy-floor.json, so a change that loses accuracy does not land unnoticed."""
import json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(os.path.dirname(root), "shared", "eval")
if not os.path.exists(os.path.join(shared, "score.py")):
    print("accuracy: SKIPPED, ../shared/eval not found: the floor was not checked")
    sys.exit(0)
floors = json.load(open(os.path.join(root, ".ci", "accuracy-floor.json")))
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "scores.json")
    cmd = [sys.executable, os.path.join(shared, "score.py"), "--cmd",
           os.path.join(root, ".build", "release", "chronograph") + " extract --format json {article}",
           "--json", out, os.path.join(shared, "dev")]
    table = subprocess.run(cmd, capture_output=True, text=True, cwd=root)
    print(table.stdout, end="")
    scores = json.load(open(out))
failed = [f"{k}: F1 {scores[k]['f1']:.3f} < floor {v:.3f}" for k, v in floors.items() if scores[k]["f1"] + 1e-9 < v]
if scores.get("failed"):
    failed.append(f"{scores['failed']} article(s) failed to extract")
for f in failed:
    print("accuracy below floor: " + f, file=sys.stderr)
print(f"accuracy: {len(floors) - len([f for f in failed if 'floor' in f])} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
