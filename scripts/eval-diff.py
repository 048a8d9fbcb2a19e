#!/usr/bin/env python3
"""Lists, per article, the events the engine found that match no gold event (false positives)
and the gold events it missed, with the matching rules of ../shared/eval/score.py (lenient:
same unordered actor pair, same quad class, compatible date). For finding what a general rule
gets wrong; never for fitting one article.

Usage: python3 scripts/eval-diff.py [GOLD.json|DIR ...]   (default: ../shared/eval/dev)"""
import json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(root), "shared", "eval"))
import score  # noqa: E402

binary = os.path.join(root, ".build", "release", "chronograph")
paths = sys.argv[1:] or [os.path.join(os.path.dirname(root), "shared", "eval", "dev")]
for doc in score.load_gold(paths):
    art = {k: doc.get(k) for k in ("id", "lang", "title", "published", "source", "text")}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(art, f, ensure_ascii=False)
    out = json.loads(subprocess.run([binary, "extract", "--format", "json", f.name], capture_output=True).stdout or "{}")
    os.unlink(f.name)
    gidx, sidx = score.ActorIndex(doc["gold"]["actors"]), score.ActorIndex(out.get("actors", []))
    names = {a["id"]: a["name"] for a in out.get("actors", [])}

    def lenient(a, b):
        ga = score.as_list(a.get("source")) + score.as_list(a.get("target"))
        sa = score.as_list(b.get("source")) + score.as_list(b.get("target"))
        return (score.quad(a.get("cameo_root")) == score.quad(b.get("type"))
                and score.group_match(ga, sa, gidx, sidx) and score.group_match(sa, ga, sidx, gidx)
                and score.compatible(a.get("date"), score.value_of(b.get("date"))))
    ge, se = doc["gold"]["events"], out.get("events", [])
    _, pairs = score.greedy(ge, se, lenient)
    gm, sm = {g for g, _ in pairs}, {s for _, s in pairs}
    print(f"== {doc['id']}: {len(pairs)} matched, {len(se) - len(sm)} false, {len(ge) - len(gm)} missed")
    for i, e in enumerate(se):
        if i not in sm:
            src = ",".join(names.get(x, x) for x in e.get("source", []))
            tgt = ",".join(names.get(x, x) for x in e.get("target", []))
            d = (e.get("date") or {}).get("value")
            print(f"  FP {d} {src} -> {tgt} ({e['type']['code']}): {e['evidence'][0]['sentence'][:150]}")
    for i, e in enumerate(ge):
        if i not in gm:
            print(f"  FN {e.get('date')} {e.get('source')} -> {e.get('target')} ({e.get('cameo_root')}): {e.get('evidence','')[:150]}")
