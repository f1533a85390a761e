//! Images: an article's picture, an event's poster, with the credit and licence Latvian news
//! photos carry. Who made an image is its module.

pub(crate) mod creator;

use serde::{Deserialize, Serialize};

use crate::model::error::{Error, ErrorKind};
use crate::model::image::creator::{Creator, CreatorJson};
use crate::model::text::Text;
use crate::model::web_url::WebUrl;
use crate::model::{Nested, optional};

/// An image with the text that stands for it.
///
/// The alternative text is required: public-sector sites in Latvia must be accessible
/// (Web Content Accessibility Guidelines, as the EU Web Accessibility Directive requires),
/// and an image without it is a defect, not a choice. Width, height, media type and size in
/// bytes are optional; feeds need the last two for an RSS `enclosure`.
///
/// Latvian news photos carry a credit (`Foto: Jānis Bērziņš`), and Google's image-licence
/// metadata asks for who made an image and under what terms it may be used: the credit as
/// shown, its creator (a person or an organisation), a copyright notice, the licence's
/// address and the page where a licence can be had are all optional fields.
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
    #[serde(skip_serializing_if = "Option::is_none")]
    credit: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<Creator>,
    #[serde(skip_serializing_if = "Option::is_none")]
    copyright_notice: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    license: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    acquire_license_page: Option<WebUrl>,
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
            credit: None,
            creator: None,
            copyright_notice: None,
            license: None,
            acquire_license_page: None,
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

    /// The credit as the site shows it (`Foto: Jānis Bērziņš`): schema.org `creditText`.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .credit("Foto: Jānis Bērziņš")
    ///     .build()?;
    /// assert_eq!(image.credit().map(|c| c.as_str()), Some("Foto: Jānis Bērziņš"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn credit(&self) -> Option<&Text> {
        self.credit.as_ref()
    }

    /// Who made the image, a person or an organisation: schema.org `creator`.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::{Creator, Image, Person};
    ///
    /// let image = Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .creator(Creator::Person(Person::builder("Jānis Bērziņš").build()?))
    ///     .build()?;
    /// assert_eq!(image.creator().map(|c| c.name().as_str()), Some("Jānis Bērziņš"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn creator(&self) -> Option<&Creator> {
        self.creator.as_ref()
    }

    /// The copyright notice (`© Ventspils valstspilsētas pašvaldība`): schema.org
    /// `copyrightNotice`.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .copyright_notice("© Ventspils valstspilsētas pašvaldība")
    ///     .build()?;
    /// assert!(image.copyright_notice().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn copyright_notice(&self) -> Option<&Text> {
        self.copyright_notice.as_ref()
    }

    /// The address of the licence the image may be used under: schema.org `license`.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .license("https://creativecommons.org/licenses/by/4.0/")
    ///     .build()?;
    /// assert_eq!(image.license().map(|l| l.as_str()), Some("https://creativecommons.org/licenses/by/4.0/"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn license(&self) -> Option<&WebUrl> {
        self.license.as_ref()
    }

    /// The page where a licence to use the image can be had: schema.org
    /// `acquireLicensePage`.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .acquire_license_page("https://ventspils.lv/foto-izmantosana/")
    ///     .build()?;
    /// assert!(image.acquire_license_page().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn acquire_license_page(&self) -> Option<&WebUrl> {
        self.acquire_license_page.as_ref()
    }

    /// Whether the image says anything of its rights: a credit, a creator, a copyright
    /// notice, a licence or where to get one (Google's image-licence metadata).
    pub(crate) fn has_rights(&self) -> bool {
        self.credit.is_some()
            || self.creator.is_some()
            || self.copyright_notice.is_some()
            || self.license.is_some()
            || self.acquire_license_page.is_some()
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
    /// The credit as the site shows it, such as `Foto: Jānis Bērziņš`.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    credit: Option<String>,
    /// Who made the image: a `person` or an `organization`.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Creator>"))]
    creator: Option<Nested<Creator, CreatorJson>>,
    /// The copyright notice.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    copyright_notice: Option<String>,
    /// The address of the licence the image may be used under.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    license: Option<String>,
    /// The page where a licence to use the image can be had.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    acquire_license_page: Option<String>,
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

    /// Sets the credit as the site shows it, such as `Foto: Jānis Bērziņš`.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .credit("Foto: Ventspils pilsētas dome")
    ///     .build()?;
    /// assert!(image.credit().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn credit(mut self, credit: impl Into<String>) -> Self {
        self.credit = Some(credit.into());
        self
    }

    /// Sets who made the image: a [`Person`](crate::Person) or an
    /// [`Organization`](crate::Organization).
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::{Creator, Image, Organization};
    ///
    /// let studio = Organization::builder("Foto studija Ventspils").build()?;
    /// let image = Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .creator(studio)
    ///     .build()?;
    /// assert!(matches!(image.creator(), Some(Creator::Organization(_))));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn creator(mut self, creator: impl Into<Creator>) -> Self {
        self.creator = Some(Nested::Checked(creator.into()));
        self
    }

    /// Sets the copyright notice.
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .copyright_notice("© Ventspils")
    ///     .build()?;
    /// assert!(image.copyright_notice().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn copyright_notice(mut self, notice: impl Into<String>) -> Self {
        self.copyright_notice = Some(notice.into());
        self
    }

    /// Sets the address of the licence the image may be used under (an absolute `http` or
    /// `https` URL).
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .license("https://creativecommons.org/licenses/by-sa/4.0/")
    ///     .build()?;
    /// assert!(image.license().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn license(mut self, url: impl Into<String>) -> Self {
        self.license = Some(url.into());
        self
    }

    /// Sets the page where a licence to use the image can be had (an absolute `http` or
    /// `https` URL).
    ///
    /// # Example
    ///
    /// ```
    /// let image = jaunumi::Image::builder("https://ventspils.lv/a.jpg", "Osta")
    ///     .acquire_license_page("https://ventspils.lv/kontakti/")
    ///     .build()?;
    /// assert!(image.acquire_license_page().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn acquire_license_page(mut self, url: impl Into<String>) -> Self {
        self.acquire_license_page = Some(url.into());
        self
    }

    /// Checks every field and builds the image.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field that is wrong: `url`, `license`,
    /// `acquireLicensePage` (not an absolute `http`/`https` URL), `alt`, `caption`, `credit`
    /// or `copyrightNotice` (empty, or a character XML cannot carry), `width`, `height` or
    /// `length` (zero), `mediaType` (not `type/subtype`); errors inside `creator` carry their
    /// path.
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
            credit: optional(self.credit, "credit", Text::new)?,
            creator: Nested::check_optional(self.creator, "creator")?,
            copyright_notice: optional(self.copyright_notice, "copyrightNotice", Text::new)?,
            license: optional(self.license, "license", WebUrl::parse)?,
            acquire_license_page: optional(
                self.acquire_license_page,
                "acquireLicensePage",
                WebUrl::parse,
            )?,
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
pub(crate) fn positive<N: Into<u64> + Copy>(
    value: Option<N>,
    field: &str,
) -> Result<Option<N>, Error> {
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
pub(crate) fn media_type(text: &str) -> Result<String, Error> {
    match text.trim().parse::<mime::Mime>() {
        Ok(parsed) => Ok(parsed.as_ref().to_ascii_lowercase()),
        Err(_) => Err(ErrorKind::InvalidMediaType {
            found: text.to_owned(),
        }
        .into()),
    }
}
