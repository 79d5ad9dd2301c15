#!/bin/bash
# run.sh: parallax's benchmarks, each beside a peer run here on the same
# data, and one table of ratios.  docs/bench.md describes the measures.
#
#   bench/run.sh --srcdir DIR --parallax PROGRAM --bench-match PROGRAM
#                --bench-reuse PROGRAM --bench-compare PROGRAM
#                --bench-extract PROGRAM --work DIR
#
# Sizes come from the environment: BENCH_NAMES (gazetteer names, default
# 1000000), BENCH_MB (text, default 100), BENCH_DOCS (documents for the
# end-to-end run, default 1000), BENCH_REPEAT (passes, the fastest kept,
# default 3), BENCH_ROUNDS (rounds of matching, parallax and the peers in
# turn, default 3); for text reuse, BENCH_REUSE_SIZES (documents, comma-separated,
# default 1000,2500,5000,10000), BENCH_REUSE_ORACLE (documents checked
# against the brute-force oracle, default 200) and BENCH_THREADS (default
# 2); for the whole comparison, BENCH_COMPARE_SIZES (default
# 1000,2500,5000,10000) and BENCH_COMPARE_ORACLE (default 200); for the
# dates, quotes and numbers extractors, BENCH_EXTRACT_MB (articles, default
# 100) and BENCH_PEER_MB (the peer's sample, default 2).
# BENCH_ONLY=reuse, BENCH_ONLY=compare, BENCH_ONLY=extract or
# BENCH_ONLY=match runs only that part.  Generated data is kept in the work folder and reused.  The
# table goes to standard output and, with the raw figures, to
# SRCDIR/bench/results/latest.txt.
set -eu

srcdir= parallax= bench_match= bench_reuse= bench_compare= bench_extract= work=
while [ $# -gt 0 ]; do
  case $1 in
    --srcdir) srcdir=$2 ;;
    --parallax) parallax=$2 ;;
    --bench-match) bench_match=$2 ;;
    --bench-reuse) bench_reuse=$2 ;;
    --bench-compare) bench_compare=$2 ;;
    --bench-extract) bench_extract=$2 ;;
    --work) work=$2 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift 2
done
if [ -z "$srcdir" ] || [ -z "$parallax" ] || [ -z "$bench_match" ] || [ -z "$bench_reuse" ] \
   || [ -z "$bench_compare" ] || [ -z "$bench_extract" ] || [ -z "$work" ]; then
  echo "usage: run.sh --srcdir DIR --parallax PROGRAM --bench-match PROGRAM" \
       "--bench-reuse PROGRAM --bench-compare PROGRAM --bench-extract PROGRAM --work DIR" >&2
  exit 2
fi
names=${BENCH_NAMES:-1000000}
mb=${BENCH_MB:-100}
n_docs=${BENCH_DOCS:-1000}
repeat=${BENCH_REPEAT:-3}
rounds=${BENCH_ROUNDS:-3}
case $rounds in
  '' | *[!0-9]* | 0) echo "run.sh: BENCH_ROUNDS must be a whole number from 1 on, not '$rounds'" >&2
                     exit 2 ;;
esac
reuse_sizes=${BENCH_REUSE_SIZES:-1000,2500,5000,10000}
reuse_oracle=${BENCH_REUSE_ORACLE:-200}
threads=${BENCH_THREADS:-2}
compare_sizes=${BENCH_COMPARE_SIZES:-1000,2500,5000,10000}
compare_oracle=${BENCH_COMPARE_ORACLE:-200}
extract_mb=${BENCH_EXTRACT_MB:-100}
peer_mb=${BENCH_PEER_MB:-2}
only=${BENCH_ONLY:-all}
py=/usr/bin/python3
bench=$srcdir/bench
bundled=$srcdir/data/gazetteer
corpus=$srcdir/data/corpus

if { [ "$only" = match ] || [ "$only" = all ]; } && ! $py -c 'import ahocorasick' 2>/dev/null; then
  echo "run.sh: the peer needs Debian's python3-ahocorasick (.ci/setup installs it)" >&2
  exit 1
fi
if { [ "$only" = extract ] || [ "$only" = all ]; } \
   && ! $py -c 'import dateparser.search' 2>/dev/null; then
  echo "run.sh: the peer needs Debian's python3-dateparser (.ci/setup installs it)" >&2
  exit 1
fi

# A libtool wrapper script would add its own start-up to every timing: run
# the real binary when there is one.
real_program() {
  local dir=${1%/*} base=${1##*/}
  if [ -x "$dir/.libs/$base" ] && grep -q 'libtool' "$1" 2>/dev/null; then
    echo "$dir/.libs/$base"
  else
    echo "$1"
  fi
}
export LD_LIBRARY_PATH="${parallax%/*}/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
parallax=$(real_program "$parallax")
bench_match=$(real_program "$bench_match")
bench_reuse=$(real_program "$bench_reuse")
bench_compare=$(real_program "$bench_compare")
bench_extract=$(real_program "$bench_extract")

mkdir -p "$work" "$bench/results"
log=$work/raw.txt
: >"$log"
say() { echo "run.sh: $*" >&2; }

# The fastest of N runs of a command (output discarded; a failure stops
# the benchmark), in $cpu and $wall (milliseconds).  CPU time is user +
# system of the command: what it costs, whatever else the machine runs.
# The table uses it; the raw figures keep the wall-clock time too.
best_ms() {
  local runs=$1 real user sys TIMEFORMAT='%3R %3U %3S'
  cpu= wall=
  shift
  for _ in $(seq "$runs"); do
    if ! { time "$@" >/dev/null 2>"$work/cmd.err"; } 2>"$work/time.out"
    then
      cat "$work/cmd.err" >&2
      say "failed: $*"
      exit 1
    fi
    read -r real user sys <"$work/time.out"
    read -r cpu wall < <(awk -v c="$cpu" -v w="$wall" -v r="$real" -v u="$user" -v s="$sys" 'BEGIN {
      t = (u + s) * 1000; r *= 1000
      if (c == "" || t < c) c = t
      if (w == "" || r < w) w = r
      printf "%.1f %.1f\n", c, w }')
  done
}

# key=value output of the programs, kept in the raw log.
run_kv() {
  local out=$1
  shift
  "$@" >"$out"
  { echo "## $*"; cat "$out"; } >>"$log"
}
kv() { sed -n "s/^$2=//p" "$1"; }

# The generated clusters with at least $1 articles: the folder of the
# largest size generated so far is reused when it is large enough, since
# the same seed gives the same first articles.
clusters_for() {
  local want=$1 dir n
  for dir in "$work"/clusters-*; do
    n=${dir##*-}
    if [ -s "$dir/truth.json" ] && [ "$n" -ge "$want" ] 2>/dev/null; then
      echo "$dir"
      return
    fi
  done
  dir=$work/clusters-$want
  say "generating $want articles in event clusters"
  rm -rf "$dir.tmp"
  $py "$bench/gen-clusters.py" --docs "$want" -o "$dir.tmp" >&2 && mv "$dir.tmp" "$dir"
  echo "$dir"
}
largest_of() { echo "$1" | tr ',' '\n' | sort -n | tail -1; }
# The machine and the table alone, for a run of one part.
only_table() {
  { echo "parallax $1 benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
    echo; cat "$2"; } | tee "$bench/results/latest.txt"
}

### Text reuse: bench-reuse over generated event clusters
reuse_table=$work/reuse.txt
: >"$reuse_table"
reuse_status=0
if [ "$only" = all ] || [ "$only" = reuse ]; then
  clusters=$(clusters_for "$(largest_of "$reuse_sizes,$reuse_oracle")")
  say "text reuse over $reuse_sizes documents"
  # A shortfall (recall, precision, oracle) is reported in the table and
  # fails the benchmark after it is written.
  "$bench_reuse" --threads "$threads" --sizes "$reuse_sizes" --oracle "$reuse_oracle" \
    "$clusters" >"$reuse_table" || reuse_status=$?
  { echo "## $bench_reuse --sizes $reuse_sizes --oracle $reuse_oracle"; cat "$reuse_table"; } >>"$log"
  if [ "$only" = reuse ]; then
    only_table "text reuse" "$reuse_table"
    exit "$reuse_status"
  fi
  [ "$reuse_status" = 0 ] || say "text reuse fell short of its targets (see the table)"
fi

### The whole comparison: bench-compare over the same clusters
compare_table=$work/compare.txt
: >"$compare_table"
compare_status=0
if [ "$only" = all ] || [ "$only" = compare ]; then
  clusters=$(clusters_for "$(largest_of "$compare_sizes,$compare_oracle")")
  say "the whole comparison over $compare_sizes documents"
  # The program's gazetteer cache, warmed by the benchmark's first run
  # (its time is reported apart, outside the targets).
  "$bench_compare" --threads "$threads" --sizes "$compare_sizes" --oracle "$compare_oracle" \
    "$clusters" >"$compare_table" || compare_status=$?
  { echo "## $bench_compare --sizes $compare_sizes --oracle $compare_oracle"
    cat "$compare_table"; } >>"$log"
  if [ "$only" = compare ]; then
    only_table "whole comparison" "$compare_table"
    exit "$compare_status"
  fi
  [ "$compare_status" = 0 ] || say "the comparison fell short of its targets (see the table)"
fi

### Data
gaz=$work/gazetteer-$names.tsv
text=$work/text-$names-$mb.txt
if [ ! -s "$gaz" ]; then
  say "generating $names names"
  $py "$bench/gen-gazetteer.py" --names "$names" -o "$gaz.tmp" && mv "$gaz.tmp" "$gaz"
fi

### Dates, quotes and numbers: bench-extract, and dateparser on a sample
extract_table=$work/extract.txt
: >"$extract_table"
if [ "$only" = all ] || [ "$only" = extract ]; then
  # The same seed writes the same first articles at any size: the
  # peer's sample is the start of the large text.
  articles_of() {
    local out=$work/articles-$names-$1.txt
    if [ ! -s "$out" ]; then
      say "generating $1 MB of articles"
      $py "$bench/gen-text.py" --gazetteer "$gaz" --mb "$1" --corpus "$corpus" --articles \
        --stats "$out.stats" -o "$out.tmp" && mv "$out.tmp" "$out"
    fi
    echo "$out"
  }
  big=$(articles_of "$extract_mb")
  sample=$(articles_of "$peer_mb")
  say "dates, quotes and numbers over $extract_mb MB ($repeat passes)"
  run_kv "$work/px-extract.txt" "$bench_extract" --repeat "$repeat" "$big"
  run_kv "$work/px-extract-sample.txt" "$bench_extract" "$sample"
  say "dateparser over the first $peer_mb MB (slow)"
  run_kv "$work/peer-extract.txt" $py "$bench/peer-dateparser.py" "$sample"
  px_x=$work/px-extract.txt px_s=$work/px-extract-sample.txt pe_x=$work/peer-extract.txt
  xrow() {
    awk -v m="$1" -v a="$2" -v b="$3" 'BEGIN {
      r = (b + 0 > 0 && a != "-") ? sprintf(a / b < 0.1 || a / b >= 100 ? "%.3g" : "%.2f", a / b) : "-"
      printf "%-50s %10s %10s %8s\n", m, a, b, r }'
  }
  {
    echo "dates, quotes and numbers: $(awk -v b="$(kv "$px_x" text_bytes)" 'BEGIN { printf "%.1f", b / 1e6 }') MB," \
         "$(kv "$px_x" articles) articles of $(kv "$px_x" article_bytes) bytes on average" \
         "($(kv "$px_x" refused) left out: no story found), fastest of $repeat; one thread"
    echo "peer: dateparser $(dpkg-query -W -f '${Version}' python3-dateparser 2>/dev/null)" \
         "search_dates on the first $peer_mb MB ($(kv "$pe_x" articles) articles), one pass"
    echo "MB/s of CPU time (1 MB = 10^6 bytes); ratio = parallax / peer"
    echo
    printf "%-50s %10s %10s %8s\n" "extractors (MB/s, higher is better)" parallax peer ratio
    xrow "dates" "$(kv "$px_x" dates_mb_per_s)" "$(kv "$pe_x" dates_mb_per_s)"
    xrow "quotes" "$(kv "$px_x" quotes_mb_per_s)" -
    xrow "numbers" "$(kv "$px_x" numbers_mb_per_s)" -
    xrow "dates + quotes + numbers (target >= 100)" "$(kv "$px_x" together_mb_per_s)" \
         "$(kv "$pe_x" dates_mb_per_s)"
    xrow "  the same, first pass of each batch only" "$(kv "$px_x" together_first_mb_per_s)" \
         "$(kv "$pe_x" dates_mb_per_s)"
    xrow "dates found in the peer's sample" "$(kv "$px_s" dates_found)" "$(kv "$pe_x" dates_found)"
    xrow "prepare: ingest + clean + segment (MB/s)" "$(kv "$px_x" prepare_mb_per_s)" -
    xrow "metadata (MB/s)" "$(kv "$px_x" metadata_mb_per_s)" -
    xrow "entities, bundled gazetteer (MB/s)" "$(kv "$px_x" entities_mb_per_s)" -
    xrow "px_extract, everything (MB/s)" "$(kv "$px_x" whole_mb_per_s)" -
    xrow "px_extract, everything (us per article)" "$(kv "$px_x" whole_us_per_article)" -
  } >"$extract_table"
  if [ "$only" = extract ]; then
    only_table "dates, quotes and numbers" "$extract_table"
    exit 0
  fi
fi
if [ ! -s "$text" ] || [ ! -s "$text.stats" ] || [ ! -s "$text.spans" ]; then
  say "generating a $mb MB text"
  $py "$bench/gen-text.py" --gazetteer "$gaz" --mb "$mb" --corpus "$corpus" \
    --stats "$text.stats" --spans "$text.spans" -o "$text.tmp" && mv "$text.tmp" "$text"
fi
docs=$work/docs-$n_docs
if [ ! -d "$docs" ]; then
  say "copying the corpus into $n_docs documents"
  mkdir -p "$docs.tmp"
  articles=("$corpus"/*.txt)
  for i in $(seq 0 $((n_docs - 1))); do
    cp "${articles[i % ${#articles[@]}]}" "$docs.tmp/doc-$i.txt"
  done
  mv "$docs.tmp" "$docs"
fi

### The gazetteer: compile, cache, match (bench-match against the peer)
say "compiling the gazetteer (bundled + $names names)"
run_kv "$work/px-compile.txt" "$bench_match" compile "$work/match.pxg" "$bundled" "$gaz"
say "building the peer's automaton"
run_kv "$work/peer-build.txt" $py "$bench/peer-ahocorasick.py" build "$work/peer.pickle" \
  "$bundled" "$gaz"
# The machine's speed drifts by a third within minutes, and the three
# programs are never timed at the same moment: they run in turn, round
# after round, and each round's ratios compare runs a minute apart at most.
# The first round also checks, in a pass of its own, that each finds every
# name the generator planted, where it planted it: the speeds compare
# matchers that agree on those.
# A round's files: px-match.txt for the first, px-match-2.txt and on.
round_suffix() { if [ "$1" -gt 1 ]; then echo "-$1"; fi; }
for round in $(seq "$rounds"); do
  say "matching the text, round $round of $rounds ($repeat passes each)"
  suffix=$(round_suffix "$round") planted=(--planted "$text.spans")
  [ "$round" = 1 ] || planted=()
  run_kv "$work/px-match$suffix.txt" "$bench_match" match --repeat "$repeat" "${planted[@]}" \
    "$work/match.pxg" "$text" "$bundled" "$gaz"
  run_kv "$work/peer-match$suffix.txt" $py "$bench/peer-ahocorasick.py" match \
    --repeat "$repeat" "${planted[@]}" "$work/peer.pickle" "$text"
  run_kv "$work/peer-match-iter$suffix.txt" $py "$bench/peer-ahocorasick.py" match \
    --repeat "$repeat" --iter "${planted[@]}" "$work/peer.pickle" "$text"
done

### End to end: parallax extract
files=("$docs"/*.txt)
small=$corpus/rt-2023-05-16.txt
bundled_cache=$work/bundled.pxg
big_cache=$work/big.pxg
extract=("$parallax" extract --format json)
# Warm both caches, and check the output once.  bench-match compiled the
# same sources with the same options: its cache is the large one's.
cp "$work/match.pxg" "$big_cache"
"${extract[@]}" --gazetteer-cache "$bundled_cache" "$small" >/dev/null
"${extract[@]}" --gazetteer "$gaz" --gazetteer-cache "$big_cache" "${files[@]}" >"$work/extract.json"
n_out=$($py -c 'import json, sys; d = json.load(open(sys.argv[1])); print(len(d) if isinstance(d, list) else 1)' \
          "$work/extract.json")
if [ "$n_out" != "$n_docs" ]; then
  say "parallax extract reported $n_out documents, not $n_docs"
  exit 1
fi
say "extract over $n_docs documents"
best_ms "$repeat" cat "${files[@]}"
cat_ms=$cpu cat_wall=$wall
best_ms "$repeat" "${extract[@]}" --gazetteer-cache "$bundled_cache" "${files[@]}"
ex_ms=$cpu ex_wall=$wall
best_ms "$repeat" "${extract[@]}" --gazetteer "$gaz" --gazetteer-cache "$big_cache" \
  "${files[@]}"
exbig_ms=$cpu exbig_wall=$wall
say "start-up on one small file"
best_ms 5 "${extract[@]}" --gazetteer-cache "$bundled_cache" "$small"
sbw=$cpu sbw_wall=$wall
best_ms 5 "${extract[@]}" --no-gazetteer-cache "$small"
sbc=$cpu sbc_wall=$wall
best_ms 5 "${extract[@]}" --gazetteer "$gaz" --gazetteer-cache "$big_cache" "$small"
sgw=$cpu sgw_wall=$wall
# Compiling the large list at each start is slow: one run.
best_ms 1 "${extract[@]}" --gazetteer "$gaz" --no-gazetteer-cache "$small"
sgc=$cpu sgc_wall=$wall
{
  echo "## end to end: CPU ms / wall ms, fastest of $repeat (start-up: of 5; without cache: 1)"
  echo "cat $cat_ms / $cat_wall; extract bundled $ex_ms / $ex_wall;" \
       "extract + large list $exbig_ms / $exbig_wall"
  echo "start bundled: cache $sbw / $sbw_wall, none $sbc / $sbc_wall"
  echo "start + large list: cache $sgw / $sgw_wall, none $sgc / $sgc_wall"
} >>"$log"

### The table
px_c=$work/px-compile.txt px_m=$work/px-match.txt
pe_c=$work/peer-build.txt pe_m=$work/peer-match.txt pe_i=$work/peer-match-iter.txt
docs_per_s() { awk -v n="$n_docs" -v ms="$1" 'BEGIN { printf "%.0f", n / (ms / 1000) }'; }
mib() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
bytes_mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
row() {
  awk -v m="$1" -v a="$2" -v b="$3" 'BEGIN {
    r = (b + 0 > 0 && a != "-") ? sprintf(a / b < 0.1 ? "%.2g" : "%.2f", a / b) : "-"
    printf "%-46s %12s %12s %8s\n", m, a, b, r }'
}
# The throughputs of the rounds' files $1 (px-match...) and $2 (a
# peer's), and the ratio of each round: "median (lowest to highest)" of
# each, and the ratios listed, as "px|peer|ratio|list".
rounds_of() {
  local r px=() pe=()
  for r in $(seq "$rounds"); do
    px+=("$(kv "$work/$1$(round_suffix "$r").txt" mb_per_s)")
    pe+=("$(kv "$work/$2$(round_suffix "$r").txt" mb_per_s)")
  done
  awk -v px="${px[*]}" -v pe="${pe[*]}" '
    function median(a, n,   i, j, t) {
      for (i = 2; i <= n; i++)
        for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    function spread(a, n, fmt,   m) {
      m = median(a, n)          # sorts a
      return sprintf(fmt " (" fmt " to " fmt ")", m, a[1], a[n])
    }
    BEGIN {
      n = split(px, x, " "); split(pe, y, " ")
      list = ""
      for (i = 1; i <= n; i++) {
        r[i] = x[i] / y[i]
        list = list (i > 1 ? ", " : "") sprintf("%.2f", r[i])
      }
      printf "%s|%s|%s|%s\n", spread(x, n, "%.1f"), spread(y, n, "%.1f"), spread(r, n, "%.2f"), list
    }'
}
table() {
  echo "parallax benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
       "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
       "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "gazetteer: bundled + $names generated names ($(kv "$px_c" entities) entities," \
       "$(kv "$px_c" names) names); text: $(bytes_mib "$(kv "$px_m" text_bytes)") MiB," \
       "$(kv "$text.stats" planted) gazetteer names planted"
  echo "peer: pyahocorasick $(dpkg-query -W -f '${Version}' python3-ahocorasick 2>/dev/null)" \
       "(Python $($py -c 'import platform; print(platform.python_version())')); end to end: cat"
  echo "times are CPU time (user + system), the fastest of $repeat; ratio = parallax / peer"
  echo
  printf "%-46s %12s %12s %8s\n" measure parallax peer ratio
  row "compile from sources (ms, lower is better)" "$(kv "$px_c" compile_ms)" "$(kv "$pe_c" compile_ms)"
  row "  of which hashing the sources (ms)" "$(kv "$px_c" hash_ms)" -
  row "compile peak RSS (MiB)" "$(mib "$(kv "$px_c" peak_rss_kb)")" "$(mib "$(kv "$pe_c" peak_rss_kb)")"
  row "save cache / pickle (ms)" "$(kv "$px_c" save_ms)" "$(kv "$pe_c" save_ms)"
  row "cache / pickle size (MiB)" "$(bytes_mib "$(kv "$px_c" cache_bytes)")" \
      "$(bytes_mib "$(kv "$pe_c" cache_bytes)")"
  row "open cache: map + check / unpickle (ms)" "$(kv "$px_m" open_ms)" "$(kv "$pe_m" open_ms)"
  row "  plus hashing the sources (ms)" "$(kv "$px_m" hash_ms)" -
  row "warm start: stamp, open, first line (ms)" "$(kv "$px_m" warm_start_ms)" -
  row "match throughput (MB/s, higher is better)" "$(kv "$px_m" mb_per_s)" "$(kv "$pe_m" mb_per_s)"
  row "  the peer reading every match (iter)" "$(kv "$px_m" mb_per_s)" "$(kv "$pe_i" mb_per_s)"
  row "matches found (planted: $(kv "$text.stats" planted))" "$(kv "$px_m" matches)" \
      "$(kv "$pe_m" matches)"
  row "  the peer reading every match (iter)" "$(kv "$px_m" matches)" "$(kv "$pe_i" matches)"
  row "planted names found where planted" "$(kv "$px_m" planted_found)" "$(kv "$pe_m" planted_found)"
  row "  the peer reading every match (iter)" "$(kv "$px_m" planted_found)" \
      "$(kv "$pe_i" planted_found)"
  if [ "$rounds" -gt 1 ]; then
    local peer file line
    echo
    echo "matching, $rounds rounds in turn: median (lowest to highest) of the rounds' MB/s," \
         "and of each round's ratio"
    for peer in "iter_long:peer-match" "iter:peer-match-iter"; do
      file=${peer#*:}
      IFS='|' read -r -a line < <(rounds_of px-match "$file")
      echo "  parallax ${line[0]}; the peer, ${peer%%:*}, ${line[1]}"
      echo "    ratio ${line[2]}; by round: ${line[3]}"
    done
    echo
  fi
  row "match peak RSS (MiB)" "$(mib "$(kv "$px_m" peak_rss_kb)")" "$(mib "$(kv "$pe_m" peak_rss_kb)")"
  echo
  printf "%-46s %12s %12s %8s\n" "end to end (peer: cat / no cache)" parallax peer ratio
  row "extract json, $n_docs docs, bundled (docs/s)" "$(docs_per_s "$ex_ms")" "$(docs_per_s "$cat_ms")"
  row "extract json, $n_docs docs, + large list (docs/s)" "$(docs_per_s "$exbig_ms")" \
      "$(docs_per_s "$cat_ms")"
  row "start, 1 file, bundled: cache / none (ms)" "$sbw" "$sbc"
  row "start, 1 file, large list: cache / none (ms)" "$sgw" "$sgc"
}
{ table
  for part in "$reuse_table" "$compare_table" "$extract_table"; do
    if [ -s "$part" ]; then echo; cat "$part"; fi
  done; } | tee "$bench/results/latest.txt"
{ echo; echo "raw figures:"; cat "$log"; } >>"$bench/results/latest.txt"
say "written to $bench/results/latest.txt"
# parallax and the peer as specified (iter) must find every planted name;
# iter_long's longest match may end inside a word and hide one ("the bmj"
# in "the BMJGR"; docs/bench.md), which is said, not a failure.
for f in "$px_m" "$pe_i"; do
  if [ "$(kv "$f" planted_found)" != "$(kv "$f" planted)" ]; then
    say "$(basename "$f" .txt) did not find every planted name: the speeds do not compare"
    exit 1
  fi
done
if [ "$(kv "$pe_m" planted_found)" != "$(kv "$pe_m" planted)" ]; then
  say "the peer's iter_long found $(kv "$pe_m" planted_found) of $(kv "$pe_m" planted) planted names"
fi
[ "$reuse_status" = 0 ] || exit "$reuse_status"
exit "$compare_status"
