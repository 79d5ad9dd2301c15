# gazetteer-data.sh: the bundled gazetteer passes data/gazetteer/check.py
# (known keys, ids, ISO country codes, aliases that repeat no name, no name
# two entities share without a reason), so that a hand edit that the
# loader would still accept (a bare `country: NO`, which YAML 1.1 tools
# read as false) is caught before it ships.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

# The checker needs PyYAML, which .ci/setup installs for Debian's python3.
py=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import yaml' 2>/dev/null; then
    py=$candidate
    break
  fi
done
if [ -z "$py" ]; then
  fail "no python3 with PyYAML (Debian: apt-get install python3-yaml, or run .ci/setup)"
  finish
fi

expect_status 0 "check.py on the bundled gazetteer" -- "$py" "$TOP_SRCDIR/data/gazetteer/check.py"
grep -q ': OK$' "$WORK/out" && pass "$(cat "$WORK/out")" || fail "check.py: $(cat "$WORK/out" "$WORK/err")"

# And it finds what it is there for: a copy with a country YAML reads as
# false, and a TSV column with a bad country code.
mkdir "$WORK/gaz"
cp "$TOP_SRCDIR"/data/gazetteer/*.yaml "$TOP_SRCDIR"/data/gazetteer/*.tsv "$WORK/gaz/"
sed -i 's/^    country: "NO"$/    country: NO/' "$WORK/gaz/orgs.yaml"
printf 'zz_test\tplace/city\tZorbville\tcountry:zz\n' >>"$WORK/gaz/cities.tsv"
expect_status 1 "check.py on a damaged copy" -- "$py" "$TOP_SRCDIR/data/gazetteer/check.py" "$WORK/gaz"
grep -q 'quote "NO"' "$WORK/out" "$WORK/err" && pass "a bare NO is caught" \
  || fail "a bare NO went through: $(cat "$WORK/out" "$WORK/err")"
grep -q "country 'zz' is not an ISO" "$WORK/out" "$WORK/err" && pass "a bad country column is caught" \
  || fail "a bad country column went through: $(cat "$WORK/out" "$WORK/err")"

finish
