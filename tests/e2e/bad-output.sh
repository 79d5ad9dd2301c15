# bad-output.sh: outputs that cannot be written, for every command that
# writes one (inspect -o, extract -o, compare -o, a run's outputs): a full
# disk (simulated with a file size limit, ulimit -f), a read-only
# directory, an output over an input.  Each gets status 5 and one line
# naming the output, and leaves no partial file and no stray temporary file
# beside it, and an existing output as it was.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

cp "$CORPUS/kcna-2025-01-20.txt" "$CORPUS/rt-2023-05-16.txt" "$WORK/"
mkdir "$WORK/out.d"
cd "$WORK" || exit 1
KCNA=kcna-2025-01-20.txt RT=rt-2023-05-16.txt
cat >run.yaml <<'YAML'
version: 1
title: outputs
sources:
  - path: kcna-2025-01-20.txt
    outlet: KCNA
    role: primary
  - path: rt-2023-05-16.txt
    outlet: RT
outputs:
  - format: html
    path: out.d/run.html
  - format: json
    path: out.d/run.json
YAML

# untouched WHAT FILE...: each FILE still says "previous", and out.d holds
# no temporary file.
untouched () {
  what=$1
  shift
  for f in "$@"; do
    [ "$(cat "$f")" = previous ] && pass "$what: $f untouched" || fail "$what: $f changed"
  done
  stray=$(ls -A out.d | grep '^\.' || true)
  [ -z "$stray" ] && pass "$what: no temporary file left" || fail "$what: left $stray"
}

# A file size limit of 16 blocks (8 KiB with dash, 16 KiB with bash):
# every report here is larger.  SIGXFSZ is ignored by the program, so the
# write fails with EFBIG instead of killing it.
limited () {
  sh -c 'ulimit -f 16 && exec "$@"' sh "$@"
}
for cmd in inspect extract compare; do
  echo previous >"out.d/$cmd.json"
  case $cmd in
    compare) args="compare -f json -o out.d/$cmd.json $KCNA $RT" ;;
    *) args="$cmd -f json -o out.d/$cmd.json $KCNA $RT" ;;
  esac
  # shellcheck disable=SC2086
  expect_status 5 "$cmd -o over the file size limit" -- limited "$PARALLAX" $args || continue
  expect_stderr "^parallax: out\\.d/$cmd\\.json: cannot write: file too large" "$cmd -o, file too large"
  untouched "$cmd -o, file too large" "out.d/$cmd.json"
done
echo previous >out.d/run.html
echo previous >out.d/run.json
if expect_status 5 "run over the file size limit" -- limited "$PARALLAX" run run.yaml; then
  expect_stderr '^parallax: .*out\.d/run\.(html|json): cannot write: file too large' "run, file too large"
  untouched "run, file too large" out.d/run.html out.d/run.json
fi
expect_status 5 "extract to standard output over the file size limit" -- \
  sh -c 'ulimit -f 16 && exec "$0" extract -f json "$1" >out.d/stdout.json' "$PARALLAX" "$KCNA"
expect_stderr '^parallax: standard output: cannot write: file too large' "extract to a full standard output"

# A read-only directory: root writes anywhere, so drop to nobody.
chmod 555 out.d
if [ "$(id -u)" -ne 0 ]; then
  as_user=
elif command -v setpriv >/dev/null && chmod o+rx "$WORK" && chmod o+r "$KCNA" "$RT" run.yaml \
     && setpriv --reuid=65534 --regid=65534 --clear-groups "$PARALLAX" --version >/dev/null 2>&1; then
  as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
else
  as_user=none
fi
if [ "$as_user" = none ]; then
  echo "SKIP: a read-only directory: running as root and cannot run the program as nobody"
else
  for cmd in inspect extract compare; do
    # shellcheck disable=SC2086
    expect_status 5 "$cmd -o into a read-only directory" -- \
      env XDG_CACHE_HOME="$WORK/ro-cache" $as_user "$PARALLAX" $cmd -f json -o "out.d/$cmd.json" "$KCNA" "$RT" \
      || continue
    expect_stderr "^parallax: out\\.d/$cmd\\.json: cannot write: permission denied" \
      "$cmd -o into a read-only directory"
    untouched "$cmd -o into a read-only directory" "out.d/$cmd.json"
  done
  # shellcheck disable=SC2086
  if expect_status 5 "run into a read-only directory" -- \
       env XDG_CACHE_HOME="$WORK/ro-cache" $as_user "$PARALLAX" run run.yaml; then
    expect_stderr '^parallax: .*out\.d/run\.(html|json): cannot write: permission denied' \
      "run into a read-only directory"
    untouched "run into a read-only directory" out.d/run.html out.d/run.json
  fi
fi
chmod 755 out.d

# An output over an input, for each command that takes -o.
cp "$KCNA" keep.txt
for cmd in extract compare; do
  expect_status 5 "$cmd -o over an input" -- "$PARALLAX" $cmd -o "$KCNA" "$KCNA" "$RT" || continue
  expect_stderr "^parallax: $KCNA: refusing to overwrite an input file" "$cmd -o over an input"
  cmp -s "$KCNA" keep.txt && pass "$cmd -o over an input: input intact" || fail "$cmd: input overwritten"
done
# A device or a pipe (-o /dev/null, -o /dev/stdout) is written to, never
# replaced by a file.  Tried on a pipe here, where a mistake costs nothing.
if mkfifo pipe 2>/dev/null; then
  for cmd in extract inspect; do
    cat pipe >"from-pipe.$cmd" &
    expect_status 0 "$cmd -o a named pipe" -- "$PARALLAX" $cmd -o pipe "$KCNA"
    # Had parallax failed before opening the pipe, the reader would wait
    # for a writer for ever: opening and closing it once more ends that.
    exec 3<>pipe
    exec 3>&-
    wait
    [ -p pipe ] && pass "$cmd -o a named pipe: still a pipe" || fail "$cmd: the pipe was replaced"
    "$PARALLAX" $cmd "$KCNA" | cmp -s - "from-pipe.$cmd" && pass "$cmd -o a named pipe: the report" \
      || fail "$cmd -o a named pipe: another output"
  done
fi
ln -s "$KCNA" link.txt
expect_status 5 "extract -o over an input through a link" -- "$PARALLAX" extract -o link.txt "$KCNA"
cmp -s "$KCNA" keep.txt && pass "input intact through a link" || fail "input overwritten through a link"

finish
