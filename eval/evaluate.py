#!/usr/bin/python3
"""Run parallax and its peers on the gold corpora and print two tables.

  evaluate.py --parallax ./parallax [--srcdir DIR] [--json] [--keep DIR]

Rows are tool x kind (the entities also by type), columns the splits
(seeds, gum-train, gum-dev, gum-test, gum-held = dev + test, gum-all);
each cell of the first table is F1, of the second precision and recall
(for the seeds, gum-train, gum-held and gum-all; --json has them all).
parallax runs once per document with that document's publication date;
the peers (eval/peers, Node.js) run when installed, and otherwise the table
says how to install them.  docs/eval.md describes what is measured.
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

# The kinds each tool produces at all; the others are not its rows.
TOOL_KINDS = {
    "parallax": score.KINDS,
    "compromise": ["entities"] + score.TYPE_KINDS + ["mentions", "dates",
                                                     "dates-resolved", "quotes"],
    "chrono": ["dates", "dates-resolved"],
}

DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def corpus(srcdir):
    """(gold files, [(text path, reference date or None)])."""
    seeds_gold = os.path.join(srcdir, "tests/gold/seeds.yaml")
    gum_gold = sorted(glob.glob(os.path.join(srcdir, "tests/gold/gum/*.yaml")))
    docs = []
    for path, text_dir in [(seeds_gold, os.path.join(srcdir, "data/corpus"))] + \
            [(g, os.path.dirname(g)) for g in gum_gold]:
        for doc in score.load_gold([path]).values():
            ref = str(doc.get("reference_date") or doc.get("published") or "")
            docs.append((os.path.join(text_dir, doc["file"]),
                         ref if DAY_RE.match(ref) else None))
    return [seeds_gold] + gum_gold, docs


def run_parallax(binary, docs, keep):
    """Found documents, or (None, why) when parallax cannot extract."""
    found = []
    for path, ref in docs:
        cmd = [binary, "extract", "--format", "json"]
        if ref:
            cmd += ["--published", ref]
        cmd.append(path)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            why = (proc.stderr.strip().splitlines() or ["exit status "
                                                        f"{proc.returncode}"])[0]
            return None, f"{' '.join(cmd[:2])} {os.path.basename(path)}: {why}"
        try:
            found += documents_of(json.loads(proc.stdout))
        except json.JSONDecodeError as e:
            return None, f"{os.path.basename(path)}: bad JSON from parallax: {e}"
    save(keep, "parallax", found)
    return found, None


def documents_of(data):
    """parallax extract prints one object for one file, an array for
    several; the peers' runner wraps its documents in {"documents": [...]}."""
    if isinstance(data, list):
        return data
    if "documents" in data:
        return data["documents"]
    return [data]


def peers_ready(srcdir):
    peers = os.path.join(srcdir, "eval/peers")
    if not shutil.which("node"):
        return None, "node is not installed (Debian: apt-get install nodejs npm)"
    for pkg in ("compromise", "compromise-dates", "chrono-node"):
        if not os.path.isdir(os.path.join(peers, "node_modules", pkg)):
            return None, ("the peers are not installed: run "
                          "'make eval-peers-install' (npm ci in eval/peers)")
    return peers, None


def run_peer(peers, tool, docs, keep):
    cmd = ["node", os.path.join(peers, "run.js"), "--tool", tool]
    for path, ref in docs:
        if ref:
            cmd += ["--published", ref]
        cmd.append(path)
    env = dict(os.environ, TZ="UTC")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        return None, f"{tool}: {proc.stderr.strip()[:300]}"
    found = json.loads(proc.stdout).get("documents", [])
    save(keep, tool, found)
    return found, None


def save(keep, tool, found):
    if keep:
        os.makedirs(keep, exist_ok=True)
        with open(os.path.join(keep, f"{tool}.json"), "w",
                  encoding="utf-8") as f:
            json.dump({"documents": found}, f, ensure_ascii=False, indent=1)


def by_name(found):
    return {os.path.basename(d["file"]): d for d in found}


# The splits whose precision and recall the second table shows: the
# ones tuned on, the ones never tuned to, and all of GUM.
PR_SPLITS = ["seeds", "gum-train", "gum-held", "gum-all"]


def value(x):
    return "-" if x is None else f"{x:.3f}"


def print_rows(results, splits, width, cell, title, out):
    """One row per tool and kind; @cell writes a split's cell, @width
    characters wide after a space."""
    out.write(f"{'tool':<11} {'kind':<15}" + "".join(f" {s:>{width}}" for s in splits)
              + f"   ({title})\n")
    for tool, table in results.items():
        for kind in TOOL_KINDS[tool]:
            cells = "".join(cell(table[split][kind] if split in table else None)
                            for split in splits)
            out.write(f"{tool:<11} {kind:<15}{cells}\n")


def precision_recall(c):
    """Both, or neither where the split has no gold of the kind (GUM marks
    no speakers): as the F1, which is then undefined."""
    p, r, _ = c.prf() if c and c.gold else (None, None, None)
    return f" {value(p):>6} {value(r):>6}"


def print_table(results, notes, out=sys.stdout):
    print_rows(results, score.SPLITS, 9,
               lambda c: f" {value(c.prf()[2] if c else None):>9}", "F1", out)
    out.write("\n")
    print_rows(results, PR_SPLITS, 13, precision_recall, "precision recall", out)
    for note in notes:
        out.write(f"note: {note}\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parallax", required=True, help="the parallax program")
    ap.add_argument("--srcdir", default=os.path.dirname(here),
                    help="the source tree (default: this script's)")
    ap.add_argument("--json", action="store_true",
                    help="print precision, recall and F1 as JSON")
    ap.add_argument("--keep", help="save each tool's JSON in this folder")
    args = ap.parse_args()

    gold_files, docs = corpus(args.srcdir)
    gold = score.load_gold(gold_files)
    ids = score.load_ids(os.path.join(args.srcdir, "eval/gum-ids.tsv"))
    results, notes = {}, []

    found, why = run_parallax(args.parallax, docs, args.keep)
    if found is None:
        notes.append(f"parallax not scored: {why}")
    else:
        results["parallax"] = score.score(gold, by_name(found), ids)

    peers, why = peers_ready(args.srcdir)
    if peers is None:
        notes.append(f"peers not scored: {why}")
    else:
        for tool in ("compromise", "chrono"):
            found, why = run_peer(peers, tool, docs, args.keep)
            if found is None:
                notes.append(f"{tool} not scored: {why}")
            else:
                results[tool] = score.score(gold, by_name(found), ids)

    if args.json:
        json.dump({"results": {t: score.as_json(r) for t, r in results.items()},
                   "notes": notes}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(results, notes)
    return 0 if "parallax" in results else 1


if __name__ == "__main__":
    sys.exit(main())
