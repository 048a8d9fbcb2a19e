#!/usr/bin/env python3
"""materialize.py [--split train|test] [--ids a,b] OUT_DIR: writes the annotated articles with
their texts (from the pool where the licence kept the text out of the repository), so that
../shared/eval/score.py can read them:
  python3 scripts/annotation/materialize.py --split test /tmp/test
  python3 ../shared/eval/score.py --cmd '.build/release/chronograph extract --format json {article}' /tmp/test"""
import argparse, glob, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import ANNOTATED, pool_articles, with_text


def annotated(split=None, ids=None):
    """The annotated articles (without their text where the licence kept it out), in id order."""
    keep = None
    if split:
        keep = set(json.load(open(os.path.join(ANNOTATED, "splits.json")))[split])
    if ids:
        keep = set(ids) if keep is None else keep & set(ids)
    docs = []
    for path in sorted(glob.glob(os.path.join(ANNOTATED, "*.json"))):
        d = json.load(open(path, encoding="utf-8"))
        if "gold" in d and (keep is None or d["id"] in keep):
            docs.append(d)
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["train", "test"])
    ap.add_argument("--ids")
    ap.add_argument("out")
    a = ap.parse_args()
    pool = pool_articles()
    os.makedirs(a.out, exist_ok=True)
    docs = annotated(a.split, a.ids.split(",") if a.ids else None)
    for d in docs:
        d = with_text(d, pool)
        json.dump(d, open(os.path.join(a.out, d["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False)
    print(f"{len(docs)} articles written to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
