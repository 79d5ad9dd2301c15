#!/bin/sh
# stress.sh: parallax under load, with its peak memory measured.
#
#   tests/stress/stress.sh --parallax PROGRAM --srcdir DIR --work DIR
#
# 1. `parallax compare --primary --format json` over STRESS_DOCS generated
#    articles (bench/gen-clusters.py), and over a tenth of them.  A
#    comparison holds every document it compares, so its peak grows with
#    the documents, but no faster: the peak above a one-document run, per
#    document, may be at the full size at most STRESS_SLACK (default 1.5)
#    times what it is at a tenth.  JSON is the largest report (it lists
#    every entity with the documents that name it).  docs/robustness.md
#    has the figures.
# 2. `parallax extract` over STRESS_EXTRACT_MB megabytes of articles
#    (files of about 4 MB, made of the generated articles), and over a
#    tenth of that.  Extraction holds one document at a time, so its peak
#    may not grow with the input: at the full size it may exceed the peak
#    at a tenth by at most STRESS_SLACK times, plus 16 MiB for the
#    allocator's noise.
# 3. The battery's expensive cases (docs/robustness.md): extract over one
#    10 MB line, over 100,000 quotes and over 24,000 people named on one
#    line with honorifics, and a 1,000,000-line gazetteer
#    compiled, cached and used.  They must succeed; their peaks are shown.
#
# Sizes: STRESS_DOCS (default 10000), STRESS_EXTRACT_MB (default 1024).
# Below 1000 articles the tenth is too few to weigh a document against
# the program's fixed costs, and the compare bound says little.
# Peaks are each process's maximum resident set (getrusage of the child),
# printed as a table; CPU time beside them.  Generated data is kept in the
# work folder and reused by the next run of the same size.  Exits 1 when a
# command fails or a bound is broken.  docs/robustness.md says what CI runs.
set -eu

parallax= srcdir= work=
while [ $# -gt 0 ]; do
  case $1 in
    --parallax) parallax=$2 ;;
    --srcdir) srcdir=$2 ;;
    --work) work=$2 ;;
    *) echo "stress.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift 2
done
if [ -z "$parallax" ] || [ -z "$srcdir" ] || [ -z "$work" ]; then
  echo "usage: stress.sh --parallax PROGRAM --srcdir DIR --work DIR" >&2
  exit 2
fi
docs=${STRESS_DOCS:-10000}
extract_mb=${STRESS_EXTRACT_MB:-1024}
slack=${STRESS_SLACK:-1.5}
small_docs=$((docs / 10))
small_mb=$((extract_mb / 10))
if [ "$small_docs" -lt 2 ] || [ "$small_mb" -lt 4 ]; then
  echo "stress.sh: STRESS_DOCS must be at least 20 and STRESS_EXTRACT_MB at least 40" >&2
  exit 2
fi
mkdir -p "$work"
work=$(cd "$work" && pwd)
parallax=$(cd "$(dirname "$parallax")" && pwd)/$(basename "$parallax")
# The compiled gazetteer cache is built once, here, not in the user's home.
XDG_CACHE_HOME=$work/cache
export XDG_CACHE_HOME
failures=0

# measure NAME COMMAND...: runs COMMAND (its stdout to $work/NAME.out, its
# stderr to $work/NAME.err) and prints "NAME PEAK_KIB CPU_SECONDS WALL".
measure () {
  name=$1
  shift
  python3 - "$work/$name" "$@" <<'PY'
import resource, subprocess, sys, time
base = sys.argv[1]
began = time.monotonic()
with open(base + ".out", "wb") as out, open(base + ".err", "wb") as err:
    status = subprocess.call(sys.argv[2:], stdout=out, stderr=err)
wall = time.monotonic() - began
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%s %d %.1f %.1f %d" % (base.rsplit("/", 1)[1], usage.ru_maxrss,
                              usage.ru_utime + usage.ru_stime, wall, status))
PY
}

# run NAME COMMAND...: measure, fail on a non-zero status, and keep the
# peak (KiB) in $peak.
run () {
  line=$(measure "$@")
  set -- $line
  peak=$2
  printf '%-24s %10s KiB %8s s CPU %8s s wall\n' "$1" "$2" "$3" "$4"
  if [ "$5" -ne 0 ]; then
    echo "FAIL: $1 exited with status $5: $(head -c 400 "$work/$1.err")" >&2
    failures=$((failures + 1))
  fi
}

# within WHAT VALUE BOUND: fails unless VALUE <= BOUND (numbers, awk).
within () {
  if awk -v v="$2" -v b="$3" 'BEGIN { exit !(v <= b) }'; then
    echo "ok: $1: $2 <= $3"
  else
    echo "FAIL: $1: $2 > $3" >&2
    failures=$((failures + 1))
  fi
}

# ### The articles

articles=$work/articles-$docs
if [ ! -f "$articles/truth.json" ]; then
  rm -rf "$articles"
  python3 "$srcdir/bench/gen-clusters.py" --docs "$docs" -o "$articles" 2>/dev/null
fi
cd "$articles"
# The primary is the first cluster's, and it is listed once, by --primary.
ls doc-*.txt | sed 1d >"$work/all.list"
head -n "$((small_docs - 1))" "$work/all.list" >"$work/small.list"

echo "parallax stress: compare over $small_docs and $docs articles," \
     "extract over $small_mb and $extract_mb MB"

# ### compare: memory per document must not grow

run compare-1 "$parallax" compare --quiet --format json --primary doc-00000.txt \
  -o "$work/compare-1.json" doc-00001.txt
base=$peak
# shellcheck disable=SC2046
run "compare-$small_docs" "$parallax" compare --quiet --format json --primary doc-00000.txt \
  -o "$work/compare-small.json" $(cat "$work/small.list")
small=$peak
# shellcheck disable=SC2046
run "compare-$docs" "$parallax" compare --quiet --format json --primary doc-00000.txt \
  -o "$work/compare-all.json" $(cat "$work/all.list")
big=$peak
per_small=$(awk -v s="$small" -v b="$base" -v n="$small_docs" 'BEGIN { printf "%.1f", (s - b) / n }')
per_big=$(awk -v s="$big" -v b="$base" -v n="$docs" 'BEGIN { printf "%.1f", (s - b) / n }')
echo "compare: $per_small KiB per document at $small_docs, $per_big KiB at $docs"
if [ "$small_docs" -ge 100 ]; then
  within "compare: KiB per document at $docs against $slack x at $small_docs" "$per_big" \
    "$(awk -v p="$per_small" -v k="$slack" 'BEGIN { printf "%.1f", p * k }')"
else
  echo "compare: $small_docs articles are too few to weigh one; no bound checked"
fi
jq -e --arg last "$(tail -n 1 "$work/all.list")" \
  '[.documents[].file] | length == '"$docs"' and .[-1] == $last' \
  "$work/compare-all.json" >/dev/null \
  && echo "ok: the report lists all $docs articles, the last one last" \
  || { echo "FAIL: the report does not list all $docs articles" >&2; failures=$((failures + 1)); }

# ### extract: memory must not grow with the input

# Files of about 4 MB, each the articles of one slice of the set, so that
# no two are the same; the list cycles through them up to the size.
chunks=$work/chunks-$docs
if [ ! -f "$chunks/done" ]; then
  rm -rf "$chunks"
  mkdir -p "$chunks"
  ls doc-*.txt | split -l 900 - "$chunks/list."
  for list in "$chunks"/list.*; do
    xargs cat <"$list" >"$chunks/${list##*.}.txt"
    rm "$list"
  done
  touch "$chunks/done"
fi
# inputs MB: chunk paths adding up to MB megabytes, cycling.
inputs () {
  ls "$chunks"/*.txt | awk -v want="$(($1 * 1048576))" '
    { path[NR] = $0; cmd = "wc -c < \"" $0 "\""; cmd | getline size[NR]; close(cmd) }
    END { for (total = 0; total < want; i++) { k = i % NR + 1; print path[k]; total += size[k] } }'
}
inputs "$small_mb" >"$work/extract-small.list"
inputs "$extract_mb" >"$work/extract-all.list"
# shellcheck disable=SC2046
run "extract-${small_mb}MB" "$parallax" extract --format jsonl -o "$work/extract-small.jsonl" \
  $(cat "$work/extract-small.list")
small=$peak
# The large output goes to standard output, counted, not kept.
# shellcheck disable=SC2046
run "extract-${extract_mb}MB" sh -c '"$0" extract --format jsonl "$@" | wc -l' "$parallax" \
  $(cat "$work/extract-all.list")
big=$peak
within "extract: peak KiB at $extract_mb MB against $slack x at $small_mb MB + 16 MiB" "$big" \
  "$(awk -v s="$small" -v k="$slack" 'BEGIN { printf "%d", s * k + 16384 }')"
want=$(wc -l <"$work/extract-all.list")
got=$(tr -d ' ' <"$work/extract-${extract_mb}MB.out")
[ "$got" = "$want" ] && echo "ok: one JSON line per input ($want)" \
  || { echo "FAIL: $got JSON lines for $want inputs" >&2; failures=$((failures + 1)); }

# ### The battery's expensive cases

python3 "$srcdir/tests/data/make-hostile.py" "$work" line-10m quotes-100k people-24k
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
# 1,000,000 lines: made-up names of two words, ids in order.
syllables = ["ba", "ker", "lo", "man", "ti", "sor", "ven", "da", "ri", "mel", "go", "na", "pra",
             "tu", "shen", "vik", "al", "or", "ze", "quin"]
def word(i):
    out = ""
    for _ in range(5):
        out += syllables[i % 20]
        i //= 20
    return out.capitalize()
with open(work + "/million.tsv", "w") as f:
    for i in range(1000000):
        f.write("m%07d\tperson\t%s %s\n" % (i, word(i), word(i * 7 + 3)))
with open(work + "/million.txt", "w") as f:
    f.write("Names\n\nOfficials said on Monday that %s met %s in Brussels.\n"
            % (word(123456) + " " + word(123456 * 7 + 3), word(999999) + " " + word(999999 * 7 + 3)))
PY
run extract-10MB-line "$parallax" extract --format jsonl -o "$work/line.jsonl" "$work/line-10m.txt"
run extract-100k-quotes "$parallax" extract --format jsonl -o "$work/quotes.jsonl" \
  "$work/quotes-100k.txt"
n=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["quotes"]))' \
      "$work/quotes.jsonl" 2>/dev/null || echo 0)
[ "$n" -eq 100000 ] && echo "ok: 100,000 quotes found" \
  || { echo "FAIL: $n of 100,000 quotes found" >&2; failures=$((failures + 1)); }
run extract-24k-people "$parallax" extract --format jsonl -o "$work/people.jsonl" \
  "$work/people-24k.txt"
n=$(python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(sum(1 for e in d["entities"] if e["canonical"].startswith("Quinto ")
          and [m["source"] for m in e["mentions"]] == ["rule:capitalised", "rule:honorific"]))' \
      "$work/people.jsonl" 2>/dev/null || echo 0)
[ "$n" -eq 24000 ] && echo "ok: 24,000 honorifics resolved to the full names" \
  || { echo "FAIL: $n of 24,000 honorifics resolved to the full names" >&2; failures=$((failures + 1)); }
rm -f "$work/million.pxg"
run gazetteer-1M-compile "$parallax" extract --format json -g "$work/million.tsv" \
  --gazetteer-cache "$work/million.pxg" -o "$work/million-1.json" "$work/million.txt"
run gazetteer-1M-cached "$parallax" extract --format json -g "$work/million.tsv" \
  --gazetteer-cache "$work/million.pxg" -o "$work/million-2.json" "$work/million.txt"
cmp -s "$work/million-1.json" "$work/million-2.json" && echo "ok: the cache gives the same output" \
  || { echo "FAIL: the cached gazetteer gives another output" >&2; failures=$((failures + 1)); }
n=$(grep -c '"id" : "m' "$work/million-2.json" || true)
[ "$n" -eq 2 ] && echo "ok: both names of the 1,000,000-line gazetteer found" \
  || { echo "FAIL: $n of 2 names found" >&2; failures=$((failures + 1)); }

rm -f "$work"/*.jsonl "$work"/compare-*.json "$work"/million* "$work"/line-10m.txt "$work"/quotes-100k.txt \
  "$work"/people-24k.txt
if [ "$failures" -ne 0 ]; then
  echo "stress.sh: $failures failure(s)" >&2
  exit 1
fi
echo "stress.sh: passed"
