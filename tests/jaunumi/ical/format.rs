//! What no iCalendar reader checks, because each forgives it: lines of at most 75 octets
//! folded between UTF-8 sequences, CRLF and nothing else, one VTIMEZONE before the events,
//! the exclusive end of all-day events, escaping, UTC in the hour skipped and the hour
//! repeated, UIDs that stay, a sequence that grows, the same bytes every time.

use jaunumi::ical::{self, Calendar};
use jaunumi::{
    Article, Event, EventStatus, Feed, Location, Moment, Organization, Place, PostalAddress,
};

use super::{Result, events_calendar, property, rich_feed, unescape, unfolded, vevents};
use crate::seed;

/// Every calendar the tests pin.
fn calendars() -> Result<Vec<(&'static str, String)>> {
    let (calendar, events) = events_calendar()?;
    Ok(vec![
        ("seed", ical::to_string(&seed::feed()?)?),
        ("rich", ical::to_string(&rich_feed()?)?),
        ("events", calendar.to_string(&events)?),
    ])
}

/// Checks what every calendar the crate writes must be, whatever its events.
pub(crate) fn well_formed(ics: &str) {
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("\r\nEND:VCALENDAR\r\n"));
    for line in ics.as_bytes().split(|&b| b == b'\n') {
        if line.is_empty() {
            continue;
        }
        let line = line.strip_suffix(b"\r").expect("every line ends with CRLF");
        assert!(!line.contains(&b'\r'), "a lone CR");
        assert!(line.len() <= 75, "a line of {} octets", line.len());
        assert!(
            std::str::from_utf8(line).is_ok(),
            "a line that splits a UTF-8 sequence: {line:?}"
        );
    }
    let lines = unfolded(ics);
    let zones = lines.iter().filter(|l| *l == "BEGIN:VTIMEZONE").count();
    assert_eq!(zones, 1, "one VTIMEZONE");
    let zone = lines.iter().position(|l| l == "BEGIN:VTIMEZONE").unwrap();
    assert_eq!(lines[zone + 1], "TZID:Europe/Riga");
    if let Some(first) = lines.iter().position(|l| l == "BEGIN:VEVENT") {
        assert!(zone < first, "the VTIMEZONE comes before the events");
    }
    for line in &lines {
        if let Some((_, rest)) = line.split_once(";TZID=") {
            assert!(rest.starts_with("Europe/Riga:"), "{line}");
        }
    }
    for event in vevents(ics) {
        for name in ["UID", "DTSTAMP", "DTSTART", "SEQUENCE", "STATUS", "SUMMARY"] {
            assert!(property(&event, name).is_some(), "{name} in {event:?}");
        }
        let stamp = property(&event, "DTSTAMP").unwrap();
        assert!(stamp.len() == 24 && stamp.ends_with('Z'), "{stamp}");
    }
}

#[test]
fn every_pinned_calendar_is_well_formed() -> Result {
    for (name, ics) in calendars()? {
        assert!(ics.contains("\r\n "), "{name} has folded lines to check");
        well_formed(&ics);
    }
    Ok(())
}

#[test]
fn every_uid_is_unique() -> Result {
    for (name, ics) in calendars()? {
        let mut uids: Vec<_> = vevents(&ics)
            .iter()
            .map(|e| property(e, "UID").unwrap().to_owned())
            .collect();
        let count = uids.len();
        uids.sort();
        uids.dedup();
        assert_eq!(uids.len(), count, "{name}");
    }
    Ok(())
}

fn venue() -> Place {
    Place::builder(
        "Ventspils teātra nams",
        PostalAddress::builder()
            .locality("Ventspils")
            .build()
            .unwrap(),
    )
    .build()
    .unwrap()
}

/// The one VEVENT of a calendar of `event` given alone.
fn alone(event: Event) -> Vec<String> {
    let calendar = Calendar::new().stamp(jaunumi::riga::at(2024, 1, 1, 9, 0).unwrap());
    let ics = calendar.to_string(&[event]).unwrap();
    well_formed(&ics);
    vevents(&ics).remove(0)
}

fn event(name: &str, start: impl Into<Moment>) -> jaunumi::EventBuilder {
    Event::builder(name, start)
        .location(Location::Physical(venue()))
        .url("https://ventspils.lv/pasakumi/1")
}

fn day(text: &str) -> Moment {
    text.parse().unwrap()
}

fn lines_of<'a>(event: &'a [String], names: &[&str]) -> Vec<&'a str> {
    names
        .iter()
        .map(|n| property(event, n).unwrap_or("-"))
        .collect()
}

#[test]
fn all_day_events_end_on_the_day_after() {
    let one = alone(event("Jāņi", day("2024-06-23")).build().unwrap());
    assert_eq!(
        lines_of(&one, &["DTSTART", "DTEND"]),
        ["DTSTART;VALUE=DATE:20240623", "DTEND;VALUE=DATE:20240624"]
    );
    let same = alone(
        event("Jāņi", day("2024-06-23"))
            .end(day("2024-06-23"))
            .build()
            .unwrap(),
    );
    assert_eq!(property(&same, "DTEND"), Some("DTEND;VALUE=DATE:20240624"));
    let three = alone(
        event("Tirgus", day("2024-06-22"))
            .end(day("2024-06-24"))
            .build()
            .unwrap(),
    );
    assert_eq!(property(&three, "DTEND"), Some("DTEND;VALUE=DATE:20240625"));
    let new_year = alone(event("Gadumija", day("2024-12-31")).build().unwrap());
    assert_eq!(
        property(&new_year, "DTEND"),
        Some("DTEND;VALUE=DATE:20250101")
    );
}

#[test]
fn timed_events_in_riga_time_and_in_utc_where_a_local_time_would_mislead() {
    let at = |text: &str| Moment::parse(text).unwrap();
    let cases = [
        // Summer and winter, in Riga time whatever offset the model holds.
        (
            "2024-06-23T19:00:00+03:00",
            "DTSTART;TZID=Europe/Riga:20240623T190000",
        ),
        (
            "2024-01-17T10:00:00Z",
            "DTSTART;TZID=Europe/Riga:20240117T120000",
        ),
        // The last minute before the hour skipped, the first after it.
        (
            "2024-03-31T02:59:00+02:00",
            "DTSTART;TZID=Europe/Riga:20240331T025900",
        ),
        (
            "2024-03-31T04:00:00+03:00",
            "DTSTART;TZID=Europe/Riga:20240331T040000",
        ),
        // Written at a local time Riga skips: in UTC.
        ("2024-03-31T03:30:00+02:00", "DTSTART:20240331T013000Z"),
        ("2024-03-31T03:00:00+03:00", "DTSTART:20240331T000000Z"),
        // The hour repeated, on both of its occurrences: in UTC.
        ("2024-10-27T03:30:00+03:00", "DTSTART:20241027T003000Z"),
        ("2024-10-27T03:30:00+02:00", "DTSTART:20241027T013000Z"),
        (
            "2024-10-27T04:00:00+02:00",
            "DTSTART;TZID=Europe/Riga:20241027T040000",
        ),
        // Before the rule of 2001 and after 2099: in UTC.
        ("1999-07-15T18:00:00+03:00", "DTSTART:19990715T150000Z"),
        ("2001-03-25T02:59:59+02:00", "DTSTART:20010325T005959Z"),
        ("2100-06-01T12:00:00+02:00", "DTSTART:21000601T100000Z"),
        // A fraction of a second is dropped.
        (
            "2024-06-23T19:00:00.999+03:00",
            "DTSTART;TZID=Europe/Riga:20240623T190000",
        ),
    ];
    for (start, line) in cases {
        let written = alone(event("Koncerts", at(start)).build().unwrap());
        assert_eq!(property(&written, "DTSTART"), Some(line), "{start}");
    }
}

#[test]
fn a_timed_end_only_when_later_than_the_start() {
    let start = jaunumi::riga::at(2024, 6, 23, 19, 0).unwrap();
    let none = alone(event("Koncerts", start).build().unwrap());
    assert_eq!(property(&none, "DTEND"), None);
    let same = alone(event("Koncerts", start).end(start).build().unwrap());
    assert_eq!(property(&same, "DTEND"), None);
    let within_the_second = Moment::parse("2024-06-23T19:00:00.5+03:00").unwrap();
    let same = alone(
        event("Koncerts", start)
            .end(within_the_second)
            .build()
            .unwrap(),
    );
    assert_eq!(property(&same, "DTEND"), None);
    let later = alone(
        event("Koncerts", start)
            .end(jaunumi::riga::at(2024, 6, 23, 21, 0).unwrap())
            .build()
            .unwrap(),
    );
    assert_eq!(
        property(&later, "DTEND"),
        Some("DTEND;TZID=Europe/Riga:20240623T210000")
    );
}

#[test]
fn text_is_escaped_and_reads_back() {
    let name = "A\\B; C, D: \"E\"\nF\r\nG\rH";
    let written = alone(
        event(name, day("2024-06-23"))
            .description("Ieeja: 5,00 EUR; bērniem bez maksas")
            .build()
            .unwrap(),
    );
    let summary = property(&written, "SUMMARY").unwrap();
    assert_eq!(
        summary,
        "SUMMARY;LANGUAGE=lv:A\\\\B\\; C\\, D: \"E\"\\nF\\nG\\nH"
    );
    let value = summary.split_once(':').unwrap().1;
    assert_eq!(unescape(value), "A\\B; C, D: \"E\"\nF\nG\nH");
    assert_eq!(
        property(&written, "DESCRIPTION"),
        Some("DESCRIPTION;LANGUAGE=lv:Ieeja: 5\\,00 EUR\\; bērniem bez maksas")
    );
}

#[test]
fn the_organizer_is_the_first_with_an_e_mail_address() {
    let no_email = Organization::builder("Ventspils dome").build().unwrap();
    let with_email = Organization::builder("Kultūras centrs \"Jūras vārti\"")
        .email("info@jurasvarti.lv")
        .build()
        .unwrap();
    let none = alone(
        event("Koncerts", day("2024-06-23"))
            .organizer(no_email.clone())
            .build()
            .unwrap(),
    );
    assert_eq!(property(&none, "ORGANIZER"), None);
    let second = alone(
        event("Koncerts", day("2024-06-23"))
            .organizer(no_email)
            .organizer(with_email)
            .build()
            .unwrap(),
    );
    assert_eq!(
        property(&second, "ORGANIZER"),
        Some("ORGANIZER;CN=\"Kultūras centrs ^'Jūras vārti^'\":mailto:info@jurasvarti.lv")
    );
}

#[test]
fn status_and_sequence_follow_an_events_life() {
    let start = day("2024-06-23");
    let cases = [
        (EventStatus::Scheduled, "CONFIRMED", "0"),
        (EventStatus::Postponed, "TENTATIVE", "1"),
        (EventStatus::MovedOnline, "CONFIRMED", "1"),
        (
            EventStatus::Rescheduled {
                previous_start: day("2024-06-16"),
            },
            "CONFIRMED",
            "2",
        ),
        (EventStatus::Cancelled, "CANCELLED", "3"),
    ];
    let mut last = -1;
    for (status, word, sequence) in cases {
        let written = alone(event("Koncerts", start).status(status).build().unwrap());
        assert_eq!(
            lines_of(&written, &["STATUS", "SEQUENCE"]),
            [format!("STATUS:{word}"), format!("SEQUENCE:{sequence}")]
        );
        let n: i32 = sequence.parse().unwrap();
        assert!(n >= last, "the sequence never falls along an event's life");
        last = n;
    }
    let rescheduled = alone(
        event("Koncerts", jaunumi::riga::at(2024, 6, 23, 19, 0).unwrap())
            .status(EventStatus::Rescheduled {
                previous_start: jaunumi::riga::at(2024, 6, 16, 19, 0).unwrap().into(),
            })
            .build()
            .unwrap(),
    );
    assert_eq!(
        property(&rescheduled, "X-JAUNUMI-PREVIOUS-START"),
        Some("X-JAUNUMI-PREVIOUS-START;VALUE=DATE-TIME:20240616T160000Z")
    );
}

#[test]
fn an_event_moved_online_is_no_longer_at_its_place() {
    let url: jaunumi::WebUrl = "https://www.youtube.com/@ventspils".parse().unwrap();
    let mixed = alone(
        event("Lekcija", day("2024-06-23"))
            .location(Location::Mixed {
                place: venue(),
                url: url.clone(),
            })
            .build()
            .unwrap(),
    );
    assert_eq!(
        lines_of(&mixed, &["LOCATION", "CONFERENCE"]),
        [
            "LOCATION;LANGUAGE=lv:Ventspils teātra nams\\, Ventspils",
            "CONFERENCE;VALUE=URI:https://www.youtube.com/@ventspils",
        ]
    );
    let moved = alone(
        event("Lekcija", day("2024-06-23"))
            .location(Location::Mixed {
                place: venue(),
                url,
            })
            .status(EventStatus::MovedOnline)
            .build()
            .unwrap(),
    );
    assert_eq!(
        lines_of(&moved, &["LOCATION", "CONFERENCE"]),
        [
            "LOCATION:https://www.youtube.com/@ventspils",
            "CONFERENCE;VALUE=URI:https://www.youtube.com/@ventspils",
        ]
    );
}

fn article(title: &str, events: Vec<Event>) -> Article {
    let mut article = Article::builder(
        title,
        "https://ventspils.lv/jaunumi/ligo/",
        jaunumi::riga::at(2024, 6, 1, 9, 0).unwrap(),
    )
    .id("tag:ventspils.lv,2024:ligo");
    for event in events {
        article = article.event(event);
    }
    article.build().unwrap()
}

fn uids_and_sequences(feed: &Feed) -> Vec<(String, String)> {
    let ics = ical::to_string(feed).unwrap();
    well_formed(&ics);
    vevents(&ics)
        .iter()
        .map(|e| {
            (
                property(e, "UID").unwrap().to_owned(),
                property(e, "SEQUENCE").unwrap().to_owned(),
            )
        })
        .collect()
}

fn feed(articles: Vec<Article>) -> Feed {
    Feed::builder(
        "Pasākumi",
        "Ventspils pasākumi",
        "https://ventspils.lv/",
        "https://ventspils.lv/rss",
    )
    .articles(articles)
    .build()
    .unwrap()
}

#[test]
fn uids_stay_when_an_event_is_rescheduled_and_other_articles_come_and_go() {
    let concert = |status| {
        event(
            "Līgo koncerts",
            jaunumi::riga::at(2024, 6, 23, 19, 0).unwrap(),
        )
        .status(status)
        .build()
        .unwrap()
    };
    let fair = event("Tirgus", day("2024-06-22")).build().unwrap();
    let before = feed(vec![article(
        "Līgo",
        vec![concert(EventStatus::Scheduled), fair.clone()],
    )]);
    let after = feed(vec![
        Article::builder(
            "Cits raksts",
            "https://ventspils.lv/jaunumi/cits/",
            jaunumi::riga::at(2024, 6, 2, 9, 0).unwrap(),
        )
        .event(event("Cits", day("2024-07-01")).build().unwrap())
        .build()
        .unwrap(),
        article(
            "Līgo (pārcelts)",
            vec![
                concert(EventStatus::Rescheduled {
                    previous_start: day("2024-06-20"),
                }),
                fair,
            ],
        ),
    ]);
    let uid = |n| format!("UID:tag:ventspils.lv\\,2024:ligo#event-{n}");
    assert_eq!(
        uids_and_sequences(&before),
        [
            (uid(1), "SEQUENCE:0".to_owned()),
            (uid(2), "SEQUENCE:0".to_owned())
        ]
    );
    assert_eq!(
        uids_and_sequences(&after)[1..],
        [
            (uid(1), "SEQUENCE:2".to_owned()),
            (uid(2), "SEQUENCE:0".to_owned())
        ]
    );
}

#[test]
fn the_stamp_is_the_articles_time_never_the_clock() -> Result {
    let published = jaunumi::riga::at(2024, 6, 1, 9, 0)?;
    let first = Article::builder("Līgo", "https://ventspils.lv/j/1", published)
        .event(event("Koncerts", day("2024-06-23")).build()?)
        .build()?;
    let updated = Article::builder("Līgo", "https://ventspils.lv/j/1", published)
        .updated(jaunumi::riga::at(2024, 6, 10, 15, 30)?)
        .event(event("Koncerts", day("2024-06-23")).build()?)
        .build()?;
    let stamps: Vec<_> = [first, updated]
        .into_iter()
        .map(|article| {
            let ics = ical::to_string(&feed(vec![article])).unwrap();
            property(&vevents(&ics)[0], "DTSTAMP").unwrap().to_owned()
        })
        .collect();
    assert_eq!(
        stamps,
        ["DTSTAMP:20240601T060000Z", "DTSTAMP:20240610T123000Z"]
    );
    Ok(())
}

#[test]
fn the_calendars_own_properties() -> Result {
    let ics = ical::to_string(&rich_feed()?)?;
    let lines = unfolded(&ics);
    let head: Vec<&str> = lines
        .iter()
        .take_while(|l| *l != "BEGIN:VTIMEZONE")
        .map(String::as_str)
        .collect();
    assert_eq!(
        head,
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//jaunumi//NONSGML jaunumi//EN",
            "CALSCALE:GREGORIAN",
            "NAME;LANGUAGE=lv:Kurzemes pasākumi: kultūra\\, sports\\; viss",
            "X-WR-CALNAME:Kurzemes pasākumi: kultūra\\, sports\\; viss",
            "DESCRIPTION;LANGUAGE=lv:Ventspils un Kuldīgas pašvaldību pasākumi: koncerti\\, \
             sēdes\\, talkas\\nun svētki",
            "X-WR-CALDESC:Ventspils un Kuldīgas pašvaldību pasākumi: koncerti\\, sēdes\\, \
             talkas\\nun svētki",
            "URL:https://www.kurzeme.example.lv/pasakumi/",
            "X-WR-TIMEZONE:Europe/Riga",
        ]
    );
    assert!(
        !ics.contains("METHOD"),
        "no METHOD without an organiser everywhere"
    );
    Ok(())
}

#[test]
fn the_vtimezone_holds_rigas_rule_since_2001() {
    let ics = Calendar::new().to_string(&[]).unwrap();
    let lines = unfolded(&ics);
    let zone: Vec<&str> = lines
        .iter()
        .skip_while(|l| *l != "BEGIN:VTIMEZONE")
        .take_while(|l| *l != "END:VCALENDAR")
        .map(String::as_str)
        .collect();
    assert_eq!(
        zone,
        [
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Riga",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0300",
            "TZNAME:EEST",
            "DTSTART:20010325T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0300",
            "TZOFFSETTO:+0200",
            "TZNAME:EET",
            "DTSTART:20011028T040000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    );
}

/// The rule as libical's vzic writes it for the years since 2001, in the shared reference
/// (../shared/vendor/icalendar/Europe-Riga.vzic.ics), is the calendar's.
#[test]
fn the_vtimezone_is_the_vzic_references_last_two_sub_components() -> Result {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/vendor/icalendar/Europe-Riga.vzic.ics");
    let Ok(reference) = std::fs::read_to_string(&path) else {
        // Outside the project's workspace the shared directory is not there.
        return Ok(());
    };
    let reference: Vec<&str> = reference.lines().collect();
    let since_2001 = reference
        .iter()
        .position(|l| *l == "DTSTART:20010325T030000")
        .ok_or("the reference's onset of 2001")?;
    // From the DAYLIGHT of 2001 to the end of the STANDARD after it, without TZNAME.
    let start = since_2001 - 4;
    let end = reference
        .iter()
        .rposition(|l| *l == "END:STANDARD")
        .ok_or("END")?
        + 1;
    let mut vzic: Vec<&str> = reference[start..end]
        .iter()
        .copied()
        .filter(|l| !l.starts_with("TZNAME"))
        .collect();
    vzic.sort_unstable();
    let ics = Calendar::new().to_string(&[])?;
    let lines = unfolded(&ics);
    let mut ours: Vec<&str> = lines
        .iter()
        .skip_while(|l| *l != "BEGIN:DAYLIGHT")
        .take_while(|l| *l != "END:VTIMEZONE")
        .map(String::as_str)
        .filter(|l| !l.starts_with("TZNAME"))
        .collect();
    ours.sort_unstable();
    assert_eq!(ours, vzic);
    Ok(())
}
