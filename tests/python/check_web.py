#!/usr/bin/env python3
"""The web outputs of jaunumi read by independent clients (run by .ci/web.sh).

    check_web.py sitemaps ARTICLES.jsonl NOW|- SITEMAP.xml...
        ultimate-sitemap-parser (usp.tree.sitemap_from_str) reads every urlset: every URL,
        lastmod, image, language version and (for news) title, publication and date equal
        the model's (ARTICLES.jsonl); for news, exactly the articles of the 48 hours before
        NOW, at most 1,000 a file.
    check_web.py index INDEX.xml FILE...
        usp reads the sitemapindex: it lists each file, in order.
    check_web.py jsonfeed SCHEMA_DIR FEED.json RSS ATOM
        the JSON Feed is valid against SchemaStore's JSON Feed 1.1 schema (feed-1.json
        registered under its id), its favicon and icon are URIs (the schema's known defect),
        and feedparser's API (feedparser-rs for the JSON Feed, which PyPI's feedparser 6.0
        cannot read; feedparser itself for the RSS and Atom) reads the same titles, links
        and instants from it as from the RSS and Atom of the same feed.
    check_web.py conditional-get PORT
        feedparser fetches the feed from the server on 127.0.0.1:PORT, then again with the
        etag= and modified= it was given: each time a 304.
"""

import datetime
import html
import json
import re
import sys
import urllib.parse


def fail(problems):
    for problem in problems:
        print(problem)
    sys.exit(1)


def instant(text):
    return datetime.datetime.fromisoformat(text)


def sitemaps(articles_path, now, paths):
    from usp.tree import sitemap_from_str

    articles = [json.loads(line) for line in open(articles_path, encoding="utf-8") if line.strip()]
    if now != "-":
        now = instant(now)
        window = datetime.timedelta(hours=48)
        articles = [a for a in articles if now - window <= instant(a["published"]) <= now]
    by_url = {a["url"]: a for a in articles}
    problems, seen = [], []
    for path in paths:
        tree = sitemap_from_str(open(path, encoding="utf-8").read())
        pages = list(tree.all_pages())
        if now != "-" and len(pages) > 1000:
            problems.append(f"{path}: {len(pages)} news URLs")
        for page in pages:
            article = by_url.get(page.url)
            if article is None:
                if not articles and len(pages) == 1:
                    continue  # an empty file lists the home page
                problems.append(f"{path}: {page.url} is not an article it should hold")
                continue
            seen.append(page.url)
            lastmod = instant(article.get("updated", article["published"]))
            if page.last_modified != lastmod or page.last_modified.utcoffset() != lastmod.utcoffset():
                problems.append(f"{path}: {page.url}: lastmod {page.last_modified} != {lastmod}")
            images = [i["url"] for i in ([article["image"]] if "image" in article else []) + article.get("gallery", [])]
            if [i.loc for i in page.images or []] != images:
                problems.append(f"{path}: {page.url}: images {page.images} != {images}")
            versions = [(t["language"], t["url"]) for t in article.get("translations", [])]
            if versions:
                versions.insert(0, (article.get("language", "lv"), article["url"]))
            if (page.alternates or []) != versions:
                problems.append(f"{path}: {page.url}: alternates {page.alternates} != {versions}")
            story = page.news_story
            if now == "-":
                if story is not None:
                    problems.append(f"{path}: {page.url}: news in a plain sitemap")
                continue
            if story is None:
                problems.append(f"{path}: {page.url}: no news:news")
                continue
            published = instant(article["published"])
            expected = (article["title"], article["publisher"]["name"],
                        article.get("language", "lv").split("-")[0].lower(), published)
            found = (story.title, story.publication_name, story.publication_language, story.publish_date)
            if found != expected or story.publish_date.utcoffset() != published.utcoffset():
                problems.append(f"{path}: {page.url}: news {found} != {expected}")
    if sorted(seen) != sorted(by_url):
        problems.append(f"{len(seen)} URLs read, {len(by_url)} expected")
    if problems:
        fail(problems)
    print(f"usp: {len(paths)} sitemaps, {len(seen)} URLs equal to the model's")


def index(path, files):
    from usp.tree import sitemap_from_str

    tree = sitemap_from_str(open(path, encoding="utf-8").read())
    listed = [urllib.parse.urlparse(s.url).path.rsplit("/", 1)[-1] for s in tree.sub_sitemaps]
    names = [f.rsplit("/", 1)[-1] for f in files]
    if listed != names:
        fail([f"{path}: lists {listed}, expected {names}"])
    print(f"usp: {path} lists its {len(names)} files")


def plain(title):
    """A title as text. feedparser-rs reads a JSON Feed title as HTML (JSON Feed says it is
    plain text): it escapes `&` and closes an unclosed `<b>`. Both sides are read back to
    text without tags, so that only that difference is forgiven."""
    return html.unescape(re.sub(r"</?[a-zA-Z][^>]*>", "", title or ""))


def own_link(entry):
    """The entry's own page: feedparser takes an Atom entry's last alternate link for its
    `link`, a translation's when it has one (`hreflang`), so the one without is taken."""
    for link in entry.get("links", []):
        if link.get("rel") == "alternate" and not link.get("hreflang"):
            return link.get("href")
    return entry.get("link")


def entries(parsed):
    return [(plain(e.get("title")), own_link(e), e.get("published_parsed")) for e in parsed.entries]


def jsonfeed(schema_dir, feed_path, rss_path, atom_path):
    import feedparser
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    schema = json.load(open(f"{schema_dir}/feed.json", encoding="utf-8"))
    older = json.load(open(f"{schema_dir}/feed-1.json", encoding="utf-8"))
    resource = Resource.from_contents(older, default_specification=DRAFT4)
    registry = Registry().with_resources([
        ("https://json.schemastore.org/feed-1", resource),
        ("https://json.schemastore.org/feed-1.json", resource),
        ("feed-1", resource),
    ])
    document = json.load(open(feed_path, encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, registry=registry)
    problems = [f"{feed_path}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
                for e in validator.iter_errors(document)]
    # The schema's favicon points at the description's definition: check URIs ourselves.
    for key in ("favicon", "icon", "home_page_url", "feed_url", "next_url"):
        value = document.get(key)
        if value is not None and urllib.parse.urlparse(value).scheme not in ("http", "https"):
            problems.append(f"{feed_path}: {key}: not an absolute URL: {value!r}")
    if document.get("version") != "https://jsonfeed.org/version/1.1":
        problems.append(f"{feed_path}: version {document.get('version')!r}")
    for item in document["items"]:
        if not isinstance(item["id"], str):
            problems.append(f"{feed_path}: id {item['id']!r} is not a string")
    # feedparser on PyPI (6.0.x) reads no JSON Feed (its JSON parser is unreleased): the JSON
    # Feed is read by feedparser-rs, a separate implementation of feedparser's API that does,
    # and compared with what feedparser itself reads from the RSS and Atom.
    import feedparser_rs

    parsed = {"json": feedparser_rs.parse(open(feed_path, "rb").read()),
              "rss": feedparser.parse(open(rss_path, "rb").read()),
              "atom": feedparser.parse(open(atom_path, "rb").read())}
    if parsed["json"].version != "json11":
        problems.append(f"feedparser-rs reads version {parsed['json'].version!r}")
    for name, result in parsed.items():
        if result.bozo:
            problems.append(f"{name}: feedparser: {result.bozo_exception}")
    json_entries = entries(parsed["json"])
    for name in ("rss", "atom"):
        if json_entries != entries(parsed[name]):
            problems.append(f"feedparser reads other entries from the JSON Feed than from the {name}: "
                            f"{json_entries[:2]} != {entries(parsed[name])[:2]}")
    expected = [(plain(i["title"]), i["url"]) for i in document["items"]]
    if [(t, l) for t, l, _ in json_entries] != expected:
        problems.append("feedparser's titles and links are not the feed's")
    if plain(parsed["json"].feed.get("title")) != plain(document["title"]):
        problems.append("feedparser's feed title is not the feed's")
    if problems:
        fail(problems)
    print(f"JSON Feed: {feed_path} valid, favicon and icon URIs; feedparser reads "
          f"{len(json_entries)} entries equal to the RSS and Atom ones")


def conditional_get(port):
    import feedparser

    url = f"http://127.0.0.1:{port}/feed.rss.xml"
    first = feedparser.parse(url)
    problems = []
    if first.get("status") != 200 or not first.entries:
        problems.append(f"first fetch: status {first.get('status')}, {len(first.entries)} entries")
    etag, modified = first.get("etag"), first.get("modified")
    if not etag or not modified:
        problems.append(f"first fetch: etag {etag!r}, modified {modified!r}")
    by_etag = feedparser.parse(url, etag=etag)
    by_date = feedparser.parse(url, modified=modified)
    stale = feedparser.parse(url, etag='"stale"')
    for name, result, status in (("etag=", by_etag, 304), ("modified=", by_date, 304), ("stale etag", stale, 200)):
        if result.get("status") != status:
            problems.append(f"{name}: status {result.get('status')}, expected {status}")
    if problems:
        fail(problems)
    print(f"feedparser: 200 with ETag {etag} and Last-Modified {modified}; 304 with etag=, "
          f"304 with modified=, 200 with a stale etag")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    command, args = sys.argv[1], sys.argv[2:]
    if command == "sitemaps":
        sitemaps(args[0], args[1], args[2:])
    elif command == "index":
        index(args[0], args[1:])
    elif command == "jsonfeed":
        jsonfeed(*args)
    elif command == "conditional-get":
        conditional_get(args[0])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
