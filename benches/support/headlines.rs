//! Latvian municipal news headlines.
//!
//! Titles of 40 to 120 characters as Latvian municipal sites write them: places in the
//! genitive and locative, ordinals (`2024. gada`, `15. maijā`), names in „…“ and “…”
//! quotes, now and then `&`, a percentage or an emoji.

use fastrand::Rng;

/// `count` headlines, the same for the same `seed` on every run and platform.
pub(crate) fn generate(seed: u64, count: usize) -> Vec<String> {
    let mut rng = Rng::with_seed(seed);
    (0..count).map(|_| headline(&mut rng)).collect()
}

/// Towns and counties: genitive, locative.
const TOWNS: &[(&str, &str)] = &[
    ("Kuldīgas", "Kuldīgā"),
    ("Cēsu", "Cēsīs"),
    ("Valmieras", "Valmierā"),
    ("Liepājas", "Liepājā"),
    ("Rēzeknes", "Rēzeknē"),
    ("Jēkabpils", "Jēkabpilī"),
    ("Ogres", "Ogrē"),
    ("Tukuma", "Tukumā"),
    ("Bauskas", "Bauskā"),
    ("Smiltenes", "Smiltenē"),
    ("Krāslavas", "Krāslavā"),
    ("Ķeguma", "Ķegumā"),
    ("Ādažu", "Ādažos"),
    ("Ikšķiles", "Ikšķilē"),
    ("Saulkrastu", "Saulkrastos"),
    ("Līvānu", "Līvānos"),
    ("Grobiņas", "Grobiņā"),
    ("Ventspils", "Ventspilī"),
    ("Jūrmalas", "Jūrmalā"),
    ("Skrundas", "Skrundā"),
];

const BODIES: &[&str] = &[
    "novada dome",
    "pilsētas bibliotēka",
    "bērnu un jauniešu centrs",
    "sociālais dienests",
    "tūrisma birojs",
    "mākslas skola",
    "pašvaldības policija",
    "dzimtsarakstu nodaļa",
    "būvvalde",
    "vēstures muzejs",
    "sporta skola",
    "kultūras nams",
];

const NAMES: &[&str] = &[
    "Gaismas festivāls",
    "Zaļā pilsēta",
    "Dziesmu diena",
    "Vasaras kino",
    "Ķiršu ziedēšana",
    "Sporto vesels",
    "Labie darbi",
    "Tēva diena",
    "Rudens gadatirgus",
    "Jaunais uzņēmējs",
    "Drošā skolas soma",
    "Ūdensrožu nakts",
];

/// Gatherings: nominative, and the form after `uz` ("to").
const GATHERINGS: &[(&str, &str)] = &[
    ("koncerts", "koncertu"),
    ("sporta svētki", "sporta svētkiem"),
    ("labdarības tirdziņš", "labdarības tirdziņu"),
    ("amatnieku diena", "amatnieku dienu"),
    ("dzejas lasījumi", "dzejas lasījumiem"),
    ("kora skate", "kora skati"),
    ("iedzīvotāju sapulce", "iedzīvotāju sapulci"),
    ("pārgājiens", "pārgājienu"),
];

const WORKS: &[&str] = &[
    "peldbaseinu",
    "tirgus laukumu",
    "skolas stadionu",
    "gājēju tiltu",
    "bērnu rotaļu laukumu",
    "ielu apgaismojumu",
    "veloceliņu gar upi",
];

const STREETS: &[&str] = &[
    "Lāčplēša",
    "Ganību",
    "Pērses",
    "Zvaigžņu",
    "Celtnieku",
    "Kr. Valdemāra",
    "Dzelzceļa",
    "Ūdensvada",
    "Liepu",
    "Mazā Kalna",
];

const TOPICS: &[&str] = &[
    "nekustamā īpašuma nodokļa atvieglojumiem",
    "atkritumu šķirošanu",
    "sabiedriskā transporta maršrutiem",
    "pirmsskolas rindām",
    "ūdenssaimniecības tarifiem",
    "jauniešu nodarbinātību vasarā",
];

/// Month names in the locative, as a date `15. maijā` uses them.
const MONTHS: &[&str] = &[
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

const EMOJI: &[&str] = &["🎉", "🎄", "☀️", "⚽", "📚", "❄️", "🌳", "👏"];

const ENDINGS: &[&str] = &[
    "ar Eiropas fondu atbalstu",
    "jau nākamnedēļ",
    "iedzīvotāju ērtībām",
    "pēc ilgiem gadiem",
    "kopā ar kaimiņu novadu",
];

fn pick<'a>(rng: &mut Rng, words: &[&'a str]) -> &'a str {
    words
        .get(rng.usize(..words.len()))
        .copied()
        .unwrap_or_default()
}

fn quoted(rng: &mut Rng, name: &str) -> String {
    if rng.u8(..3) == 0 {
        format!("“{name}”")
    } else {
        format!("„{name}“")
    }
}

fn gathering(rng: &mut Rng) -> (&'static str, &'static str) {
    GATHERINGS
        .get(rng.usize(..GATHERINGS.len()))
        .copied()
        .unwrap_or_default()
}

fn candidate(rng: &mut Rng) -> String {
    let (genitive, locative) = TOWNS
        .get(rng.usize(..TOWNS.len()))
        .copied()
        .unwrap_or_default();
    let year = rng.u16(2016..=2026);
    let day = rng.u8(1..=28);
    let month = pick(rng, MONTHS);
    let name = pick(rng, NAMES);
    let body = pick(rng, BODIES);
    match rng.u8(..14) {
        0 => format!(
            "{locative} {day}. {month} notiks {} {}",
            gathering(rng).0,
            quoted(rng, name)
        ),
        1 => format!("{genitive} novada dome apstiprina {year}. gada budžetu"),
        2 => {
            let other = pick(rng, BODIES);
            let other = if other == body { "novada dome" } else { other };
            format!(
                "{} & {other} aicina uz {}",
                capitalised(body),
                gathering(rng).1
            )
        }
        3 => format!(
            "{locative} atjaunos {}; darbi paveikti par {}%",
            pick(rng, WORKS),
            rng.u8(10..=95)
        ),
        4 => format!(
            "Sākusies pieteikšanās konkursam {} {}. gadam",
            quoted(rng, name),
            year + 1
        ),
        5 => format!(
            "{genitive} skolēniem {}. vieta valsts olimpiādē {year}. gadā",
            rng.u8(1..=3)
        ),
        6 => format!(
            "Satiksmes ierobežojumi {} ielā {locative} {day}. {month}",
            pick(rng, STREETS)
        ),
        7 => format!(
            "Iedzīvotāju forums {locative}: diskusija par {}",
            pick(rng, TOPICS)
        ),
        8 => format!(
            "Kopš {}. gada {locative} iedzīvotāju skaits pieaudzis par {}",
            rng.u16(2000..year),
            rng.u16(50..4000)
        ),
        9 => format!(
            "{} {locative} piedalās akcijā {}",
            capitalised(body),
            quoted(rng, name)
        ),
        10 => format!(
            "Aptauja: {}% {genitive} iedzīvotāju apmierināti ar pakalpojumiem",
            rng.u8(20..=90)
        ),
        11 => format!(
            "{genitive} novada dome {day}. {month} apstiprināja saistošos noteikumus Nr. {} par {}",
            rng.u8(1..=40),
            pick(rng, TOPICS)
        ),
        12 => format!(
            "{year}. gada {day}. {month} {locative} notiks {} {} – ieeja bez maksas, programma un satiksmes izmaiņas",
            gathering(rng).0,
            quoted(rng, name)
        ),
        _ => format!(
            "{} {locative} atklāj izstādi par {}. gadsimta arhitektūru",
            capitalised(body),
            rng.u8(15..=21)
        ),
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn headline(rng: &mut Rng) -> String {
    loop {
        let mut title = candidate(rng);
        if rng.u8(..16) == 0 && !title.contains('„') && !title.contains('“') {
            let name = pick(rng, NAMES);
            title = format!("{title}, {}", quoted(rng, name));
        }
        if rng.u8(..10) == 0 {
            let (_, locative) = TOWNS
                .get(rng.usize(..TOWNS.len()))
                .copied()
                .unwrap_or_default();
            title = format!("{title} ({locative})");
        }
        if rng.u8(..5) == 0 || title.chars().count() < 40 {
            title = format!("{title} {}", pick(rng, ENDINGS));
        }
        if rng.u8(..20) == 0 {
            title = format!("{title} {}", pick(rng, EMOJI));
        }
        if (40..=120).contains(&title.chars().count()) {
            return title;
        }
    }
}
