//! Events that news reports or announces: a visit, a concert, a council meeting. The event
//! itself is here; when, where, for how much and whether it goes ahead are its modules.

pub(crate) mod admission;
pub(crate) mod location;
pub(crate) mod moment;
pub(crate) mod price;
pub(crate) mod status;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::model::error::{Error, ErrorKind};
use crate::model::event::admission::{Admission, AdmissionJson};
use crate::model::event::location::{Location, LocationJson};
use crate::model::event::moment::Moment;
use crate::model::event::status::{AttendanceMode, EventStatus, StatusKeyword};
use crate::model::image::{Image, ImageBuilder};
use crate::model::language::Language;
use crate::model::organization::{Organization, OrganizationBuilder};
use crate::model::text::Text;
use crate::model::web_url::WebUrl;
use crate::model::{Nested, optional};

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
