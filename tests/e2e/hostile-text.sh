# hostile-text.sh: texts that are valid but built to hurt: huge, one line,
# full of quotes, quotes nested thousands deep or never closed, UTF-16 in
# either byte order.  Each is read (or refused with one clear line) without
# a crash, in bounded memory; docs/robustness.md lists the outcomes.  The
# largest sizes (a 10 MB line through extract, 100,000 quotes through
# extract, a gigabyte of text) are in tests/stress/stress.sh.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

# UTF-16 big-endian with its byte-order mark, like the little-endian case
# of bad-input.sh.
printf '\376\377\000J\000a\000p\000a\000n\000\n' >"$WORK/utf16be.txt"
expect_status 3 "UTF-16 big-endian with a byte-order mark" -- "$PARALLAX" inspect "$WORK/utf16be.txt"
expect_stderr 'utf16be\.txt: .*UTF-16' "UTF-16 big-endian"

# A gigabyte (sparse: no disk used) is refused by the size limit before a
# byte of it is read, and the message says how to raise the limit.
if truncate -s 1G "$WORK/giga.txt" 2>/dev/null; then
  expect_status 3 "a 1 GB file" -- "$PARALLAX" extract -o "$WORK/giga.json" "$WORK/giga.txt"
  expect_stderr 'giga\.txt: .*(larger|limit).*--max-input-size' "a 1 GB file"
  [ ! -e "$WORK/giga.json" ] && pass "a 1 GB file: no output" || fail "a 1 GB file: output written"
fi

# One line of 10 MB, a capture without line breaks: read as one paragraph
# of 120,000 sentences.
python3 "$TOP_SRCDIR/tests/data/make-hostile.py" "$WORK" line-10m line-1m line-cut
expect_status 0 "a 10 MB single line (inspect)" -- "$PARALLAX" inspect -f json "$WORK/line-10m.txt"
n=$(json_get '.sentences | length' "$WORK/out")
[ "$n" -gt 100000 ] && pass "a 10 MB single line: $n sentences" || fail "10 MB line: $n sentences"
expect_status 0 "a 1 MB single line (extract)" -- \
  "$PARALLAX" extract -f json -o "$WORK/line-1m.json" "$WORK/line-1m.txt"
n=$(json_get '[.entities[] | select(.id == "japan") | .mentions[]] | length' "$WORK/line-1m.json")
[ "$n" -gt 10000 ] && pass "a 1 MB single line: $n mentions of Japan" || fail "1 MB line: $n mentions"
expect_status 3 "a 10 MB single line cut mid-sentence" -- "$PARALLAX" inspect "$WORK/line-cut.txt"
expect_stderr 'line-cut\.txt: no story text found' "a 10 MB line with no sentence end"

# Quotes: 100,000 of them (read and segmented), 10,000 through extract,
# thousands of levels of nesting, thousands never closed.
python3 "$TOP_SRCDIR/tests/data/make-hostile.py" "$WORK" quotes-100k quotes-10k nested \
  nested-ascii unbalanced closing
expect_status 0 "100,000 quotes (inspect)" -- "$PARALLAX" inspect -f json "$WORK/quotes-100k.txt"
n=$(json_get '.sentences | length' "$WORK/out")
[ "$n" -ge 100000 ] && pass "100,000 quotes: $n sentences" || fail "100,000 quotes: $n sentences"
expect_status 0 "10,000 quotes (extract)" -- "$PARALLAX" extract -f json "$WORK/quotes-10k.txt"
n=$(json_get '.quotes | length' "$WORK/out")
[ "$n" -eq 10000 ] && pass "10,000 quotes found" || fail "10,000 quotes: $n found"
for f in nested nested-ascii unbalanced closing; do
  expect_status 0 "$f quotes (extract)" -- "$PARALLAX" extract -f json "$WORK/$f.txt" || continue
  json_get '.quotes[] | .start < .end' "$WORK/out" | grep -qv true \
    && fail "$f: a quote with an empty span" || pass "$f: every quote has text"
done

finish
