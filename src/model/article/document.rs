//! Documents attached to an article: the decision, regulation or form it announces.

use serde::{Deserialize, Serialize};

use crate::model::error::Error;
use crate::model::image::{media_type, positive};
use crate::model::text::Text;
use crate::model::web_url::WebUrl;

/// A document attached to an article, such as the PDF of a council decision or a binding
/// regulation (saistošie noteikumi): its title, address and media type, and its size in
/// bytes when known.
///
/// # Example
///
/// ```
/// use jaunumi::Document;
///
/// let decision = Document::builder(
///     "Domes lēmums Nr. 112",
///     "https://www.ventspils.lv/files/lemums-112.pdf",
///     "application/pdf",
/// )
/// .length(245_760)
/// .build()?;
/// assert_eq!(decision.media_type(), "application/pdf");
/// assert_eq!(decision.length(), Some(245_760));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", try_from = "DocumentBuilder")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Document {
    title: Text,
    url: WebUrl,
    media_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    length: Option<u64>,
}

impl Document {
    /// Starts a document from its title, absolute URL and media type (`application/pdf`).
    ///
    /// # Example
    ///
    /// ```
    /// let rules = jaunumi::Document::builder("Saistošie noteikumi Nr. 5", "https://ventspils.lv/sn5.pdf", "application/pdf")
    ///     .build()?;
    /// assert_eq!(rules.title().as_str(), "Saistošie noteikumi Nr. 5");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(
        title: impl Into<String>,
        url: impl Into<String>,
        media_type: impl Into<String>,
    ) -> DocumentBuilder {
        DocumentBuilder {
            title: title.into(),
            url: url.into(),
            media_type: media_type.into(),
            length: None,
        }
    }

    /// The document's title.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = jaunumi::Document::builder("Lēmums", "https://ventspils.lv/l.pdf", "application/pdf").build()?;
    /// assert_eq!(doc.title().as_str(), "Lēmums");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn title(&self) -> &Text {
        &self.title
    }

    /// The document's absolute URL.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = jaunumi::Document::builder("Lēmums", "https://ventspils.lv/l.pdf", "application/pdf").build()?;
    /// assert_eq!(doc.url().as_str(), "https://ventspils.lv/l.pdf");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> &WebUrl {
        &self.url
    }

    /// The media type, in lower case.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = jaunumi::Document::builder("Veidlapa", "https://ventspils.lv/v.docx",
    ///     "application/vnd.openxmlformats-officedocument.wordprocessingml.document").build()?;
    /// assert!(doc.media_type().starts_with("application/vnd.openxmlformats"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn media_type(&self) -> &str {
        &self.media_type
    }

    /// The size of the file in bytes, when known.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = jaunumi::Document::builder("Lēmums", "https://ventspils.lv/l.pdf", "application/pdf").build()?;
    /// assert_eq!(doc.length(), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn length(&self) -> Option<u64> {
        self.length
    }
}

/// A [`Document`] under construction. It is also the JSON form that deserialisation checks.
///
/// # Example
///
/// ```
/// let err = jaunumi::Document::builder("Lēmums", "https://ventspils.lv/l.pdf", "pdf").build().unwrap_err();
/// assert_eq!(err.to_string(), "mediaType: expected a media type such as `image/jpeg`, found `pdf`");
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "A document attached to an article (a decision, a regulation): title, URL and media type are required."
    )
)]
pub struct DocumentBuilder {
    /// The document's title.
    #[cfg_attr(feature = "schemars", schemars(with = "Text"))]
    title: String,
    /// The document's absolute URL.
    #[cfg_attr(feature = "schemars", schemars(with = "WebUrl"))]
    url: String,
    /// The media type, such as `application/pdf`.
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$"))
    )]
    media_type: String,
    /// The size of the file in bytes.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1)))]
    length: Option<u64>,
}

impl DocumentBuilder {
    /// Sets the size of the file in bytes.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = jaunumi::Document::builder("Lēmums", "https://ventspils.lv/l.pdf", "application/pdf")
    ///     .length(1024)
    ///     .build()?;
    /// assert_eq!(doc.length(), Some(1024));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn length(mut self, bytes: u64) -> Self {
        self.length = Some(bytes);
        self
    }

    /// Checks every field and builds the document.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field that is wrong: `title` (empty, or a character XML
    /// cannot carry), `url` (not an absolute `http`/`https` URL), `mediaType` (not
    /// `type/subtype`), `length` (zero).
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Document::builder("Lēmums", "/l.pdf", "application/pdf").build().unwrap_err();
    /// assert_eq!(err.field(), "url");
    /// ```
    pub fn build(self) -> Result<Document, Error> {
        Ok(Document {
            title: Text::new(&self.title).map_err(|e| e.at("title"))?,
            url: WebUrl::parse(&self.url).map_err(|e| e.at("url"))?,
            media_type: media_type(&self.media_type).map_err(|e| e.at("mediaType"))?,
            length: positive(self.length, "length")?,
        })
    }
}

impl TryFrom<DocumentBuilder> for Document {
    type Error = Error;

    fn try_from(builder: DocumentBuilder) -> Result<Self, Error> {
        builder.build()
    }
}
