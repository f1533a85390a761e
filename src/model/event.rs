//! Events that news reports or announces: a visit, a concert, a council meeting.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::model::error::{Error, ErrorKind};
use crate::model::image::{Image, ImageBuilder};
use crate::model::language::Language;
use crate::model::organization::{Organization, OrganizationBuilder};
use crate::model::place::{Place, PlaceBuilder};
use crate::model::text::Text;
use crate::model::web_url::WebUrl;
use crate::model::{Nested, optional};

/// When an event starts or ends: a calendar date for an all-day event, or an instant with
/// its UTC offset (schema.org `Date` or `DateTime`).
///
/// In JSON it is a string: `2018-01-17` or `2018-01-17T10:00:00+02:00`.
///
/// # Example
///
/// ```
/// use jaunumi::Moment;
///
/// let day: Moment = "2018-01-17".parse()?;
/// assert!(matches!(day, Moment::Date(_)));
/// let ten = jaunumi::riga::at(2018, 1, 17, 10, 0)?;
/// assert_eq!(Moment::from(ten).to_string(), "2018-01-17T10:00:00+02:00");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Moment {
    /// A calendar date, for an event that takes whole days.
    Date(NaiveDate),
    /// An instant with its UTC offset.
    Instant(DateTime<FixedOffset>),
}

impl Moment {
    /// Reads a date (`2018-01-17`) or an RFC 3339 date-time with offset
    /// (`2018-01-17T10:00:00+02:00`).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidMoment`] for anything else, such as a date-time without an offset.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jaunumi::Moment::parse("2018-01-17T10:00:00").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Self, Error> {
        let text = text.trim();
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d")
            && text.len() == 10
        {
            return Ok(Moment::Date(date));
        }
        DateTime::parse_from_rfc3339(text)
            .map(Moment::Instant)
            .map_err(|_| {
                ErrorKind::InvalidMoment {
                    found: text.to_owned(),
                }
                .into()
            })
    }

    /// The calendar date: the date itself, or the local date of the instant in its offset.
    ///
    /// # Example
    ///
    /// ```
    /// let ten = jaunumi::riga::at(2018, 1, 17, 10, 0)?;
    /// assert_eq!(jaunumi::Moment::from(ten).date().to_string(), "2018-01-17");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date(&self) -> NaiveDate {
        match self {
            Moment::Date(date) => *date,
            Moment::Instant(instant) => instant.date_naive(),
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Moment::Date(_) => "a date",
            Moment::Instant(_) => "a date-time with offset",
        }
    }

    /// Whether `self` lies before `other`, when both are of the same kind.
    fn is_before(&self, other: &Moment) -> bool {
        match (self, other) {
            (Moment::Date(a), Moment::Date(b)) => a < b,
            (Moment::Instant(a), Moment::Instant(b)) => a < b,
            _ => false,
        }
    }
}

impl From<NaiveDate> for Moment {
    fn from(date: NaiveDate) -> Self {
        Moment::Date(date)
    }
}

impl From<DateTime<FixedOffset>> for Moment {
    fn from(instant: DateTime<FixedOffset>) -> Self {
        Moment::Instant(instant)
    }
}

impl std::str::FromStr for Moment {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Self::parse(text)
    }
}

impl TryFrom<String> for Moment {
    type Error = Error;

    fn try_from(text: String) -> Result<Self, Error> {
        Self::parse(&text)
    }
}

/// RFC 3339 / ISO 8601: `2018-01-17` or `2018-01-17T10:00:00+02:00` (fractions of a second
/// only when there are any).
impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Moment::Date(date) => write!(f, "{}", date.format("%Y-%m-%d")),
            Moment::Instant(instant) => {
                f.write_str(&instant.to_rfc3339_opts(SecondsFormat::AutoSi, false))
            }
        }
    }
}

impl Serialize for Moment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Moment::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Moment {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Moment".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A date (`2018-01-17`) for an all-day event, or an RFC 3339 date-time with offset (`2018-01-17T10:00:00+02:00`).",
            "anyOf": [
                { "type": "string", "format": "date", "pattern": "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$" },
                { "type": "string", "format": "date-time" },
            ],
        })
    }
}

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
struct LocationJson {
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

/// How people attend an event, as schema.org `eventAttendanceMode` says it.
///
/// # Example
///
/// ```
/// use jaunumi::{AttendanceMode, Event};
///
/// let url = "https://meet.example.lv/sede".parse()?;
/// let start = jaunumi::riga::at(2024, 1, 17, 10, 0)?;
/// let event = Event::builder("Domes sēde", start)
///     .location(jaunumi::Location::Online(url))
///     .build()?;
/// assert_eq!(event.attendance_mode(), Some(AttendanceMode::Online));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttendanceMode {
    /// In person only.
    Offline,
    /// Online only.
    Online,
    /// In person and online.
    Mixed,
}

/// Whether an event goes ahead as planned.
///
/// In JSON: `status` is `scheduled`, `cancelled`, `postponed`, `rescheduled` (with
/// `previousStart`) or `movedOnline`.
///
/// # Example
///
/// ```
/// use jaunumi::{EventStatus, Moment};
///
/// let status = EventStatus::Rescheduled { previous_start: "2024-05-01".parse::<Moment>()? };
/// assert_ne!(status, EventStatus::Scheduled);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum EventStatus {
    /// Going ahead as planned (the default).
    #[default]
    Scheduled,
    /// Called off.
    Cancelled,
    /// Put off to a date not yet known.
    Postponed,
    /// Moved to a new start; the event's start is the new one.
    Rescheduled {
        /// The start it had before.
        previous_start: Moment,
    },
    /// Moved from a physical place to online attendance.
    MovedOnline,
}

impl EventStatus {
    fn keyword(&self) -> StatusKeyword {
        match self {
            EventStatus::Scheduled => StatusKeyword::Scheduled,
            EventStatus::Cancelled => StatusKeyword::Cancelled,
            EventStatus::Postponed => StatusKeyword::Postponed,
            EventStatus::Rescheduled { .. } => StatusKeyword::Rescheduled,
            EventStatus::MovedOnline => StatusKeyword::MovedOnline,
        }
    }
}

/// The `status` keyword of the JSON form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "EventStatus"))]
enum StatusKeyword {
    #[default]
    Scheduled,
    Cancelled,
    Postponed,
    Rescheduled,
    MovedOnline,
}

/// A price in a currency, exact to the cent.
///
/// # Example
///
/// ```
/// use jaunumi::Price;
///
/// let ticket = Price::new("7.5", "EUR")?;
/// assert_eq!(ticket.amount(), "7.50");
/// assert_eq!(ticket.currency(), "EUR");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Price {
    cents: u64,
    currency: [u8; 3],
}

impl Price {
    /// Reads an amount (`5`, `12.50`; a comma, as Latvian writes it, works too) and an
    /// ISO 4217 currency code.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidPrice`] for a negative amount, more than two decimals or anything
    /// but digits, and [`ErrorKind::InvalidCurrency`] for anything but three upper-case
    /// letters.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Price::new("12,5", "EUR")?.amount(), "12.50");
    /// assert!(jaunumi::Price::new("-1", "EUR").is_err());
    /// assert!(jaunumi::Price::new("5", "eiro").is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(amount: &str, currency: &str) -> Result<Self, Error> {
        let invalid_price = || -> Error {
            ErrorKind::InvalidPrice {
                found: amount.to_owned(),
            }
            .into()
        };
        let trimmed = amount.trim();
        let (whole, fraction) = trimmed.split_once(['.', ',']).unwrap_or((trimmed, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 2 {
            return Err(invalid_price());
        }
        let whole: u64 = whole.parse().map_err(|_| invalid_price())?;
        let fraction: u64 = format!("{fraction:0<2}")
            .parse()
            .map_err(|_| invalid_price())?;
        let cents = whole
            .checked_mul(100)
            .and_then(|c| c.checked_add(fraction))
            .ok_or_else(invalid_price)?;
        let code: [u8; 3] = currency
            .trim()
            .as_bytes()
            .try_into()
            .ok()
            .filter(|code: &[u8; 3]| code.iter().all(u8::is_ascii_uppercase))
            .ok_or_else(|| ErrorKind::InvalidCurrency {
                found: currency.to_owned(),
            })?;
        Ok(Self {
            cents,
            currency: code,
        })
    }

    /// The amount with two decimals and a point, as schema.org `price` wants it: `12.50`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Price::new("3", "EUR")?.amount(), "3.00");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn amount(&self) -> String {
        format!("{}.{:02}", self.cents / 100, self.cents % 100)
    }

    /// Whether the amount is zero.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(jaunumi::Price::new("0.00", "EUR")?.is_zero());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_zero(&self) -> bool {
        self.cents == 0
    }

    /// The ISO 4217 currency code, such as `EUR`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::Price::new("3", "EUR")?.currency(), "EUR");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn currency(&self) -> &str {
        // Checked to be three ASCII capitals at construction.
        std::str::from_utf8(&self.currency).unwrap_or("XXX")
    }
}

/// Whether attending an event costs anything.
///
/// In JSON: `{"type": "free"}` or `{"type": "paid", "price": "7.50", "currency": "EUR",
/// "url": "…"}` (the `url` where tickets are sold, optional).
///
/// # Example
///
/// ```
/// use jaunumi::{Admission, Price};
///
/// let paid = Admission::Paid { price: Price::new("7.50", "EUR")?, url: None };
/// assert_ne!(paid, Admission::Free);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "AdmissionJson")]
#[non_exhaustive]
pub enum Admission {
    /// Free of charge.
    Free,
    /// Paid.
    Paid {
        /// The price of a ticket.
        price: Price,
        /// Where tickets are sold.
        url: Option<WebUrl>,
    },
}

impl Serialize for Admission {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Admission::Free => {
                let mut state = serializer.serialize_struct("Admission", 1)?;
                state.serialize_field("type", "free")?;
                state.end()
            }
            Admission::Paid { price, url } => {
                let mut state =
                    serializer.serialize_struct("Admission", 3 + usize::from(url.is_some()))?;
                state.serialize_field("type", "paid")?;
                state.serialize_field("price", &price.amount())?;
                state.serialize_field("currency", price.currency())?;
                if let Some(url) = url {
                    state.serialize_field("url", url)?;
                }
                state.end()
            }
        }
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Admission {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Admission".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        AdmissionJson::json_schema(generator)
    }
}

/// The JSON form of [`Admission`].
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "Whether attending costs anything: `{\"type\": \"free\"}` or `{\"type\": \"paid\", \"price\": \"7.50\", \"currency\": \"EUR\"}`."
    )
)]
struct AdmissionJson {
    /// `free` or `paid`.
    #[serde(rename = "type")]
    kind: AdmissionKind,
    /// The price of a ticket, such as `7.50`; only for `paid`.
    #[serde(default)]
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^\s*[0-9]+([.,][0-9]{1,2})?\s*$"))
    )]
    price: Option<String>,
    /// An ISO 4217 currency code such as `EUR`; only for `paid`.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"^\s*[A-Z]{3}\s*$")))]
    currency: Option<String>,
    /// Where tickets are sold; only for `paid`.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
enum AdmissionKind {
    Free,
    Paid,
}

impl TryFrom<AdmissionJson> for Admission {
    type Error = Error;

    fn try_from(json: AdmissionJson) -> Result<Self, Error> {
        const ONLY_PAID: &str = "unless `type` is `paid`";
        const PAID: &str = "when `type` is `paid`";
        match json.kind {
            AdmissionKind::Free => {
                for (field, value) in [
                    ("price", &json.price),
                    ("currency", &json.currency),
                    ("url", &json.url),
                ] {
                    if value.is_some() {
                        return Err(
                            Error::from(ErrorKind::NotAllowed { reason: ONLY_PAID }).at(field)
                        );
                    }
                }
                Ok(Admission::Free)
            }
            AdmissionKind::Paid => {
                let amount = json
                    .price
                    .ok_or_else(|| Error::from(ErrorKind::Missing { reason: PAID }).at("price"))?;
                let currency = json.currency.ok_or_else(|| {
                    Error::from(ErrorKind::Missing { reason: PAID }).at("currency")
                })?;
                let price = Price::new(&amount, &currency).map_err(|e| {
                    let field = if matches!(e.kind(), ErrorKind::InvalidCurrency { .. }) {
                        "currency"
                    } else {
                        "price"
                    };
                    e.at(field)
                })?;
                Ok(Admission::Paid {
                    price,
                    url: optional(json.url, "url", WebUrl::parse)?,
                })
            }
        }
    }
}

/// An event: a visit, a concert, a meeting, a fair. Start and end are both dates (an
/// all-day event) or both instants; the end never comes before the start.
///
/// # Example
///
/// ```
/// use jaunumi::{Event, Location, Organization, Place, PostalAddress};
///
/// let centre = Organization::builder("Ventspils Digitālais centrs").build()?;
/// let venue = Place::builder(
///     "Ventspils Digitālais centrs",
///     PostalAddress::builder().locality("Ventspils").build()?,
/// )
/// .build()?;
/// let visit = Event::builder(
///     "Jūrmalas pašvaldības IT speciālistu pieredzes apmaiņas vizīte",
///     "2018-01-17".parse::<jaunumi::Moment>()?,
/// )
/// .location(Location::Physical(venue))
/// .organizer(centre)
/// .build()?;
/// assert_eq!(visit.start().to_string(), "2018-01-17");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    name: Text,
    start: Moment,
    end: Option<Moment>,
    location: Option<Location>,
    organizers: Vec<Organization>,
    status: EventStatus,
    admission: Option<Admission>,
    description: Option<Text>,
    url: Option<WebUrl>,
    image: Option<Image>,
    language: Language,
}

impl Event {
    /// Starts an event from its name and start.
    ///
    /// # Example
    ///
    /// ```
    /// let start = jaunumi::riga::at(2024, 6, 21, 19, 0)?;
    /// let event = jaunumi::Event::builder("Līgo koncerts", start).build()?;
    /// assert_eq!(event.name().as_str(), "Līgo koncerts");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(name: impl Into<String>, start: impl Into<Moment>) -> EventBuilder {
        EventBuilder {
            name: name.into(),
            start: Nested::Checked(start.into()),
            end: None,
            location: None,
            organizers: Vec::new(),
            status: StatusKeyword::Scheduled,
            previous_start: None,
            admission: None,
            description: None,
            url: None,
            image: None,
            language: None,
        }
    }

    /// The event's name.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?).build()?;
    /// assert_eq!(event.name().as_str(), "Talka");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &Text {
        &self.name
    }

    /// When it starts.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?).build()?;
    /// assert_eq!(event.start().to_string(), "2024-04-27");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(&self) -> &Moment {
        &self.start
    }

    /// When it ends, if known; never before the start.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::Moment;
    ///
    /// let event = jaunumi::Event::builder("Jūras svētki", "2024-07-12".parse::<Moment>()?)
    ///     .end("2024-07-14".parse::<Moment>()?)
    ///     .build()?;
    /// assert_eq!(event.end().map(|e| e.to_string()), Some("2024-07-14".to_owned()));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn end(&self) -> Option<&Moment> {
        self.end.as_ref()
    }

    /// Where it happens.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?).build()?;
    /// assert!(event.location().is_none());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn location(&self) -> Option<&Location> {
        self.location.as_ref()
    }

    /// How people attend it, from its location and status: online when it moved online,
    /// otherwise as its location says; unknown without a location.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::{AttendanceMode, Event, EventStatus, Location, Place, PostalAddress};
    ///
    /// let hall = Place::builder("Kultūras nams", PostalAddress::builder().build()?).build()?;
    /// let event = Event::builder("Koncerts", jaunumi::riga::at(2024, 5, 4, 18, 0)?)
    ///     .location(Location::Physical(hall))
    ///     .status(EventStatus::MovedOnline)
    ///     .build()?;
    /// assert_eq!(event.attendance_mode(), Some(AttendanceMode::Online));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn attendance_mode(&self) -> Option<AttendanceMode> {
        if self.status == EventStatus::MovedOnline {
            return Some(AttendanceMode::Online);
        }
        self.location.as_ref().map(|location| match location {
            Location::Physical(_) => AttendanceMode::Offline,
            Location::Online(_) => AttendanceMode::Online,
            Location::Mixed { .. } => AttendanceMode::Mixed,
        })
    }

    /// Who organises it.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils kultūras centrs").build()?;
    /// let event = jaunumi::Event::builder("Koncerts", "2024-05-04".parse::<jaunumi::Moment>()?)
    ///     .organizer(org)
    ///     .build()?;
    /// assert_eq!(event.organizers().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn organizers(&self) -> &[Organization] {
        &self.organizers
    }

    /// Whether it goes ahead as planned.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?).build()?;
    /// assert_eq!(event.status(), &jaunumi::EventStatus::Scheduled);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(&self) -> &EventStatus {
        &self.status
    }

    /// Whether attending costs anything, if known.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?)
    ///     .admission(jaunumi::Admission::Free)
    ///     .build()?;
    /// assert_eq!(event.admission(), Some(&jaunumi::Admission::Free));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn admission(&self) -> Option<&Admission> {
        self.admission.as_ref()
    }

    /// A description in plain text.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?)
    ///     .description("Sakopsim Ventas krastus!")
    ///     .build()?;
    /// assert!(event.description().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn description(&self) -> Option<&Text> {
        self.description.as_ref()
    }

    /// The event's own page.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?)
    ///     .url("https://www.ventspils.lv/talka")
    ///     .build()?;
    /// assert!(event.url().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> Option<&WebUrl> {
        self.url.as_ref()
    }

    /// A picture of the event or its poster.
    ///
    /// # Example
    ///
    /// ```
    /// let poster = jaunumi::Image::builder("https://ventspils.lv/talka.jpg", "Talkas plakāts").build()?;
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?)
    ///     .image(poster)
    ///     .build()?;
    /// assert!(event.image().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn image(&self) -> Option<&Image> {
        self.image.as_ref()
    }

    /// The language it is held in; Latvian unless set.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?).build()?;
    /// assert_eq!(event.language(), &jaunumi::Language::LATVIAN);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn language(&self) -> &Language {
        &self.language
    }
}

impl Serialize for Event {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Event", 12)?;
        state.serialize_field("name", &self.name)?;
        state.serialize_field("start", &self.start)?;
        if let Some(end) = &self.end {
            state.serialize_field("end", end)?;
        }
        if let Some(location) = &self.location {
            state.serialize_field("location", location)?;
        }
        if !self.organizers.is_empty() {
            state.serialize_field("organizers", &self.organizers)?;
        }
        state.serialize_field("status", &self.status.keyword())?;
        if let EventStatus::Rescheduled { previous_start } = &self.status {
            state.serialize_field("previousStart", previous_start)?;
        }
        if let Some(admission) = &self.admission {
            state.serialize_field("admission", admission)?;
        }
        if let Some(description) = &self.description {
            state.serialize_field("description", description)?;
        }
        if let Some(url) = &self.url {
            state.serialize_field("url", url)?;
        }
        if let Some(image) = &self.image {
            state.serialize_field("image", image)?;
        }
        state.serialize_field("language", &self.language)?;
        state.end()
    }
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        EventBuilder::deserialize(deserializer)?
            .build()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Event {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Event".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = EventBuilder::json_schema(generator);
        crate::model::json_schema::chronological(&mut schema, "start", "end");
        crate::model::json_schema::end_like_start(&mut schema);
        schema
    }
}

/// An [`Event`] under construction. It is also the JSON form that deserialisation checks.
///
/// # Example
///
/// ```
/// use jaunumi::Moment;
///
/// let err = jaunumi::Event::builder("Festivāls", "2024-07-14".parse::<Moment>()?)
///     .end("2024-07-12".parse::<Moment>()?)
///     .build()
///     .unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "end: expected a time not before `start` (`2024-07-14`), found `2024-07-12`",
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "An event that news reports or announces. `start` and `end` are both dates (an all-day event) or both date-times with offset, and `end` is not before `start`."
    )
)]
pub struct EventBuilder {
    /// The event's name.
    #[cfg_attr(feature = "schemars", schemars(with = "Text"))]
    name: String,
    /// When it starts: a date for an all-day event, or a date-time with offset.
    #[cfg_attr(feature = "schemars", schemars(with = "Moment"))]
    start: Nested<Moment, String>,
    /// When it ends, of the same kind as `start` and not before it.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Moment>"))]
    end: Option<Nested<Moment, String>>,
    /// Where it happens: a `place`, an online `url`, or both.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Location>"))]
    location: Option<Nested<Location, LocationJson>>,
    /// Who organises it.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<Organization>"))]
    organizers: Vec<Nested<Organization, OrganizationBuilder>>,
    /// Whether it goes ahead as planned; `scheduled` when absent.
    #[serde(default)]
    status: StatusKeyword,
    /// The start it had before, when `status` is `rescheduled`.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Moment>"))]
    previous_start: Option<Nested<Moment, String>>,
    /// Whether attending costs anything.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Admission>"))]
    admission: Option<Nested<Admission, AdmissionJson>>,
    /// A description in plain text.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    description: Option<String>,
    /// The event's own page.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    url: Option<String>,
    /// A picture of the event or its poster.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Image>"))]
    image: Option<Nested<Image, ImageBuilder>>,
    /// The language it is held in; `lv` when absent.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Language>"))]
    language: Option<Nested<Language, String>>,
}

impl EventBuilder {
    /// Sets when it ends.
    ///
    /// # Example
    ///
    /// ```
    /// let start = jaunumi::riga::at(2024, 5, 4, 18, 0)?;
    /// let end = jaunumi::riga::at(2024, 5, 4, 20, 0)?;
    /// let event = jaunumi::Event::builder("Koncerts", start).end(end).build()?;
    /// assert!(event.end().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn end(mut self, end: impl Into<Moment>) -> Self {
        self.end = Some(Nested::Checked(end.into()));
        self
    }

    /// Sets where it happens.
    ///
    /// # Example
    ///
    /// ```
    /// let url = "https://www.youtube.com/@ventspils".parse()?;
    /// let event = jaunumi::Event::builder("Tiešraide", jaunumi::riga::at(2024, 5, 4, 18, 0)?)
    ///     .location(jaunumi::Location::Online(url))
    ///     .build()?;
    /// assert!(event.location().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn location(mut self, location: Location) -> Self {
        self.location = Some(Nested::Checked(location));
        self
    }

    /// Adds an organiser.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Jūrmalas pašvaldība").build()?;
    /// let event = jaunumi::Event::builder("Vizīte", "2018-01-17".parse::<jaunumi::Moment>()?)
    ///     .organizer(org)
    ///     .build()?;
    /// assert_eq!(event.organizers().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn organizer(mut self, organizer: Organization) -> Self {
        self.organizers.push(Nested::Checked(organizer));
        self
    }

    /// Sets whether it goes ahead as planned.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?)
    ///     .status(jaunumi::EventStatus::Cancelled)
    ///     .build()?;
    /// assert_eq!(event.status(), &jaunumi::EventStatus::Cancelled);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(mut self, status: EventStatus) -> Self {
        self.status = status.keyword();
        self.previous_start = match status {
            EventStatus::Rescheduled { previous_start } => Some(Nested::Checked(previous_start)),
            _ => None,
        };
        self
    }

    /// Sets whether attending costs anything.
    ///
    /// # Example
    ///
    /// ```
    /// let price = jaunumi::Price::new("5", "EUR")?;
    /// let event = jaunumi::Event::builder("Koncerts", "2024-05-04".parse::<jaunumi::Moment>()?)
    ///     .admission(jaunumi::Admission::Paid { price, url: None })
    ///     .build()?;
    /// assert!(event.admission().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn admission(mut self, admission: Admission) -> Self {
        self.admission = Some(Nested::Checked(admission));
        self
    }

    /// Sets a description in plain text.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?)
    ///     .description("Sakopsim Ventas krastus!")
    ///     .build()?;
    /// assert!(event.description().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Sets the event's own page.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?)
    ///     .url("https://www.ventspils.lv/talka")
    ///     .build()?;
    /// assert!(event.url().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// Sets a picture of the event or its poster.
    ///
    /// # Example
    ///
    /// ```
    /// let poster = jaunumi::Image::builder("https://ventspils.lv/talka.jpg", "Plakāts").build()?;
    /// let event = jaunumi::Event::builder("Talka", "2024-04-27".parse::<jaunumi::Moment>()?)
    ///     .image(poster)
    ///     .build()?;
    /// assert!(event.image().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn image(mut self, image: Image) -> Self {
        self.image = Some(Nested::Checked(image));
        self
    }

    /// Sets the language it is held in.
    ///
    /// # Example
    ///
    /// ```
    /// let event = jaunumi::Event::builder("Concert", "2024-05-04".parse::<jaunumi::Moment>()?)
    ///     .language(jaunumi::Language::ENGLISH)
    ///     .build()?;
    /// assert_eq!(event.language(), &jaunumi::Language::ENGLISH);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(Nested::Checked(language));
        self
    }

    /// Checks every field and builds the event.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field that is wrong: `name`, `description` (empty, or a
    /// character XML cannot carry), `start`, `end`, `previousStart` (not a date or date-time
    /// with offset), `end` (of another kind than `start`, or before it), `previousStart`
    /// (missing for a rescheduled event, or given for another status), `url`,
    /// `language`; errors inside `location`, `organizers[i]`, `admission` and `image` carry
    /// their path.
    ///
    /// # Example
    ///
    /// ```
    /// let start = jaunumi::riga::at(2024, 5, 4, 18, 0)?;
    /// let err = jaunumi::Event::builder("Koncerts", start)
    ///     .end("2024-05-04".parse::<jaunumi::Moment>()?)
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "end: expected a date-time with offset like `start`, found `2024-05-04`",
    /// );
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<Event, Error> {
        let name = Text::new(&self.name).map_err(|e| e.at("name"))?;
        let start = self.start.check("start")?;
        let end = Nested::check_optional(self.end, "end")?;
        if let Some(end) = &end {
            if std::mem::discriminant(end) != std::mem::discriminant(&start) {
                return Err(Error::from(ErrorKind::MixedMoments {
                    found: end.to_string(),
                    expected: start.kind(),
                })
                .at("end"));
            }
            if end.is_before(&start) {
                return Err(Error::from(ErrorKind::OutOfOrder {
                    found: end.to_string(),
                    earlier_field: "start",
                    earlier: start.to_string(),
                })
                .at("end"));
            }
        }
        let previous_start = Nested::check_optional(self.previous_start, "previousStart")?;
        let status = match (self.status, previous_start) {
            (StatusKeyword::Rescheduled, Some(previous_start)) => {
                EventStatus::Rescheduled { previous_start }
            }
            (StatusKeyword::Rescheduled, None) => {
                return Err(Error::from(ErrorKind::Missing {
                    reason: "when `status` is `rescheduled`",
                })
                .at("previousStart"));
            }
            (_, Some(_)) => {
                return Err(Error::from(ErrorKind::NotAllowed {
                    reason: "unless `status` is `rescheduled`",
                })
                .at("previousStart"));
            }
            (StatusKeyword::Scheduled, None) => EventStatus::Scheduled,
            (StatusKeyword::Cancelled, None) => EventStatus::Cancelled,
            (StatusKeyword::Postponed, None) => EventStatus::Postponed,
            (StatusKeyword::MovedOnline, None) => EventStatus::MovedOnline,
        };
        Ok(Event {
            name,
            start,
            end,
            location: Nested::check_optional(self.location, "location")?,
            organizers: Nested::check_each(self.organizers, "organizers")?,
            status,
            admission: Nested::check_optional(self.admission, "admission")?,
            description: optional(self.description, "description", Text::new)?,
            url: optional(self.url, "url", WebUrl::parse)?,
            image: Nested::check_optional(self.image, "image")?,
            language: Nested::check_optional(self.language, "language")?.unwrap_or_default(),
        })
    }
}

impl TryFrom<EventBuilder> for Event {
    type Error = Error;

    fn try_from(builder: EventBuilder) -> Result<Self, Error> {
        builder.build()
    }
}
