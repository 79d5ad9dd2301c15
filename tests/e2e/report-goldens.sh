#!/bin/sh
# report-goldens.sh: `parallax compare` on the bundled corpus (KCNA the
# primary) writes, byte for byte, the text, Markdown and JSON reports kept in
# tests/e2e/golden/: same inputs, same bytes, and any change to what the
# reports say shows up as a diff to review.
#
# When a change is meant (the engine's numbers, a rules file, the
# wording), regenerate them all with one command from the build tree:
#
#   make update-goldens
#
# which runs this script with PX_UPDATE_GOLDENS=1: it then writes the
# golden files instead of comparing, and the diff goes into the commit.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

GOLDEN=$TOP_SRCDIR/tests/e2e/golden
# Fixed width, no colour: what a pipe gets; a fixed run date (the
# reproducible-builds convention), so the header is the same every day.
NO_COLOR=1 COLUMNS=100 SOURCE_DATE_EPOCH=1737331200
export NO_COLOR COLUMNS SOURCE_DATE_EPOCH

# Relative names, so the reports (which name the files as given) do not
# depend on where the tree is.
cd "$CORPUS" || exit 1
# The outlets and publication dates of the corpus README, as an analyst
# at a terminal gives them.
set -- --primary kcna-2025-01-20.txt \
  -p kcna-2025-01-20.txt=2025-01-20 --outlet kcna-2025-01-20.txt=KCNA \
  -p firstpost-2025-01-20.txt=2025-01-20 --outlet firstpost-2025-01-20.txt=Firstpost \
  -p hotaaj-2025-01.txt=2025-01 --outlet hotaaj-2025-01.txt=hotaaj.com \
  -p rt-2023-05-16.txt=2023-05-16 --outlet rt-2023-05-16.txt=RT \
  -p washingtontimes-2025-01-20.txt=2025-01-20 \
  --outlet "washingtontimes-2025-01-20.txt=The Washington Times" \
  firstpost-2025-01-20.txt hotaaj-2025-01.txt rt-2023-05-16.txt washingtontimes-2025-01-20.txt

for format in text md json; do
  golden=$GOLDEN/compare-corpus.$format
  expect_status 0 "compare the corpus as $format" -- \
    "$PARALLAX" compare --format $format -o "$WORK/out.$format" "$@" || continue
  if [ "${PX_UPDATE_GOLDENS:-0}" = 1 ]; then
    cp "$WORK/out.$format" "$golden" && pass "updated $golden" || fail "cannot write $golden"
  elif cmp -s "$WORK/out.$format" "$golden"; then
    pass "$format report matches $golden"
  else
    fail "$format report differs from $golden (make update-goldens if meant):
$(diff -u "$golden" "$WORK/out.$format" | head -40)"
  fi
done

# Standard output, piped, is the same report as -o writes.
"$PARALLAX" compare --format text "$@" >"$WORK/piped.text" 2>"$WORK/err"
cmp -s "$WORK/piped.text" "$WORK/out.text" && pass "piped text is the -o text" \
  || fail "piped text differs from -o text"
grep -q "$(printf '\033')" "$WORK/piped.text" && fail "colour codes in piped text" \
  || pass "no colour codes when piped"
finish
