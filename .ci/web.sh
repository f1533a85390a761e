#!/usr/bin/env bash
# What else a news site serves, read by independent clients, from the repository root:
# `bash .ci/web.sh`.
#
# 1. Sitemaps: the golden sitemaps and those `jaunumi sitemap` writes for 2,500 generated
#    articles (one plain file; Google News sitemaps of the two days before an instant just
#    after October's change of Riga's offset, split at 1,000 through the index) are valid
#    for `xmllint --noout --nonet --schema` against the sitemaps.org and Google News schemas
#    (${JAUNUMI_SHARED:-../shared}/vendor/sitemaps) and the image and xhtml:link schemas of
#    tests/data/sitemaps; indexes against siteindex.xsd. PyPI's ultimate-sitemap-parser
#    reads every URL, lastmod, image, language version and news title and date back equal
#    to the model's.
# 2. JSON Feed: the golden feeds and a generated one are valid against SchemaStore's JSON
#    Feed 1.1 schema (../shared/vendor/jsonfeed), with the favicon checked by hand (the
#    schema's known defect), and feedparser's API reads the same titles, links and instants
#    from them as from the RSS and Atom of the same feed: PyPI's feedparser 6.0 has no JSON
#    Feed reader (its JSON parser is unreleased), so the JSON Feed is read by feedparser-rs,
#    a separate implementation of feedparser's API, and the RSS and Atom by feedparser.
# 3. Conditional GET: feedparser fetches a feed from examples/conditional_get on 127.0.0.1
#    and gets a 304 with the etag= and the modified= it was given.
# 4. The JSON-LD of the article with credited images, a gallery and a sized logo
#    (tests/data/jsonld/full-article.json) has no warning about image licence fields.
#
# Installs libxml2-utils (apt) and the PyPI packages (into a virtual environment under
# target/) first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

shared=$(cd "${JAUNUMI_SHARED:-../shared}" && pwd)
vendor_sitemaps=$shared/vendor/sitemaps
vendor_jsonfeed=$shared/vendor/jsonfeed
work=target/ci-web
rm -rf "$work/out"
mkdir -p "$work/out"
out=$work/out

step "install xmllint, ultimate-sitemap-parser, feedparser, feedparser-rs, jsonschema"
if ! command -v xmllint >/dev/null 2>&1; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null
fi
venv=$work/venv
if [ ! -x "$venv/bin/python" ]; then
    if ! python3 -m venv "$venv"; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv "$venv"
    fi
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check ultimate-sitemap-parser feedparser feedparser-rs jsonschema
py=$venv/bin/python
"$py" -c 'import importlib.metadata as m; print(*(f"{p} {m.version(p)}" for p in ("ultimate-sitemap-parser", "feedparser", "feedparser-rs", "jsonschema")), sep=", ")'
xmllint --version 2>&1 | sed -n 1p

step "build jaunumi and the conditional-GET server"
# The features of `cargo test --all-features`, so that .ci/run's build is reused.
cargo build --quiet --all-features --bin jaunumi --example conditional_get
target_dir=$(cargo metadata --format-version 1 --no-deps | "$py" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
jaunumi="$target_dir/debug/jaunumi"
server="$target_dir/debug/examples/conditional_get"

step "generate 2,500 articles around October's change of Riga's offset"
"$py" - "$out" <<'PY'
import datetime, json, random, sys
out = sys.argv[1]
rng = random.Random(19)
words = "pašvaldība dome bibliotēka skola koncerts sēde projekts ceļš parks Kuldīga & <b> „Drošs ceļš“ 🎉".split()
riga_summer = datetime.timezone(datetime.timedelta(hours=3))
riga_winter = datetime.timezone(datetime.timedelta(hours=2))
change = datetime.datetime(2024, 10, 27, 1, 0, tzinfo=datetime.timezone.utc)
start = datetime.datetime(2024, 10, 25, 0, 0, tzinfo=datetime.timezone.utc)
publisher = {"name": "Kuldīgas novada pašvaldība", "kind": "municipality", "url": "https://www.kuldiga.lv/",
             "logo": {"url": "https://www.kuldiga.lv/logo.png", "width": 600, "height": 200}}
feed = {"title": "Kuldīgas novada jaunumi", "description": "Visi pašvaldības jaunumi",
        "homeUrl": "https://www.kuldiga.lv/", "feedUrl": "https://www.kuldiga.lv/jaunumi/feed/",
        "publisher": publisher, "updated": "2024-10-28T12:00:00+02:00",
        "icon": "https://www.kuldiga.lv/favicon.png", "logo": "https://www.kuldiga.lv/logo.png",
        "hubs": ["https://pubsubhubbub.appspot.com/"]}
json.dump(feed, open(f"{out}/feed.json", "w", encoding="utf-8"), ensure_ascii=False)
with open(f"{out}/articles.jsonl", "w", encoding="utf-8") as f:
    for i in range(2500):
        at = start + datetime.timedelta(minutes=rng.randint(0, 4 * 24 * 60))
        local = at.astimezone(riga_summer if at < change else riga_winter)
        title = " ".join(rng.choice(words) for _ in range(rng.randint(3, 8)))
        article = {"title": f"{title} {i}", "url": f"https://www.kuldiga.lv/jaunumi/{i}/",
                   "published": local.isoformat(), "publisher": publisher,
                   "summary": " ".join(rng.choice(words) for _ in range(10)),
                   "language": rng.choice(["lv", "lv", "en", "ru"])}
        if i % 5 == 0:
            article["updated"] = (local + datetime.timedelta(hours=2)).isoformat()
        if i % 3 == 0:
            article["image"] = {"url": f"https://www.kuldiga.lv/images/{i}.jpg", "alt": title,
                                "mediaType": "image/jpeg", "length": 1000 + i,
                                "credit": "Foto: Jānis Bērziņš",
                                "license": "https://creativecommons.org/licenses/by/4.0/"}
        if i % 7 == 0:
            article["gallery"] = [{"url": f"https://www.kuldiga.lv/images/{i}-{n}.jpg", "alt": f"Foto {n}",
                                   "mediaType": "image/jpeg", "credit": "Foto: Anna Kalniņa"} for n in range(3)]
            article["documents"] = [{"title": f"Lēmums Nr. {i}", "url": f"https://www.kuldiga.lv/files/{i}.pdf",
                                     "mediaType": "application/pdf", "length": 20000 + i}]
        if i % 11 == 0 and article["language"] != "en":
            article["translations"] = [{"language": "en", "url": f"https://www.kuldiga.lv/en/news/{i}/"}]
        f.write(json.dumps(article, ensure_ascii=False) + "\n")
PY

step "write the sitemaps, the feeds and the headers"
mkdir -p "$out/plain" "$out/news"
"$jaunumi" sitemap --base-url https://www.kuldiga.lv/ --out "$out/plain" "$out/articles.jsonl" >"$out/plain.robots.txt"
"$jaunumi" sitemap --news --now 2024-10-28T12:00:00+02:00 --base-url https://www.kuldiga.lv/ \
    --out "$out/news" "$out/articles.jsonl" >"$out/news.robots.txt"
grep -qx 'Sitemap: https://www.kuldiga.lv/sitemap.xml' "$out/plain.robots.txt"
grep -qx 'Sitemap: https://www.kuldiga.lv/sitemap-news.xml' "$out/news.robots.txt"
for format in rss atom jsonfeed; do
    "$jaunumi" feed --format "$format" --feed "$out/feed.json" --headers "$out/$format.headers" \
        "$out/articles.jsonl" >"$out/generated.$format"
done
ls "$out/plain" "$out/news"

step "xmllint: every urlset against the sitemaps.org, Google News, image and xhtml:link schemas"
cat >"$work/sitemap-web.xsd" <<XSD
<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="$vendor_sitemaps/sitemap.xsd"/>
  <xsd:import namespace="http://www.google.com/schemas/sitemap-news/0.9" schemaLocation="$vendor_sitemaps/sitemap-news.xsd"/>
  <xsd:import namespace="http://www.google.com/schemas/sitemap-image/1.1" schemaLocation="$PWD/tests/data/sitemaps/sitemap-image.xsd"/>
  <xsd:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="$PWD/tests/data/sitemaps/xhtml-link.xsd"/>
</xsd:schema>
XSD
urlsets=(tests/data/golden/seed.sitemap.xml tests/data/golden/media.sitemap.xml tests/data/golden/media.news.xml
         "$out"/plain/sitemap-[0-9]*.xml "$out"/news/sitemap-news-[0-9]*.xml)
indexes=(tests/data/golden/media.sitemap-index.xml "$out/plain/sitemap.xml" "$out/news/sitemap-news.xml")
xmllint --noout --nonet --schema "$work/sitemap-web.xsd" "${urlsets[@]}"
xmllint --noout --nonet --schema "$vendor_sitemaps/siteindex.xsd" "${indexes[@]}"
# The news urlsets with only the vendored entry point, as its SOURCE.md runs it (they carry
# image:image too, so a copy without those is checked).
for file in tests/data/golden/media.news.xml "$out"/news/sitemap-news-[0-9]*.xml; do
    "$py" - "$file" "$work/news-only.xml" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"\s*<image:image>.*?</image:image>", "", text, flags=re.S)
text = re.sub(r"\s*<xhtml:link [^>]*/>", "", text)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
    xmllint --noout --nonet --schema "$vendor_sitemaps/sitemap-all.xsd" "$work/news-only.xml"
done
news_files=$(ls "$out"/news/sitemap-news-[0-9]*.xml | wc -l)
[ "$news_files" -ge 2 ] || { echo "expected the news sitemaps split at 1,000, found $news_files file(s)"; exit 1; }

step "ultimate-sitemap-parser: every URL, title and instant back"
"$py" tests/python/check_web.py sitemaps "$out/articles.jsonl" - "$out"/plain/sitemap-[0-9]*.xml
"$py" tests/python/check_web.py sitemaps "$out/articles.jsonl" 2024-10-28T12:00:00+02:00 "$out"/news/sitemap-news-[0-9]*.xml
"$py" tests/python/check_web.py index "$out/news/sitemap-news.xml" "$out"/news/sitemap-news-[0-9]*.xml
"$py" tests/python/check_web.py index "$out/plain/sitemap.xml" "$out"/plain/sitemap-[0-9]*.xml
# The empty news sitemap: an instant long after every article.
mkdir -p "$out/empty"
"$jaunumi" sitemap --news --now 2025-01-01T00:00:00+02:00 --base-url https://www.kuldiga.lv/ \
    --out "$out/empty" "$out/articles.jsonl" >/dev/null
xmllint --noout --nonet --schema "$work/sitemap-web.xsd" "$out/empty/sitemap-news-1.xml"
"$py" tests/python/check_web.py sitemaps /dev/null 2025-01-01T00:00:00+02:00 "$out/empty/sitemap-news-1.xml"

step "JSON Feed: SchemaStore's schema, and feedparser beside the RSS and Atom"
"$py" tests/python/check_web.py jsonfeed "$vendor_jsonfeed" "$out/generated.jsonfeed" \
    "$out/generated.rss" "$out/generated.atom"
"$py" tests/python/check_web.py jsonfeed "$vendor_jsonfeed" tests/data/golden/seed.feed.json \
    tests/data/golden/seed.rss.xml tests/data/golden/seed.atom.xml
"$py" tests/python/check_web.py jsonfeed "$vendor_jsonfeed" tests/data/golden/media.feed.json \
    tests/data/golden/media.rss.xml tests/data/golden/media.atom.xml
grep -q '^ETag: "[0-9a-f]\{32\}"$' "$out/rss.headers"
grep -q '^Last-Modified: Mon, 28 Oct 2024 10:00:00 GMT$' "$out/rss.headers"
grep -q '^Content-Type: application/feed+json$' "$out/jsonfeed.headers"

step "conditional GET: feedparser against a server on 127.0.0.1"
"$server" "$out/generated.rss" 4 2024-10-28T12:00:00+02:00 >"$work/port" &
server_pid=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
"$py" tests/python/check_web.py conditional-get "$(cat "$work/port")" || { kill "$server_pid" 2>/dev/null; exit 1; }
wait "$server_pid"

step "JSON-LD: credited images and a logo, no warning about image licence fields"
"$jaunumi" jsonld --pretty tests/data/jsonld/full-article.json >"$out/full-article.jsonld" 2>"$out/full-article.warnings"
if grep -E 'ImageObject|gallery\[|image\.' "$out/full-article.warnings"; then
    echo "image licence warnings for an article whose images carry them"; exit 1
fi
"$py" - "$out/full-article.jsonld" <<'PY'
import json, sys
graph = json.load(open(sys.argv[1], encoding="utf-8"))["@graph"]
images = [n for n in graph if n.get("@type") == "ImageObject"]
keys = ("contentUrl", "creditText", "creator", "copyrightNotice", "license", "acquireLicensePage")
missing = [(n["@id"], k) for n in images for k in keys if k not in n]
assert len(images) == 3 and not missing, missing
publisher = next(n for n in graph if n.get("@id") == "https://www.kuldiga.lv/#organization")
assert publisher["logo"]["@type"] == "ImageObject" and publisher["logo"]["width"] == 600, publisher["logo"]
print(f"JSON-LD: {len(images)} ImageObjects with every licence field, the logo an ImageObject")
PY

echo "web: 6 passed, 0 failed"
