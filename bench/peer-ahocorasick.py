#!/usr/bin/python3
"""The peer of bench-match: the same names matched with pyahocorasick.

  peer-ahocorasick.py build PICKLE SOURCE...
  peer-ahocorasick.py match [--repeat N] [--iter] [--planted SPANS] PICKLE TEXT

build reads the names of SOURCE... (gazetteer TSV files, YAML files, or
folders of them; a later source takes over a name), puts them lower-cased
in an Aho-Corasick automaton, makes it, and pickles it to PICKLE: the
closest thing this library has to a compiled cache.  match loads the
pickle and finds the names in TEXT line by line: each line lower-cased,
leftmost-longest matches (iter_long), kept when they are whole words (no
letter or digit on either side).  That is how a user of the library would
write it; docs/bench.md says how it differs from parallax's matcher.
With --iter, every match (iter) is read instead, those that are whole
words kept, and of them the leftmost-longest: the same matches, found
the way the gazetteer's specification names (iter) and a user who wants
whole words first would write it.  With --planted, a last pass, not
timed, counts how many of the names bench/gen-text.py planted (its --spans
file, byte offsets) are found exactly where they are.

Output: key=value lines, as bench-match prints them.  Needs Debian's
python3-ahocorasick (and python3-yaml for YAML sources).
"""

import os
import pickle
import resource
import sys
import time

import ahocorasick


def now_ms():
    """CPU time, as bench-match measures: the machine may be shared."""
    return time.process_time() * 1000.0


def print_wall(start):
    print(f"wall_ms={(time.perf_counter() - start) * 1000.0:.1f}")


def peak_rss():
    print(f"peak_rss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")


def tsv_names(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            for name in cols[2:]:
                if name.startswith("country:"):
                    continue    # the entity's country code, no name
                yield cols[0], name[4:] if name.startswith("adj:") else name


def yaml_names(path):
    import yaml  # only when there are YAML sources
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    for entity in doc["entities"]:
        for name in [entity["name"]] + entity.get("aliases", []) + entity.get("demonyms", []):
            yield entity["id"], str(name)


def source_files(path):
    if not os.path.isdir(path):
        return [path]
    return sorted(os.path.join(path, n) for n in os.listdir(path)
                  if n.endswith((".tsv", ".yaml", ".yml")))


def build(pickle_path, sources):
    start = time.perf_counter()
    t0 = now_ms()
    automaton = ahocorasick.Automaton()
    ids, index = [], {}
    n_names = 0
    for source in sources:
        for path in source_files(source):
            reader = tsv_names if path.endswith(".tsv") else yaml_names
            for entity_id, name in reader(path):
                if entity_id not in index:
                    index[entity_id] = len(ids)
                    ids.append(entity_id)
                key = name.lower()
                # The value keeps the key's length: iter_long gives the end.
                automaton.add_word(key, (index[entity_id], len(key)))
                n_names += 1
    automaton.make_automaton()
    t1 = now_ms()
    with open(pickle_path, "wb") as f:
        pickle.dump((ids, automaton), f, protocol=pickle.HIGHEST_PROTOCOL)
    t2 = now_ms()
    print(f"entities={len(ids)}\nnames={n_names}\nkeys={len(automaton)}")
    print(f"compile_ms={t1 - t0:.1f}\nsave_ms={t2 - t1:.1f}")
    print(f"cache_bytes={os.path.getsize(pickle_path)}")
    print_wall(start)
    peak_rss()


def whole_word(line, start, end):
    return ((start == 0 or not line[start - 1].isalnum())
            and (end + 1 == len(line) or not line[end + 1].isalnum()))


def match_lines(automaton, lines):
    matches = 0
    for line in lines:
        low = line.lower()
        for end, (_, length) in automaton.iter_long(low):
            if whole_word(low, end - length + 1, end):
                matches += 1
    return matches


def iter_spans(automaton, low):
    """The leftmost-longest of the whole words among every match of @low."""
    found = [(end - length + 1, end) for end, (_, length) in automaton.iter(low)
             if whole_word(low, end - length + 1, end)]
    # iter gives them in the order of their ends: sort them leftmost
    # first, and at one start longest first.
    found.sort(key=lambda span: (span[0], -span[1]))
    kept, last_end = [], -1
    for start, end in found:
        if start > last_end:
            kept.append((start, end))
            last_end = end
    return kept


def match_lines_iter(automaton, lines):
    # iter_spans written out, counting rather than keeping the spans, as
    # match_lines does long_spans: the timed passes do only what counting
    # needs, and the planted names' pass below does not count.
    matches = 0
    for line in lines:
        low = line.lower()
        found = [(end - length + 1, end) for end, (_, length) in automaton.iter(low)
                 if whole_word(low, end - length + 1, end)]
        found.sort(key=lambda span: (span[0], -span[1]))
        last_end = -1
        for start, end in found:
            if start > last_end:
                matches += 1
                last_end = end
    return matches


def long_spans(automaton, low):
    """match_lines' matches of @low."""
    return [(end - length + 1, end) for end, (_, length) in automaton.iter_long(low)
            if whole_word(low, end - length + 1, end)]


def planted_found(automaton, lines, spans, how):
    """How many of @spans (byte offsets into the text) a match covers
    exactly; @how gives a line's matches, as character offsets."""
    planted = set(spans)
    found, at = 0, 0
    for line in lines:
        low = line.lower()
        if len(low) == len(line):  # else lower() moved the offsets
            for start, end in how(automaton, low):
                first = at + len(line[:start].encode("utf-8"))
                last = first + len(line[start:end + 1].encode("utf-8"))
                found += (first, last) in planted
        at += len(line.encode("utf-8")) + 1
    return found


def read_spans(path):
    with open(path, encoding="utf-8") as f:
        return [tuple(int(x) for x in line.split()) for line in f if line.strip()]


def match(pickle_path, text_path, repeat, match_lines=match_lines, spans_path=None):
    start = time.perf_counter()
    t0 = now_ms()
    with open(pickle_path, "rb") as f:
        _, automaton = pickle.load(f)
    t1 = now_ms()
    print(f"open_ms={t1 - t0:.1f}")
    with open(text_path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    best, matches = float("inf"), 0
    for _ in range(repeat):
        pass_start = now_ms()
        matches = match_lines(automaton, lines)
        best = min(best, now_ms() - pass_start)
    size = len(text.encode("utf-8"))
    print(f"text_bytes={size}\nmatches={matches}\nmatch_ms={best:.1f}")
    print(f"mb_per_s={size / 1e6 / (best / 1000.0):.2f}")
    if spans_path:
        spans = read_spans(spans_path)
        how = iter_spans if match_lines is match_lines_iter else long_spans
        print(f"planted={len(spans)}\nplanted_found={planted_found(automaton, lines, spans, how)}")
    print_wall(start)
    peak_rss()


def main(argv):
    if len(argv) >= 4 and argv[1] == "build":
        return build(argv[2], argv[3:])
    args = argv[2:]
    repeat, how, spans = 1, match_lines, None
    while args[:1] and args[0].startswith("--"):
        if args[0] == "--iter":
            how, args = match_lines_iter, args[1:]
        elif args[0] in ("--repeat", "--planted") and len(args) > 1:
            if args[0] == "--repeat":
                repeat = int(args[1])
            else:
                spans = args[1]
            args = args[2:]
        else:
            break
    if argv[1:2] == ["match"] and len(args) == 2 and repeat > 0:
        return match(args[0], args[1], repeat, how, spans)
    sys.exit(__doc__.split("\n\n")[1])


if __name__ == "__main__":
    main(sys.argv)
