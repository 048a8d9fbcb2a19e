"""The unlabelled pool (../shared/corpus/pool) and the annotated corpus (data/annotated): where
they are and how to read an article of either by id."""
import hashlib, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ANNOTATED = os.path.join(ROOT, "data", "annotated")
SHARED = os.environ.get("CHRONOGRAPH_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
POOL = os.environ.get("CHRONOGRAPH_POOL", os.path.join(SHARED, "corpus", "pool"))
SCORER = os.path.join(SHARED, "eval", "score.py")
CAMEO_TSV = os.path.join(ROOT, "Sources", "ChronographExtraction", "Resources", "cameo", "cameo.tsv")

# Licences under which the text itself may be redistributed with the gold.
REDISTRIBUTABLE = ("Apache-2.0",)


def pool_articles():
    """Every pool article by id."""
    out = {}
    for name in ("ar.jsonl", "en.jsonl"):
        with open(os.path.join(POOL, name), encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                out[a["id"]] = a
    return out


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_may_be_committed(article):
    return article.get("license", "").startswith(REDISTRIBUTABLE)


def with_text(doc, pool=None):
    """An annotated file with its text: its own, or the pool's when the licence kept it out
    (checked against text_sha256)."""
    if doc.get("text") is not None:
        return doc
    pool = pool if pool is not None else pool_articles()
    a = pool.get(doc["id"])
    if a is None:
        raise KeyError(f"{doc['id']}: not in the pool at {POOL}")
    if sha256(a["text"]) != doc.get("text_sha256"):
        raise ValueError(f"{doc['id']}: the pool's text does not match text_sha256")
    return dict(doc, text=a["text"])
