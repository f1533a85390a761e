//! Categories an article is filed under, and their JSON form.

use serde::{Deserialize, Serialize};

use crate::model::error::Error;
use crate::model::optional;
use crate::model::text::Text;
use crate::model::web_url::WebUrl;
use crate::slug::Slug;

/// A category an article is filed under: a name (`Kultūra`), with an optional stable term
/// (`kultura`) and the URL of the scheme the terms come from.
///
/// In JSON, a plain string is a category with only a name.
///
/// # Example
///
/// ```
/// use jaunumi::Category;
///
/// let culture = Category::builder("Kultūra")
///     .term("kultura")
///     .scheme("https://www.ventspils.lv/jaunumi/kategorijas")
///     .build()?;
/// assert_eq!(culture.name().as_str(), "Kultūra");
/// assert_eq!(culture.term().map(|t| t.as_str()), Some("kultura"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "CategoryJson")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Category {
    name: Text,
    term: Option<Slug>,
    scheme: Option<WebUrl>,
}

impl Category {
    /// Starts a category from its name.
    ///
    /// # Example
    ///
    /// ```
    /// let sport = jaunumi::Category::builder("Sports").build()?;
    /// assert_eq!(sport.term(), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(name: impl Into<String>) -> CategoryBuilder {
        CategoryBuilder {
            name: name.into(),
            term: None,
            scheme: None,
        }
    }

    /// The name readers see.
    ///
    /// # Example
    ///
    /// ```
    /// let sport = jaunumi::Category::builder("Sports").build()?;
    /// assert_eq!(sport.name().as_str(), "Sports");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &Text {
        &self.name
    }

    /// A stable machine-readable term for the category, if the site has one.
    ///
    /// # Example
    ///
    /// ```
    /// let sport = jaunumi::Category::builder("Sports").term("sports").build()?;
    /// assert_eq!(sport.term().map(|t| t.as_str()), Some("sports"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn term(&self) -> Option<&Slug> {
        self.term.as_ref()
    }

    /// The URL of the scheme (taxonomy) the category belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// let sport = jaunumi::Category::builder("Sports")
    ///     .scheme("https://www.ventspils.lv/kategorijas")
    ///     .build()?;
    /// assert!(sport.scheme().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn scheme(&self) -> Option<&WebUrl> {
        self.scheme.as_ref()
    }
}

impl Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;

        if self.term.is_none() && self.scheme.is_none() {
            return self.name.serialize(serializer);
        }
        let fields = 1 + usize::from(self.term.is_some()) + usize::from(self.scheme.is_some());
        let mut state = serializer.serialize_struct("Category", fields)?;
        state.serialize_field("name", &self.name)?;
        if let Some(term) = &self.term {
            state.serialize_field("term", term)?;
        }
        if let Some(scheme) = &self.scheme {
            state.serialize_field("scheme", scheme)?;
        }
        state.end()
    }
}

/// A [`Category`] under construction.
///
/// # Example
///
/// ```
/// let err = jaunumi::Category::builder("Sports").term("Sports").build().unwrap_err();
/// assert_eq!(err.field(), "term");
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        rename = "CategoryObject",
        description = "A category with an optional stable term and the URL of its scheme."
    )
)]
pub struct CategoryBuilder {
    /// The name readers see.
    #[cfg_attr(feature = "schemars", schemars(with = "Text"))]
    name: String,
    /// A stable machine-readable term.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Slug>"))]
    term: Option<String>,
    /// The URL of the scheme the category belongs to.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    scheme: Option<String>,
}

impl CategoryBuilder {
    /// Sets a stable machine-readable term (a slug).
    ///
    /// # Example
    ///
    /// ```
    /// let c = jaunumi::Category::builder("Domes sēdes").term("domes-sedes").build()?;
    /// assert!(c.term().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn term(mut self, term: impl Into<String>) -> Self {
        self.term = Some(term.into());
        self
    }

    /// Sets the URL of the scheme the category belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// let c = jaunumi::Category::builder("Sports").scheme("https://ventspils.lv/k").build()?;
    /// assert!(c.scheme().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn scheme(mut self, scheme: impl Into<String>) -> Self {
        self.scheme = Some(scheme.into());
        self
    }

    /// Checks every field and builds the category.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming `name` (empty, or a character XML cannot carry), `term` (not a
    /// slug) or `scheme` (not an absolute `http`/`https` URL).
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Category::builder(" ").build().unwrap_err();
    /// assert_eq!(err.to_string(), "name: must not be empty");
    /// ```
    pub fn build(self) -> Result<Category, Error> {
        Ok(Category {
            name: Text::new(&self.name).map_err(|e| e.at("name"))?,
            term: optional(self.term, "term", Slug::new)?,
            scheme: optional(self.scheme, "scheme", WebUrl::parse)?,
        })
    }
}

/// The JSON form of [`Category`]: its name alone, or an object.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub(crate) enum CategoryJson {
    Name(#[cfg_attr(feature = "schemars", schemars(with = "Text"))] String),
    Full(CategoryBuilder),
}

impl TryFrom<CategoryJson> for Category {
    type Error = Error;

    fn try_from(json: CategoryJson) -> Result<Self, Error> {
        match json {
            CategoryJson::Name(name) => Category::builder(name).build(),
            CategoryJson::Full(builder) => builder.build(),
        }
    }
}
