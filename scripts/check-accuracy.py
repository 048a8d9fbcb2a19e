#!/usr/bin/env python3
"""Runs ../shared/eval/score.py on the dev set and on the test split of data/annotated (texts
from the pool), and fails when any F1 falls below its floor in .ci/accuracy-floor.json (dev)
or .ci/accuracy-floor-test.json (test split), so a change that loses accuracy on the text the
rules were written for, or on text no rule was written for, does not land unnoticed."""
import json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(os.path.dirname(root), "shared", "eval")
if not os.path.exists(os.path.join(shared, "score.py")):
    print("accuracy: SKIPPED, ../shared/eval not found: the floor was not checked")
    sys.exit(0)
binary = os.path.join(root, ".build", "release", "chronograph")


def check(name, floor_file, gold_dir):
    floors = json.load(open(os.path.join(root, ".ci", floor_file)))
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "scores.json")
        cmd = [sys.executable, os.path.join(shared, "score.py"), "--cmd", binary + " extract --format json {article}",
               "--json", out, gold_dir]
        table = subprocess.run(cmd, capture_output=True, text=True, cwd=root)
        print(f"{name}:")
        print(table.stdout, end="")
        scores = json.load(open(out))
    failed = [f"{name} {k}: F1 {scores[k]['f1']:.3f} < floor {v:.3f}" for k, v in floors.items() if scores[k]["f1"] + 1e-9 < v]
    if scores.get("failed"):
        failed.append(f"{name}: {scores['failed']} article(s) failed to extract")
    for f in failed:
        print("accuracy below floor: " + f, file=sys.stderr)
    return len(floors), failed


checked, failed = check("dev set", "accuracy-floor.json", os.path.join(shared, "dev"))
pool = os.path.join(os.path.dirname(root), "shared", "corpus", "pool")
if os.path.exists(os.path.join(pool, "ar.jsonl")):
    with tempfile.TemporaryDirectory() as split:
        subprocess.run([sys.executable, os.path.join(root, "scripts", "annotation", "materialize.py"), "--split", "test", split],
                       check=True, capture_output=True, cwd=root)
        n, f = check("test split of data/annotated", "accuracy-floor-test.json", split)
        checked += n
        failed += f
else:
    print("accuracy: ../shared/corpus/pool not found, test-split floor not checked", file=sys.stderr)
print(f"accuracy: {checked - len([f for f in failed if 'floor' in f])} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
