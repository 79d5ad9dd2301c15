# inspect-corpus.sh: `parallax inspect` on the five captures finds the
# hand-checked story bodies (data/corpus, boundaries from the seed gold),
# reports offsets into the files as they are on disk, and trims the chrome
# each capture is known to carry.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

# check_body FILE FIRST LAST: the body's bytes in FILE begin with FIRST and
# end with LAST (typographic quotes and dashes as in the file).
check_body () {
  file=$CORPUS/$1
  expect_status 0 "inspect $1" -- "$PARALLAX" inspect --format json "$file" || return
  cp "$WORK/out" "$WORK/$1.json"
  start=$(json_get .body.start "$WORK/$1.json")
  end=$(json_get .body.end "$WORK/$1.json")
  body=$(bytes "$file" "$start" "$end")
  case $body in
    "$2"*) pass "$1: body starts '$2'" ;;
    *) fail "$1: body [$start, $end) starts '$(printf %s "$body" | head -c 80)', expected '$2'" ;;
  esac
  case $body in
    *"$3") pass "$1: body ends '$3'" ;;
    *) fail "$1: body [$start, $end) ends '$(printf %s "$body" | tail -c 80)', expected '$3'" ;;
  esac
}

# has_range FILE JQ_RANGES PREDICATE TEXT: some range [start:end] listed by
# the jq filter over FILE's inspect JSON satisfies PREDICATE (contains or
# equals) against TEXT.
has_range () {
  for range in $(jq -r "$2" "$WORK/$1.json"); do
    got=$(bytes "$CORPUS/$1" "${range%:*}" "${range#*:}")
    case $3 in
      contains) case $got in *"$4"*) return 0 ;; esac ;;
      equals) [ "$got" = "$4" ] && return 0 ;;
    esac
  done
  return 1
}

# check_trimmed FILE RULE TEXT: some range trimmed by RULE holds TEXT.
check_trimmed () {
  if has_range "$1" ".trimmed[] | select(.rule == \"$2\") | \"\\(.start):\\(.end)\"" contains "$3"; then
    pass "$1: $2 trims '$3'"
  else
    fail "$1: no $2 range holds '$3'"
  fi
}

# check_sentence FILE TEXT: TEXT is exactly one sentence's bytes.
check_sentence () {
  if has_range "$1" '.sentences[] | "\(.start):\(.end)"' equals "$2"; then
    pass "$1: one sentence '$2'"
  else
    fail "$1: no sentence is exactly '$2'"
  fi
}

check_body kcna-2025-01-20.txt \
  'Kim Ryo Won, an international security analyst of the DPRK,' \
  'strong counteraction and strategic isolation from neighbouring countries.'
check_trimmed kcna-2025-01-20.txt aggregator-metadata 'Date: 21/01/2025 | Source: Naenara (En)'
check_trimmed kcna-2025-01-20.txt sign-off 'KCNA'
check_trimmed kcna-2025-01-20.txt more-from-list 'More From Naenara (En)'
check_trimmed kcna-2025-01-20.txt more-from-list 'Supreme People'
check_sentence kcna-2025-01-20.txt 'This is a dangerous act of adding a new factor for instability to the regional situation.'

check_body firstpost-2025-01-20.txt \
  'North Korea has condemned Japan’s decision' \
  'are expected to remain a source of friction with North Korea.'
check_trimmed firstpost-2025-01-20.txt standfirst 'issued the criticism in an article attributed to'
check_trimmed firstpost-2025-01-20.txt credit-line 'Courtesy: Firstpost'
check_trimmed firstpost-2025-01-20.txt reference-list 'Exit mobile version'

check_body hotaaj-2025-01.txt \
  'North Korea has condemned Japan’s decision' \
  'are expected to remain a source of friction with North Korea.'
check_trimmed hotaaj-2025-01.txt image-markup 'hotaaj.com/wp-content/uploads/2025/01/'
check_trimmed hotaaj-2025-01.txt reference-list 'Lankov'

check_body rt-2023-05-16.txt \
  'North Korea’s Foreign Ministry has claimed' \
  'while expanding its military footprint across the continent.'
check_trimmed rt-2023-05-16.txt weather-widget '27.1 C'
check_trimmed rt-2023-05-16.txt capture-date 'Sunday, June 4, 2023'
check_trimmed rt-2023-05-16.txt related-story-widget 'China reacts to reports of NATO office in Japan'
check_trimmed rt-2023-05-16.txt site-footer 'Support Us'
check_trimmed rt-2023-05-16.txt site-footer 'Related Stories'

check_body washingtontimes-2025-01-20.txt \
  'SEOUL, South Korea — North Korea, fighting alongside Russia' \
  'has spoken out strongly against Mr. Yoon’s pro-Japan policies.'
check_trimmed washingtontimes-2025-01-20.txt author-contact 'Andrew Salmon can be reached at'
check_sentence washingtontimes-2025-01-20.txt 'On Jan. 16, Tokyo opened a mission to NATO, complete with a dedicated ambassador, Osamu Izawa.'

# No sentence of a story is lost: every sentence lies inside the body, and
# the RT paragraphs on both sides of its "Read more" widget are kept.
for f in "$WORK"/*.txt.json; do
  outside=$(jq '[.body as $b | .sentences[] | select(.start < $b.start or .end > $b.end)] | length' "$f")
  [ "$outside" = 0 ] && pass "$(basename "$f"): all sentences inside the body" \
    || fail "$(basename "$f"): $outside sentences outside the body"
done
check_sentence rt-2023-05-16.txt 'Kim went on to cite recent reports that NATO is now in talks to open a “liaison office” in Japan, its first such facility in Asia.'
grep -q 'All facts clearly show that NATO' "$WORK/rt-2023-05-16.txt.json" \
  && pass "RT: the paragraph after the widget is kept" || fail "RT: paragraph after the widget lost"

# Text output names the file, the body and the trimmed rules.
expect_status 0 "inspect text" -- "$PARALLAX" inspect "$CORPUS/kcna-2025-01-20.txt"
grep -q '^  body  *bytes [0-9]*-[0-9]* ' "$WORK/out" && grep -q 'more-from-list' "$WORK/out" \
  && pass "text output shows body and rules" || fail "text output: $(head -5 "$WORK/out")"

# Several files give a JSON array, one object per file, in order.
expect_status 0 "inspect two files" -- "$PARALLAX" inspect -f json "$CORPUS/kcna-2025-01-20.txt" "$CORPUS/rt-2023-05-16.txt"
[ "$(jq -r 'map(.file | split("/") | last) | join(",")' "$WORK/out")" = "kcna-2025-01-20.txt,rt-2023-05-16.txt" ] \
  && pass "array of two objects" || fail "two files: $(head -c 200 "$WORK/out")"

finish
