# run-corpus.sh: `parallax run` on the bundled run file writes every report
# it lists, and bad run files are refused with every problem named.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

RUN=$CORPUS/kcna-japan-nato.yaml

expect_status 0 "run --check" -- "$PARALLAX" run --check "$RUN"
grep -q 'OK: 5 sources (one primary), 3 outputs; the run file is well formed and every source file exists$' \
  "$WORK/out" && pass "check summary" || fail "check: $(cat "$WORK/out")"
grep -qi 'compare\|consensus' "$WORK/out" && fail "check claims a comparison" || pass "check claims no comparison"
expect_status 0 "run --help" -- "$PARALLAX" run --help
grep -Eq '^  parallax run \[OPTION.*\] RUN\.yaml$' "$WORK/out" && pass "usage puts the command first" \
  || fail "usage line: $(sed -n 2p "$WORK/out")"

mkdir "$WORK/out-dir"
expect_status 0 "run the corpus" -- "$PARALLAX" run --output-dir "$WORK/out-dir" "$RUN"
for f in kcna-japan-nato.html kcna-japan-nato.json kcna-japan-nato.md; do
  [ -s "$WORK/out-dir/$f" ] && pass "wrote $f" || fail "missing $f"
done
json=$WORK/out-dir/kcna-japan-nato.json
[ "$(jq '.documents | length' "$json")" = 5 ] && pass "five documents" || fail "documents in $json"
[ "$(jq -r '[.documents[] | select(.role == "primary") | .outlet] | join(",")' "$json")" = KCNA ] \
  && pass "KCNA is the primary" || fail "primary in $json"
[ "$(jq -r '.documents[] | select(.outlet == "RT") | .published' "$json")" = 2023-05-16 ] \
  && pass "RT's publication date from the run file" || fail "RT date"
html=$WORK/out-dir/kcna-japan-nato.html
grep -q 'Content-Security-Policy' "$html" && pass "HTML has a CSP" || fail "HTML lacks a CSP"
grep -qi '<script' "$html" && fail "HTML carries a script" || pass "HTML has no script"
grep -Eqi '(src|href)="https?:' "$html" && fail "HTML loads from the network" || pass "HTML is self-contained"
grep -q 'more-from-list' "$html" && pass "HTML shows trimmed chrome with its rule" || fail "HTML chrome appendix"

# A run file with several problems: all of them, each at file:line:column.
mkdir "$WORK/bad"
cp "$CORPUS/kcna-2025-01-20.txt" "$WORK/bad/a.txt"
cat >"$WORK/bad/run.yaml" <<'YAML'
title: broken
colour: blue
sources:
  - path: a.txt
    outlet: KCNA
    role: primary
  - path: a.txt
    outlet: KCNA again
    role: primary
    published: 2025-02-30
  - path: nowhere.txt
    outlet: Nobody
outputs:
  - format: pdf
    path: out.pdf
YAML
expect_status 4 "broken run file" -- "$PARALLAX" run "$WORK/bad/run.yaml"
for want in "run.yaml:2:1: unknown key 'colour'" "run.yaml:7:5: a second primary" \
            "run.yaml:10:16: published '2025-02-30'" "run.yaml:11:11: .*nowhere.txt" \
            "run.yaml:14:13: format 'pdf'"; do
  grep -Eq "$want" "$WORK/err" && pass "reports: $want" || fail "missing '$want' in: $(cat "$WORK/err")"
done

# Anchors and aliases ("billion laughs") are refused outright.
printf 'title: &a x\nsources: [*a]\n' >"$WORK/bad/alias.yaml"
expect_status 4 "YAML alias" -- "$PARALLAX" run "$WORK/bad/alias.yaml"
expect_stderr 'alias.yaml:1:[0-9]+: .*(anchor|alias)' "YAML alias"

# Outputs are all rendered before any is written; an unwritable one fails
# the run with status 5 and the input files are untouched.
cat >"$WORK/bad/ro.yaml" <<'YAML'
title: read-only output
sources:
  - path: a.txt
    outlet: KCNA
outputs:
  - format: json
    path: missing-dir/out.json
YAML
expect_status 5 "output directory missing" -- "$PARALLAX" run "$WORK/bad/ro.yaml"
expect_stderr 'missing-dir/out.json' "output directory missing"

# All or none: an output that cannot be written means none is.
mkdir "$WORK/bad/out"
cat >"$WORK/bad/half.yaml" <<'YAML'
title: half written
sources:
  - path: a.txt
    outlet: KCNA
outputs:
  - format: json
    path: out/first.json
  - format: text
    path: missing-dir/second.txt
YAML
expect_status 5 "second output unwritable" -- "$PARALLAX" run "$WORK/bad/half.yaml"
[ -z "$(ls -A "$WORK/bad/out")" ] && pass "first output not written either" \
  || fail "half a run written: $(ls -A "$WORK/bad/out")"

# -O DIR keeps only file names: two outputs sharing one would collide.
cat >"$WORK/bad/clash.yaml" <<'YAML'
title: clash
sources:
  - path: a.txt
    outlet: KCNA
outputs:
  - format: json
    path: one/report.json
  - format: json
    path: two/report.json
YAML
mkdir "$WORK/clash"
expect_status 2 "-O with two outputs of one name" -- "$PARALLAX" run -O "$WORK/clash" "$WORK/bad/clash.yaml"
grep -q "would both be written to $WORK/clash/report.json" "$WORK/err" \
  && pass "clash named" || fail "clash: $(cat "$WORK/err")"
[ -z "$(ls -A "$WORK/clash")" ] && pass "nothing written on a clash" || fail "clash wrote files"

# A Latin-1 source in a run file: the hint is the run file's key, not an option.
printf 'Caf\351 owners in Seoul said the talks went well, officials said.\n' >"$WORK/bad/latin1.txt"
printf 'title: latin\nsources:\n  - path: latin1.txt\n    outlet: X\n' >"$WORK/bad/latin1.yaml"
expect_status 3 "Latin-1 source read as UTF-8" -- "$PARALLAX" run "$WORK/bad/latin1.yaml"
expect_stderr "latin1\.txt: invalid UTF-8 at byte 3 \(line 1\); if the file is Latin-1, set 'encoding: latin-1' on this source in the run file \(line 3\)$" \
  "Latin-1 hint for a run-file source"

# A file size limit (as a full disk would) fails the write with status 5
# and leaves no temporary or truncated file behind.
mkdir "$WORK/small"
expect_status 5 "output over the file size limit" -- \
  sh -c 'ulimit -f 20 && exec "$@"' sh "$PARALLAX" run --output-dir "$WORK/small" "$RUN"
grep -Eq "^parallax: $WORK/small/kcna-japan-nato\.[a-z]+: cannot write: file too large" "$WORK/err" \
  && pass "size limit reported on the output" || fail "size limit: $(cat "$WORK/err")"
[ -z "$(ls -A "$WORK/small")" ] && pass "nothing left behind" || fail "left behind: $(ls -A "$WORK/small")"

expect_status 2 "run without a file" -- "$PARALLAX" run
expect_status 3 "run on a missing run file" -- "$PARALLAX" run "$WORK/none.yaml"
expect_stderr '^parallax: .*/none\.yaml: cannot read: No such file or directory$' "missing run file"
expect_status 3 "rules file missing" -- env PARALLAX_DATADIR="$WORK/nowhere" "$PARALLAX" run "$RUN"
expect_stderr '^parallax: .*/nowhere/rules/[a-z]+\.yaml: cannot read: No such file or directory$' \
  "missing rules file"

finish
