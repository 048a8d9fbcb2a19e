#!/usr/bin/env python3
"""as_system.py DIR ARTICLE: prints the annotation DIR/<id>.json of the article (its "gold" or
itself) as an extractor's output, so that score.py can score one annotator against another:
  score.py --cmd 'python3 scripts/annotation/as_system.py B/ {article}' A/"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import as_system_output

art = json.load(open(sys.argv[2], encoding="utf-8"))
doc = json.load(open(os.path.join(sys.argv[1], art["id"] + ".json"), encoding="utf-8"))
json.dump(as_system_output(doc.get("gold", doc)), sys.stdout, ensure_ascii=False)
