# bad-input.sh: what is not a readable text file gets one clear line on
# stderr naming the file and the problem, the documented exit status
# (docs/exit-status.md), and no output file, partial or otherwise.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

# refused FILE PATTERN WHAT [OPTION...]: inspect fails with status 3, one line
# matching PATTERN, and -o leaves neither a new file nor a changed old one.
refused () {
  file=$1 pattern=$2 what=$3
  shift 3
  rm -f "$WORK/new.json"
  expect_status 3 "$what" -- "$PARALLAX" inspect "$@" -f json -o "$WORK/new.json" "$file" || return
  expect_stderr "$pattern" "$what"
  [ ! -e "$WORK/new.json" ] && pass "$what: no output file" || fail "$what: output file written"
  echo previous >"$WORK/old.json"
  "$PARALLAX" inspect "$@" -f json -o "$WORK/old.json" "$file" 2>/dev/null
  [ "$(cat "$WORK/old.json")" = previous ] && pass "$what: existing output untouched" \
    || fail "$what: existing output clobbered"
}

: >"$WORK/empty.txt"
refused "$WORK/empty.txt" 'empty\.txt: .*empty' "empty file"

printf ' \n\t\n  \r\n' >"$WORK/blank.txt"
refused "$WORK/blank.txt" 'blank\.txt: .*(blank|whitespace|empty)' "whitespace only"

mkdir "$WORK/dir.txt"
refused "$WORK/dir.txt" 'dir\.txt: .*directory' "a directory"

refused "$WORK/missing.txt" 'missing\.txt: .*(No such file|not exist|no such file)' "a missing file"

printf '\200Japan opened a mission.\n' >"$WORK/bad-start.txt"
refused "$WORK/bad-start.txt" 'bad-start\.txt: invalid UTF-8 at byte 0' "invalid UTF-8 at the start"

printf 'Japan opened\n a \303\050mission.\n' >"$WORK/bad-middle.txt"
refused "$WORK/bad-middle.txt" 'bad-middle\.txt: .*UTF-8.*(byte|offset) 16' "invalid UTF-8 in the middle"

printf 'Japan opened a mission.\n\342\200' >"$WORK/bad-end.txt"
refused "$WORK/bad-end.txt" 'bad-end\.txt: .*UTF-8.*(byte|offset) 24' "truncated UTF-8 at the end"

printf 'Japan opened a mission.\000\001\002binary\n' >"$WORK/nul.txt"
refused "$WORK/nul.txt" 'nul\.txt: .*NUL.*(byte|offset) 23' "a NUL byte"

head -c 4096 /bin/sh >"$WORK/binary.bin"
refused "$WORK/binary.bin" 'binary\.bin: ' "binary data"

printf '\377\376J\000a\000p\000a\000n\000\n\000' >"$WORK/utf16.txt"
refused "$WORK/utf16.txt" 'utf16\.txt: .*UTF-16' "UTF-16 with a byte-order mark"

# 200 MB: refused by the default limit without being read, and the limit is
# the user's to raise.
truncate -s 200M "$WORK/huge.txt"
refused "$WORK/huge.txt" 'huge\.txt: .*(larger|limit|too large).*--max-input-size' "a 200 MB file"
expect_status 3 "200 MB under a raised limit is read (and its NULs refused)" -- \
  "$PARALLAX" inspect --max-input-size 300M "$WORK/huge.txt"
expect_stderr 'huge\.txt: .*NUL.*(byte|offset) 0' "200 MB read under a raised limit"

# Unreadable: root reads anything, so drop to nobody when running as root.
printf 'Japan opened a mission.\n' >"$WORK/secret.txt"
chmod 000 "$WORK/secret.txt"
if [ "$(id -u)" -ne 0 ]; then
  refused "$WORK/secret.txt" 'secret\.txt: .*[Pp]ermission denied' "an unreadable file"
elif command -v setpriv >/dev/null && chmod o+rx "$WORK" \
     && setpriv --reuid=65534 --regid=65534 --clear-groups "$PARALLAX" --version >/dev/null 2>&1; then
  expect_status 3 "an unreadable file (as nobody)" -- \
    setpriv --reuid=65534 --regid=65534 --clear-groups "$PARALLAX" inspect "$WORK/secret.txt"
  expect_stderr 'secret\.txt: .*[Pp]ermission denied' "an unreadable file (as nobody)"
else
  echo "SKIP: an unreadable file: running as root and cannot run the program as nobody"
fi

# A capture that is only page chrome has no story to compare.
printf '27.1 C\nSunday, June 4, 2023\n\nSupport Us\nRelated Stories\n' >"$WORK/chrome.txt"
refused "$WORK/chrome.txt" 'chrome\.txt: no story text found' "only page chrome"

# Usage errors: status 2 and a pointer to --help.
expect_status 2 "no command" -- "$PARALLAX"
expect_status 2 "unknown command" -- "$PARALLAX" frobnicate
expect_status 2 "inspect without a file" -- "$PARALLAX" inspect
expect_status 2 "unknown format" -- "$PARALLAX" inspect -f yaml "$CORPUS/kcna-2025-01-20.txt"
expect_status 2 "bad size" -- "$PARALLAX" inspect --max-input-size lots "$CORPUS/kcna-2025-01-20.txt"
expect_status 2 "unknown option" -- "$PARALLAX" inspect --frobnicate "$CORPUS/kcna-2025-01-20.txt"
expect_status 0 "--help" -- "$PARALLAX" --help
expect_status 0 "inspect --help" -- "$PARALLAX" inspect --help
grep -q 'max-input-size' "$WORK/out" && pass "inspect --help lists options" || fail "inspect --help"
expect_status 0 "--version" -- "$PARALLAX" --version
grep -Eq '^parallax [0-9]+\.[0-9]+' "$WORK/out" && pass "version line" || fail "version: $(cat "$WORK/out")"

# An output over an input is refused, and the input survives.
cp "$CORPUS/kcna-2025-01-20.txt" "$WORK/kcna.txt"
expect_status 5 "output over the input" -- "$PARALLAX" inspect -o "$WORK/kcna.txt" "$WORK/kcna.txt"
cmp -s "$WORK/kcna.txt" "$CORPUS/kcna-2025-01-20.txt" && pass "input intact" || fail "input overwritten"

# A missing output directory: status 5, nothing created.
expect_status 5 "output into a missing directory" -- \
  "$PARALLAX" inspect -o "$WORK/no/such/dir/out.json" "$CORPUS/kcna-2025-01-20.txt"
[ ! -e "$WORK/no" ] && pass "no directory created" || fail "directory created"

# A directory that takes no new files is not a missing directory.
if [ -e /proc/version ]; then
  expect_status 5 "output into /proc" -- "$PARALLAX" inspect -o /proc/version "$CORPUS/kcna-2025-01-20.txt"
  expect_stderr '^parallax: /proc/version: cannot write: cannot create a file in directory /proc$' \
    "output into /proc"
fi

finish
