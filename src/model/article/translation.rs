//! The same article in another language, and its JSON form.

use serde::{Deserialize, Serialize};

use crate::model::error::Error;
use crate::model::language::Language;
use crate::model::web_url::WebUrl;

/// The same article in another language, on its own page.
///
/// # Example
///
/// ```
/// use jaunumi::{Language, Translation};
///
/// let english = Translation::new("en", "https://vdc.ventspils.lv/en/news/jurmala-visit")?;
/// assert_eq!(english.language(), &Language::ENGLISH);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "TranslationJson")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Translation {
    language: Language,
    url: WebUrl,
}

impl Translation {
    /// A translation from its language tag and page URL.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming `language` (not a BCP 47 tag) or `url` (not an absolute
    /// `http`/`https` URL).
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Translation::new("ru_LV", "https://ventspils.lv/ru/").unwrap_err();
    /// assert_eq!(err.field(), "language");
    /// ```
    pub fn new(language: &str, url: &str) -> Result<Self, Error> {
        Ok(Self {
            language: Language::new(language).map_err(|e| e.at("language"))?,
            url: WebUrl::parse(url).map_err(|e| e.at("url"))?,
        })
    }

    /// The translation's language.
    ///
    /// # Example
    ///
    /// ```
    /// let ru = jaunumi::Translation::new("ru", "https://ventspils.lv/ru/novosti/1")?;
    /// assert_eq!(ru.language().as_str(), "ru");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn language(&self) -> &Language {
        &self.language
    }

    /// The translation's page.
    ///
    /// # Example
    ///
    /// ```
    /// let ru = jaunumi::Translation::new("ru", "https://ventspils.lv/ru/novosti/1")?;
    /// assert_eq!(ru.url().as_str(), "https://ventspils.lv/ru/novosti/1");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> &WebUrl {
        &self.url
    }
}

/// The JSON form of [`Translation`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(description = "The same article in another language, on its own page.")
)]
pub(crate) struct TranslationJson {
    /// The translation's BCP 47 language tag.
    #[cfg_attr(feature = "schemars", schemars(with = "Language"))]
    language: String,
    /// The translation's page.
    #[cfg_attr(feature = "schemars", schemars(with = "WebUrl"))]
    url: String,
}

impl TryFrom<TranslationJson> for Translation {
    type Error = Error;

    fn try_from(json: TranslationJson) -> Result<Self, Error> {
        Translation::new(&json.language, &json.url)
    }
}
