#!/usr/bin/env python3
"""claim.py ANNOTATOR: gives the annotator the next article of data/annotated/queue.json that
still needs an annotation from someone else, writes its text to WORK/articles/<id>.txt and
prints the id. Prints STOP when the queue is done or the deadline (WORK/deadline: 2026-12-08T01:05 or HH:MM, UTC)
has passed. WORK is $ANNOTATION_WORK or /work/annot."""
import datetime, fcntl, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import ANNOTATED, pool_articles

WORK = os.environ.get("ANNOTATION_WORK", "/work/annot")


def main():
    who = sys.argv[1]
    os.makedirs(os.path.join(WORK, "articles"), exist_ok=True)
    deadline = os.path.join(WORK, "deadline")
    if os.path.exists(deadline):
        # A full UTC date and time (2026-12-08T01:05), or HH:MM today.
        when = open(deadline).read().strip()
        now = datetime.datetime.now(datetime.timezone.utc)
        if "T" in when:
            end = datetime.datetime.fromisoformat(when).replace(tzinfo=datetime.timezone.utc)
        else:
            hh, mm = when.split(":")
            end = now.replace(hour=int(hh), minute=int(mm), second=0, microsecond=0)
        if now >= end:
            print("STOP (deadline passed: finish nothing new)")
            return
    queue = json.load(open(os.path.join(ANNOTATED, "queue.json")))["queue"]
    with open(os.path.join(WORK, "claims.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        path = os.path.join(WORK, "claims.json")
        claims = json.load(open(path)) if os.path.exists(path) else {}
        mine = [i for i, who_ in claims.items() if who in who_]
        for q in queue:
            got = claims.get(q["id"], [])
            if who not in got and len(got) < q["annotations"]:
                claims[q["id"]] = got + [who]
                json.dump(claims, open(path + ".tmp", "w"), indent=1)
                os.replace(path + ".tmp", path)
                break
        else:
            print("STOP (queue done)")
            return
    a = pool_articles()[q["id"]]
    out = os.path.join(WORK, "articles", a["id"] + ".txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write(a["text"])
    print(f"{a['id']}  lang={a['lang']}  published={a['published']}  outlet={a['source']['outlet']}")
    print(f"text: {out}  ({len(a['text'])} characters; the first line is the headline)")
    print(f"write your annotation to {os.path.join(WORK, 'drafts', who, a['id'] + '.json')}, then run submit.py {who} on it")
    print(f"(this is your article number {len(mine) + 1})")
    updates = os.path.join(WORK, "UPDATES.md")
    if os.path.exists(updates):
        print(f"GUIDELINE UPDATE: if you have not read {updates} yet, read it now and apply it from this article on.")


if __name__ == "__main__":
    main()
