#!/usr/bin/python3
"""The peer of bench-extract's date extractor: dateparser's search_dates.

  peer-dateparser.py [--repeat R] ARTICLES

ARTICLES is bench-extract's input: articles each ended by a line holding
only a form feed (bench/gen-text.py --articles).  Each article is searched
with dateparser.search.search_dates as a user of that library would call
it on English news with a known publication day: languages=["en"] (no
language detection) and RELATIVE_BASE set to the day bench-extract
resolves relative dates against.  One call on a short text first loads
dateparser's data, outside the timing.

dateparser is slow (tens of kilobytes a second): give it a sample of a few
megabytes, not the whole benchmark text.  Prints key=value lines: the
fastest of R passes (default 1) in CPU time (time.process_time), and the
dates found.
"""

import argparse
import datetime
import resource
import sys
import time
import warnings

from dateparser.search import search_dates

# bench-extract's ANCHOR_DAY.
ANCHOR = datetime.datetime(2025, 1, 20)


def articles_of(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return [a for a in text.split("\n\f\n") if a.strip()]


def search_all(articles, settings):
    found = 0
    for article in articles:
        dates = search_dates(article, languages=["en"], settings=settings)
        found += len(dates) if dates else 0
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("articles")
    args = ap.parse_args()
    # pytz deprecation notices, once per call, would flood standard error.
    warnings.simplefilter("ignore")
    articles = articles_of(args.articles)
    settings = {"RELATIVE_BASE": ANCHOR}
    search_dates("on Monday, January 20, 2025", languages=["en"], settings=settings)
    best = None
    found = 0
    for _ in range(max(1, args.repeat)):
        start = time.process_time()
        found = search_all(articles, settings)
        ms = (time.process_time() - start) * 1000.0
        best = ms if best is None or ms < best else best
    # Each article with its last line break, as bench-extract counts it.
    size = sum(len(a.encode("utf-8")) + 1 for a in articles)
    print(f"text_bytes={size}")
    print(f"articles={len(articles)}")
    print(f"dates_found={found}")
    print(f"dates_ms={best:.1f}")
    print(f"dates_mb_per_s={size / 1e6 / (best / 1000.0):.4f}")
    print(f"peak_rss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
