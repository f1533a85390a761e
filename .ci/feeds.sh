#!/usr/bin/env bash
# The feeds as other software reads them: Python's feedparser (what many aggregators use)
# reads the seed feeds and a generated 1,000-item feed back to the input, jing validates
# every Atom output against the RELAX NG schema of RFC 4287 (tests/data/atom/atom.rnc), and
# every feed must pass the W3C Feed Validation Service's rules with no error and no warning
# (tests/python/check_feed_rules.py, the validator's rules offline; its self-tests first).
# Self-contained: installs what it needs. Run from anywhere: `bash .ci/feeds.sh`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v jing >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jing >/dev/null
fi
if ! python3 -c 'import feedparser' >/dev/null 2>&1; then
  python3 -m pip install --quiet --disable-pip-version-check feedparser
fi

# The features of `cargo test --all-features`, so that .ci/run's build is reused.
cargo build --quiet --all-features --bin jaunumi --example feed_stream
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
jaunumi="$target_dir/debug/jaunumi"
stream="$target_dir/debug/examples/feed_stream"
work="$target_dir/feeds-ci"
rm -rf "$work"
mkdir -p "$work"

echo "==> feedparser: the seed feeds (the golden files)"
"$stream" seed > "$work/seed.jsonl"
python3 tests/python/check_feeds.py "$work/seed.jsonl" \
  tests/data/golden/seed.rss.xml tests/data/golden/seed.atom.xml

echo "==> feedparser: 1,000 generated articles through \`jaunumi feed\`"
"$stream" feed 1000 > "$work/feed.json"
"$stream" articles 1000 > "$work/articles.jsonl"
"$jaunumi" feed --format rss --feed "$work/feed.json" "$work/articles.jsonl" > "$work/generated.rss.xml"
"$jaunumi" feed --format atom --feed "$work/feed.json" "$work/articles.jsonl" > "$work/generated.atom.xml"
python3 tests/python/check_feeds.py "$work/articles.jsonl" \
  "$work/generated.rss.xml" "$work/generated.atom.xml"

echo "==> W3C Feed Validation Service rules: the checker's self-tests"
python3 -m unittest discover -s tests/python -p 'test_check_feed_rules.py'

echo "==> W3C Feed Validation Service rules: every golden feed and the generated ones"
mapfile -t golden_feeds < <(find tests/data -name '*.rss.xml' -o -name '*.atom.xml' | sort)
python3 tests/python/check_feed_rules.py "${golden_feeds[@]}" \
  "$work/generated.rss.xml" "$work/generated.atom.xml"

echo "==> jing: every Atom output against RFC 4287's RELAX NG schema"
atom_outputs=(tests/data/golden/*.atom.xml "$work/generated.atom.xml")
# jing prints nothing for a valid document; its warnings about optional Java libraries go.
jing -c tests/data/atom/atom.rnc "${atom_outputs[@]}" 2> >(grep -v '^\[warning\] /usr/bin/jing: Unable to locate' >&2)
echo "${#atom_outputs[@]} passed, 0 failed"
