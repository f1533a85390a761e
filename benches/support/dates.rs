//! Latvian date phrases and paragraphs.
//!
//! Phrases come in the forms municipal sites print (days with month names in their cases,
//! weekdays, numeric dates, times, ranges, relative words), each with a reference date near
//! it; paragraphs are sentences of municipal news with dates among numbers that are not
//! dates (sums, counts, regulation numbers, phone numbers).

use chrono::{DateTime, Datelike as _, Duration, FixedOffset, NaiveDate, TimeZone as _};
use fastrand::Rng;

const LOCATIVE: [&str; 12] = [
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
];
const GENITIVE: [&str; 12] = [
    "janvāra",
    "februāra",
    "marta",
    "aprīļa",
    "maija",
    "jūnija",
    "jūlija",
    "augusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
];
const DATIVE: [&str; 12] = [
    "janvārim",
    "februārim",
    "martam",
    "aprīlim",
    "maijam",
    "jūnijam",
    "jūlijam",
    "augustam",
    "septembrim",
    "oktobrim",
    "novembrim",
    "decembrim",
];
const NOMINATIVE: [&str; 12] = [
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
];
const ABBREVIATED: [&str; 12] = [
    "janv.", "febr.", "marts", "apr.", "maijs", "jūn.", "jūl.", "aug.", "sept.", "okt.", "nov.",
    "dec.",
];
const WEEKDAY: [&str; 7] = [
    "Pirmdien",
    "Otrdien",
    "Trešdien",
    "Ceturtdien",
    "Piektdien",
    "Sestdien",
    "Svētdien",
];
const RELATIVE: [&str; 12] = [
    "šodien",
    "vakar",
    "aizvakar",
    "rīt",
    "parīt",
    "pērn",
    "šogad",
    "šonedēļ",
    "pagājušajā nedēļā",
    "pirms 3 dienām",
    "pagājušā gada sākumā",
    "nākamajā mēnesī",
];
const TOWNS: [&str; 10] = [
    "Ventspilī",
    "Kuldīgā",
    "Talsos",
    "Jūrmalā",
    "Liepājā",
    "Cēsīs",
    "Valmierā",
    "Dobelē",
    "Alūksnē",
    "Ogrē",
];
const EVENTS: [&str; 8] = [
    "Domes sēde",
    "Koncerts",
    "Iedzīvotāju tikšanās",
    "Talka",
    "Gadatirgus",
    "Seminārs",
    "Sporta diena",
    "Izstādes atklāšana",
];

/// A day between 2016 and 2025.
fn day(rng: &mut Rng) -> NaiveDate {
    let start = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap_or_default();
    start + Duration::days(rng.i64(0..3653))
}

/// One Latvian date phrase for `day`.
fn phrase(rng: &mut Rng, day: NaiveDate) -> String {
    let (y, m, d) = (day.year(), day.month0() as usize, day.day());
    let (hh, mm) = (rng.u32(7..22), [0, 0, 15, 30, 45][rng.usize(0..5)]);
    let weekday = WEEKDAY[day.weekday().num_days_from_monday() as usize];
    match rng.u8(0..16) {
        0 => format!("{y}. gada {d}. {}", LOCATIVE[m]),
        1 => format!("{weekday}, {d}. {}", LOCATIVE[m]),
        2 => format!("{d:02}.{:02}.{y}.", m + 1),
        3 => format!("{d}. {} plkst. {hh}.{mm:02}", ABBREVIATED[m]),
        4 => format!("{y}. gada {d}. {}", NOMINATIVE[m]),
        5 => format!("{weekday}, {d}. {}, plkst. {hh}.{mm:02}", LOCATIVE[m]),
        6 => format!("{d:02}.{:02}.{y}. plkst. {hh:02}:{mm:02}", m + 1),
        7 => format!("{d}. {}", GENITIVE[m]),
        8 => format!("Publicēts: {d:02}.{:02}.{y}. {hh:02}:{mm:02}", m + 1),
        9 => format!("{y}-{:02}-{d:02}", m + 1),
        10 => format!("no {d}. līdz {}. {}", (d + 2).min(28).max(d), DATIVE[m]),
        11 => format!("{y}. gada {}", LOCATIVE[m]),
        12 => format!("{} {d}, {y}", capitalized(NOMINATIVE[m])),
        13 => format!("kopš {y}. gada {d}. {}", GENITIVE[m]),
        14 => format!("{d}. {} {y}", ABBREVIATED[m]),
        _ => RELATIVE[rng.usize(0..RELATIVE.len())].to_owned(),
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `n` phrases, each with a reference date within 150 days of its date.
pub(crate) fn phrases(seed: u64, n: usize) -> Vec<(String, NaiveDate)> {
    let mut rng = Rng::with_seed(seed);
    (0..n)
        .map(|_| {
            let date = day(&mut rng);
            let reference = date + Duration::days(rng.i64(-150..=150));
            (phrase(&mut rng, date), reference)
        })
        .collect()
}

/// `n` RFC 3339 timestamps with the Europe/Riga offset of their instant, as feeds carry.
pub(crate) fn timestamps(seed: u64, n: usize) -> Vec<String> {
    let mut rng = Rng::with_seed(seed);
    (0..n)
        .map(|_| {
            let seconds = rng.i64(1_451_606_400..1_767_225_600) / 60 * 60;
            let utc = chrono::Utc
                .timestamp_opt(seconds, 0)
                .single()
                .unwrap_or_default();
            let riga: DateTime<FixedOffset> =
                utc.with_timezone(&chrono_tz::Europe::Riga).fixed_offset();
            riga.to_rfc3339()
        })
        .collect()
}

/// One sentence of municipal news, with a date or with numbers that are not dates.
fn sentence(rng: &mut Rng, date: NaiveDate) -> String {
    let (y, m, d) = (date.year(), date.month0() as usize, date.day());
    let town = TOWNS[rng.usize(0..TOWNS.len())];
    let event = EVENTS[rng.usize(0..EVENTS.len())];
    match rng.u8(0..12) {
        0 => format!("{event} notiks {d}. {} plkst. {}.00 {town}.", LOCATIVE[m], rng.u32(9..19)),
        1 => format!("Projekta izmaksas ir {} {:03} eiro, no tām {}% sedz fonds.", rng.u32(10..900), rng.u32(0..1000), rng.u32(40..86)),
        2 => format!("Pieteikumus pieņem līdz {d}. {}, aizpildot anketu tiešsaistē.", DATIVE[m]),
        3 => format!("Saistošie noteikumi Nr. {} stājās spēkā {d:02}.{:02}.{y}.", rng.u32(1..45), m + 1),
        4 => format!("{} iedzīvotāji {town} piedalījās aptaujā, un {} no viņiem atbalsta ieceri.", rng.u32(100..3000), rng.u32(50..100)),
        5 => format!("{}, {d}. {}, {town} viesojās kaimiņu pašvaldības speciālisti.", WEEKDAY[date.weekday().num_days_from_monday() as usize], LOCATIVE[m]),
        6 => format!("Tālrunis uzziņām: 63{:06}, darba laiks 9.00–17.00.", rng.u32(0..1_000_000)),
        7 => format!("No {y}. gada pašvaldība ieguldījusi {},{} miljonus eiro ceļu remontā.", rng.u32(1..10), rng.u32(0..10)),
        8 => "Iedzīvotāji aicināti sekot līdzi informācijai pašvaldības mājaslapā un sociālajos tīklos.".to_owned(),
        9 => format!("Ceļa posma garums ir {},{} kilometri, un darbi ilgs līdz {y}. gada beigām.", rng.u32(1..12), rng.u32(0..10)),
        10 => format!("Sēdē deputāti apstiprināja {}. gada publisko pārskatu.", y - 1),
        _ => format!("Pagājušajā nedēļā {town} tika atklāts jauns rotaļu laukums ar {} ierīcēm.", rng.u32(5..30)),
    }
}

/// `n` paragraphs of 3 to 8 sentences, each with a reference date.
pub(crate) fn paragraphs(seed: u64, n: usize) -> Vec<(String, NaiveDate)> {
    let mut rng = Rng::with_seed(seed);
    (0..n)
        .map(|_| {
            let reference = day(&mut rng);
            let count = rng.usize(3..=8);
            let text = (0..count)
                .map(|_| {
                    let date = reference + Duration::days(rng.i64(-60..=60));
                    sentence(&mut rng, date)
                })
                .collect::<Vec<_>>()
                .join(" ");
            (text, reference)
        })
        .collect()
}
