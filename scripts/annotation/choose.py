#!/usr/bin/env python3
"""Chooses the pool articles to annotate, for variety rather than for what the engine does:
round robin over (source, outlet, year) groups with a fixed seed, each text 1,400-5,000
characters, a quota per source; the first articles of each source are annotated twice (the
agreement sample). Writes data/annotated/queue.json, the order annotators claim articles in."""
import collections, json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import ANNOTATED, pool_articles

QUOTA = {"snn": 28, "ant1": 24, "ant2": 34, "fakes": 28, "allsides": 30}
# A second batch, appended once the first proved to give fewer events per article than planned.
QUOTA2 = {"snn": 12, "ant1": 8, "ant2": 16, "fakes": 12, "allsides": 12}
# A third, Arabic only, to keep Arabic at 60 % of the corpus or more.
QUOTA3 = {"snn": 2, "ant1": 1, "ant2": 3}
# A fourth, for the learned reader: more training data, in the corpus's own proportions.
QUOTA4 = {"snn": 14, "ant1": 6, "ant2": 16, "fakes": 12, "allsides": 14}
# A fifth, the same way, larger (ANT v1.1 has no article left in range); its first articles of each source are annotated twice.
QUOTA5 = {"snn": 34, "ant2": 40, "fakes": 28, "allsides": 32}
DOUBLE5 = {"snn": 2, "ant2": 3, "fakes": 2, "allsides": 2}
# A sixth, single annotations only (the agreement sample is the 29 articles of earlier parts), in the same proportions.
QUOTA6 = {"snn": 10, "ant2": 10, "fakes": 8, "allsides": 10}
# A seventh, most of what the pool has left in range; its first articles of each source are annotated twice.
QUOTA7 = {"snn": 40, "ant2": 60, "fakes": 25, "allsides": 35}
DOUBLE7 = {"snn": 1, "ant2": 2, "fakes": 1, "allsides": 1}
DOUBLE = {"snn": 4, "ant1": 3, "ant2": 5, "fakes": 4, "allsides": 4}
SEED = 20261207


def pick(articles, n, rng):
    groups = collections.defaultdict(list)
    for a in articles:
        groups[(a["source"]["outlet"], a["published"][:4])].append(a)
    keys = sorted(groups)
    rng.shuffle(keys)
    for k in keys:
        rng.shuffle(groups[k])
    out = []
    while len(out) < n and any(groups.values()):
        for k in keys:
            if groups[k] and len(out) < n:
                out.append(groups[k].pop())
    return out


def main():
    rng = random.Random(SEED)
    pool = pool_articles()
    chosen = {}
    for src, n in QUOTA.items():
        xs = sorted((a for a in pool.values() if a["id"].startswith(src + "-") and 1400 <= len(a["text"]) <= 5000),
                    key=lambda a: a["id"])
        chosen[src] = pick(xs, n, rng)
    doubles, singles = {"ar": [], "en": []}, {"ar": [], "en": []}
    for src, xs in chosen.items():
        for i, a in enumerate(xs):
            (doubles if i < DOUBLE[src] else singles)[a["lang"]].append(a["id"])
    for d in (doubles, singles):
        for lang in d:
            rng.shuffle(d[lang])

    def interleave(d):
        ar, en, out = list(d["ar"]), list(d["en"]), []
        while ar or en:
            for lang in ("ar", "en", "ar", "en", "ar"):
                src = ar if lang == "ar" else en
                if src:
                    out.append(src.pop(0))
        return out
    queue = [{"id": i, "annotations": 2} for i in interleave(doubles)] + \
            [{"id": i, "annotations": 1} for i in interleave(singles)]

    def untaken(src):
        taken = {q["id"] for q in queue}
        return sorted((a for a in pool.values() if a["id"].startswith(src + "-") and a["id"] not in taken
                       and 1400 <= len(a["text"]) <= 5000), key=lambda a: a["id"])

    def part(quota, double=None):
        """A later part of the queue: per source, `quota` more articles (the first `double` of
        each annotated twice), shuffled per language and interleaved, twice-annotated first."""
        once, twice = {"ar": [], "en": []}, {"ar": [], "en": []}
        for src, n in quota.items():
            xs = untaken(src)
            got = [a["id"] for a in pick(xs, n, rng)]
            k = (double or {}).get(src, 0)
            twice[pool[xs[0]["id"]]["lang"]] += got[:k]
            once[pool[xs[0]["id"]]["lang"]] += got[k:]
        for d in ((twice, once) if double else (once,)):
            for lang in d:
                rng.shuffle(d[lang])
        return [{"id": i, "annotations": 2} for i in interleave(twice)] + [{"id": i, "annotations": 1} for i in interleave(once)]

    queue += part(QUOTA2)
    for src, n in QUOTA3.items():
        queue += [{"id": a["id"], "annotations": 1} for a in pick(untaken(src), n, rng)]
    queue += part(QUOTA4)
    queue += part(QUOTA5, DOUBLE5)
    queue += part(QUOTA6)
    queue += part(QUOTA7, DOUBLE7)
    os.makedirs(ANNOTATED, exist_ok=True)
    with open(os.path.join(ANNOTATED, "queue.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": SEED, "quota": QUOTA, "quota2": QUOTA2, "quota3": QUOTA3, "quota4": QUOTA4, "quota5": QUOTA5, "double5": DOUBLE5, "quota6": QUOTA6, "quota7": QUOTA7, "double7": DOUBLE7, "double": DOUBLE, "queue": queue}, f, indent=1)
    print(f"{len(queue)} articles, {sum(q['annotations'] == 2 for q in queue)} annotated twice")


if __name__ == "__main__":
    main()
