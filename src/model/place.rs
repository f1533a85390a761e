//! Places where events happen.

use serde::{Deserialize, Serialize};

use crate::model::address::{PostalAddress, PostalAddressBuilder};
use crate::model::error::{Error, ErrorKind};
use crate::model::text::Text;
use crate::model::web_url::WebUrl;
use crate::model::{Nested, optional};

/// A point on the Earth in WGS 84 degrees, as maps and schema.org `GeoCoordinates` use.
///
/// # Example
///
/// ```
/// use jaunumi::Coordinates;
///
/// // Ventspils Digitālais centrs
/// let here = Coordinates::new(57.3948, 21.5645)?;
/// assert_eq!(here.latitude(), 57.3948);
/// assert!(Coordinates::new(91.0, 21.5).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "CoordinatesJson")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Coordinates {
    latitude: f64,
    longitude: f64,
}

impl Coordinates {
    /// Checks latitude (−90 to 90) and longitude (−180 to 180).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] naming `latitude` or `longitude` when it lies outside its
    /// range or is not a finite number.
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Coordinates::new(57.39, 200.0).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "longitude: expected degrees from -180 to 180, found `200`",
    /// );
    /// ```
    pub fn new(latitude: f64, longitude: f64) -> Result<Self, Error> {
        Ok(Self {
            latitude: degrees(latitude, 90.0, "degrees from -90 to 90", "latitude")?,
            longitude: degrees(longitude, 180.0, "degrees from -180 to 180", "longitude")?,
        })
    }

    /// Degrees north of the equator (south when negative).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Coordinates::new(56.95, 24.11)?.latitude(), 56.95);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn latitude(&self) -> f64 {
        self.latitude
    }

    /// Degrees east of Greenwich (west when negative).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Coordinates::new(56.95, 24.11)?.longitude(), 24.11);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn longitude(&self) -> f64 {
        self.longitude
    }
}

fn degrees(value: f64, limit: f64, expected: &'static str, field: &str) -> Result<f64, Error> {
    if value.is_finite() && (-limit..=limit).contains(&value) {
        // One zero: -0.0 and 0.0 are the same place and must compare and print the same.
        Ok(if value == 0.0 { 0.0 } else { value })
    } else {
        Err(Error::from(ErrorKind::OutOfRange {
            found: value.to_string(),
            expected,
        })
        .at(field))
    }
}

/// The JSON form of [`Coordinates`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(description = "A point on the Earth in WGS 84 degrees.")
)]
struct CoordinatesJson {
    /// Degrees north of the equator, from -90 to 90.
    #[cfg_attr(feature = "schemars", schemars(range(min = -90.0, max = 90.0)))]
    latitude: f64,
    /// Degrees east of Greenwich, from -180 to 180.
    #[cfg_attr(feature = "schemars", schemars(range(min = -180.0, max = 180.0)))]
    longitude: f64,
}

impl TryFrom<CoordinatesJson> for Coordinates {
    type Error = Error;

    fn try_from(json: CoordinatesJson) -> Result<Self, Error> {
        Self::new(json.latitude, json.longitude)
    }
}

/// A physical place, such as the venue of an event: a name and a postal address, with
/// optional coordinates and web page.
///
/// # Example
///
/// ```
/// use jaunumi::{Place, PostalAddress};
///
/// let address = PostalAddress::builder()
///     .street("Saules iela 9")
///     .locality("Ventspils")
///     .postal_code("LV-3601")
///     .build()?;
/// let place = Place::builder("Ventspils Digitālais centrs", address)
///     .coordinates(57.3948, 21.5645)
///     .build()?;
/// assert_eq!(place.name().as_str(), "Ventspils Digitālais centrs");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", try_from = "PlaceBuilder")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Place {
    name: Text,
    address: PostalAddress,
    #[serde(skip_serializing_if = "Option::is_none")]
    coordinates: Option<Coordinates>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<WebUrl>,
}

impl Place {
    /// Starts a place from its name and postal address.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().locality("Jūrmala").build()?;
    /// let place = jaunumi::Place::builder("Dzintaru koncertzāle", address).build()?;
    /// assert_eq!(place.address().locality().map(|l| l.as_str()), Some("Jūrmala"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(name: impl Into<String>, address: PostalAddress) -> PlaceBuilder {
        PlaceBuilder {
            name: name.into(),
            address: Nested::Checked(address),
            coordinates: None,
            url: None,
        }
    }

    /// The place's name.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().build()?;
    /// let place = jaunumi::Place::builder("Ventspils teātra nams", address).build()?;
    /// assert_eq!(place.name().as_str(), "Ventspils teātra nams");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &Text {
        &self.name
    }

    /// The place's postal address.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().postal_code("LV-3601").build()?;
    /// let place = jaunumi::Place::builder("Ventspils teātra nams", address).build()?;
    /// assert!(place.address().postal_code().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn address(&self) -> &PostalAddress {
        &self.address
    }

    /// The place's coordinates.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().build()?;
    /// let place = jaunumi::Place::builder("Osta", address).coordinates(57.39, 21.56).build()?;
    /// assert_eq!(place.coordinates().map(|c| c.longitude()), Some(21.56));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn coordinates(&self) -> Option<Coordinates> {
        self.coordinates
    }

    /// The place's web page.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().build()?;
    /// let place = jaunumi::Place::builder("Osta", address).url("https://portofventspils.lv/").build()?;
    /// assert!(place.url().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> Option<&WebUrl> {
        self.url.as_ref()
    }
}

/// A [`Place`] under construction. It is also the JSON form that deserialisation checks.
///
/// # Example
///
/// ```
/// let address = jaunumi::PostalAddress::builder().build()?;
/// let err = jaunumi::Place::builder("Osta", address).coordinates(100.0, 0.0).build().unwrap_err();
/// assert_eq!(err.field(), "coordinates.latitude");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "A physical place: a name and a postal address, with optional coordinates and web page."
    )
)]
pub struct PlaceBuilder {
    /// The place's name.
    #[cfg_attr(feature = "schemars", schemars(with = "Text"))]
    name: String,
    /// The place's postal address.
    #[cfg_attr(feature = "schemars", schemars(with = "PostalAddress"))]
    address: Nested<PostalAddress, PostalAddressBuilder>,
    /// The place's coordinates.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Coordinates>"))]
    coordinates: Option<CoordinatesJson>,
    /// The place's web page.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    url: Option<String>,
}

impl PlaceBuilder {
    /// Sets the coordinates, in degrees.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().build()?;
    /// let place = jaunumi::Place::builder("Osta", address).coordinates(57.39, 21.56).build()?;
    /// assert!(place.coordinates().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn coordinates(mut self, latitude: f64, longitude: f64) -> Self {
        self.coordinates = Some(CoordinatesJson {
            latitude,
            longitude,
        });
        self
    }

    /// Sets the place's web page.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().build()?;
    /// let place = jaunumi::Place::builder("Osta", address).url("https://portofventspils.lv/").build()?;
    /// assert!(place.url().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// Checks every field and builds the place.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field that is wrong: `name` (empty, or a character XML
    /// cannot carry), `coordinates.latitude` or `coordinates.longitude` (out of range),
    /// `url` (not an absolute `http`/`https` URL).
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().build()?;
    /// let err = jaunumi::Place::builder("", address).build().unwrap_err();
    /// assert_eq!(err.to_string(), "name: must not be empty");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<Place, Error> {
        let coordinates = match self.coordinates {
            Some(json) => Some(Coordinates::try_from(json).map_err(|e| e.at("coordinates"))?),
            None => None,
        };
        Ok(Place {
            name: Text::new(&self.name).map_err(|e| e.at("name"))?,
            address: self.address.check("address")?,
            coordinates,
            url: optional(self.url, "url", WebUrl::parse)?,
        })
    }
}

impl TryFrom<PlaceBuilder> for Place {
    type Error = Error;

    fn try_from(builder: PlaceBuilder) -> Result<Self, Error> {
        builder.build()
    }
}
