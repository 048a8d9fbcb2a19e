#!/usr/bin/env python3
"""agreement.py: inter-annotator agreement on the doubly annotated articles of
data/annotated/agreement/ (first/ and second/ hold the two independent annotations): the
shared scorer run with one annotation as gold and the other as the system's output, both ways,
for all articles and per language. Prints a Markdown table."""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import ANNOTATED, ROOT, SCORER

METRICS = ["timex", "actors", "events-strict", "events-lenient", "edges"]


def score(gold_dir, sys_dir, ids):
    with tempfile.TemporaryDirectory() as tmp:
        for i in ids:
            os.symlink(os.path.join(gold_dir, i + ".json"), os.path.join(tmp, i + ".json"))
        out = os.path.join(tmp, "scores.out")
        cmd = f"{sys.executable} {os.path.join(ROOT, 'scripts', 'annotation', 'as_system.py')} {sys_dir} {{article}}"
        subprocess.run([sys.executable, SCORER, "--json", out, "--cmd", cmd, tmp], check=True, capture_output=True)
        return json.load(open(out))


def main():
    first, second = (os.path.join(ANNOTATED, "agreement", t) for t in ("first", "second"))
    ids = sorted(f[:-5] for f in os.listdir(first) if os.path.exists(os.path.join(second, f)))
    lang = {i: json.load(open(os.path.join(first, i + ".json")))["lang"] for i in ids}
    print("| articles | direction | " + " | ".join(METRICS) + " |")
    print("|---|---|" + "---|" * len(METRICS))
    for name, subset in (("all", ids), ("ar", [i for i in ids if lang[i] == "ar"]), ("en", [i for i in ids if lang[i] == "en"])):
        if not subset:
            continue
        for direction, g, s in (("second vs first (first as gold)", first, second), ("first vs second (second as gold)", second, first)):
            r = score(g, s, subset)
            cells = [f"{r[m]['f1']:.3f} (P {r[m]['precision']:.2f}, R {r[m]['recall']:.2f})" for m in METRICS]
            print(f"| {name} ({len(subset)}) | {direction} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
