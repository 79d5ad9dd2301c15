#!/bin/sh
# report-browser.sh: the HTML report opened in a real browser (Debian's
# chromium, headless).  The seed corpus's report shows its findings in the
# DOM; a report of hostile inputs runs none of their scripts and makes no
# request: both pages are served from a loopback server that logs every
# request, and the hostile inputs point their images, scripts and frames
# at that same server, so a load would show in its log.
#
# Skipped (status 77) when chromium is not installed; .ci/run installs it
# and fails when this test was skipped.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

CHROMIUM=
for c in chromium chromium-browser; do
  if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$(command -v "$c"); break; fi
done
if [ -z "$CHROMIUM" ]; then
  echo "SKIP: no chromium (Debian package chromium); the HTML report is not opened in a browser"
  exit 77
fi

cd "$WORK" || exit 1
mkdir site

# A loopback server for the pages, logging each request path, one per line.
cat >server.py <<'PY'
import http.server, socketserver, sys, os
os.chdir(sys.argv[1])
log = open(sys.argv[2], "a", buffering=1)
class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):
        log.write(self.path + "\n")
with socketserver.TCPServer(("127.0.0.1", 0), Handler) as httpd:
    open(sys.argv[3], "w").write(str(httpd.server_address[1]))
    httpd.serve_forever()
PY
python3 server.py "$WORK/site" "$WORK/requests.log" "$WORK/port" &
server=$!
trap 'kill $server 2>/dev/null; chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
# Up to a minute: on a loaded machine Python alone can take seconds to start.
tries=0
until [ -s port ] || [ $tries -ge 200 ]; do sleep 0.3; tries=$((tries + 1)); done
[ -s port ] || { echo "FAIL: the loopback server did not start" >&2; exit 1; }
port=$(cat port)
base="http://127.0.0.1:$port"

# browse PAGE: the DOM after load (scripts, had any run, included), and a
# screenshot kept in the build tree for the test log.
browse () {
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/profile-$1" --virtual-time-budget=3000 \
    --dump-dom "$base/$1" >"$1.dom" 2>"$1.chromium-log"
  [ "${2:-}" = screenshot ] || return 0
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/profile-$1-shot" --window-size=1280,2400 \
    --screenshot="$WORK/$1.png" "$base/$1" >/dev/null 2>&1
  if [ -s "$WORK/$1.png" ]; then
    mkdir -p "$TOP_BUILDDIR/tests/e2e"
    cp "$WORK/$1.png" "$TOP_BUILDDIR/tests/e2e/browser-$1.png"
    echo "screenshot: $TOP_BUILDDIR/tests/e2e/browser-$1.png"
  fi
}

# The seed corpus's report.
C=$CORPUS
expect_status 0 "compare the corpus as HTML" -- "$PARALLAX" compare --format html \
  -o site/seed.html --primary "$C/kcna-2025-01-20.txt" \
  -p "$C/kcna-2025-01-20.txt=2025-01-20" -p "$C/firstpost-2025-01-20.txt=2025-01-20" \
  -p "$C/rt-2023-05-16.txt=2023-05-16" -p "$C/washingtontimes-2025-01-20.txt=2025-01-20" \
  --outlet "$C/kcna-2025-01-20.txt=KCNA" --outlet "$C/washingtontimes-2025-01-20.txt=The Washington Times" \
  "$C/firstpost-2025-01-20.txt" "$C/hotaaj-2025-01.txt" "$C/rt-2023-05-16.txt" \
  "$C/washingtontimes-2025-01-20.txt"
browse seed.html screenshot
python3 - seed.html.dom <<'PY' >seed.problems || echo "the DOM check failed" >>seed.problems
import sys
from html.parser import HTMLParser
dom = open(sys.argv[1], encoding="utf-8").read()
class Sections(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.text, self.verdicts = [], {}, []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.stack.append(a["id"]); self.text.setdefault(a["id"], "")
        if "data-verdict" in a:
            self.verdicts.append(a["data-verdict"])
    def handle_data(self, data):
        for s in self.stack:
            self.text[s] += data
s = Sections(); s.feed(dom)
def need(cond, what):
    if not cond: print(what)
for section in ("summary", "coverage", "fidelity", "claims", "timeline", "reuse", "manifest"):
    need(section in s.text, "no #%s in the DOM" % section)
summary = s.text.get("summary", "")
need("The Washington Times" in summary and "alters 2" in summary, "summary lacks WT's altered quotes: %r" % summary[:300])
need("another event" in summary, "summary lacks the event mismatch")
need("Kim Ryo Won" in s.text.get("coverage", ""), "coverage lacks Kim Ryo Won")
need(s.verdicts.count("altered") == 2, "altered rows: %d" % s.verdicts.count("altered"))
need(s.verdicts.count("absent_other_speaker") >= 2, "absent_other_speaker rows: %d" % s.verdicts.count("absent_other_speaker"))
need(s.verdicts.count("verbatim_with_elision") == 1, "verbatim_with_elision rows")
need("<script" not in dom.lower(), "a script element in the DOM")
PY
[ -s seed.problems ] && fail "seed report in the browser: $(cat seed.problems)" \
  || pass "the browser shows the summary, the matrix and the fidelity table with their findings"

# Hostile inputs whose markup would load from the loopback server and
# change the page if anything in them ran.
printf '%s\n' \
  "<script src=\"$base/loaded-script.js\"></script><script>document.title='PWNED'</script> Japan opens a mission to NATO" \
  '' \
  "TOKYO -- Japan opened a mission to NATO on Monday, the ministry said <img src=\"$base/loaded-img.png\" onerror=\"document.body.innerHTML='PWNED'\">." \
  '' \
  "\"It is a dangerous act of adding <iframe src=\"$base/loaded-frame.html\"></iframe> new instability to the region,\" KCNA said on Monday." \
  '' \
  "See <a href=\"javascript:document.title='PWNED'\">here</a> and <link rel=stylesheet href=\"$base/loaded-style.css\"> -->, the agency added." \
  >site/primary.txt
printf '%s\n' \
  "Japan mission draws criticism <object data=\"$base/loaded-object\"></object>" \
  '' \
  "SEOUL -- North Korea condemned the move on Monday <svg onload=\"document.title='PWNED'\"></svg>." \
  '' \
  '"It is a dangerous act of adding new instability to the region," KCNA said on Monday.' \
  >site/report.txt
cd site || exit 1
expect_status 0 "compare hostile inputs as HTML" -- \
  "$PARALLAX" compare --format html -o hostile.html --primary primary.txt report.txt
cd .. || exit 1
: >requests.log
browse hostile.html
grep -Eq 'id="?summary' hostile.html.dom && grep -q '&lt;img' hostile.html.dom \
  && pass "no script from the input ran: the page is whole and shows the markup as text" \
  || fail "hostile markup changed the page: $(head -c 300 hostile.html.dom)"
python3 - hostile.html.dom <<'PY' >hostile.problems || echo "the DOM check failed" >>hostile.problems
import sys
from html.parser import HTMLParser
bad = []
class Elements(HTMLParser):
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "object", "link", "a", "embed"):
            bad.append("<%s> element" % tag)
        for name, _ in attrs:
            if name.startswith("on"):
                bad.append("%s on <%s>" % (name, tag))
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
Elements().feed(open(sys.argv[1], encoding="utf-8").read())
dom = open(sys.argv[1], encoding="utf-8").read()
title = dom.split("<title>", 1)[-1].split("</title>", 1)[0]
if "PWNED" in title:
    bad.append("the title was changed by a script: %r" % title)
print("\n".join(bad))
PY
grep -q . hostile.problems && fail "hostile report DOM: $(tr '\n' ' ' <hostile.problems)" \
  || pass "the hostile report's DOM has no element or handler from the input"
if grep -v '^/hostile.html$' requests.log | grep -q .; then
  fail "the page made requests: $(grep -v '^/hostile.html$' requests.log | tr '\n' ' ')"
else
  pass "no request left the page (server saw: $(tr '\n' ' ' <requests.log))"
fi
grep -q '^/hostile.html$' requests.log && pass "the browser did load the page" \
  || fail "the browser never requested the page; its log: $(head -c 600 hostile.html.chromium-log)"

exit $((failures > 0))
