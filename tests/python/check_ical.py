"""Readers of a calendar against each other and against the model:
`check_ical.py NAME EXPECTED.json READER=READ.json...`.

EXPECTED.json is what the model holds for each event, by UID (examples/ical_corpus.rs
`expected`); each READ.json what one reader made of the calendar (tests/python/ical_read.py,
tests/node/ical_read.mjs). Every reader must give every event, and nothing else, with:

- the model's start: its date, or its instant in UTC to the second;
- the model's end: for an all-day event the day after its last day (the model's end, or
  else its start), as iCalendar's DTEND is exclusive; for a timed event its end when it is
  later than its start to the second, or else the start itself;
- the model's stamp (the article's time, or the calendar's), in UTC;
- the status and sequence the module's docs give the model's status;
- the event's name and description, line ends as `\\n` (iCalendar has no other).

Readers that agree with the model agree with each other; the report says so.
"""

import datetime
import json
import sys

STATUS = {
    "scheduled": ("CONFIRMED", 0),
    "postponed": ("TENTATIVE", 1),
    "movedOnline": ("CONFIRMED", 1),
    "rescheduled": ("CONFIRMED", 2),
    "cancelled": ("CANCELLED", 3),
}


def text(value):
    if value is None:
        return None
    return value.replace("\r\n", "\n").replace("\r", "\n")


def expected_end(event):
    start, end = event["start"], event["end"]
    if "T" not in start:
        last = datetime.date.fromisoformat(end or start)
        return (last + datetime.timedelta(days=1)).isoformat()
    if end is not None and end > start:
        return end
    return start


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: check_ical.py NAME EXPECTED.json READER=READ.json...")
    name = sys.argv[1]
    expected = json.load(open(sys.argv[2], encoding="utf-8"))
    reads = {}
    for arg in sys.argv[3:]:
        reader, path = arg.split("=", 1)
        reads[reader] = json.load(open(path, encoding="utf-8"))

    problems = []
    for reader, events in reads.items():
        missing = sorted(set(expected) - set(events))
        extra = sorted(set(events) - set(expected))
        if missing:
            problems.append(f"{reader}: {len(missing)} events missing, first {missing[0]}")
        if extra:
            problems.append(f"{reader}: {len(extra)} events not in the model, first {extra[0]}")
        for uid, want in expected.items():
            got = events.get(uid)
            if got is None:
                continue
            status, sequence = STATUS[want["status"]]
            checks = [
                ("start", want["start"], got["start"]),
                ("end", expected_end(want), got["end"]),
                ("stamp", want["stamp"], got["stamp"]),
                ("status", status, got["status"]),
                ("sequence", sequence, got["sequence"]),
                ("summary", text(want["summary"]), got["summary"]),
                ("description", text(want["description"]), got["description"]),
            ]
            for field, model, found in checks:
                if model != found:
                    problems.append(
                        f"{reader}: {uid}: {field}: expected {model!r}, found {found!r}"
                    )
    count = len(expected)
    if problems:
        for problem in problems[:40]:
            print(problem, file=sys.stderr)
        if len(problems) > 40:
            print(f"… and {len(problems) - 40} more", file=sys.stderr)
        by_reader = {}
        for problem in problems:
            reader = problem.split(":", 1)[0]
            by_reader[reader] = by_reader.get(reader, 0) + 1
        wrong = ", ".join(f"{reader} {count}" for reader, count in by_reader.items())
        print(f"{name}: 0 passed, {len(problems)} failed ({wrong})")
        sys.exit(1)
    readers = ", ".join(reads)
    print(f"{name}: {count} events, each read alike by {readers} and as the model holds it")


if __name__ == "__main__":
    main()
