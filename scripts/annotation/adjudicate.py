#!/usr/bin/env python3
"""adjudicate.py FILE: checks an adjudicated annotation of a doubly annotated article (the same
format annotators write) and files it as WORK/adjudicated/<id>.json, where build.py takes it as
the article's gold. adjudicate.py --show ID prints the article and both annotations."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import normalize
from pool import ANNOTATED, pool_articles

WORK = os.environ.get("ANNOTATION_WORK", "/work/annot")


def show(id_):
    a = pool_articles()[id_]
    print(f"{id_} lang={a['lang']} published={a['published']} outlet={a['source']['outlet']}\n---\n{a['text']}\n---")
    for tag in ("first", "second"):
        g = json.load(open(os.path.join(ANNOTATED, "agreement", tag, id_ + ".json"), encoding="utf-8"))["gold"]
        print(f"=== annotation {tag.upper()}")
        print("timexes: " + "; ".join(f"{t['text']}@{t['start']}={t['value']}" for t in g["timexes"]))
        print("actors: " + "; ".join(f"{x['name']} [{x['type']}] {x['mentions']}" for x in g["actors"]))
        for e in g["events"]:
            print(f"  {e['date']} {e['source']} -> {e['target']} ({e['cameo_root']}) loc={e['location']}: {e['summary']}\n      «{e['evidence']}»")


def main():
    if sys.argv[1] == "--show":
        return show(sys.argv[2])
    raw = json.load(open(sys.argv[1], encoding="utf-8"))
    a = pool_articles().get(raw.get("id"))
    if a is None or not os.path.exists(os.path.join(ANNOTATED, "agreement", "first", a["id"] + ".json")):
        sys.exit("\"id\" must be a doubly annotated pool article")
    gold, errors = normalize(raw, a["text"])
    for e in errors:
        print("error: " + e)
    if errors:
        sys.exit(f"{len(errors)} error(s): fix them and run again")
    os.makedirs(os.path.join(WORK, "adjudicated"), exist_ok=True)
    json.dump(raw, open(os.path.join(WORK, "adjudicated", a["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"filed the adjudicated gold of {a['id']}: {len(gold['events'])} events")


if __name__ == "__main__":
    main()
