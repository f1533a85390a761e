//! Where an event happens, and its JSON form.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::model::error::{Error, ErrorKind};
use crate::model::place::{Place, PlaceBuilder};
use crate::model::web_url::WebUrl;
use crate::model::{Nested, optional};

/// Where an event happens: a physical place, an online address, or both.
///
/// In JSON it is an object with `place`, `url`, or both.
///
/// # Example
///
/// ```
/// use jaunumi::{Location, WebUrl};
///
/// let online = Location::Online("https://www.youtube.com/@ventspils".parse::<WebUrl>()?);
/// assert!(online.place().is_none());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "LocationJson")]
#[non_exhaustive]
pub enum Location {
    /// A physical place.
    Physical(Place),
    /// An online address, such as a stream or a video call.
    Online(WebUrl),
    /// A physical place that can also be attended online.
    Mixed {
        /// The physical place.
        place: Place,
        /// The online address.
        url: WebUrl,
    },
}

impl Location {
    /// The physical place, if there is one.
    ///
    /// # Example
    ///
    /// ```
    /// let url: jaunumi::WebUrl = "https://meet.example.lv/sede".parse()?;
    /// assert!(jaunumi::Location::Online(url).place().is_none());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn place(&self) -> Option<&Place> {
        match self {
            Location::Physical(place) | Location::Mixed { place, .. } => Some(place),
            Location::Online(_) => None,
        }
    }

    /// The online address, if there is one.
    ///
    /// # Example
    ///
    /// ```
    /// let url: jaunumi::WebUrl = "https://meet.example.lv/sede".parse()?;
    /// assert!(jaunumi::Location::Online(url).url().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> Option<&WebUrl> {
        match self {
            Location::Online(url) | Location::Mixed { url, .. } => Some(url),
            Location::Physical(_) => None,
        }
    }
}

impl Serialize for Location {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = usize::from(self.place().is_some()) + usize::from(self.url().is_some());
        let mut state = serializer.serialize_struct("Location", fields)?;
        if let Some(place) = self.place() {
            state.serialize_field("place", place)?;
        }
        if let Some(url) = self.url() {
            state.serialize_field("url", url)?;
        }
        state.end()
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Location {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Location".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        LocationJson::json_schema(generator)
    }
}

/// The JSON form of [`Location`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(extend("minProperties" = 1)))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "Where an event happens: a physical `place`, an online `url`, or both."
    )
)]
pub(crate) struct LocationJson {
    /// The physical place.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Place>"))]
    place: Option<Nested<Place, PlaceBuilder>>,
    /// The online address.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    url: Option<String>,
}

impl TryFrom<LocationJson> for Location {
    type Error = Error;

    fn try_from(json: LocationJson) -> Result<Self, Error> {
        let place = Nested::check_optional(json.place, "place")?;
        let url = optional(json.url, "url", WebUrl::parse)?;
        match (place, url) {
            (Some(place), Some(url)) => Ok(Location::Mixed { place, url }),
            (Some(place), None) => Ok(Location::Physical(place)),
            (None, Some(url)) => Ok(Location::Online(url)),
            (None, None) => Err(ErrorKind::Missing {
                reason: "as a `place`, a `url` or both",
            }
            .into()),
        }
    }
}
