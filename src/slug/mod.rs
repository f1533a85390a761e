//! Latvian-aware URL slugs.
//!
//! [`slugify`] gives the slug of a headline under the default policy; a [`Slugger`] holds the
//! two things a site may change (the length limit and the language of `&`), and makes slugs
//! unique with [`Slugger::unique`]. [`Slug`] is a checked slug, for the model and for serde.
//!
//! ```
//! use jaunumi::slug::{slugify, Slugger};
//! use jaunumi::Language;
//!
//! assert_eq!(
//!     slugify("Ventspils Digitālais centrs dalās pieredzē ar Jūrmalas pašvaldības IT speciālistiem"),
//!     "ventspils-digitalais-centrs-dalas-pieredze-ar-jurmalas-pasvaldibas-it-specialistiem",
//! );
//! const SHORT: Slugger = Slugger::new().with_max_len(40);
//! let english = SHORT.with_language(&Language::ENGLISH);
//! assert_eq!(english.slugify("Ventspils & Jūrmala: IT experts meet"), "ventspils-and-jurmala-it-experts-meet");
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The default policy
//!
//! What a careful Latvian editor writes by hand:
//!
//! - lowercase ASCII letters and digits, words joined by single hyphens, no hyphen at either
//!   end (`[a-z0-9]+(-[a-z0-9]+)*`);
//! - Latvian letters lose their diacritics, upper case too: `ā č ē ģ ī ķ ļ ņ š ū ž` and the
//!   pre-1946 `ō ŗ` become `a c e g i k l n s u z o r`;
//! - compatibility forms are decomposed: the ligature `ﬁ` is `fi`, `Æ` is `ae`, `ß` is `ss`,
//!   full-width `Ｒｉｇａ` is `riga`;
//! - `&` becomes a word of the slug's language: `un` (Latvian), `and` (English and every
//!   language without a word of its own here), `i` (Russian);
//! - quotes of every kind (`„ “ ” « » " ″ ′`), dashes, ellipses, emoji and other symbols write
//!   nothing and end the word, and so do `.`, `/`, `:` and every other punctuation mark between
//!   letters: `Nr.1` is `nr-1`, `a/s` is `a-s`, `97.gadadienas` is `97-gadadienas`. Apostrophes
//!   (`' ’ ‘ ʼ`) are the one exception: they write nothing and leave the word whole, so
//!   `Mayor's` is `mayors`. Combining marks, variation selectors, joiners, soft hyphens and
//!   direction marks leave the word whole too;
//! - digits stay, in every script (`٣` is `3`);
//! - Cyrillic is romanised by the ICAO Doc 9303 table below; other scripts are transliterated
//!   by [`deunicode`](https://docs.rs/deunicode), the transliteration of the `slug` crate
//!   (`Ωμέγα` is `omega`, `北京` is `bei-jing`);
//! - at most [`Slugger::DEFAULT_MAX_LEN`] (100) characters, cut at the end of a whole word:
//!   the Unicode word boundaries of UAX #29 keep `3.5` or `latvija.gov.lv` whole; a word is
//!   cut only when the first word alone is longer than the limit;
//! - text with nothing to make a slug of (`...`, only emoji) gives an empty `String` from
//!   [`slugify`] and [`ErrorKind::NothingToSlug`] from [`Slug::from_title`] and
//!   [`Slugger::slug`], so a caller always knows to fall back.
//!
//! # Cyrillic: ICAO Doc 9303
//!
//! The transliteration of ICAO Doc 9303 (*Machine Readable Travel Documents*, Part 3), the
//! one in the machine-readable zone of passports, letter by letter in its main column, upper
//! and lower case alike (the first 33 letters are the Russian alphabet). The slug drops the hard sign `ъ`, which the table writes `ie`, as it drops the
//! soft sign `ь`, so that `объявление` is `obiavlenie`, one word.
//!
//! | letter | slug | letter | slug | letter | slug | letter | slug |
//! | --- | --- | --- | --- | --- | --- | --- | --- |
//! | а | `a` | б | `b` | в | `v` | г | `g` |
//! | д | `d` | е | `e` | ё | `e` | ж | `zh` |
//! | з | `z` | и | `i` | й | `i` | к | `k` |
//! | л | `l` | м | `m` | н | `n` | о | `o` |
//! | п | `p` | р | `r` | с | `s` | т | `t` |
//! | у | `u` | ф | `f` | х | `kh` | ц | `ts` |
//! | ч | `ch` | ш | `sh` | щ | `shch` | ъ | (dropped) |
//! | ы | `y` | ь | (dropped) | э | `e` | ю | `iu` |
//! | я | `ia` | і | `i` | ї | `i` | є | `ie` |
//! | ґ | `g` | ѓ | `g` | ў | `u` | ђ | `d` |
//! | ћ | `c` | ѕ | `dz` | ј | `j` | ќ | `k` |
//! | љ | `lj` | њ | `nj` | џ | `dz` | ѵ | `y` |
//! | ѫ | `u` |   |   |   |   |   |   |
//!
//! The table's notes for single languages (Ukrainian `г` as `h`, Bulgarian `щ` as `sht`) are
//! not applied: a slug romanises the letters, not the language. Other Cyrillic letters
//! (`ә`, `ѣ`) go to `deunicode` like any other script.
//!
//! # Performance
//!
//! Most of a Latvian headline is ASCII and Latvian letters between single spaces, with now
//! and then a punctuation mark, a quote or a dash. [`slugify`] writes those with a
//! table-driven loop that reads two bytes at a time and whose only branch is whether the
//! text is still plain, so that word ends and Latvian letters cost no branch of their own,
//! into a buffer sized before the loop starts; every other character (Cyrillic, other
//! scripts, `&`, apostrophes, emoji) leaves the loop for the general path, which applies
//! the policy a character at a time. A slug too long consults the Unicode word boundaries
//! only where the last place to cut it is not plainly between two words. The general path
//! alone is the plain reference: the property test
//! `the_loop_writes_what_the_general_path_writes` (in `src/slug/writer.rs`) holds the two to
//! the same slug, and the same cut within a length limit, over generated text that mixes
//! every kind of character the loop treats apart. The bench beside the `slug` crate and its
//! figures are in `benches/README.md`.

mod cyrillic;
mod writer;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::model::error::{Error, ErrorKind};
use crate::model::language::Language;

/// A URL slug: lowercase ASCII letters and digits in words joined by single hyphens
/// (`[a-z0-9]+(-[a-z0-9]+)*`).
///
/// # Example
///
/// ```
/// use jaunumi::Slug;
///
/// let slug: Slug = "jurmalas-it-specialisti".parse()?;
/// assert_eq!(slug.as_str(), "jurmalas-it-specialisti");
/// assert!("Jūrmala".parse::<Slug>().is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Slug(String);

impl Slug {
    /// Checks that `text` is already a slug.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidSlug`] when `text` is empty or holds anything but lowercase ASCII
    /// letters, digits and single inner hyphens.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jaunumi::Slug::new("balva-2016").is_ok());
    /// assert!(jaunumi::Slug::new("-balva--2016").is_err());
    /// ```
    pub fn new(text: &str) -> Result<Self, Error> {
        let well_formed = !text.is_empty()
            && text.split('-').all(|word| {
                !word.is_empty()
                    && word
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if well_formed {
            Ok(Self(text.to_owned()))
        } else {
            Err(ErrorKind::InvalidSlug {
                found: text.to_owned(),
            }
            .into())
        }
    }

    /// The slug of a headline in its language, under the default policy: `&` becomes the
    /// conjunction of `language` (see [`Slugger::with_language`]), and the slug is at most
    /// [`Slugger::DEFAULT_MAX_LEN`] characters long.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NothingToSlug`] when the title has no letter or digit to build a slug from.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::{Language, Slug};
    ///
    /// let slug = Slug::from_title("Jūrmalas IT speciālisti", &Language::LATVIAN)?;
    /// assert_eq!(slug.as_str(), "jurmalas-it-specialisti");
    /// let slug = Slug::from_title("Ventspils & Jūrmala", &Language::ENGLISH)?;
    /// assert_eq!(slug.as_str(), "ventspils-and-jurmala");
    /// assert!(Slug::from_title("„…“ 🎄", &Language::LATVIAN).is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_title(title: &str, language: &Language) -> Result<Self, Error> {
        Slugger::new().with_language(language).slug(title)
    }

    /// The slug as text.
    ///
    /// # Example
    ///
    /// ```
    /// let slug = jaunumi::Slug::new("balva-2016")?;
    /// assert_eq!(slug.as_str(), "balva-2016");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The slug of `text` under the default policy: Latvian (`&` is `un`), at most
/// [`Slugger::DEFAULT_MAX_LEN`] characters; empty when nothing in `text` can make a slug.
///
/// The policy is described in the [module docs](self#the-default-policy).
///
/// # Example
///
/// ```
/// use jaunumi::slug::slugify;
///
/// assert_eq!(slugify("Jūrmalas IT speciālisti"), "jurmalas-it-specialisti");
/// assert_eq!(
///     slugify("Latvijas atvērto tehnoloģiju asociācijas balva 2016″"),
///     "latvijas-atverto-tehnologiju-asociacijas-balva-2016",
/// );
/// assert_eq!(slugify("Saistošie noteikumi Nr.1 & „Zaļā josta“ 🌳"), "saistosie-noteikumi-nr-1-un-zala-josta");
/// assert_eq!(slugify("Объявление о приёме"), "obiavlenie-o-prieme");
/// assert_eq!(slugify("… 🎄 …"), "");
/// ```
pub fn slugify(text: &str) -> String {
    Slugger::new().slugify(text)
}

/// How to make slugs: the length limit and the language of `&`, with the rest of the
/// [default policy](self#the-default-policy). Built in `const` context, copied freely.
///
/// # Example
///
/// ```
/// use std::collections::HashSet;
///
/// use jaunumi::slug::Slugger;
/// use jaunumi::Language;
///
/// const SLUGGER: Slugger = Slugger::new().with_max_len(30);
/// let russian = SLUGGER.with_language(&Language::RUSSIAN);
/// let slug = russian.slug("Щедрость & доброта: ярмарка в Вентспилсе")?;
/// assert_eq!(slug.as_str(), "shchedrost-i-dobrota-iarmarka");
///
/// let taken: HashSet<&str> = ["shchedrost-i-dobrota-iarmarka"].into();
/// let unique = russian.unique(&slug, |candidate| taken.contains(candidate))?;
/// assert_eq!(unique.as_str(), "shchedrost-i-dobrota-2");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Slugger {
    max_len: usize,
    conjunction: &'static str,
}

impl Slugger {
    /// The default length limit of a slug, in characters (ASCII, so also in bytes).
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::slug::{Slugger, slugify};
    ///
    /// let long = "Ventspils ".repeat(20);
    /// assert_eq!(slugify(&long).len(), 99); // ten whole words and nine hyphens
    /// assert!(slugify(&long).len() <= Slugger::DEFAULT_MAX_LEN);
    /// ```
    pub const DEFAULT_MAX_LEN: usize = 100;

    /// The default policy: Latvian, at most [`Slugger::DEFAULT_MAX_LEN`] characters.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::slug::Slugger;
    ///
    /// const SLUGGER: Slugger = Slugger::new();
    /// assert_eq!(SLUGGER.slugify("Rīga & Jūrmala"), "riga-un-jurmala");
    /// ```
    pub const fn new() -> Self {
        Self {
            max_len: Self::DEFAULT_MAX_LEN,
            conjunction: "un",
        }
    }

    /// The same policy with another length limit, in characters; a limit of 0 is taken
    /// as 1.
    ///
    /// The slug is cut at the end of the last whole word that fits; a word is cut only when
    /// the first one alone is longer than the limit.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::slug::Slugger;
    ///
    /// const SHORT: Slugger = Slugger::new().with_max_len(20);
    /// assert_eq!(SHORT.max_len(), 20);
    /// assert_eq!(SHORT.slugify("Domes sēdē pieņemti 42 lēmumi"), "domes-sede-pienemti");
    /// assert_eq!(SHORT.slugify("Bezmaksasdatorulietošanas iespējas"), "bezmaksasdatorulieto");
    /// // `3.5` is one word, not cut after `3`.
    /// assert_eq!(Slugger::new().with_max_len(10).slugify("Budžetā 3.5 miljoni"), "budzeta");
    /// ```
    pub const fn with_max_len(self, max_len: usize) -> Self {
        Self {
            max_len: if max_len == 0 { 1 } else { max_len },
            ..self
        }
    }

    /// The same policy in another language, which names the word that `&` becomes: `un` in
    /// Latvian, `i` in Russian, and `and` in English and in every other language, by the
    /// primary subtag (`en-GB` is English).
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::slug::Slugger;
    /// use jaunumi::Language;
    ///
    /// let title = "Ventspils & Jūrmala";
    /// assert_eq!(Slugger::new().slugify(title), "ventspils-un-jurmala");
    /// let english: Language = "en-GB".parse()?;
    /// assert_eq!(Slugger::new().with_language(&english).slugify(title), "ventspils-and-jurmala");
    /// let russian = Slugger::new().with_language(&Language::RUSSIAN);
    /// assert_eq!(russian.slugify(title), "ventspils-i-jurmala");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_language(self, language: &Language) -> Self {
        let conjunction = match language.primary() {
            "lv" => "un",
            "ru" => "i",
            _ => "and",
        };
        Self {
            conjunction,
            ..self
        }
    }

    /// The length limit, in characters.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::slug::Slugger::new().max_len(), 100);
    /// ```
    pub const fn max_len(&self) -> usize {
        self.max_len
    }

    /// The slug of `text`; empty when nothing in `text` can make a slug.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::slug::Slugger;
    /// use jaunumi::Language;
    ///
    /// let english = Slugger::new().with_language(&Language::ENGLISH);
    /// assert_eq!(english.slugify("R&D: the Mayor's 2020 report"), "r-and-d-the-mayors-2020-report");
    /// assert_eq!(english.slugify("🎉🎉🎉"), "");
    /// ```
    pub fn slugify(&self, text: &str) -> String {
        writer::slugify(text, self.max_len, self.conjunction)
    }

    /// The slug of `text`, checked.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NothingToSlug`] when `text` has no letter or digit to build a slug from.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::slug::Slugger;
    /// use jaunumi::ErrorKind;
    ///
    /// let slug = Slugger::new().slug("Ēnu diena 2025")?;
    /// assert_eq!(slug.as_str(), "enu-diena-2025");
    /// let err = Slugger::new().slug("„…“").unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::NothingToSlug { found: "„…“".into() });
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn slug(&self, text: &str) -> Result<Slug, Error> {
        let slug = self.slugify(text);
        if slug.is_empty() {
            Err(ErrorKind::NothingToSlug {
                found: text.to_owned(),
            }
            .into())
        } else {
            Ok(Slug(slug))
        }
    }

    /// The first of `slug`, `slug-2`, `slug-3` … that `is_taken` says is free, each at most
    /// [`max_len`](Slugger::max_len) characters long.
    ///
    /// Where a number does not fit, the slug before it is cut at the end of a whole word
    /// (a word is cut only when the first one alone is too long); a `slug` longer than the
    /// limit is cut the same way first. `is_taken` is asked about each candidate in turn,
    /// until it answers `false`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NoFreeSlug`] when every candidate that fits the limit is taken: with a
    /// limit of 5, `a` and `a-2` … `a-999` are the only candidates.
    ///
    /// # Example
    ///
    /// ```
    /// use std::collections::HashSet;
    ///
    /// use jaunumi::slug::Slugger;
    ///
    /// let slugger = Slugger::new().with_max_len(16);
    /// let title = slugger.slug("Pilsētas svētki Ventspilī")?;
    /// assert_eq!(title.as_str(), "pilsetas-svetki");
    ///
    /// let mut taken = HashSet::new();
    /// for expected in ["pilsetas-svetki", "pilsetas-2", "pilsetas-3"] {
    ///     let slug = slugger.unique(&title, |candidate| taken.contains(candidate))?;
    ///     assert_eq!(slug.as_str(), expected);
    ///     taken.insert(slug.to_string());
    /// }
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unique(
        &self,
        slug: &Slug,
        mut is_taken: impl FnMut(&str) -> bool,
    ) -> Result<Slug, Error> {
        let base = words_within(slug.as_str(), self.max_len);
        if !is_taken(base) {
            return Ok(Slug(base.to_owned()));
        }
        let mut candidate = String::with_capacity(self.max_len);
        for number in 2..=u64::MAX {
            let suffix = format!("-{number}");
            let room = self.max_len.saturating_sub(suffix.len());
            if room == 0 {
                break;
            }
            candidate.clear();
            candidate.push_str(words_within(base, room));
            candidate.push_str(&suffix);
            if !is_taken(&candidate) {
                return Ok(Slug(candidate));
            }
        }
        Err(ErrorKind::NoFreeSlug {
            slug: slug.as_str().to_owned(),
            max: self.max_len,
        }
        .into())
    }
}

impl Default for Slugger {
    /// [`Slugger::new`].
    fn default() -> Self {
        Self::new()
    }
}

/// The longest prefix of `slug` of whole slug words within `max_len`; a cut first word when
/// it alone is longer.
fn words_within(slug: &str, max_len: usize) -> &str {
    let cut = writer::hyphen_cut(slug, max_len);
    // A slug is ASCII, and the cut within it.
    debug_assert!(slug.is_char_boundary(cut), "cut {cut} outside `{slug}`");
    slug.get(..cut).unwrap_or(slug)
}

impl FromStr for Slug {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Self::new(text)
    }
}

impl TryFrom<String> for Slug {
    type Error = Error;

    fn try_from(text: String) -> Result<Self, Error> {
        Self::new(&text)
    }
}

impl From<Slug> for String {
    fn from(slug: Slug) -> Self {
        slug.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Slug {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Slug".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A URL slug: lowercase ASCII letters and digits joined by single hyphens.",
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
        })
    }
}
