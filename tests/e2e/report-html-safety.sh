#!/bin/sh
# report-html-safety.sh: an HTML report made from hostile inputs runs
# nothing, loads nothing and shows the inputs' markup as text.  The inputs
# put markup, event handlers, javascript: URLs, comment ends and a
# right-to-left override into every place a report shows: titles, story
# text, quotes, outlet names, the run's title and notes.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

# U+202E RIGHT-TO-LEFT OVERRIDE and U+202C POP DIRECTIONAL FORMATTING.
rlo=$(printf '\342\200\256') pdf=$(printf '\342\200\254')
printf '%s\n' \
  '<script>alert(1)</script> Japan opens a mission to NATO </style>' \
  '' \
  'TOKYO -- Japan opened a mission to NATO on Monday, the ministry said <img src=x onerror=alert(1)>.' \
  '' \
  '"It is a dangerous act --> of adding <script>alert(2)</script> new instability to the region," KCNA said on Monday.' \
  '' \
  'Details are at javascript:alert(3) and <a href="javascript:alert(4)">here</a>, the agency added.' \
  >"$WORK/primary.txt"
printf '%s\n' \
  'Japan <iframe src="https://example.com/x"></iframe> mission draws criticism' \
  '' \
  'SEOUL -- North Korea condemned the move on Monday <img src=x onerror=alert(5)>.' \
  '' \
  '"It is a dangerous act of adding new instability to the region," KCNA said on Monday, calling it "a reckless '"${rlo}gnihton$pdf"' move" <!-- -->.' \
  '' \
  'Officials in <style>body{display:none}</style> Tokyo declined to comment.' \
  >"$WORK/report.txt"
cat >"$WORK/run.yaml" <<'YAML'
version: 1
title: "<script>alert(6)</script> brief </style> -->"
notes: "<img src=x onerror=alert(7)> javascript:alert(8) \u202Eevil"
sources:
  - path: primary.txt
    outlet: "<b onmouseover=alert(9)>KCNA</b>"
    role: primary
    published: 2025-01-20
  - path: report.txt
    outlet: "Daily <script>alert(10)</script>"
    published: 2025-01-20
outputs:
  - format: html
    path: run.html
YAML

cd "$WORK" || exit 1
expect_status 0 "compare hostile inputs as HTML" -- \
  "$PARALLAX" compare --format html -o compare.html --primary primary.txt report.txt
expect_status 0 "run hostile inputs as HTML" -- "$PARALLAX" run run.yaml

# check_html FILE: what must hold of every HTML report, checked by parsing
# it as a browser would, not by matching text.
check_html () {
  python3 - "$1" <<'PY'
import sys
from html.parser import HTMLParser

path = sys.argv[1]
page = open(path, encoding="utf-8").read()
problems = []
CSP = ('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
       'style-src \'unsafe-inline\'; img-src data:; base-uri \'none\'; form-action \'none\'">')
ALLOWED = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "ul", "li",
           "table", "thead", "tbody", "tr", "th", "td", "section", "details", "summary", "br",
           "code", "span", "b", "del", "ins", "blockquote", "svg", "rect", "line", "text"}

class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.styles = 0
    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            problems.append("element <%s>" % tag)
        if tag == "style":
            self.styles += 1
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                problems.append("event handler %s=%r on <%s>" % (name, value, tag))
            if name in ("src", "href", "action", "srcset", "xlink:href", "background", "poster"):
                problems.append("resource attribute %s=%r on <%s>" % (name, value, tag))
            if "javascript:" in value.lower() or "http:" in value.lower() or "https:" in value.lower():
                if not (tag == "meta" and name == "content"):
                    problems.append("URL in attribute %s=%r on <%s>" % (name, value, tag))
    def handle_comment(self, data):
        problems.append("comment <!--%s-->" % data)

checker = Check()
checker.feed(page)
checker.close()
if CSP not in page:
    problems.append("the Content-Security-Policy meta tag is missing")
if checker.styles != 1:
    problems.append("%d style elements, expected 1" % checker.styles)
lower = page.lower()
for raw in ("<script", "<img", "<iframe", "<a ", "<!--", "url("):
    if raw in lower:
        problems.append("raw %r in the page" % raw)
if lower.count("</style>") != 1:
    problems.append("%d </style> tags, expected 1" % lower.count("</style>"))
if "\u202e" in page or "\u202c" in page or "&#x202e;" in lower or "&#8238;" in lower:
    problems.append("a bidi control reaches the page")
for needle in ("&lt;script&gt;alert(", "&lt;img src=x onerror=alert("):
    if needle not in page:
        problems.append("the input's markup is not shown as text (%s)" % needle)
# Cleaning drops bidi controls from the stories; the run file's strings
# reach the page as written, so there the override must be shown.
if "[U+202E]" not in page and path.endswith("run.html"):
    problems.append("the right-to-left override is not shown")
for p in problems:
    print("%s: %s" % (path, p))
sys.exit(1 if problems else 0)
PY
}

for f in compare.html run.html; do
  if out=$(check_html "$f"); then
    pass "$f runs nothing, loads nothing, shows the markup"
  else
    fail "$out"
  fi
done
grep -q 'id=summary' compare.html && grep -q 'id=fidelity' compare.html && pass "sections present" \
  || fail "compare.html lacks its sections"
finish
