// What ical.js (Thunderbird's engine) makes of a calendar: `node ical_read.mjs FILE.ics`
// prints, as JSON, each VEVENT's UID with the same fields as tests/python/ical_read.py:
// timed values as the UTC instant they name, resolved through the calendar's own VTIMEZONE
// (registered with ical.js's TimezoneService first), all-day values as dates, the end as
// DTEND or else the start. ICAL is found through NODE_PATH or a node_modules beside.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ICAL = require("ical.js");

function instant(time) {
  if (time.isDate) {
    const pad = (n, w) => String(n).padStart(w, "0");
    return `${pad(time.year, 4)}-${pad(time.month, 2)}-${pad(time.day, 2)}`;
  }
  if (time.zone === ICAL.Timezone.localTimezone || time.zone == null) {
    throw new Error(`a floating time: ${time.toString()}`);
  }
  const seconds = time.toUnixTime();
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, "Z");
}

const path = process.argv[2];
if (!path) {
  console.error("usage: node ical_read.mjs FILE.ics");
  process.exit(2);
}
try {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const events = {};
  for (const component of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    const end = component.hasProperty("dtend") ? event.endDate : start;
    const text = (name) => {
      const value = component.getFirstPropertyValue(name);
      return value == null ? null : String(value);
    };
    const sequence = component.getFirstPropertyValue("sequence");
    events[event.uid] = {
      start: instant(start),
      end: instant(end),
      stamp: instant(component.getFirstPropertyValue("dtstamp")),
      status: text("status"),
      sequence: sequence == null ? null : Number(sequence),
      summary: text("summary"),
      description: text("description"),
    };
  }
  const sorted = Object.fromEntries(Object.keys(events).sort().map((k) => [k, events[k]]));
  process.stdout.write(JSON.stringify(sorted, null, 1) + "\n");
} catch (err) {
  console.error(`ical.js: ${path}: ${err}`);
  process.exit(1);
}
