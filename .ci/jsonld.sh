#!/usr/bin/env bash
# The JSON-LD output read by real clients, from the repository root: `bash .ci/jsonld.sh`.
#
# 1. pyld (PyPI) expands the seed's graph, an article that uses every field, and a listing
#    of 1,000 generated articles, with the local schema.org context and never the network:
#    no term may be dropped, every IRI must be schema.org's (tests/python/check_jsonld.py).
# 2. Headless Chromium (Debian package `chromium`) loads a page holding the seed's script
#    element and that of a hostile article (`</script><script>…`, `<!--<script>`, `]]>`,
#    U+2028, quotes in its title, summary, body and keywords); a script in the page parses
#    every application/ld+json element into the DOM. The page must hold exactly its three
#    script elements, each must parse to exactly the crate's JSON, and no injected script
#    may have run.
#
# Installs chromium (apt) and pyld (pip, into a virtual environment under target/) first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

work=target/ci-jsonld
rm -rf "$work/out"
mkdir -p "$work/out"
out=$work/out

step "install chromium and pyld"
if ! command -v chromium >/dev/null 2>&1; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
chromium --version
venv=$work/venv
if [ ! -x "$venv/bin/python" ]; then
    if ! python3 -m venv "$venv"; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv "$venv"
    fi
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check pyld
py=$venv/bin/python
"$py" -c 'import pyld, importlib.metadata as m; print("pyld", m.version("pyld"))'

step "build jaunumi"
cargo build --quiet --features cli --bin jaunumi
jaunumi=target/debug/jaunumi

step "write the graphs"
# The seed's graph and script element are the golden files the tests pin to the library.
cp tests/data/golden/seed.jsonld tests/data/golden/seed.script.html "$out/"
"$jaunumi" jsonld --pretty tests/data/jsonld/full-article.json >"$out/full-article.jsonld" 2>/dev/null
# A listing page of 1,000 generated articles, written by `jaunumi feed --format jsonld`.
"$py" - "$out" <<'PY'
import json, random, sys
out = sys.argv[1]
rng = random.Random(6)
words = ("pašvaldība dome bibliotēka skola koncerts sēde iedzīvotāji projekts ceļš parks "
         "Ventspils Kuldīga Jūrmala „Drošs ceļš“ & <b> ]]> 🎉 \"citāts\"").split()
feed = {
    "title": "Kuldīgas novada jaunumi",
    "description": "Visi pašvaldības jaunumi",
    "homeUrl": "https://www.kuldiga.lv/jaunumi/",
    "feedUrl": "https://www.kuldiga.lv/jaunumi/feed/",
    "publisher": {"name": "Kuldīgas novada pašvaldība", "kind": "municipality",
                  "url": "https://www.kuldiga.lv/", "registrationNumber": "90000056357",
                  "parent": {"name": "Latvijas Republika", "kind": "stateInstitution",
                             "url": "https://www.gov.lv/"}},
    "updated": "2024-07-01T12:00:00+03:00",
    "rights": "© Kuldīgas novada pašvaldība",
}
with open(f"{out}/feed.json", "w", encoding="utf-8") as f:
    json.dump(feed, f, ensure_ascii=False)
with open(f"{out}/articles.jsonl", "w", encoding="utf-8") as f:
    for i in range(1000):
        month = rng.choice([1, 2, 5, 6, 7, 8, 12])
        offset = "+03:00" if 4 <= month <= 9 else "+02:00"
        title = " ".join(rng.choice(words) for _ in range(rng.randint(3, 9)))
        article = {
            "title": f"{title} {i}",
            "url": f"https://www.kuldiga.lv/jaunumi/{i}/",
            "published": f"2024-{month:02}-{rng.randint(1, 28):02}T{rng.randint(7, 20):02}:15:00{offset}",
            "summary": " ".join(rng.choice(words) for _ in range(12)),
            "body": "<p>" + " ".join(rng.choice(words) for _ in range(40)).replace("&", "&amp;").replace("<", "&lt;") + "</p>",
            "authors": [{"name": rng.choice(["Anna Kalniņa", "Jānis Bērziņš"])}],
            "language": rng.choice(["lv", "lv", "en", "ru"]),
        }
        if i % 3 == 0:
            article["image"] = {"url": f"https://www.kuldiga.lv/images/{i}.jpg", "alt": title}
        f.write(json.dumps(article, ensure_ascii=False) + "\n")
PY
"$jaunumi" feed --format jsonld --feed "$out/feed.json" "$out/articles.jsonl" >"$out/listing-1000.jsonld"

step "pyld: expand with the local schema.org context"
"$py" tests/python/check_jsonld.py tests/data/schemaorg/schemaorgcontext-30.0.jsonld \
    "$out/seed.jsonld" "$out/full-article.jsonld" tests/data/golden/seed-listing.jsonld \
    "$out/listing-1000.jsonld"
"$py" - "$out/listing-1000.jsonld" <<'PY'
import json, sys
graph = json.load(open(sys.argv[1], encoding="utf-8"))["@graph"]
items = graph[-1]
assert items["@type"] == "ItemList" and items["numberOfItems"] == 1000, items["@type"]
assert len(items["itemListElement"]) == 1000
print("listing: 1000 ListItems")
PY

step "chromium: the script elements in a real browser"
# A hostile article: everything that ends a script element, opens a comment or ends CDATA,
# in every text field the graph writes.
"$py" - "$out/hostile.json" <<'PY'
import json, sys
# Single quotes in the script: JSON leaves them as they are, so a breakout would run it.
attack = ("</script><script>document.documentElement.setAttribute('data-pwned', '{0}')</script>"
          " <!--<script> ]]> \u2028 \u2029 \"double\" 'single' & </SCRIPT >")
html_attack = attack.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
article = {
    "title": "Koncerts " + attack.format("title"),
    "url": "https://www.kuldiga.lv/jaunumi/uzbrukums/",
    "published": "2024-07-01T12:00:00+03:00",
    "summary": attack.format("summary"),
    "body": "<p>" + html_attack.format("body") + "</p><p>Otrā rindkopa</p>",
    "keywords": [attack.format("keyword")],
    "section": attack.format("section"),
    "authors": [{"name": attack.format("author")}],
    "events": [{"name": attack.format("event"), "start": "2024-07-14",
                "location": {"place": {"name": attack.format("place"),
                                       "address": {"locality": attack.format("locality")}}}}],
}
json.dump(article, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
"$jaunumi" jsonld --html "$out/hostile.json" >"$out/hostile.script.html" 2>/dev/null
"$jaunumi" jsonld "$out/hostile.json" >"$out/hostile.jsonld" 2>/dev/null
# The control: the same graph put into a script element as plain JSON, the way a naive
# template would. It must break out, or the hostile article proves nothing.
{ printf '<script type="application/ld+json">'; cat "$out/hostile.jsonld"; printf '</script>'; } \
    >"$out/naive.script.html"

# page.py NAME SCRIPT...: a page holding the script elements, and a script that parses every
# application/ld+json element and writes the result into the DOM.
cat >"$work/page.py" <<'PY'
import sys
out, name, elements = sys.argv[1], sys.argv[2], sys.argv[3:]
scripts = "\n".join(open(f"{out}/{e}.script.html", encoding="utf-8").read().strip() for e in elements)
page = """<!DOCTYPE html>
<html lang="lv">
<head>
<meta charset="utf-8">
<title>jaunumi JSON-LD</title>
%s
</head>
<body>
<pre id="result">not run</pre>
<script>
(function () {
  var found = document.querySelectorAll('script[type="application/ld+json"]');
  var parsed = [];
  for (var i = 0; i < found.length; i++) {
    try { parsed.push(JSON.parse(found[i].textContent)); }
    catch (e) { parsed.push({"parse error": String(e)}); }
  }
  document.getElementById("result").textContent = JSON.stringify({
    scripts: document.getElementsByTagName("script").length,
    ldjson: parsed,
    pwned: document.documentElement.getAttribute("data-pwned")
  });
})();
</script>
</body>
</html>
""" % scripts
open(f"{out}/{name}.html", "w", encoding="utf-8").write(page)
PY
# dom.py NAME: what the page's script wrote into the DOM Chromium dumped, as JSON.
cat >"$work/dom.py" <<'PY'
import html, json, re, sys
out, name = sys.argv[1], sys.argv[2]
dom = open(f"{out}/{name}.dom.html", encoding="utf-8").read()
match = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
text = html.unescape(match.group(1)) if match else "no result element"
result = json.loads(text) if text.startswith("{") else {"error": text}
# The attribute an injected script sets (its text is also in the JSON, as a string).
result["attribute"] = bool(re.search(r"<html[^>]*data-pwned", dom))
json.dump(result, open(f"{out}/{name}.result.json", "w", encoding="utf-8"))
PY
browse() {
    local profile
    profile=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
        --dump-dom "file://$PWD/$out/$1.html" >"$out/$1.dom.html" 2>"$out/$1.chromium.log"
    rm -rf "$profile"
    "$py" "$work/dom.py" "$out" "$1"
}
"$py" "$work/page.py" "$out" page seed hostile
browse page
"$py" "$work/page.py" "$out" control naive
browse control
"$py" - "$out" <<'PY'
import json, sys
out = sys.argv[1]
result = json.load(open(f"{out}/page.result.json", encoding="utf-8"))
control = json.load(open(f"{out}/control.result.json", encoding="utf-8"))
expected = [json.load(open(f"{out}/{name}.jsonld", encoding="utf-8")) for name in ("seed", "hostile")]
problems = []
if "error" in result:
    problems.append(f"the page's own script did not run: {result['error']}")
else:
    if result["scripts"] != 3:
        problems.append(f"expected 3 script elements, found {result['scripts']}")
    if len(result["ldjson"]) != 2:
        problems.append(f"expected 2 application/ld+json elements, found {len(result['ldjson'])}")
    for name, got, want in zip(("seed", "hostile"), result["ldjson"], expected):
        if got != want:
            problems.append(f"the {name} element parsed to other JSON than the crate wrote: "
                            f"{json.dumps(got)[:300]}")
    if result["pwned"] is not None or result["attribute"]:
        problems.append(f"an injected script ran: data-pwned={result['pwned']!r}")
    headline = result["ldjson"][1]["@graph"][0]["headline"] if len(result["ldjson"]) > 1 else ""
    if "</script><script>" not in headline or "\u2028" not in headline:
        problems.append(f"the hostile headline did not come through whole: {headline!r}")
if not control.get("attribute"):
    problems.append("control: the naively embedded hostile graph did not break out, so the "
                    "test proves nothing: " + json.dumps(control)[:300])
if problems:
    sys.exit("\n".join(problems))
print(f"chromium: {result['scripts']} script elements, 2 graphs equal to the crate's JSON, "
      f"no injected script ran")
print("chromium control: the same graph as plain JSON in a script element broke out, and "
      "its injected script ran")
PY

step "done"
