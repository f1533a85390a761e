//! People: authors of articles.

use serde::{Deserialize, Serialize};

use crate::model::error::Error;
use crate::model::optional;
use crate::model::text::Text;
use crate::model::web_url::WebUrl;

/// A person, such as an article's author.
///
/// # Example
///
/// ```
/// use jaunumi::Person;
///
/// let author = Person::builder("Ilze Kalniņa")
///     .job_title("sabiedrisko attiecību speciāliste")
///     .url("https://www.ventspils.lv/lv/kontakti/ilze-kalnina")
///     .build()?;
/// assert_eq!(author.name().as_str(), "Ilze Kalniņa");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", try_from = "PersonBuilder")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Person {
    name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    job_title: Option<Text>,
}

impl Person {
    /// Starts a person with their name; [`PersonBuilder::build`] checks every field.
    ///
    /// # Example
    ///
    /// ```
    /// let author = jaunumi::Person::builder("Jānis Bērziņš").build()?;
    /// assert_eq!(author.url(), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(name: impl Into<String>) -> PersonBuilder {
        PersonBuilder {
            name: name.into(),
            url: None,
            job_title: None,
        }
    }

    /// The person's name.
    ///
    /// # Example
    ///
    /// ```
    /// let author = jaunumi::Person::builder("Jānis Bērziņš").build()?;
    /// assert_eq!(author.name().as_str(), "Jānis Bērziņš");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &Text {
        &self.name
    }

    /// A page about the person, such as a staff page or profile.
    ///
    /// # Example
    ///
    /// ```
    /// let author = jaunumi::Person::builder("Jānis Bērziņš")
    ///     .url("https://www.ventspils.lv/kontakti/berzins")
    ///     .build()?;
    /// assert_eq!(author.url().map(|u| u.as_str()), Some("https://www.ventspils.lv/kontakti/berzins"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> Option<&WebUrl> {
        self.url.as_ref()
    }

    /// The person's job title.
    ///
    /// # Example
    ///
    /// ```
    /// let author = jaunumi::Person::builder("Jānis Bērziņš").job_title("IT speciālists").build()?;
    /// assert_eq!(author.job_title().map(|t| t.as_str()), Some("IT speciālists"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn job_title(&self) -> Option<&Text> {
        self.job_title.as_ref()
    }
}

/// A [`Person`] under construction. It is also the JSON form that deserialisation checks.
///
/// # Example
///
/// ```
/// let err = jaunumi::Person::builder("Jānis").url("berzins.html").build().unwrap_err();
/// assert_eq!(err.field(), "url");
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(description = "A person, such as an article's author.")
)]
pub struct PersonBuilder {
    /// The person's name.
    #[cfg_attr(feature = "schemars", schemars(with = "Text"))]
    name: String,
    /// A page about the person.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    url: Option<String>,
    /// The person's job title.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    job_title: Option<String>,
}

impl PersonBuilder {
    /// Sets a page about the person (an absolute `http` or `https` URL).
    ///
    /// # Example
    ///
    /// ```
    /// let author = jaunumi::Person::builder("Jānis").url("https://ventspils.lv/j").build()?;
    /// assert!(author.url().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// Sets the job title.
    ///
    /// # Example
    ///
    /// ```
    /// let author = jaunumi::Person::builder("Dace").job_title("bibliotēkas vadītāja").build()?;
    /// assert!(author.job_title().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn job_title(mut self, job_title: impl Into<String>) -> Self {
        self.job_title = Some(job_title.into());
        self
    }

    /// Checks every field and builds the person.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field that is wrong: `name` (empty, or a character
    /// XML cannot carry), `url` (not an absolute `http`/`https` URL), `jobTitle`.
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Person::builder(" ").build().unwrap_err();
    /// assert_eq!(err.to_string(), "name: must not be empty");
    /// ```
    pub fn build(self) -> Result<Person, Error> {
        Ok(Person {
            name: Text::new(&self.name).map_err(|e| e.at("name"))?,
            url: optional(self.url, "url", WebUrl::parse)?,
            job_title: optional(self.job_title, "jobTitle", Text::new)?,
        })
    }
}

impl TryFrom<PersonBuilder> for Person {
    type Error = Error;

    fn try_from(builder: PersonBuilder) -> Result<Self, Error> {
        builder.build()
    }
}
