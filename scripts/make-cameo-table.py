#!/usr/bin/env python3
"""Build Sources/ChronographCore/Resources/cameo.tsv from the public CAMEO tables.

Inputs (default: ../shared/data/cameo relative to the repository, or --data DIR):
  CAMEO.eventcodes.txt      code -> label (GDELT lookup, tab-separated, with header)
  CAMEO.goldsteinscale.txt  code -> Goldstein value (tab-separated, with header)
  CAMEO2PLOVER-2021.txt     "code: CATEGORY, mode, context # comment" (openeventdata/PLOVER,
                            CC BY-SA 4.0; attribution to the PLOVER project)

Output: tab-separated, header `code label goldstein quad plover force intent`, one row per CAMEO code,
in the order of CAMEO.eventcodes.txt.

  label     description with the known defects of the GDELT copy repaired (044 mojibake,
            typos, stray spaces); root labels (two-digit codes) in title case.
  goldstein decimal number as in the Goldstein table (e.g. 3.4, -10.0).
  quad      1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
            3 verbal conflict (09-13), 4 material conflict (14-20).
  plover    PLOVER category of the code; if the code is not in the PLOVER table, that of
            its nearest ancestor that is (0253 -> 025 -> 02); empty if none.
            The PLOVER table lists no 01x or 02x code, so those rows are empty.
            Where the table lists a code twice with different categories (the root line
            "08" heads both a CONCEDE and a RETREAT block), the first listing is kept.
  force     1 for the use of force (roots 18 assault, 19 fight, 20 unconventional mass
            violence, as CAMEO's manual groups them), else 0.
  intent    the code of the intent to do it (CAMEO 03x for cooperation, 138 for threats
            of force): what a planned event is coded as (سيزور, will visit: 036); empty
            when the root has none.

Usage: python3 scripts/make-cameo-table.py [--data DIR] [--out FILE]
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data", "cameo"))
DEFAULT_OUT = os.path.join(REPO, "Sources", "ChronographCore", "Resources", "cameo.tsv")
# The annotation scripts (scripts/annotation/) still read the codebook at its former place:
# a copy is written there too until they read the one above.
LEGACY_COPY = os.path.join(REPO, "Sources", "ChronographExtraction", "Resources", "cameo", "cameo.tsv")

# Repairs of the GDELT copy of the labels, by code.
LABEL_FIXES = {
    "044": "Meet at third location",  # source: "Meet at a \u00d2hird\u00d3location" (mojibake of curly quotes)
}
# Repairs of typos inside labels (applied to every label).
TEXT_FIXES = [
    ("matyerial", "material"),
    ("radiologicalweapons", "radiological weapons"),
    ("Express intent allow", "Express intent to allow"),
    ("not spec below", "not specified below"),
]

FORCE_ROOTS = {"18", "19", "20"}
# Root -> the code of the intent to do it (CAMEO manual, root 03 and code 138).
INTENT = {"04": "036", "05": "030", "06": "030", "07": "033", "08": "035",
          "15": "138", "16": "138", "17": "138", "18": "138", "19": "138", "20": "138"}

SMALL_WORDS = {"a", "an", "and", "or", "of", "to", "in", "on", "for", "the", "with", "by", "at"}


def title_case(text):
    words = text.lower().split()
    out = []
    for i, w in enumerate(words):
        out.append(w if (i > 0 and w in SMALL_WORDS) else w[:1].upper() + w[1:])
    return " ".join(out)


def clean_label(code, label):
    if code in LABEL_FIXES:
        return LABEL_FIXES[code]
    for bad, good in TEXT_FIXES:
        label = label.replace(bad, good)
    label = re.sub(r"\s+", " ", label).strip()
    label = re.sub(r"\s+,", ",", label)
    if len(code) == 2:
        label = title_case(label)
    return label


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline()
        if not header.startswith("CAMEO"):
            raise SystemExit(f"{path}: unexpected header {header!r}")
        for n, line in enumerate(f, start=2):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 2:
                raise SystemExit(f"{path}:{n}: expected 2 tab-separated fields, got {parts!r}")
            rows.append((parts[0].strip(), parts[1]))
    return rows


def read_plover(path):
    table = {}
    pat = re.compile(r"^\s*(\d{2,4})\s*:\s*([A-Z_]+)")
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = pat.match(line)
            if not m:
                continue
            code, cat = m.group(1), m.group(2)
            table.setdefault(code, cat)  # first listing wins
    return table


def quad_of(code):
    root = int(code[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    raise ValueError(code)


def plover_of(code, table):
    # nearest listed ancestor: 1234 -> 123 -> 12 ; 0253 -> 025 -> 02
    c = code
    while len(c) >= 2:
        if c in table:
            return table[c]
        c = c[:-1]
    return ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()

    labels = read_tsv(os.path.join(args.data, "CAMEO.eventcodes.txt"))
    goldstein = dict(read_tsv(os.path.join(args.data, "CAMEO.goldsteinscale.txt")))
    plover = read_plover(os.path.join(args.data, "CAMEO2PLOVER-2021.txt"))

    seen = set()
    lines = ["code\tlabel\tgoldstein\tquad\tplover\tforce\tintent"]
    for code, label in labels:
        if not re.fullmatch(r"\d{2,4}", code):
            raise SystemExit(f"bad code {code!r}")
        if code in seen:
            raise SystemExit(f"duplicate code {code}")
        seen.add(code)
        if code not in goldstein:
            raise SystemExit(f"no Goldstein value for {code}")
        g = float(goldstein[code])
        lines.append("\t".join([code, clean_label(code, label), f"{g:.1f}", str(quad_of(code)), plover_of(code, plover),
                               "1" if code[:2] in FORCE_ROOTS else "0", INTENT.get(code[:2], "")]))

    missing = set(goldstein) - seen
    if missing:
        raise SystemExit(f"Goldstein codes without label: {sorted(missing)}")

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    if args.out == DEFAULT_OUT:
        with open(LEGACY_COPY, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines) - 1} codes to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
