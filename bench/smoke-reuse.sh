#!/bin/bash
# smoke-reuse.sh: bench-reuse on a few generated clusters, so that make
# check catches a benchmark that no longer builds, runs or agrees with its
# brute-force oracle.  The timed sizes are make bench's (docs/bench.md).
set -eu
py=/usr/bin/python3
if [ ! -x "$py" ]; then
  echo "smoke-reuse.sh: no $py, skipped"
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/px-smoke-reuse.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$py" "$TOP_SRCDIR/bench/gen-clusters.py" --docs 120 --seed 3 --words 300 -o "$work" 2>/dev/null
# bench-reuse exits 1 when recall, precision or the oracle fall short.
"$TOP_BUILDDIR/bench/bench-reuse" --threads 2 --sizes 60,120 --oracle 80 "$work"
