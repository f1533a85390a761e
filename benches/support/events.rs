//! Latvian municipal events as plain data, crowded around the changes of the clocks: two
//! thirds of the timed events start within six hours of a change of 2024 or 2025 (the last
//! Sundays of March and October, 01:00 UTC), the rest anywhere in those two years. Their
//! instants carry Riga's offset, `+02:00` whatever the season, or UTC, so that some are
//! written at a local time Riga skips. About a fifth are all-day; some are cancelled,
//! postponed, rescheduled or moved online; some are online or both online and in a place;
//! about 3 % have text holding `,`, `;`, `\`, line ends and emoji.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};

use super::articles::SITE;

/// When an event starts or ends.
#[derive(Debug, Clone, Copy)]
pub(crate) enum When {
    /// A whole day.
    Day(NaiveDate),
    /// An instant with its offset.
    At(DateTime<FixedOffset>),
}

/// Whether an event goes ahead.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Status {
    Scheduled,
    Cancelled,
    Postponed,
    Rescheduled(When),
    MovedOnline,
}

/// A place, as plain data.
#[derive(Debug, Clone)]
pub(crate) struct PlaceData {
    pub(crate) name: String,
    pub(crate) street: String,
    pub(crate) locality: &'static str,
    pub(crate) coordinates: Option<(f64, f64)>,
}

/// One event, as plain data.
#[derive(Debug, Clone)]
pub(crate) struct EventData {
    pub(crate) name: String,
    pub(crate) start: When,
    pub(crate) end: Option<When>,
    pub(crate) place: Option<PlaceData>,
    pub(crate) online: Option<String>,
    pub(crate) status: Status,
    pub(crate) description: Option<String>,
    pub(crate) url: String,
    pub(crate) organizer: &'static str,
    pub(crate) email: Option<&'static str>,
    pub(crate) language: &'static str,
}

const KINDS: [&str; 12] = [
    "Koncerts",
    "Domes sēde",
    "Talka",
    "Izstāde",
    "Lekcija",
    "Tirdziņš",
    "Sacensības",
    "Nakts orientēšanās",
    "Bibliotēkas stunda",
    "Teātra izrāde",
    "Ekskursija",
    "Tiešraide",
];
const TOWNS: [&str; 8] = [
    "Ventspilī",
    "Kuldīgā",
    "Jūrmalā",
    "Liepājā",
    "Talsos",
    "Cēsīs",
    "Valmierā",
    "Rēzeknē",
];
const LOCALITIES: [&str; 8] = [
    "Ventspils",
    "Kuldīga",
    "Jūrmala",
    "Liepāja",
    "Talsi",
    "Cēsis",
    "Valmiera",
    "Rēzekne",
];
const VENUES: [&str; 6] = [
    "Kultūras centrs",
    "Centrālā bibliotēka",
    "Sporta halle",
    "Teātra nams „Jūras vārti“",
    "Pilsētas laukums",
    "Mūzikas skola",
];
const ORGANIZERS: [(&str, Option<&str>); 4] = [
    ("Kultūras centrs", Some("kultura@example-pasvaldiba.lv")),
    ("Pašvaldības dome", None),
    (
        "Sporta centrs „Ventspils“",
        Some("sports@example-pasvaldiba.lv"),
    ),
    ("Centrālā bibliotēka", None),
];

/// The instants the clocks change in 2024 and 2025, in seconds since 1970.
const CHANGES: [i64; 4] = [
    1_711_846_800, // 2024-03-31T01:00:00Z
    1_729_990_800, // 2024-10-27T01:00:00Z
    1_743_296_400, // 2025-03-30T01:00:00Z
    1_761_440_400, // 2025-10-26T01:00:00Z
];
/// 2024-01-01T00:00:00Z.
const FIRST: i64 = 1_704_067_200;
/// Two years of seconds.
const SPAN: i64 = 2 * 365 * 86_400;

/// An instant `seconds` after 1970 with an offset: Riga's, `+02:00`, or UTC.
fn at(rng: &mut fastrand::Rng, seconds: i64) -> DateTime<FixedOffset> {
    let utc = DateTime::from_timestamp(seconds, 0).unwrap_or(DateTime::UNIX_EPOCH);
    match rng.u8(..4) {
        0 | 1 => jaunumi::riga::from_utc(utc),
        2 => match FixedOffset::east_opt(2 * 3600) {
            Some(plus_two) => utc.with_timezone(&plus_two),
            None => utc.fixed_offset(),
        },
        _ => utc.fixed_offset(),
    }
}

/// A day of 2024 or 2025, the change days more often.
fn day(rng: &mut fastrand::Rng) -> NaiveDate {
    let seconds = if rng.bool() {
        CHANGES[rng.usize(..CHANGES.len())]
    } else {
        FIRST + rng.i64(0..SPAN)
    };
    DateTime::from_timestamp(seconds, 0)
        .unwrap_or(DateTime::UNIX_EPOCH)
        .date_naive()
}

fn event(rng: &mut fastrand::Rng, index: usize) -> EventData {
    let stress = rng.u8(..100) < 3;
    let kind = KINDS[rng.usize(..KINDS.len())];
    let town = rng.usize(..TOWNS.len());
    let mut name = format!("{kind} {} nr. {index}", TOWNS[town]);
    if stress {
        name.push_str(", A; B \\ C 🎉");
    }
    let (start, end) = if rng.u8(..5) == 0 {
        let first = day(rng);
        let end = match rng.u8(..4) {
            0 | 1 => None,
            n => Some(When::Day(first + TimeDelta::days(i64::from(n) - 2))),
        };
        (When::Day(first), end)
    } else {
        let seconds = if rng.u8(..3) < 2 {
            // Within six hours of a change, on the minute.
            CHANGES[rng.usize(..CHANGES.len())] + rng.i64(-360..360) * 60
        } else {
            FIRST + rng.i64(0..SPAN / 60) * 60
        };
        let start = at(rng, seconds);
        let end = match rng.u8(..10) {
            0..=2 => None,
            _ => {
                let length = rng.i64(15..300) * 60;
                Some(When::At(at(rng, seconds + length)))
            }
        };
        (When::At(start), end)
    };
    let status = match rng.u8(..100) {
        0..=69 => Status::Scheduled,
        70..=79 => Status::Cancelled,
        80..=85 => Status::Postponed,
        86..=92 => Status::Rescheduled(match start {
            When::Day(day) => When::Day(day - TimeDelta::days(7)),
            When::At(instant) => When::At(instant - TimeDelta::days(7)),
        }),
        _ => Status::MovedOnline,
    };
    let layout = rng.u8(..20);
    let mut place = || PlaceData {
        name: format!("{} {}", LOCALITIES[town], VENUES[rng.usize(..VENUES.len())]),
        street: format!("Lielā iela {}", rng.u8(1..120)),
        locality: LOCALITIES[town],
        coordinates: rng
            .bool()
            .then(|| (56.0 + rng.f64() * 1.9, 21.0 + rng.f64() * 6.0)),
    };
    let online_url = format!("https://www.youtube.com/@pasvaldiba/live/{index}");
    let (place, online) = match layout {
        0..=11 => (Some(place()), None),
        12..=16 => (None, Some(online_url)),
        _ => (Some(place()), Some(online_url)),
    };
    let description = match rng.u8(..10) {
        0..=2 => None,
        _ if stress => Some(format!(
            "Ieeja bez maksas; vietu skaits ierobežots, lūdzu, piesakieties.\nCeļš: C:\\pasakumi\\{index} — „pēdiņas“ 🎉"
        )),
        _ => Some(format!(
            "{kind} {} pulcēs iedzīvotājus un viesus. Programmā uzstāsies vietējie kolektīvi, \
             būs darbnīcas bērniem un pieaugušajiem, kā arī siltā tēja un pankūkas.",
            TOWNS[town]
        )),
    };
    let (organizer, email) = ORGANIZERS[rng.usize(..ORGANIZERS.len())];
    EventData {
        name,
        start,
        end,
        place,
        online,
        status,
        description,
        url: format!("{SITE}/pasakumi/{index}"),
        organizer,
        email,
        language: if rng.u8(..10) == 0 { "en" } else { "lv" },
    }
}

/// `count` events from `seed`, generated one at a time.
pub(crate) fn stream(seed: u64, count: usize) -> impl Iterator<Item = EventData> {
    let mut rng = fastrand::Rng::with_seed(seed);
    (1..=count).map(move |index| event(&mut rng, index))
}

/// `count` events from `seed`, the same on every run.
pub(crate) fn generate(seed: u64, count: usize) -> Vec<EventData> {
    stream(seed, count).collect()
}

fn moment(when: When) -> jaunumi::Moment {
    match when {
        When::Day(day) => jaunumi::Moment::Date(day),
        When::At(instant) => jaunumi::Moment::Instant(instant),
    }
}

/// The event as the model holds it.
pub(crate) fn to_event(data: &EventData) -> Result<jaunumi::Event, jaunumi::Error> {
    let mut builder = jaunumi::Event::builder(&data.name, moment(data.start))
        .url(&data.url)
        .language(data.language.parse()?)
        .status(match data.status {
            Status::Scheduled => jaunumi::EventStatus::Scheduled,
            Status::Cancelled => jaunumi::EventStatus::Cancelled,
            Status::Postponed => jaunumi::EventStatus::Postponed,
            Status::Rescheduled(previous) => jaunumi::EventStatus::Rescheduled {
                previous_start: moment(previous),
            },
            Status::MovedOnline => jaunumi::EventStatus::MovedOnline,
        });
    if let Some(end) = data.end {
        builder = builder.end(moment(end));
    }
    if let Some(description) = &data.description {
        builder = builder.description(description);
    }
    let place = match &data.place {
        Some(place) => {
            let address = jaunumi::PostalAddress::builder()
                .street(&place.street)
                .locality(place.locality)
                .build()?;
            let mut builder = jaunumi::Place::builder(&place.name, address);
            if let Some((latitude, longitude)) = place.coordinates {
                builder = builder.coordinates(latitude, longitude);
            }
            Some(builder.build()?)
        }
        None => None,
    };
    let online = data
        .online
        .as_deref()
        .map(jaunumi::WebUrl::parse)
        .transpose()?;
    let location = match (place, online) {
        (Some(place), Some(url)) => Some(jaunumi::Location::Mixed { place, url }),
        (Some(place), None) => Some(jaunumi::Location::Physical(place)),
        (None, Some(url)) => Some(jaunumi::Location::Online(url)),
        (None, None) => None,
    };
    if let Some(location) = location {
        builder = builder.location(location);
    }
    let mut organizer = jaunumi::Organization::builder(data.organizer);
    if let Some(email) = data.email {
        organizer = organizer.email(email);
    }
    builder.organizer(organizer.build()?).build()
}
