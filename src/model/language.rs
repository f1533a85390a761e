//! Languages of articles, feeds and events, as BCP 47 tags.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::model::error::{Error, ErrorKind};

/// A language, as a well-formed BCP 47 tag (`lv`, `en`, `ru`, `lv-LV`).
///
/// Tags are checked with [`oxilangtag`] and kept in the conventional letter case of
/// RFC 5646 (language lower case, script title case, region upper case), so `LV-lv`
/// and `lv-LV` are the same `Language`. The default is Latvian.
///
/// # Example
///
/// ```
/// use jaunumi::Language;
///
/// let english: Language = "EN-gb".parse()?;
/// assert_eq!(english.as_str(), "en-GB");
/// assert_eq!(english.primary(), "en");
/// assert_eq!(Language::default(), Language::LATVIAN);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Language(Cow<'static, str>);

impl Language {
    /// Latvian (`lv`), the first language of Latvian municipal sites.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Language::LATVIAN.as_str(), "lv");
    /// ```
    pub const LATVIAN: Language = Language(Cow::Borrowed("lv"));
    /// English (`en`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Language::ENGLISH.as_str(), "en");
    /// ```
    pub const ENGLISH: Language = Language(Cow::Borrowed("en"));
    /// Russian (`ru`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Language::RUSSIAN.as_str(), "ru");
    /// ```
    pub const RUSSIAN: Language = Language(Cow::Borrowed("ru"));

    /// Checks a BCP 47 language tag and brings it to its conventional letter case.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidLanguage`] when `tag` is not a well-formed BCP 47 tag
    /// (`latvian`, `lv_LV`, an empty string).
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::Language;
    ///
    /// assert_eq!(Language::new("ru")?, Language::RUSSIAN);
    /// assert!(Language::new("lv_LV").is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(tag: &str) -> Result<Self, Error> {
        if oxilangtag::LanguageTag::parse(tag).is_err() {
            return Err(ErrorKind::InvalidLanguage {
                found: tag.to_owned(),
            }
            .into());
        }
        let canonical = canonical_case(tag);
        Ok(match canonical.as_str() {
            "lv" => Self::LATVIAN,
            "en" => Self::ENGLISH,
            "ru" => Self::RUSSIAN,
            _ => Self(Cow::Owned(canonical)),
        })
    }

    /// The tag, such as `lv` or `en-GB`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Language::LATVIAN.as_str(), "lv");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag: `en` for `en-GB`.
    ///
    /// # Example
    ///
    /// ```
    /// let tag: jaunumi::Language = "ru-LV".parse()?;
    /// assert_eq!(tag.primary(), "ru");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn primary(&self) -> &str {
        self.0
            .split_once('-')
            .map_or(&self.0, |(primary, _)| primary)
    }
}

/// RFC 5646 §2.1.1: language lower case, four-letter script title case, two-letter region
/// upper case; everything after a singleton (extensions, private use) lower case.
fn canonical_case(tag: &str) -> String {
    let mut out = String::with_capacity(tag.len());
    let mut after_singleton = false;
    for (i, subtag) in tag.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let alphabetic = subtag.bytes().all(|b| b.is_ascii_alphabetic());
        if i > 0 && !after_singleton && alphabetic && subtag.len() == 2 {
            out.push_str(&subtag.to_ascii_uppercase());
        } else if i > 0 && !after_singleton && alphabetic && subtag.len() == 4 {
            let lower = subtag.to_ascii_lowercase();
            let mut chars = lower.chars();
            if let Some(first) = chars.next() {
                out.push(first.to_ascii_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(&subtag.to_ascii_lowercase());
        }
        if subtag.len() == 1 {
            after_singleton = true;
        }
    }
    out
}

impl Default for Language {
    fn default() -> Self {
        Self::LATVIAN
    }
}

impl FromStr for Language {
    type Err = Error;

    fn from_str(tag: &str) -> Result<Self, Error> {
        Self::new(tag)
    }
}

impl TryFrom<String> for Language {
    type Error = Error;

    fn try_from(tag: String) -> Result<Self, Error> {
        Self::new(&tag)
    }
}

impl From<Language> for String {
    fn from(language: Language) -> Self {
        language.0.into_owned()
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Language {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Language {
    fn schema_name() -> Cow<'static, str> {
        "Language".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A BCP 47 language tag such as `lv`, `en` or `ru`.",
            "type": "string",
            "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_letter_case() {
        for (given, expected) in [
            ("lv", "lv"),
            ("LV", "lv"),
            ("lv-lv", "lv-LV"),
            ("sr-latn-rs", "sr-Latn-RS"),
            ("en-GB-x-ab", "en-GB-x-ab"),
            ("de-CH-1996", "de-CH-1996"),
        ] {
            assert_eq!(
                Language::new(given).map(String::from),
                Ok(expected.to_owned())
            );
        }
    }

    #[test]
    fn well_known_tags_are_the_constants() {
        assert!(matches!(
            Language::new("LV"),
            Ok(Language(Cow::Borrowed("lv")))
        ));
    }

    #[test]
    fn malformed_tags() {
        for tag in ["", "lv--lv", "lv_LV", "-lv", "lv-", "1v", "latviesuvaloda"] {
            assert_eq!(
                Language::new(tag).map_err(|e| e.to_string()),
                Err(format!(
                    "expected a BCP 47 language tag such as `lv`, `en` or `ru`, found `{tag}`"
                ))
            );
        }
    }
}
