//! An organisation's logo, and its JSON form.

use serde::{Deserialize, Serialize, Serializer};

use crate::model::error::Error;
use crate::model::image::positive;
use crate::model::web_url::WebUrl;

/// An organisation's logo: its image's address, and its width and height in pixels when
/// known (Google reads a publisher's logo with its size, and JSON-LD writes it as an
/// `ImageObject`).
///
/// In JSON it is the address alone (`"https://…/logo.png"`) or an object with `url`,
/// `width` and `height`.
///
/// # Example
///
/// ```
/// use jaunumi::{Logo, Organization};
///
/// let ventspils = Organization::builder("Ventspils valstspilsētas pašvaldība")
///     .logo(Logo::builder("https://www.ventspils.lv/logo.png").size(600, 60))
///     .build()?;
/// let logo = ventspils.logo().ok_or("a logo")?;
/// assert_eq!((logo.width(), logo.height()), (Some(600), Some(60)));
/// let json = serde_json::to_string(&logo)?;
/// assert_eq!(json, r#"{"url":"https://www.ventspils.lv/logo.png","width":600,"height":60}"#);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "LogoBuilder")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Logo {
    url: WebUrl,
    width: Option<u32>,
    height: Option<u32>,
}

impl Logo {
    /// Starts a logo from its absolute URL.
    ///
    /// # Example
    ///
    /// ```
    /// let logo = jaunumi::Logo::builder("https://www.kuldiga.lv/logo.png").build()?;
    /// assert_eq!(logo.url().as_str(), "https://www.kuldiga.lv/logo.png");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(url: impl Into<String>) -> LogoBuilder {
        LogoBuilder {
            url: url.into(),
            width: None,
            height: None,
            plain: false,
        }
    }

    /// The logo's absolute URL.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils").logo("https://ventspils.lv/logo.png").build()?;
    /// assert_eq!(org.logo().map(|l| l.url().as_str()), Some("https://ventspils.lv/logo.png"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> &WebUrl {
        &self.url
    }

    /// The width in pixels, when known.
    ///
    /// # Example
    ///
    /// ```
    /// let logo = jaunumi::Logo::builder("https://ventspils.lv/logo.png").size(512, 512).build()?;
    /// assert_eq!(logo.width(), Some(512));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn width(&self) -> Option<u32> {
        self.width
    }

    /// The height in pixels, when known.
    ///
    /// # Example
    ///
    /// ```
    /// let logo = jaunumi::Logo::builder("https://ventspils.lv/logo.png").build()?;
    /// assert_eq!(logo.height(), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn height(&self) -> Option<u32> {
        self.height
    }
}

/// The address alone when there is no size, so that a logo given as an address reads back
/// as it was written.
impl Serialize for Logo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Sized<'a> {
            url: &'a WebUrl,
            #[serde(skip_serializing_if = "Option::is_none")]
            width: Option<u32>,
            #[serde(skip_serializing_if = "Option::is_none")]
            height: Option<u32>,
        }
        if self.width.is_none() && self.height.is_none() {
            return self.url.serialize(serializer);
        }
        Sized {
            url: &self.url,
            width: self.width,
            height: self.height,
        }
        .serialize(serializer)
    }
}

/// A [`Logo`] under construction. It is also the JSON form that deserialisation checks: an
/// address, or an object with `url`, `width` and `height`. An address converts into one, so
/// [`OrganizationBuilder::logo`](crate::OrganizationBuilder::logo) takes either.
///
/// # Example
///
/// ```
/// let err = jaunumi::Logo::builder("https://ventspils.lv/logo.png").size(0, 60).build().unwrap_err();
/// assert_eq!(err.to_string(), "width: expected a whole number of at least 1, found `0`");
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(from = "LogoJson")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct LogoBuilder {
    url: String,
    width: Option<u32>,
    height: Option<u32>,
    /// Whether it was given as an address alone: an error is then the logo's own, not its
    /// `url`'s.
    plain: bool,
}

impl LogoBuilder {
    /// Sets the width and height in pixels.
    ///
    /// # Example
    ///
    /// ```
    /// let logo = jaunumi::Logo::builder("https://ventspils.lv/logo.png").size(600, 60).build()?;
    /// assert_eq!(logo.height(), Some(60));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn size(mut self, width: u32, height: u32) -> Self {
        self.width = Some(width);
        self.height = Some(height);
        self
    }

    /// Checks every field and builds the logo.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the field that is wrong: `url` (not an absolute `http`/`https`
    /// URL; the logo itself when it was given as an address alone), `width` or `height`
    /// (zero).
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Logo::builder("logo.png").build().unwrap_err();
    /// assert_eq!(err.field(), "url");
    /// ```
    pub fn build(self) -> Result<Logo, Error> {
        let url = WebUrl::parse(&self.url);
        Ok(Logo {
            url: if self.plain {
                url?
            } else {
                url.map_err(|e| e.at("url"))?
            },
            width: positive(self.width, "width")?,
            height: positive(self.height, "height")?,
        })
    }
}

impl From<&str> for LogoBuilder {
    fn from(url: &str) -> Self {
        Self::from(url.to_owned())
    }
}

impl From<String> for LogoBuilder {
    fn from(url: String) -> Self {
        Self {
            url,
            width: None,
            height: None,
            plain: true,
        }
    }
}

impl TryFrom<LogoBuilder> for Logo {
    type Error = Error;

    fn try_from(builder: LogoBuilder) -> Result<Self, Error> {
        builder.build()
    }
}

/// The two JSON forms of a logo.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "An organisation's logo: its absolute URL, or an object with `url`, `width` and `height`."
    )
)]
enum LogoJson {
    /// The logo's absolute URL.
    Url(#[cfg_attr(feature = "schemars", schemars(with = "WebUrl"))] String),
    /// The logo with its size.
    Sized(SizedLogo),
}

/// A logo with its size, in JSON.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
struct SizedLogo {
    /// The logo's absolute URL.
    #[cfg_attr(feature = "schemars", schemars(with = "WebUrl"))]
    url: String,
    /// The width in pixels.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1)))]
    width: Option<u32>,
    /// The height in pixels.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1)))]
    height: Option<u32>,
}

impl From<LogoJson> for LogoBuilder {
    fn from(json: LogoJson) -> Self {
        match json {
            LogoJson::Url(url) => Self::from(url),
            LogoJson::Sized(sized) => Self {
                url: sized.url,
                width: sized.width,
                height: sized.height,
                plain: false,
            },
        }
    }
}
