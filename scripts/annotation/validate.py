#!/usr/bin/env python3
"""validate.py: checks every article of data/annotated/ (run by scripts/test.sh in CI): the file
parses and carries the pool's id, source and licence; its text (its own, or the pool's, matching
text_sha256) holds every timex at its offsets, every mention and every evidence sentence; every
event's source and target are actors of the file; every root is a CAMEO root of cameo.tsv;
every date is one the scorer reads; splits.json puts each article in exactly one split; and
the shared scorer, given the gold as the system's output, scores 1.0 on every metric."""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import cameo_roots, normalize, scorer
from materialize import annotated
from pool import ANNOTATED, POOL, ROOT, SCORER, pool_articles, with_text


def check_article(d, pool, sc, roots):
    problems = []
    for field in ("id", "lang", "title", "published", "source", "license", "gold"):
        if field not in d:
            problems.append(f"missing {field}")
    a = pool.get(d["id"])
    if a is None:
        return problems + ["not a pool article"]
    if d["source"] != a["source"] or d["license"] != a["license"]:
        problems.append("source or licence differs from the pool's")
    try:
        text = with_text(d, pool)["text"]
    except (KeyError, ValueError) as e:
        return problems + [str(e)]
    if text != a["text"]:
        problems.append("text differs from the pool's")
    g = d["gold"]
    for t in g["timexes"]:
        if text[t["start"]:t["end"]] != t["text"]:
            problems.append(f"timex «{t['text']}» is not at {t['start']}-{t['end']}")
    raw = {"timexes": [{"text": t["text"], "value": t["value"], "start": t["start"]} for t in g["timexes"]],
           "actors": g["actors"], "events": g["events"]}
    _, errors = normalize(raw, text, sc, roots)
    return problems + errors


def main():
    if not os.path.exists(SCORER) or not os.path.exists(os.path.join(POOL, "ar.jsonl")):
        print("annotated corpus: ../shared (scorer and pool) not found, not validated", file=sys.stderr)
        print("annotated corpus: 0 passed, 0 failed, 1 skipped")
        return
    pool, sc, roots = pool_articles(), scorer(), cameo_roots()
    docs = annotated()
    passed, failed = 0, 0
    for d in docs:
        problems = check_article(d, pool, sc, roots)
        for p in problems:
            print(f"{d['id']}: {p}", file=sys.stderr)
        passed, failed = passed + (not problems), failed + bool(problems)
    splits = json.load(open(os.path.join(ANNOTATED, "splits.json")))
    ids = [d["id"] for d in docs]
    assigned = splits["train"] + splits["test"]
    split_problems = [f"{i}: in no split" for i in ids if i not in assigned]
    split_problems += [f"{i}: in both splits or twice" for i in set(assigned) if assigned.count(i) > 1]
    split_problems += [f"{i}: in splits.json but not annotated" for i in set(assigned) - set(ids)]
    for p in split_problems:
        print("splits.json: " + p, file=sys.stderr)
    passed, failed = passed + (not split_problems), failed + bool(split_problems)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "annotation", "materialize.py"), tmp], check=True, capture_output=True)
        out = os.path.join(tmp, "scores.out")
        cmd = f"{sys.executable} {os.path.join(ROOT, 'scripts', 'annotation', 'as_system.py')} {tmp} {{article}}"
        subprocess.run([sys.executable, SCORER, "--json", out, "--cmd", cmd, tmp], check=True, capture_output=True)
        scores = json.load(open(out))
    imperfect = [k for k, v in scores.items() if isinstance(v, dict) and v["f1"] < 1.0 and v["tp"] + v["fn"] > 0]
    for k in imperfect:
        print(f"scorer, gold against itself: {k} F1 {scores[k]['f1']:.3f}", file=sys.stderr)
    passed, failed = passed + (not imperfect), failed + bool(imperfect)
    events = sum(len(d["gold"]["events"]) for d in docs)
    print(f"annotated corpus: {len(docs)} articles, {events} events")
    print(f"annotated corpus: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
