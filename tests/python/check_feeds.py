#!/usr/bin/env python3
"""Read jaunumi's feeds with Python's feedparser, as aggregators do.

    check_feeds.py ARTICLES.jsonl FEED.xml [FEED.xml ...]

Each FEED.xml (RSS 2.0 or Atom 1.0) must parse with bozo == 0 and hold one entry per
line of ARTICLES.jsonl, in order, whose title, link and published instant equal the
article's. The instant is compared to the second and with its UTC offset: feedparser's
own parsed time is UTC, so the offset is read from the date text the feed carries.

Exits 1 with one line per difference, and prints `N passed, N failed` at the end.
"""

import datetime as dt
import email.utils
import html
import json
import sys

import feedparser


def instant(text):
    """An RFC 3339 (Atom) or RFC 822 (RSS) date-time, with its offset."""
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return email.utils.parsedate_to_datetime(text)


def plain(detail):
    """A text construct as plain text. RSS leaves it to the reader to guess whether a title
    is HTML; feedparser guesses HTML when it sees markup or references, and then keeps the
    markup escaped."""
    if detail.type == "text/html":
        return html.unescape(detail.value)
    return detail.value


def check(path, articles):
    failures = []
    parsed = feedparser.parse(path)
    if parsed.bozo:
        failures.append("%s: bozo: %r" % (path, parsed.get("bozo_exception")))
    if len(parsed.entries) != len(articles):
        failures.append("%s: %d entries, expected %d" % (path, len(parsed.entries), len(articles)))
    for number, (entry, article) in enumerate(zip(parsed.entries, articles), 1):
        where = "%s: entry %d" % (path, number)
        title = plain(entry.title_detail)
        if title != article["title"]:
            failures.append("%s: title %r, expected %r" % (where, title, article["title"]))
        if entry.link != article["url"]:
            failures.append("%s: link %r, expected %r" % (where, entry.link, article["url"]))
        expected = dt.datetime.fromisoformat(article["published"])
        published = instant(entry.published)
        if published != expected or published.utcoffset() != expected.utcoffset():
            failures.append("%s: published %s, expected %s" % (where, entry.published, article["published"]))
        utc = dt.datetime(*entry.published_parsed[:6], tzinfo=dt.timezone.utc)
        if utc != expected:
            failures.append("%s: published_parsed %s, expected %s" % (where, utc, expected))
    return failures


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    passed = failed = 0
    for path in sys.argv[2:]:
        failures = check(path, articles)
        for failure in failures:
            print(failure)
        if failures:
            failed += 1
        else:
            passed += 1
            print("%s: %d entries read back" % (path, len(articles)))
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
