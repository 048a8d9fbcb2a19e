#!/usr/bin/env python3
"""build.py: files the annotators' work (WORK/raw/<annotator>/<id>.json) as the corpus in
data/annotated/: one <id>.json per article in the gold format of ../shared/eval (with the text
where its licence allows, else text_sha256), the two independent annotations of each doubly
annotated article under agreement/first/ and agreement/second/ (first = the earlier claim),
the adjudicated gold of those articles from WORK/adjudicated/<id>.json, and splits.json, in
which an article keeps the split it was given; new articles are added per language in the
order of the SHA-256 of their id, to test while that language's test share is under 20 %."""
import collections, glob, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import normalize
from pool import ANNOTATED, pool_articles, sha256, text_may_be_committed

WORK = os.environ.get("ANNOTATION_WORK", "/work/annot")
TEST_SHARE = 0.2


def write(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def article_file(a, gold, annotators, adjudicated):
    doc = {"id": a["id"], "lang": a["lang"], "title": a["title"], "published": a["published"],
           "source": a["source"], "license": a["license"], "annotators": annotators}
    if adjudicated is not None:
        doc["adjudicated"] = adjudicated
    if text_may_be_committed(a):
        doc["text"] = a["text"]
    else:
        doc["text_sha256"] = sha256(a["text"])
        doc["notes"] = "Text not redistributed (licence); read it from ../shared/corpus/pool by id."
    doc["gold"] = gold
    return doc


def main():
    pool = pool_articles()
    claims = json.load(open(os.path.join(WORK, "claims.json")))
    needed = {q["id"]: q["annotations"] for q in json.load(open(os.path.join(ANNOTATED, "queue.json")))["queue"]}
    raw = collections.defaultdict(dict)
    for path in glob.glob(os.path.join(WORK, "raw", "*", "*.json")):
        r = json.load(open(path, encoding="utf-8"))
        raw[r["id"]][r["annotator"]] = r["gold"]
    built = []
    for id_, by in sorted(raw.items()):
        a = pool[id_]
        order = [w for w in claims.get(id_, []) if w in by]
        if len(order) >= 2:
            first, second = order[:2]
            for tag, who in (("first", first), ("second", second)):
                write(os.path.join(ANNOTATED, "agreement", tag, id_ + ".json"),
                      {"id": id_, "lang": a["lang"], "published": a["published"], "annotator": who, "gold": by[who]})
            adj = os.path.join(WORK, "adjudicated", id_ + ".json")
            if os.path.exists(adj):
                g, errors = normalize(json.load(open(adj, encoding="utf-8")), a["text"])
                if errors:
                    sys.exit(f"{adj}: " + "; ".join(errors))
                write(os.path.join(ANNOTATED, id_ + ".json"), article_file(a, g, order[:2], True))
                built.append(id_)
            else:
                print(f"{id_}: annotated twice, not adjudicated yet; left out of the corpus")
        elif needed.get(id_, 1) == 2:
            print(f"{id_}: waits for its second annotation")
        else:
            who = order[0] if order else next(iter(by))
            write(os.path.join(ANNOTATED, id_ + ".json"), article_file(a, by[who], [who], None))
            built.append(id_)
    splits_path = os.path.join(ANNOTATED, "splits.json")
    splits = json.load(open(splits_path)) if os.path.exists(splits_path) else {"train": [], "test": []}
    assigned = set(splits["train"]) | set(splits["test"])
    for lang in ("ar", "en"):
        langs = [i for i in built if pool[i]["lang"] == lang]
        new = sorted((i for i in langs if i not in assigned), key=lambda i: hashlib.sha256(i.encode()).hexdigest())
        test = sum(1 for i in splits["test"] if pool[i]["lang"] == lang)
        for n, i in enumerate(new):
            total = len(langs) - len(new) + n + 1
            (splits["test"] if test < TEST_SHARE * total else splits["train"]).append(i)
            test += splits["test"][-1] == i
    splits = {"method": "per language, by SHA-256 of the id; an article never changes split once assigned",
              "train": sorted(splits["train"]), "test": sorted(splits["test"])}
    write(splits_path, splits)
    print(f"{len(built)} articles filed; train {len(splits['train'])}, test {len(splits['test'])}")


if __name__ == "__main__":
    main()
