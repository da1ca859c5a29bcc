# What Debian's python3-feedparser makes of an Atom feed, as JSON on stdout:
#   /usr/bin/python3 scripts/check-reader/feed.py <feed file>
# bozo: 1 when the feed is not well-formed (or feedparser found it broken);
# version: "atom10" for Atom 1.0; entries: how many. Also RFC 4287's rule that the
# RELAX NG grammar only carries as a Schematron note (jing skips it): a feed
# without an author needs one on every entry.
import json
import sys

import feedparser

d = feedparser.parse(sys.argv[1])
feed_has_author = bool(d.feed.get("authors") and any(a.get("name") for a in d.feed.authors))
entries_without_author = [
    e.get("id", "")
    for e in d.entries
    if not any(a.get("name") for a in e.get("authors", []))
]
print(json.dumps({
    "bozo": int(bool(d.bozo)),
    "bozo_exception": str(d.get("bozo_exception", "")) if d.bozo else "",
    "version": d.version,
    "entries": len(d.entries),
    "feed_author": feed_has_author,
    "entries_without_author": entries_without_author,
}))
