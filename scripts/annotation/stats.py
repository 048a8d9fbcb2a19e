#!/usr/bin/env python3
"""stats.py: the counts of data/annotated/ (articles, characters and events per language,
outlet, year and CAMEO root; splits) as Markdown, written into data/annotated/README.md between
the markers <!-- stats --> and <!-- /stats -->."""
import collections, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from materialize import annotated
from pool import ANNOTATED, pool_articles

ROOTS = {"01": "statements", "02": "appeals", "03": "intents", "04": "consultations", "05": "diplomatic cooperation",
         "06": "material cooperation", "07": "aid", "08": "yielding", "09": "investigation", "10": "demands",
         "11": "disapproval", "12": "rejection", "13": "threats", "14": "protest", "15": "force posture",
         "16": "reducing relations", "17": "coercion", "18": "assault", "19": "fighting", "20": "mass violence"}


def table(title, rows, head):
    out = [f"**{title}**", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def main():
    docs = annotated()
    pool = pool_articles()
    splits = json.load(open(os.path.join(ANNOTATED, "splits.json")))
    split_of = {i: s for s in ("train", "test") for i in splits[s]}
    by = collections.defaultdict(lambda: collections.Counter())
    for d in docs:
        n, chars = len(d["gold"]["events"]), len(pool[d["id"]]["text"])
        for key in (("language", d["lang"]), ("outlet", d["source"]["outlet"]), ("year", d["published"][:4]),
                    ("split", f"{split_of.get(d['id'], '?')} {d['lang']}")):
            by[key]["articles"] += 1
            by[key]["events"] += n
            by[key]["chars"] += chars
    roots = collections.Counter(e["cameo_root"] for d in docs for e in d["gold"]["events"])
    events = sum(roots.values())
    chars = sum(len(pool[d["id"]]["text"]) for d in docs)
    dated = sum(1 for d in docs for e in d["gold"]["events"] if e["date"])
    targeted = sum(1 for d in docs for e in d["gold"]["events"] if e["target"])
    out = [f"{len(docs)} articles, {chars:,} characters, {events} events ({1000 * events / max(chars, 1):.1f} per 1,000 characters; "
           f"{dated} dated, {targeted} with a target), "
           f"{sum(len(d['gold']['timexes']) for d in docs)} timexes, {sum(len(d['gold']['actors']) for d in docs)} actors; "
           f"{len({d['source']['outlet'] for d in docs})} outlets, {len({d['published'][:4] for d in docs})} years.\n"]
    for kind in ("language", "split", "year", "outlet"):
        keys = sorted(k for k in by if k[0] == kind)
        out.append(table(f"By {kind}", [(k[1], by[k]["articles"], by[k]["events"]) for k in keys], [kind, "articles", "events"]))
    out.append(table("By CAMEO root", [(r, ROOTS.get(r, ""), roots[r]) for r in sorted(roots)], ["root", "", "events"]))
    text = "\n".join(out)
    path = os.path.join(ANNOTATED, "README.md")
    readme = open(path, encoding="utf-8").read()
    readme = re.sub(r"<!-- stats -->.*<!-- /stats -->", lambda _: "<!-- stats -->\n" + text + "<!-- /stats -->", readme, flags=re.S)
    open(path, "w", encoding="utf-8").write(readme)
    print(text)


if __name__ == "__main__":
    main()
