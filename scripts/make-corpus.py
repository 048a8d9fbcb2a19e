#!/usr/bin/env python3
"""Writes a deterministic corpus of N articles made of shuffled sentences from seeds/ and
examples/ (for ingest and scale tests): make-corpus.py N OUT_DIR [--per-file K]. Each .jsonl
file holds K articles with ids, a publication date and text."""
import json, os, random, re, sys

n = int(sys.argv[1]); out = sys.argv[2]
per = int(sys.argv[sys.argv.index("--per-file") + 1]) if "--per-file" in sys.argv else 500
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sentences = []
for d in ("seeds", "examples"):
    for f in sorted(os.listdir(os.path.join(root, d))):
        p = os.path.join(root, d, f)
        if f.endswith(".txt"):
            text = open(p, encoding="utf-8").read()
        elif f.endswith(".json"):
            text = json.load(open(p, encoding="utf-8")).get("text", "")
        else:
            continue
        sentences += [s.strip() + "." for s in re.split(r"[.\n]", text) if len(s.strip()) > 20]
rng = random.Random(42)
os.makedirs(out, exist_ok=True)
for start in range(0, n, per):
    with open(os.path.join(out, f"part-{start // per:05d}.jsonl"), "w", encoding="utf-8") as f:
        for i in range(start, min(n, start + per)):
            text = " ".join(rng.choice(sentences) for _ in range(rng.randint(5, 25)))
            day = 1 + i % 28
            f.write(json.dumps({"id": f"art-{i:06d}", "published": f"2021-{1 + i % 12:02d}-{day:02d}", "text": text}, ensure_ascii=False) + "\n")
print(f"{n} articles from {len(sentences)} sentences in {out}")
