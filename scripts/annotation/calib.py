#!/usr/bin/env python3
"""calib.py ANNOTATOR: scores the annotator's blind annotations of the calibration articles
(WORK/calib/<annotator>/<id>.json) against the dev gold, records the first score of each
annotator in WORK/calib-log.jsonl, and prints the gold events beside the annotator's own."""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import normalize
from pool import ROOT, SCORER, SHARED

WORK = os.environ.get("ANNOTATION_WORK", "/work/annot")
CALIBRATION = ["ar-05", "ar-09", "en-07"]


def main():
    who = sys.argv[1]
    mine = os.path.join(WORK, "calib", who)
    dev = {i: json.load(open(os.path.join(SHARED, "eval", "dev", i + ".json"), encoding="utf-8")) for i in CALIBRATION}
    bad = False
    with tempfile.TemporaryDirectory() as tmp:
        for i in CALIBRATION:
            try:
                raw = json.load(open(os.path.join(mine, i + ".json"), encoding="utf-8"))
            except (OSError, ValueError) as e:
                sys.exit(f"{i}: {e}")
            gold, errors = normalize(raw, dev[i]["text"])
            for e in errors:
                print(f"error in {i}: {e}")
            bad |= bool(errors)
            json.dump({"gold": gold}, open(os.path.join(tmp, i + ".json"), "w"), ensure_ascii=False)
        if bad:
            sys.exit("fix the errors first; nothing was scored")
        table = os.path.join(tmp, "scores.json")
        r = subprocess.run([sys.executable, SCORER, "--json", table, "--cmd",
                            f"{sys.executable} {os.path.join(ROOT, 'scripts', 'annotation', 'as_system.py')} {tmp} {{article}}"]
                           + [os.path.join(SHARED, "eval", "dev", i + ".json") for i in CALIBRATION],
                           capture_output=True, text=True)
        print(r.stdout)
        scores = json.load(open(table))
        log = os.path.join(WORK, "calib-log.jsonl")
        seen = os.path.exists(log) and any(json.loads(l)["annotator"] == who for l in open(log))
        if not seen:
            with open(log, "a") as f:
                f.write(json.dumps({"annotator": who, "scores": scores}) + "\n")
        for i in CALIBRATION:
            mine_ = json.load(open(os.path.join(tmp, i + ".json")))["gold"]["events"]
            print(f"=== {i}: gold has {len(dev[i]['gold']['events'])} events, you have {len(mine_)}")
            for tag, evs in (("GOLD", dev[i]["gold"]["events"]), ("YOURS", mine_)):
                for e in evs:
                    print(f"  {tag:5} {e['date']} {e['source']} -> {e['target']} ({e['cameo_root']}): "
                          f"{e.get('summary', '')} | {e['evidence'][:90]}")
            print("  GOLD actors: " + "; ".join(f"{a['name']} [{a['type']}]" for a in dev[i]["gold"]["actors"]))
            print("  GOLD timexes: " + "; ".join(f"{t['text']}={t['value']}" for t in dev[i]["gold"]["timexes"]))


if __name__ == "__main__":
    main()
