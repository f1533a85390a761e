//! Events: `Event` with its place or online address, status, attendance mode and offers,
//! checked against Google's rules for event structured data.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::node::{AddressNode, ImageNode, Refs, entry};
use super::report::Warning;
use crate::export::ExportError;
use crate::model::event::Event;
use crate::model::event::admission::Admission;
use crate::model::event::location::Location;
use crate::model::event::status::{AttendanceMode, EventStatus};
use crate::model::place::Place;
use crate::model::text::Text;
use crate::model::web_url::WebUrl;

/// Google's rules for an event at `field` (`events[0]`): `name` and `startDate` the model
/// always has; a missing `location` is an error, and a missing recommended property a
/// warning. Performers, availability and sale dates are not in the model, so they are not
/// asked for.
pub(super) fn check(
    event: &Event,
    field: &str,
    warnings: &mut Vec<Warning>,
) -> Result<(), ExportError> {
    if event.location().is_none() {
        return Err(ExportError::Required {
            field: format!("{field}.location"),
            node: "Event",
            property: "location",
        });
    }
    let mut recommend = |present: bool, model: &str, node, property| {
        if !present {
            warnings.push(Warning::recommended(
                format!("{field}.{model}"),
                node,
                property,
            ));
        }
    };
    recommend(
        event.description().is_some(),
        "description",
        "Event",
        "description",
    );
    recommend(event.end().is_some(), "end", "Event", "endDate");
    recommend(event.image().is_some(), "image", "Event", "image");
    recommend(event.admission().is_some(), "admission", "Event", "offers");
    if let Some(Admission::Paid { url: None, .. }) = event.admission() {
        recommend(false, "admission.url", "Offer", "url");
    }
    recommend(
        !event.organizers().is_empty(),
        "organizers",
        "Event",
        "organizer",
    );
    for (i, organizer) in event.organizers().iter().enumerate() {
        let url = format!("organizers[{i}].url");
        recommend(organizer.url().is_some(), &url, "Organization", "url");
    }
    Ok(())
}

/// An event node; its organisers are nodes of their own, referred to by `@id`.
pub(super) struct EventNode<'a> {
    pub(super) id: &'a str,
    pub(super) event: &'a Event,
    pub(super) organizers: &'a [String],
}

impl Serialize for EventNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let event = self.event;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "Event")?;
        map.serialize_entry("@id", self.id)?;
        map.serialize_entry("name", event.name().as_str())?;
        entry(
            &mut map,
            "description",
            event.description().map(Text::as_str),
        )?;
        entry(&mut map, "url", event.url().map(WebUrl::as_str))?;
        map.serialize_entry("startDate", event.start())?;
        entry(&mut map, "endDate", event.end())?;
        let status = match event.status() {
            EventStatus::Rescheduled { previous_start } => {
                map.serialize_entry("previousStartDate", previous_start)?;
                "https://schema.org/EventRescheduled"
            }
            EventStatus::Cancelled => "https://schema.org/EventCancelled",
            EventStatus::Postponed => "https://schema.org/EventPostponed",
            EventStatus::MovedOnline => "https://schema.org/EventMovedOnline",
            EventStatus::Scheduled => "https://schema.org/EventScheduled",
        };
        map.serialize_entry("eventStatus", status)?;
        if let Some(mode) = event.attendance_mode() {
            map.serialize_entry("eventAttendanceMode", attendance_mode(mode))?;
        }
        if let Some(location) = event.location() {
            map.serialize_entry("location", &LocationNode(location))?;
        }
        if !self.organizers.is_empty() {
            map.serialize_entry("organizer", &Refs(self.organizers))?;
        }
        if let Some(admission) = event.admission() {
            map.serialize_entry("offers", &OfferNode(admission))?;
            let free = match admission {
                Admission::Free => true,
                Admission::Paid { price, .. } => price.is_zero(),
            };
            if free {
                map.serialize_entry("isAccessibleForFree", &true)?;
            }
        }
        if let Some(image) = event.image() {
            let image = ImageNode {
                id: None,
                image,
                language: None,
            };
            map.serialize_entry("image", &image)?;
        }
        map.serialize_entry("inLanguage", event.language().as_str())?;
        map.end()
    }
}

fn attendance_mode(mode: AttendanceMode) -> &'static str {
    match mode {
        AttendanceMode::Offline => "https://schema.org/OfflineEventAttendanceMode",
        AttendanceMode::Online => "https://schema.org/OnlineEventAttendanceMode",
        AttendanceMode::Mixed => "https://schema.org/MixedEventAttendanceMode",
    }
}

/// A `Place`, a `VirtualLocation`, or both.
struct LocationNode<'a>(&'a Location);

impl Serialize for LocationNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Location::Physical(place) => Venue::Place(place).serialize(serializer),
            Location::Online(url) => Venue::Online(url.as_str()).serialize(serializer),
            Location::Mixed { place, url } => {
                serializer.collect_seq([Venue::Place(place), Venue::Online(url.as_str())])
            }
        }
    }
}

enum Venue<'a> {
    Place(&'a Place),
    Online(&'a str),
}

impl Serialize for Venue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        match self {
            Venue::Place(place) => {
                map.serialize_entry("@type", "Place")?;
                map.serialize_entry("name", place.name().as_str())?;
                map.serialize_entry("address", &AddressNode(place.address()))?;
                if let Some(point) = place.coordinates() {
                    map.serialize_entry("geo", &Geo(point.latitude(), point.longitude()))?;
                }
                entry(&mut map, "url", place.url().map(WebUrl::as_str))?;
            }
            Venue::Online(url) => {
                map.serialize_entry("@type", "VirtualLocation")?;
                map.serialize_entry("url", url)?;
            }
        }
        map.end()
    }
}

/// `GeoCoordinates` in degrees.
struct Geo(f64, f64);

impl Serialize for Geo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("@type", "GeoCoordinates")?;
        map.serialize_entry("latitude", &self.0)?;
        map.serialize_entry("longitude", &self.1)?;
        map.end()
    }
}

/// An `Offer`: price 0 for a free event (as Google asks), or the price, its currency and
/// where to buy.
struct OfferNode<'a>(&'a Admission);

impl Serialize for OfferNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "Offer")?;
        match self.0 {
            Admission::Free => map.serialize_entry("price", &0)?,
            Admission::Paid { price, url } => {
                map.serialize_entry("price", &price.amount())?;
                map.serialize_entry("priceCurrency", price.currency())?;
                entry(&mut map, "url", url.as_ref().map(WebUrl::as_str))?;
            }
        }
        map.end()
    }
}
