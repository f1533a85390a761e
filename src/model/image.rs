//! Images: an article's picture, an event's poster.

use serde::{Deserialize, Serialize};

use crate::model::error::{Error, ErrorKind};
use crate::model::optional;
use crate::model::text::Text;
use crate::model::web_url::WebUrl;

/// An image with the text that stands for it.
///
/// The alternative text is required: public-sector sites in Latvia must be accessible
/// (Web Content Accessibility Guidelines, as the EU Web Accessibility Directive requires),
/// and an image without it is a defect, not a choice. Width, height, media type and size in
/// bytes are optional; feeds need the last two for an RSS `enclosure`.
///
/// # Example
///
/// ```
/// use jaunumi::Image;
///
/// let image = Image::builder(
///     "https://vdc.ventspils.lv/wp-content/uploads/2018/01/jurmala.jpg",
///     "Jūrmalas IT speciālisti Ventspils Digitālajā centrā",
/// )
/// .size(1200, 800)
/// .media_type("image/jpeg")
/// .length(183_204)
/// .build()?;
/// assert_eq!(image.width(), Some(1200));
/// assert_eq!(image.media_type(), Some("image/jpeg"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", try_from = "ImageBuilder")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Image {
    url: WebUrl,
    alt: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    caption: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    width: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    height: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    media_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    length: Option<u64>,
}

impl Image {
    /// Starts an image from its absolute URL and its alternative text.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Ventspils osta").build()?;
    /// assert_eq!(image.alt().as_str(), "Ventspils osta");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(url: impl Into<String>, alt: impl Into<String>) -> ImageBuilder {
        ImageBuilder {
            url: url.into(),
            alt: alt.into(),
            caption: None,
            width: None,
            height: None,
            media_type: None,
            length: None,
        }
    }

    /// The image's absolute URL.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta").build()?;
    /// assert_eq!(image.url().as_str(), "https://ventspils.lv/a.jpg");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> &WebUrl {
        &self.url
    }

    /// The text that stands for the image when it cannot be seen.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta").build()?;
    /// assert_eq!(image.alt().as_str(), "Osta");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn alt(&self) -> &Text {
        &self.alt
    }

    /// A caption shown with the image, when it differs from the alternative text.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .caption("Ventspils osta ziemā. Foto: Ventspils pilsētas dome")
    ///     .build()?;
    /// assert!(image.caption().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn caption(&self) -> Option<&Text> {
        self.caption.as_ref()
    }

    /// The width in pixels.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta").size(800, 600).build()?;
    /// assert_eq!(image.width(), Some(800));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn width(&self) -> Option<u32> {
        self.width
    }

    /// The height in pixels.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta").size(800, 600).build()?;
    /// assert_eq!(image.height(), Some(600));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn height(&self) -> Option<u32> {
        self.height
    }

    /// The media type, such as `image/jpeg`, in lower case.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.png", "Osta")
    ///     .media_type("Image/PNG")
    ///     .build()?;
    /// assert_eq!(image.media_type(), Some("image/png"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn media_type(&self) -> Option<&str> {
        self.media_type.as_deref()
    }

    /// The size of the file in bytes.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta").length(5120).build()?;
    /// assert_eq!(image.length(), Some(5120));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn length(&self) -> Option<u64> {
        self.length
    }
}

/// An [`Image`] under construction. It is also the JSON form that deserialisation checks.
///
/// # Example
///
/// ```
/// let err = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "").build().unwrap_err();
/// assert_eq!(err.to_string(), "alt: must not be empty");
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "An image with the text that stands for it; the alternative text is required."
    )
)]
pub struct ImageBuilder {
    /// The image's absolute URL.
    #[cfg_attr(feature = "schemars", schemars(with = "WebUrl"))]
    url: String,
    /// The text that stands for the image when it cannot be seen.
    #[cfg_attr(feature = "schemars", schemars(with = "Text"))]
    alt: String,
    /// A caption shown with the image.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    caption: Option<String>,
    /// The width in pixels.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1)))]
    width: Option<u32>,
    /// The height in pixels.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1)))]
    height: Option<u32>,
    /// The media type, such as `image/jpeg`.
    #[serde(default)]
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$"))
    )]
    media_type: Option<String>,
    /// The size of the file in bytes.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1)))]
    length: Option<u64>,
}

impl ImageBuilder {
    /// Sets a caption shown with the image.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .caption("Foto: Ventspils pilsētas dome")
    ///     .build()?;
    /// assert!(image.caption().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn caption(mut self, caption: impl Into<String>) -> Self {
        self.caption = Some(caption.into());
        self
    }

    /// Sets the width and height in pixels.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta").size(1200, 800).build()?;
    /// assert_eq!((image.width(), image.height()), (Some(1200), Some(800)));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn size(mut self, width: u32, height: u32) -> Self {
        self.width = Some(width);
        self.height = Some(height);
        self
    }

    /// Sets the media type, such as `image/jpeg`.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.webp", "Osta")
    ///     .media_type("image/webp")
    ///     .build()?;
    /// assert_eq!(image.media_type(), Some("image/webp"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn media_type(mut self, media_type: impl Into<String>) -> Self {
        self.media_type = Some(media_type.into());
        self
    }

    /// Sets the size of the file in bytes.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta").length(1024).build()?;
    /// assert_eq!(image.length(), Some(1024));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn length(mut self, bytes: u64) -> Self {
        self.length = Some(bytes);
        self
    }

    /// Checks every field and builds the image.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field that is wrong: `url` (not an absolute
    /// `http`/`https` URL), `alt` or `caption` (empty, or a character XML cannot carry),
    /// `width`, `height` or `length` (zero), `mediaType` (not `type/subtype`).
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .size(0, 600)
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "width: expected a whole number of at least 1, found `0`");
    /// ```
    pub fn build(self) -> Result<Image, Error> {
        Ok(Image {
            url: WebUrl::parse(&self.url).map_err(|e| e.at("url"))?,
            alt: Text::new(&self.alt).map_err(|e| e.at("alt"))?,
            caption: optional(self.caption, "caption", Text::new)?,
            width: positive(self.width, "width")?,
            height: positive(self.height, "height")?,
            media_type: optional(self.media_type, "mediaType", media_type)?,
            length: positive(self.length, "length")?,
        })
    }
}

impl TryFrom<ImageBuilder> for Image {
    type Error = Error;

    fn try_from(builder: ImageBuilder) -> Result<Self, Error> {
        builder.build()
    }
}

/// A count that must be at least 1 when given.
fn positive<N: Into<u64> + Copy>(value: Option<N>, field: &str) -> Result<Option<N>, Error> {
    match value {
        Some(n) if n.into() == 0 => Err(Error::from(ErrorKind::OutOfRange {
            found: "0".to_owned(),
            expected: "a whole number of at least 1",
        })
        .at(field)),
        _ => Ok(value),
    }
}

/// A media type checked by the [`mime`] crate, in lower case, without parameters kept
/// apart from it.
fn media_type(text: &str) -> Result<String, Error> {
    match text.trim().parse::<mime::Mime>() {
        Ok(parsed) => Ok(parsed.as_ref().to_ascii_lowercase()),
        Err(_) => Err(ErrorKind::InvalidMediaType {
            found: text.to_owned(),
        }
        .into()),
    }
}
