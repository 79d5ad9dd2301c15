#!/usr/bin/python3
"""Write gold files as `parallax extract --format json` output.

  gold2json.py GOLD.yaml... > gold.json

A perfect extractor's output: scoring it against the same gold must give
1.0 everywhere, which is how eval/selftest.sh checks eval/score.py.  Offsets
are those of the first occurrence of each surface in the text when the
text file is found beside the gold file (or with --text-dir), else null.
"""

import argparse
import json
import os
import sys

import yaml


def locate(text, surface):
    if text is None:
        return None, None
    at = text.find(surface)
    if at < 0:
        return None, None
    start = len(text[:at].encode("utf-8"))
    return start, start + len(surface.encode("utf-8"))


def convert(doc, text):
    entities = []
    for e in doc.get("entities") or []:
        mentions = []
        for s in e.get("surfaces") or []:
            start, end = locate(text, s)
            mentions.append({"surface": s, "start": start, "end": end})
        entities.append({"id": e["id"], "type": e.get("type"),
                         "name": e.get("canonical"), "mentions": mentions})
    dates = []
    for d in doc.get("dates") or []:
        start, end = locate(text, d["surface"])
        value = d.get("resolves_to")
        dates.append({"surface": d["surface"], "start": start, "end": end,
                      "value": None if value is None else str(value),
                      "granularity": d.get("granularity"), "rule": "gold"})
    quotes = []
    for q in doc.get("quotes") or []:
        start, end = locate(text, q["text"])
        quotes.append({"text": q["text"], "start": start, "end": end,
                       "kind": q.get("kind", "statement"),
                       "speaker": q.get("speaker"), "speaker_surface": None})
    published = doc.get("published")
    return {"file": doc["file"],
            "published": None if published is None else str(published),
            "entities": entities, "dates": dates, "quotes": quotes,
            "numbers": []}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--text-dir", help="folder of the texts")
    ap.add_argument("gold", nargs="+")
    args = ap.parse_args()
    docs = []
    for path in args.gold:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        for doc in data.get("documents", []):
            folder = args.text_dir or os.path.dirname(path)
            text_path = os.path.join(folder, os.path.basename(doc["file"]))
            text = None
            if os.path.exists(text_path):
                with open(text_path, encoding="utf-8") as f:
                    text = f.read()
            docs.append(convert(doc, text))
    json.dump({"documents": docs}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
