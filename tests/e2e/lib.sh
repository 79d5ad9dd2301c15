# lib.sh: what the end-to-end tests share.  Sourced, never run.
#
# The harness (tests/local.mk) exports PARALLAX (the built program),
# TOP_SRCDIR and TOP_BUILDDIR.  Each test runs in a fresh temporary
# directory, removed on exit.

set -u

: "${PARALLAX:?run through make check}"
: "${TOP_SRCDIR:?run through make check}"
CORPUS="$TOP_SRCDIR/data/corpus"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/parallax-test.XXXXXX")
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
# The compiled gazetteer cache goes here, never into the user's home.
XDG_CACHE_HOME="$WORK/cache"
export XDG_CACHE_HOME
failures=0

fail () {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

pass () {
  echo "ok: $*"
}

# expect_status WANT DESCRIPTION -- COMMAND...: runs COMMAND, keeping its
# stdout and stderr in $WORK/out and $WORK/err.
expect_status () {
  want=$1 what=$2
  shift 3
  "$@" >"$WORK/out" 2>"$WORK/err"
  got=$?
  if [ "$got" -ne "$want" ]; then
    fail "$what: exit status $got, expected $want; stderr: $(head -c 400 "$WORK/err")"
    return 1
  fi
  pass "$what (exit $got)"
}

# expect_stderr PATTERN DESCRIPTION: the last command's stderr is exactly one
# line and matches PATTERN (a grep -E expression).
expect_stderr () {
  lines=$(wc -l <"$WORK/err")
  if [ "$lines" -ne 1 ]; then
    fail "$2: expected one line on stderr, got $lines: $(head -c 400 "$WORK/err")"
  elif ! grep -Eq -- "$1" "$WORK/err"; then
    fail "$2: stderr does not match /$1/: $(cat "$WORK/err")"
  else
    pass "$2: $(cat "$WORK/err")"
  fi
}

# json_get FILTER FILE: jq, failing the test when jq fails.
json_get () {
  jq -r "$1" "$2" || fail "jq '$1' on $2"
}

# bytes FILE START END: the bytes [START, END) of FILE.
bytes () {
  tail -c +"$(($2 + 1))" "$1" | head -c "$(($3 - $2))"
}

finish () {
  if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
  fi
  exit 0
}
