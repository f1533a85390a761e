#!/usr/bin/env bash
# The calendars read by five independent iCalendar readers, offline, from the repository
# root: `bash .ci/ical.sh`.
#
# Readers (tests/python/ical_read.py, tests/node/ical_read.mjs): PyPI icalendar (every
# component's `errors` empty, the VTIMEZONE turned into a tzinfo of its own), PyPI ical (the
# strict, pydantic reader), PyPI vobject (`readOne(..., validate=True)`), npm ical.js
# (Thunderbird's engine: the VTIMEZONE registered first) and libical through Debian's
# gir1.2-ical-3.0 and python3-gi (`restriction_check`, no X-LIC-ERROR; Debian's
# /usr/bin/python3, the one that has gi).
#
# Calendars: every golden (tests/data/golden/*.ics), the seed's events.ics written by the
# ventspils example, 1,000 generated events crowded around both changes of the clocks of
# 2024 and 2025 (all-day, cancelled, postponed, rescheduled, moved online, online, mixed) and
# about 600 events of 300 articles proptest generates (the years 1 to 9998, any offset,
# text full of what iCalendar escapes), all but the goldens through `jaunumi ics`. Each
# reader must read every event, and all must agree with the model on every UTC instant and
# date, stamp, status, sequence, name and description (tests/python/check_ical.py, against
# what examples/ical_corpus.rs says the model holds, computed without jaunumi::ical).
#
# A control: the generated calendar with summer time starting a month late (the last Sunday
# of April) must fail the same check, or it proves nothing: the readers that resolve times
# through the calendar's VTIMEZONE (all but PyPI ical, which takes Europe/Riga from the IANA
# database) then put April's events an hour off. (An onset an hour off, 04:00 in March as
# Python's icalendar writes Riga, would not show: it moves only the local times that Riga
# skips or repeats, which the crate writes in UTC.)
#
# Installs what it needs: apt (gir1.2-ical-3.0, python3-gi, python3-venv, nodejs), pip into a
# virtual environment under target/, npm into target/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

work=target/ci-ical
out=$work/out
rm -rf "$out"
mkdir -p "$out"

step "install the readers"
need=()
/usr/bin/python3 -c 'import gi; gi.require_version("ICalGLib", "3.0"); from gi.repository import ICalGLib' \
    >/dev/null 2>&1 || need+=(gir1.2-ical-3.0 python3-gi)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
python3 -m venv --help >/dev/null 2>&1 || need+=(python3-venv)
if [ "${#need[@]}" -gt 0 ]; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
venv=$work/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check \
    icalendar==7.3.2 ical==14.3.1 vobject==0.9.9
py=$venv/bin/python
node_dir=$work/node
if [ ! -f "$node_dir/node_modules/ical.js/package.json" ]; then
    mkdir -p "$node_dir"
    npm install --silent --no-audit --no-fund --prefix "$node_dir" ical.js@2.2.1 >/dev/null
fi
export NODE_PATH=$PWD/$node_dir/node_modules
"$py" -c 'import importlib.metadata as m; print(*(f"{p} {m.version(p)}" for p in ("icalendar", "ical", "vobject")), sep=", ")'
node -e 'const fs = require("fs"); const p = process.env.NODE_PATH + "/ical.js/package.json"; console.log("ical.js " + JSON.parse(fs.readFileSync(p)).version)'
echo "libical $(dpkg-query -W -f '${Version}' gir1.2-ical-3.0) (gir1.2-ical-3.0)"

step "build jaunumi and the corpus"
# The features of `cargo test --all-features`, so that .ci/run's build is reused.
cargo build --quiet --all-features --bin jaunumi --example ical_corpus --example ventspils
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
jaunumi=$target_dir/debug/jaunumi
corpus=$target_dir/debug/examples/ical_corpus

step "write the calendars and what the model says they hold"
# The goldens, each with the data it is written from.
"$corpus" seed >"$out/seed.jsonl"
"$corpus" expected "$out/seed.jsonl" >"$out/seed.expected.json"
"$corpus" expected tests/data/ical/rich.jsonl >"$out/rich.expected.json"
"$corpus" expected-events tests/data/ical/events.jsonl tests/data/ical/events.calendar.json \
    >"$out/events.expected.json"
calendars=()
for golden in tests/data/golden/*.ics; do
    name=$(basename "$golden" .ics)
    if [ ! -f "$out/$name.expected.json" ]; then
        echo "$golden: no data to hold it against: add it to .ci/ical.sh" >&2
        exit 1
    fi
    cp "$golden" "$out/$name.ics"
    calendars+=("$name")
done
# The seed's events.ics as the example writes it.
"$target_dir/debug/examples/ventspils" "$out/ventspils" 2>/dev/null
cp "$out/ventspils/events.ics" "$out/seed-example.ics"
cp "$out/seed.expected.json" "$out/seed-example.expected.json"
calendars+=(seed-example)
# 1,000 generated events and proptest's articles, through `jaunumi ics`.
"$corpus" feed >"$out/feed.json"
"$corpus" articles 1000 >"$out/generated.jsonl"
"$jaunumi" ics --feed "$out/feed.json" "$out/generated.jsonl" >"$out/generated.ics"
"$corpus" expected "$out/generated.jsonl" >"$out/generated.expected.json"
"$corpus" arbitrary 300 >"$out/arbitrary.jsonl"
"$jaunumi" ics "$out/arbitrary.jsonl" >"$out/arbitrary.ics"
"$corpus" expected "$out/arbitrary.jsonl" >"$out/arbitrary.expected.json"
calendars+=(generated arbitrary)

# read NAME: every reader's view of $out/NAME.ics, and the check against the model.
read_all() {
    local name=$1 ics=$out/$1.ics
    for reader in icalendar ical vobject; do
        "$py" tests/python/ical_read.py "$reader" "$ics" >"$out/$name.$reader.json"
    done
    /usr/bin/python3 tests/python/ical_read.py libical "$ics" >"$out/$name.libical.json"
    node tests/node/ical_read.mjs "$ics" >"$out/$name.icaljs.json"
}
check() {
    local name=$1
    python3 tests/python/check_ical.py "$name" "$out/$name.expected.json" \
        icalendar="$out/$name.icalendar.json" ical="$out/$name.ical.json" \
        vobject="$out/$name.vobject.json" libical="$out/$name.libical.json" \
        ical.js="$out/$name.icaljs.json"
}

step "five readers, each calendar, against the model"
passed=0
for name in "${calendars[@]}"; do
    read_all "$name"
    check "$name"
    passed=$((passed + 1))
done

step "control: summer time from the last Sunday of April must fail"
sed 's/^RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r$/RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=-1SU\r/' \
    "$out/generated.ics" >"$out/control.ics"
if cmp -s "$out/generated.ics" "$out/control.ics"; then
    echo "control: the rule was not found in the generated calendar" >&2
    exit 1
fi
cp "$out/generated.expected.json" "$out/control.expected.json"
read_all control
if check control >"$out/control.log" 2>&1; then
    echo "control: a VTIMEZONE a month late passed the check, so it proves nothing" >&2
    exit 1
fi
echo "$(tail -n 1 "$out/control.log") (as it must)"

echo "${passed} passed, 0 failed"
