#!/usr/bin/env python3
"""submit.py ANNOTATOR FILE: checks an annotation (see gold.py) and, when it has no error, files
it as WORK/raw/<annotator>/<id>.json in the gold format with offsets. Prints every error."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import normalize
from pool import pool_articles

WORK = os.environ.get("ANNOTATION_WORK", "/work/annot")


def main():
    who, path = sys.argv[1], sys.argv[2]
    try:
        raw = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        sys.exit(f"cannot read {path}: {e}")
    article = pool_articles().get(raw.get("id"))
    if article is None:
        sys.exit(f"{path}: \"id\" must be the pool id of the article")
    gold, errors = normalize(raw, article["text"])
    for e in errors:
        print("error: " + e)
    if errors:
        sys.exit(f"{len(errors)} error(s): fix them and submit again")
    n = len(article["text"]) / 1000
    out = os.path.join(WORK, "raw", who)
    os.makedirs(out, exist_ok=True)
    json.dump({"id": article["id"], "annotator": who, "gold": gold},
              open(os.path.join(out, article["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"filed {article['id']}: {len(gold['timexes'])} timexes, {len(gold['actors'])} actors, "
          f"{len(gold['events'])} events ({len(gold['events']) / n:.1f} per 1,000 characters)")


if __name__ == "__main__":
    main()
