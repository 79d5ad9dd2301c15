#!/bin/bash
# smoke-match.sh: bench-match on the bundled gazetteer and the corpus
# repeated past three of the pieces it reads the text in (4 MiB), so that
# make check catches a benchmark that no longer builds or runs, or that
# loses or cuts lines at a piece's end: the repeated text must give the
# single text's matches as many times as it repeats it.  Then on a small
# generated gazetteer and text, where it must find every planted name
# where it was planted (--planted), as the full benchmark requires.
set -eu
work=$(mktemp -d "${TMPDIR:-/tmp}/px-smoke-match.XXXXXX")
trap 'rm -rf "$work"' EXIT
bench_match=$TOP_BUILDDIR/bench/bench-match
gazetteer=$TOP_SRCDIR/data/gazetteer
for f in "$TOP_SRCDIR"/data/corpus/*.txt; do
  cat "$f"
  echo
done >"$work/one.txt"
copies=0
while [ "$(stat -c %s "$work/many.txt" 2>/dev/null || echo 0)" -le $((13 << 20)) ]; do
  cat "$work/one.txt" >>"$work/many.txt"
  copies=$((copies + 1))
done
"$bench_match" compile "$work/g.pxg" "$gazetteer" >"$work/compile.txt"
kv() { sed -n "s/^$2=//p" "$1"; }
"$bench_match" match "$work/g.pxg" "$work/one.txt" "$gazetteer" >"$work/one.out"
"$bench_match" match "$work/g.pxg" "$work/many.txt" "$gazetteer" >"$work/many.out"
one=$(kv "$work/one.out" matches)
many=$(kv "$work/many.out" matches)
bytes=$(kv "$work/many.out" text_bytes)
echo "one copy: $one matches; $copies copies: $many matches, $bytes bytes"
if [ "$one" -eq 0 ] || [ "$many" -ne $((one * copies)) ]; then
  echo "smoke-match.sh: expected $((one * copies)) matches" >&2
  exit 1
fi
if [ "$bytes" -ne "$(stat -c %s "$work/many.txt")" ]; then
  echo "smoke-match.sh: bench-match read $bytes bytes, not the whole text" >&2
  exit 1
fi

py=/usr/bin/python3
if [ ! -x "$py" ]; then
  echo "smoke-match.sh: no $py, the generated text skipped"
  exit 0
fi
"$py" "$TOP_SRCDIR/bench/gen-gazetteer.py" --names 20000 -o "$work/names.tsv" 2>/dev/null
"$py" "$TOP_SRCDIR/bench/gen-text.py" --gazetteer "$work/names.tsv" --mb 1 \
  --corpus "$TOP_SRCDIR/data/corpus" --spans "$work/text.spans" -o "$work/text.txt" 2>/dev/null
"$bench_match" compile "$work/n.pxg" "$gazetteer" "$work/names.tsv" >/dev/null
"$bench_match" match --planted "$work/text.spans" "$work/n.pxg" "$work/text.txt" \
  "$gazetteer" "$work/names.tsv" >"$work/planted.out"
planted=$(kv "$work/planted.out" planted)
found=$(kv "$work/planted.out" planted_found)
echo "generated text: $found of $planted planted names found where planted"
if [ "$planted" -eq 0 ] || [ "$found" -ne "$planted" ]; then
  echo "smoke-match.sh: a planted name was not found" >&2
  exit 1
fi
