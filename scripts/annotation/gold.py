"""Checks an annotation against its article and the conventions of ../shared/eval/README.md,
and turns an annotator's file (timexes by text, optionally with the occurrence) into the gold
format with character offsets."""
import csv, importlib.util, os, re
from pool import CAMEO_TSV, SCORER

ACTOR_TYPES = {"person", "country", "organization", "armed_group", "place"}
REFS = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
DURATION = re.compile(r"^P(?:[0-9X.]+(?:DE|CE|ML|[YMWDQ]))*(?:T(?:[0-9X.]+[HMS])+)?$")
SET = re.compile(r"^(?:P|R\d*/P)[0-9XT.]+[YMWDHS]$")
UNSTATED_YEAR = re.compile(r"^XXXX(?:-\d{2}(?:-\d{2})?)?$")
TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T\d{2}(?::\d{2})?(?:Z|[+-]\d{2}(?::?\d{2})?)?$")


def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def cameo_roots():
    with open(CAMEO_TSV, encoding="utf-8") as f:
        return {row[0][:2] for row in csv.reader(f, delimiter="\t") if row and row[0][:2].isdigit()}


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0 and s:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def timex_value_ok(v, interval):
    if not isinstance(v, str) or not v:
        return False
    return (v in REFS or interval(v) is not None or bool(DURATION.match(v)) and v != "P"
            or bool(SET.match(v)) or bool(UNSTATED_YEAR.match(v))
            or bool(TIME.match(v)) and interval(TIME.match(v).group(1)) is not None
            or v.startswith("-") and v[1:].isdigit())


def normalize(raw, text, sc=None, roots=None):
    """Returns (gold, errors): the gold object with offsets, and what is wrong with the file."""
    sc = sc or scorer()
    roots = roots or cameo_roots()
    errors = []
    headline_end = text.find("\n") if "\n" in text else len(text)
    timexes, taken = [], set()
    for i, t in enumerate(raw.get("timexes", [])):
        s, v = t.get("text", ""), t.get("value")
        where = f"timex {i + 1} «{s}»"
        occ = occurrences(text, s)
        if not occ:
            errors.append(f"{where}: not found in the text (copy it exactly)")
            continue
        if not timex_value_ok(v, sc.interval):
            errors.append(f"{where}: value {v!r} is not a TIMEX3 value of the conventions")
        if "start" in t:
            start = t["start"]
            if start not in occ:
                errors.append(f"{where}: no occurrence starts at {start}; occurrences start at {occ}")
                continue
        elif "occurrence" in t:
            n = t["occurrence"]
            if not isinstance(n, int) or not 1 <= n <= len(occ):
                errors.append(f"{where}: occurrence {n!r}, but the text has {len(occ)}")
                continue
            start = occ[n - 1]
        elif len(occ) == 1:
            start = occ[0]
        else:
            free = [o for o in occ if o not in taken]
            errors.append(f"{where}: occurs {len(occ)} times (at {occ}); say which with \"occurrence\": 1..{len(occ)}")
            start = free[0] if free else occ[0]
        if start in taken:
            errors.append(f"{where}: the same occurrence is annotated twice")
        taken.add(start)
        g = {"text": s, "value": v, "start": start, "end": start + len(s)}
        if t.get("note"):
            g["note"] = t["note"]
        timexes.append(g)
    timexes.sort(key=lambda g: g["start"])

    actors, names = [], set()
    for i, a in enumerate(raw.get("actors", [])):
        name = a.get("name")
        where = f"actor {i + 1} «{name}»"
        if not name or not isinstance(name, str):
            errors.append(f"actor {i + 1}: no name")
            continue
        if not name.isascii():
            errors.append(f"{where}: canonical names are plain ASCII")
        if name in names:
            errors.append(f"{where}: listed twice")
        names.add(name)
        if a.get("type") not in ACTOR_TYPES:
            errors.append(f"{where}: type {a.get('type')!r} is not one of {sorted(ACTOR_TYPES)}")
        mentions = a.get("mentions") or []
        if not mentions:
            errors.append(f"{where}: no mention")
        for m in mentions:
            if not isinstance(m, str) or m not in text:
                errors.append(f"{where}: mention «{m}» is not in the text (copy it exactly)")
        actors.append({"name": name, "type": a.get("type"), "mentions": list(dict.fromkeys(mentions))})

    events = []
    for i, e in enumerate(raw.get("events", [])):
        where = f"event {i + 1} ({e.get('source')} -> {e.get('target')}, {e.get('cameo_root')})"
        if e.get("source") not in names:
            errors.append(f"{where}: source is not an actor's name")
        if e.get("target") is not None and e.get("target") not in names:
            errors.append(f"{where}: target is not an actor's name (or null)")
        if e.get("target") is not None and e.get("target") == e.get("source"):
            errors.append(f"{where}: source and target are the same actor")
        root = e.get("cameo_root")
        if not isinstance(root, str) or len(root) != 2 or root not in roots:
            errors.append(f"{where}: cameo_root must be a two-digit CAMEO root as a string (\"19\")")
        d = e.get("date")
        if d is not None and sc.interval(d) is None:
            errors.append(f"{where}: date {d!r} is not a date or range the scorer reads (YYYY, YYYY-MM, YYYY-MM-DD, A/B)")
        ev = e.get("evidence")
        if not isinstance(ev, str) or not ev or ev not in text:
            errors.append(f"{where}: evidence is not an exact sentence of the text")
        elif text.find(ev) < headline_end and text.find(ev, headline_end) < 0:
            errors.append(f"{where}: evidence is the headline; code the body sentence instead")
        loc = e.get("location")
        if loc is not None and not isinstance(loc, str):
            errors.append(f"{where}: location is a string or null")
        events.append({"date": d, "source": e.get("source"), "target": e.get("target"), "cameo_root": root,
                       "location": loc, "summary": e.get("summary", ""), "evidence": ev})
    return {"timexes": timexes, "actors": actors, "events": events}, errors


def as_system_output(gold):
    """The gold in the shape of the engine's Extraction JSON, to score one annotation against another."""
    return {"timexes": [{"text": t["text"], "value": t["value"]} for t in gold["timexes"]],
            "actors": gold["actors"],
            "events": [{"source": e["source"], "target": e["target"], "type": e["cameo_root"],
                        "date": e["date"]} for e in gold["events"]]}
