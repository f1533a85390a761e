//! Latvian municipal news articles of realistic size, as plain data: what a site's database
//! holds before any library sees it. Modelled on the `articles` of the shared corpus
//! generator: headlines from [`super::headlines`], bodies of 3 to 8 paragraphs and 2 to 5
//! KB of HTML, one to three categories, an image, Riga times between 2016 and 2026, and
//! about 3 % stress items whose text holds `<`, `&`, `]]>` and emoji.

use chrono::{DateTime, FixedOffset};

/// The site the articles belong to.
pub(crate) const SITE: &str = "https://www.example-pasvaldiba.lv";

/// An article's picture.
#[derive(Debug, Clone)]
pub(crate) struct Picture {
    pub(crate) url: String,
    pub(crate) media_type: &'static str,
    pub(crate) length: u64,
}

/// One article, as plain data.
#[derive(Debug, Clone)]
pub(crate) struct ArticleData {
    pub(crate) title: String,
    pub(crate) url: String,
    pub(crate) published: DateTime<FixedOffset>,
    pub(crate) updated: DateTime<FixedOffset>,
    pub(crate) author: String,
    pub(crate) summary: String,
    pub(crate) body_html: String,
    pub(crate) categories: Vec<&'static str>,
    pub(crate) image: Picture,
    pub(crate) language: &'static str,
}

const CATEGORIES: [&str; 20] = [
    "Pašvaldība",
    "Izglītība",
    "Kultūra",
    "Sports",
    "Satiksme",
    "Veselība",
    "Sociālā palīdzība",
    "Vide",
    "Uzņēmējdarbība",
    "Tūrisms",
    "Drošība",
    "Jaunatne",
    "Būvniecība",
    "Domes sēdes",
    "Projekti",
    "Sabiedrība",
    "Bibliotēka",
    "Iepirkumi",
    "Apkure",
    "Digitalizācija",
];
const FIRST_NAMES: [&str; 12] = [
    "Jānis",
    "Andris",
    "Mārtiņš",
    "Kārlis",
    "Ģirts",
    "Ēriks",
    "Anna",
    "Ilze",
    "Līga",
    "Dace",
    "Māra",
    "Rūta",
];
const SURNAMES: [&str; 12] = [
    "Bērziņš",
    "Kalniņš",
    "Ozols",
    "Liepiņš",
    "Krūmiņš",
    "Zariņš",
    "Kļaviņš",
    "Šmits",
    "Āboliņš",
    "Ķuzis",
    "Ņikitins",
    "Dūmiņš",
];
const PLACES: [&str; 12] = [
    "Ventspils",
    "Jūrmalas",
    "Rīgas",
    "Liepājas",
    "Jelgavas",
    "Daugavpils",
    "Valmieras",
    "Rēzeknes",
    "Cēsu",
    "Kuldīgas",
    "Talsu",
    "Ķekavas",
];
const ORGS: [&str; 8] = [
    "Digitālais centrs",
    "Kultūras centrs",
    "Sporta centrs",
    "Sociālais dienests",
    "Būvvalde",
    "Centrālā bibliotēka",
    "Attīstības aģentūra",
    "Komunālā pārvalde",
];
const STREETS: [&str; 8] = [
    "Brīvības",
    "Skolas",
    "Dzirnavu",
    "Lielā",
    "Ostas",
    "Jūras",
    "Krišjāņa Barona",
    "Raiņa",
];
const EMOJI: [&str; 6] = ["🎄", "🎉", "⚽", "📚", "🚧", "🇱🇻"];

/// A sentence of municipal news prose.
fn sentence(rng: &mut fastrand::Rng) -> String {
    let place = PLACES[rng.usize(..PLACES.len())];
    let org = ORGS[rng.usize(..ORGS.len())];
    let street = STREETS[rng.usize(..STREETS.len())];
    let who = format!(
        "{} {}",
        FIRST_NAMES[rng.usize(..FIRST_NAMES.len())],
        SURNAMES[rng.usize(..SURNAMES.len())]
    );
    match rng.u8(..10) {
        0 => format!("{place} {org} dalās pieredzē ar kaimiņu pašvaldību speciālistiem par e-pakalpojumu attīstību."),
        1 => format!("Domes sēde notiks {}. martā plkst. {}.00 {place} pašvaldības ēkā.", rng.u8(1..29), rng.u8(8..18)),
        2 => format!("Projekta kopējās izmaksas ir {} {:03} eiro, no tām {}% sedz Eiropas Reģionālās attīstības fonds.", rng.u16(12..980), rng.u16(0..1000), rng.u8(40..86)),
        3 => format!("Kā norāda projekta vadītājs {who}, darbi {street} ielā tiks pabeigti līdz rudenim."),
        4 => "Iedzīvotāji aicināti sekot līdzi informācijai pašvaldības mājaslapā un sociālajos tīklos.".to_owned(),
        5 => format!("Remonta laikā satiksme {street} ielā tiks organizēta pa vienu joslu, un pieturas tiks īslaicīgi pārceltas."),
        6 => format!("„Mēs esam gandarīti par sadarbību ar {place} pašvaldību,“ saka {who}."),
        7 => format!("Darbu izpildi uzrauga pašvaldības Būvvalde, bet būvuzraudzību veic SIA „{} &amp; partneri“.", SURNAMES[rng.usize(..SURNAMES.len())]),
        8 => format!("Vairāk informācijas – {place} {org}, tālr. 2{:07}.", rng.u32(0..10_000_000)),
        _ => format!("Jaunajā sporta hallē būs basketbola laukums, trenažieru zāle un {} m gara skrejceļa josla.", rng.u16(60..200)),
    }
}

/// A paragraph of about `bytes` bytes, with the inline markup CMS bodies have.
fn paragraph(rng: &mut fastrand::Rng, bytes: usize, stress: bool) -> String {
    let mut text = String::with_capacity(bytes + 200);
    while text.len() < bytes {
        if !text.is_empty() {
            text.push(' ');
        }
        let s = sentence(rng);
        match rng.u8(..20) {
            0 => text.push_str(&s.replacen(' ', "&nbsp;", 1)),
            1 | 2 => text.push_str(&format!("<strong>{s}</strong>")),
            3 => text.push_str(&format!(
                "{} (<a href=\"{SITE}/pakalpojumi/{}\">vairāk</a>).",
                s.trim_end_matches('.'),
                rng.u16(100..1000)
            )),
            4 => text.push_str(&format!("<em>{s}</em>")),
            _ => text.push_str(&s),
        }
        if stress && rng.u8(..5) == 0 {
            let emoji = EMOJI[rng.usize(..EMOJI.len())];
            text.push_str(&format!(
                " {emoji} Ja temperatūra &lt; 0 °C, A &amp; B ]]> tests."
            ));
        }
    }
    format!("<p>{text}</p>")
}

/// A body of 3 to 8 paragraphs, 2 to 5 KB of HTML.
fn body(rng: &mut fastrand::Rng, stress: bool) -> String {
    let paragraphs = rng.usize(3..=8);
    let total = rng.usize(1_900..4_600);
    let each = (total / paragraphs).max(200);
    let mut html = Vec::with_capacity(paragraphs + 1);
    for i in 0..paragraphs {
        if i == 1 && rng.u8(..4) == 0 {
            html.push("<h3>Svarīgi zināt</h3>".to_owned());
        }
        html.push(paragraph(rng, each, stress));
    }
    html.join("\n")
}

/// The article numbered `index` (from 1) with its headline.
fn article(rng: &mut fastrand::Rng, index: usize, headline: String) -> ArticleData {
    let stress = rng.u8(..100) < 3;
    let title = if stress {
        format!(
            "{headline} — A&B < C > D ]]> {}",
            EMOJI[rng.usize(..EMOJI.len())]
        )
    } else {
        headline
    };
    // Minutes between 2016-01-01 and 2026-01-01, in Riga time.
    let utc = 1_451_606_400 + i64::from(rng.u32(..5_260_000)) * 60;
    let published = DateTime::from_timestamp(utc, 0).map_or_else(
        || jaunumi::riga::from_utc(DateTime::UNIX_EPOCH),
        jaunumi::riga::from_utc,
    );
    let updated = if rng.u8(..10) < 4 {
        published
    } else {
        published + chrono::TimeDelta::minutes(i64::from(rng.u16(5..4_320)))
    };
    let mut summary = sentence(rng).replace("&amp;", "&");
    if rng.bool() {
        summary.push(' ');
        summary.push_str(&sentence(rng).replace("&amp;", "&"));
    }
    if stress {
        summary.push_str(" 🎉 <tests> & ]]>");
    }
    let mut categories = Vec::with_capacity(3);
    for _ in 0..rng.usize(1..=3) {
        let category = CATEGORIES[rng.usize(..CATEGORIES.len())];
        if !categories.contains(&category) {
            categories.push(category);
        }
    }
    let slug = jaunumi::Slug::from_title(&title, &jaunumi::Language::LATVIAN).map_or_else(
        |_| format!("jaunums-{index}"),
        |slug| format!("{slug}-{index}"),
    );
    ArticleData {
        url: format!("{SITE}/jaunumi/{slug}"),
        image: Picture {
            url: format!("{SITE}/uploads/{}/{slug}.jpg", published.format("%Y/%m")),
            media_type: "image/jpeg",
            length: rng.u64(40_000..900_000),
        },
        title,
        published,
        updated,
        author: format!(
            "{} {}",
            FIRST_NAMES[rng.usize(..FIRST_NAMES.len())],
            SURNAMES[rng.usize(..SURNAMES.len())]
        ),
        summary,
        body_html: body(rng, stress),
        categories,
        language: "lv",
    }
}

/// `count` articles from `seed`, the same on every run.
pub(crate) fn generate(seed: u64, count: usize) -> Vec<ArticleData> {
    stream(seed, count).collect()
}

/// `count` articles from `seed`, generated one at a time (headlines a thousand at a time),
/// so that a consumer of the iterator holds only one article: for measuring memory.
pub(crate) fn stream(seed: u64, count: usize) -> impl Iterator<Item = ArticleData> {
    const CHUNK: usize = 1_000;
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut headlines = Vec::new().into_iter();
    (0..count).map(move |index| {
        let headline = match headlines.next() {
            Some(headline) => headline,
            None => {
                let chunk = super::headlines::generate(
                    seed ^ (index / CHUNK) as u64,
                    CHUNK.min(count - index),
                );
                headlines = chunk.into_iter();
                headlines.next().unwrap_or_default()
            }
        };
        article(&mut rng, index + 1, headline)
    })
}

/// The article as the model holds it.
pub(crate) fn to_article(data: &ArticleData) -> Result<jaunumi::Article, jaunumi::Error> {
    let mut builder = jaunumi::Article::builder(&data.title, &data.url, data.published)
        .updated(data.updated)
        .summary(&data.summary)
        .body(jaunumi::Html::new(&data.body_html)?)
        .author(jaunumi::Person::builder(&data.author).build()?)
        .image(
            jaunumi::Image::builder(&data.image.url, &data.title)
                .media_type(data.image.media_type)
                .length(data.image.length)
                .build()?,
        )
        .language(data.language.parse()?);
    for category in &data.categories {
        builder = builder.category(jaunumi::Category::builder(*category).build()?);
    }
    builder.build()
}

/// The feed the articles are listed in, without its articles, dated by its newest.
pub(crate) fn feed_builder() -> jaunumi::FeedBuilder {
    jaunumi::Feed::builder(
        "Pašvaldības jaunumi",
        "Latvijas pašvaldības jaunumi",
        format!("{SITE}/jaunumi/"),
        format!("{SITE}/jaunumi/feed/"),
    )
    .rights("© Pašvaldība")
}

/// The site's publisher, the fallback author of Atom entries.
pub(crate) fn publisher() -> Result<jaunumi::Organization, jaunumi::Error> {
    jaunumi::Organization::builder("Latvijas pašvaldība")
        .url(format!("{SITE}/"))
        .build()
}
