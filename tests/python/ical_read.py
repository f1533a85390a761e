"""What one iCalendar reader makes of a calendar: `ical_read.py READER FILE.ics` prints, as
JSON, each VEVENT's UID with its start, end, stamp, status, sequence, summary and
description as the reader gives them:

- a timed value as the UTC instant it names, `2024-06-23T16:00:00Z`, resolved through the
  calendar's own VTIMEZONE, never through the reader's time zone database;
- an all-day value as its date, `2024-06-23` (the end as written: exclusive);
- the end as the reader computes it: DTEND, or the start when there is none.

READER is `icalendar` (PyPI icalendar: every component's `errors` must be empty; the
VTIMEZONE is turned into a tzinfo with `to_tz(lookup_tzid=False)`), `ical` (PyPI ical, the
strict pydantic reader), `vobject` (`readOne(…, validate=True)`) or `libical` (libical 3
through Debian's gir1.2-ical-3.0 and python3-gi: `restriction_check` must pass and no
property may carry an X-LIC-ERROR; run it with Debian's /usr/bin/python3, which has gi).
A reader that refuses the calendar exits with status 1 and says why.
"""

import datetime
import json
import sys

UTC = datetime.timezone.utc


def instant(value):
    """A date as `YYYY-MM-DD`, an aware datetime as its UTC instant."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"a floating time: {value!r}")
        value = value.astimezone(UTC)
        # strftime's %Y leaves years before 1000 unpadded.
        return f"{value.year:04}-{value:%m-%dT%H:%M:%S}Z"
    if isinstance(value, datetime.date):
        return f"{value.year:04}-{value:%m-%d}"
    raise TypeError(f"not a date or datetime: {value!r}")


def fail(reader, message):
    sys.exit(f"{reader}: {message}")


def read_icalendar(data):
    from icalendar import Calendar

    calendar = Calendar.from_ical(data)
    for component in calendar.walk():
        if component.errors:
            fail("icalendar", f"{component.name}: {component.errors}")
    zones = {str(tz["TZID"]): tz.to_tz(lookup_tzid=False) for tz in calendar.walk("VTIMEZONE")}

    def value(component, name):
        prop = component.get(name)
        if prop is None:
            return None
        dt = prop.dt
        tzid = prop.params.get("TZID")
        if tzid is not None:
            # The calendar's own VTIMEZONE, not the Olson zone icalendar would attach.
            dt = dt.replace(tzinfo=zones[str(tzid)])
        return dt

    events = {}
    for event in calendar.walk("VEVENT"):
        start = value(event, "DTSTART")
        end = value(event, "DTEND")
        events[str(event["UID"])] = {
            "start": instant(start),
            "end": instant(end if end is not None else start),
            "stamp": instant(value(event, "DTSTAMP")),
            "status": str(event.get("STATUS")),
            "sequence": int(event.get("SEQUENCE")),
            "summary": str(event.get("SUMMARY")),
            "description": None if event.get("DESCRIPTION") is None else str(event.get("DESCRIPTION")),
        }
    return events


def read_ical(data):
    from ical.calendar_stream import IcsCalendarStream

    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    events = {}
    for event in calendar.events:
        events[event.uid] = {
            "start": instant(event.dtstart),
            "end": instant(event.end),
            "stamp": instant(event.dtstamp),
            "status": event.status.value if event.status else None,
            "sequence": event.sequence,
            "summary": event.summary,
            "description": event.description,
        }
    return events


def read_vobject(data):
    import vobject

    calendar = vobject.readOne(data.decode("utf-8"), validate=True)
    events = {}
    for event in calendar.vevent_list:
        start = event.dtstart.value
        end = event.dtend.value if hasattr(event, "dtend") else start
        events[event.uid.value] = {
            "start": instant(start),
            "end": instant(end),
            "stamp": instant(event.dtstamp.value),
            "status": event.status.value,
            "sequence": int(event.sequence.value),
            "summary": event.summary.value,
            "description": event.description.value if hasattr(event, "description") else None,
        }
    return events


def read_libical(data):
    import gi

    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib

    calendar = ICalGLib.Component.new_from_string(data.decode("utf-8"))
    if calendar is None:
        fail("libical", "could not parse the calendar")
    if not ICalGLib.restriction_check(calendar):
        fail("libical", "restriction_check failed: " + calendar.as_ical_string()[:2000])

    def errors(component):
        found = []
        kind = ICalGLib.PropertyKind.XLICERROR_PROPERTY
        prop = component.get_first_property(kind)
        while prop is not None:
            found.append(prop.as_ical_string().strip())
            prop = component.get_next_property(kind)
        child = component.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
        while child is not None:
            found.extend(errors(child))
            child = component.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)
        return found

    found = errors(calendar)
    if found:
        fail("libical", "X-LIC-ERROR: " + "; ".join(found[:10]))

    utc = ICalGLib.Timezone.get_utc_timezone()

    def value(time):
        if time.is_date():
            return datetime.date(time.get_year(), time.get_month(), time.get_day())
        if time.get_timezone() is None and not time.is_utc():
            raise ValueError("a floating time")
        seconds = time.as_timet_with_zone(time.get_timezone() or utc)
        return datetime.datetime.fromtimestamp(seconds, UTC)

    def text(event, kind):
        prop = event.get_first_property(kind)
        return None if prop is None else prop.get_value().get_text()

    events = {}
    kind = ICalGLib.ComponentKind.VEVENT_COMPONENT
    event = calendar.get_first_component(kind)
    while event is not None:
        start = value(event.get_dtstart())
        end_prop = event.get_first_property(ICalGLib.PropertyKind.DTEND_PROPERTY)
        end = value(event.get_dtend()) if end_prop is not None else start
        status = event.get_first_property(ICalGLib.PropertyKind.STATUS_PROPERTY)
        events[event.get_uid()] = {
            "start": instant(start),
            "end": instant(end),
            "stamp": instant(value(event.get_dtstamp())),
            "status": None if status is None else status.get_value_as_string(),
            "sequence": event.get_sequence(),
            "summary": event.get_summary(),
            "description": text(event, ICalGLib.PropertyKind.DESCRIPTION_PROPERTY),
        }
        event = calendar.get_next_component(kind)
    return events


READERS = {
    "icalendar": read_icalendar,
    "ical": read_ical,
    "vobject": read_vobject,
    "libical": read_libical,
}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in READERS:
        sys.exit(f"usage: ical_read.py {'|'.join(READERS)} FILE.ics")
    reader, path = sys.argv[1], sys.argv[2]
    with open(path, "rb") as f:
        data = f.read()
    try:
        events = READERS[reader](data)
    except SystemExit:
        raise
    except Exception as err:  # a reader's refusal, whatever its kind
        fail(reader, f"{path}: {type(err).__name__}: {err}")
    json.dump(events, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
