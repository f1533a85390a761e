//! What every graph shares: `@id`s, the registry that writes each node once, and the
//! nodes that appear on both kinds of page (organisations, people, images, addresses).

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use url::Url;

use super::report::Warning;
use crate::model::address::PostalAddress;
use crate::model::image::Image;
use crate::model::image::creator::Creator;
use crate::model::language::Language;
use crate::model::organization::logo::Logo;
use crate::model::organization::{Organization, OrganizationKind};
use crate::model::person::Person;
use crate::model::text::Text;
use crate::model::web_url::WebUrl;
use crate::rfc3339;

/// `url` with its fragment set to `fragment`: `https://site/#organization`.
pub(super) fn with_fragment(url: &Url, fragment: &str) -> String {
    let base = &url[..url::Position::AfterQuery];
    let mut id = String::with_capacity(base.len() + 1 + fragment.len());
    id.push_str(base);
    id.push('#');
    id.push_str(fragment);
    id
}

/// The root of a page's site, `https://vdc.ventspils.lv/`, under which nodes without a URL
/// of their own get their `@id`.
pub(super) fn site_of(page: &Url) -> String {
    // The origin's serialization (a `WebUrl` is http or https), without building an
    // `Origin`.
    let host = page.host_str();
    debug_assert!(host.is_some(), "a web URL has a host");
    let host = host.unwrap_or_default();
    let mut root = String::with_capacity(page.scheme().len() + host.len() + 10);
    root.push_str(page.scheme());
    root.push_str("://");
    root.push_str(host);
    if let Some(port) = page.port() {
        root.push(':');
        root.push_str(&port.to_string());
    }
    root.push('/');
    root
}

/// The `@id` of a node that has no URL: `https://site/#/schema/organization/<slug>`, the
/// slug of its name (percent-encoded when nothing in it makes a slug).
fn site_id(site: &str, kind: &str, name: &Text) -> String {
    let slug = crate::slug::slugify(name.as_str());
    let key: Cow<'_, str> = if slug.is_empty() {
        url::form_urlencoded::byte_serialize(name.as_str().as_bytes()).collect()
    } else {
        slug.into()
    };
    format!("{site}#/schema/{kind}/{key}")
}

/// An organisation's `@id`: `<its url>#organization`, or one under the site.
pub(super) fn organization_id(site: &str, organization: &Organization) -> String {
    match organization.url() {
        Some(url) => with_fragment(url.as_url(), "organization"),
        None => site_id(site, "organization", organization.name()),
    }
}

/// A person's `@id`: `<their url>#person`, or one under the site.
pub(super) fn person_id(site: &str, person: &Person) -> String {
    match person.url() {
        Some(url) => with_fragment(url.as_url(), "person"),
        None => site_id(site, "person", person.name()),
    }
}

/// The schema.org type of an organisation of each kind.
pub(super) fn organization_type(kind: OrganizationKind) -> &'static str {
    match kind {
        OrganizationKind::Municipality
        | OrganizationKind::MunicipalInstitution
        | OrganizationKind::StateInstitution => "GovernmentOrganization",
        OrganizationKind::School => "EducationalOrganization",
        OrganizationKind::Library => "Library",
        OrganizationKind::Ngo => "NGO",
        OrganizationKind::Company => "Corporation",
        OrganizationKind::Other => "Organization",
    }
}

/// Nodes of one kind, each written once under its `@id`, in the order first met, with the
/// `@id` of the node above each (an organisation's parent).
#[derive(Debug)]
pub(super) struct Registry<'a, T> {
    nodes: Vec<(String, &'a T, Option<String>)>,
}

impl<T> Default for Registry<'_, T> {
    fn default() -> Self {
        Self { nodes: Vec::new() }
    }
}

impl<'a, T: PartialEq> Registry<'a, T> {
    /// Adds `value` under `id` unless the id is taken; a different value under a taken id
    /// is a [`Warning::merged`] at `field`. Returns whether it was added.
    pub(super) fn add(
        &mut self,
        id: String,
        value: &'a T,
        above: Option<String>,
        node: &'static str,
        field: impl FnOnce() -> String,
        warnings: &mut Vec<Warning>,
    ) -> bool {
        match self.nodes.iter().find(|(taken, ..)| *taken == id) {
            Some((_, earlier, _)) => {
                if *earlier != value {
                    warnings.push(Warning::merged(field(), node));
                }
                false
            }
            None => {
                self.nodes.push((id, value, above));
                true
            }
        }
    }

    /// Each node: its `@id`, its value and the `@id` of the node above it.
    pub(super) fn iter(&self) -> impl Iterator<Item = (&str, &'a T, Option<&str>)> + '_ {
        self.nodes
            .iter()
            .map(|(id, value, above)| (id.as_str(), *value, above.as_deref()))
    }
}

/// Adds an organisation and the organisations above it to `registry`; returns its `@id`.
pub(super) fn add_organization<'a>(
    registry: &mut Registry<'a, Organization>,
    site: &str,
    organization: &'a Organization,
    field: &str,
    warnings: &mut Vec<Warning>,
) -> String {
    let first = organization_id(site, organization);
    let mut next = Some((organization, first.clone(), Cow::Borrowed(field)));
    while let Some((organization, id, field)) = next.take() {
        let parent = organization
            .parent()
            .map(|parent| (parent, organization_id(site, parent)));
        let above = parent.as_ref().map(|(_, id)| id.clone());
        let node = organization_type(organization.kind());
        if registry.add(
            id,
            organization,
            above,
            node,
            || field.to_string(),
            warnings,
        ) {
            next = parent.map(|(parent, id)| (parent, id, Cow::Owned(format!("{field}.parent"))));
        }
    }
    first
}

/// `{"@id": "…"}`: a reference to a node of the graph.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ref<'a>(pub(super) &'a str);

impl Serialize for Ref<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("@id", self.0)?;
        map.end()
    }
}

/// A value alone when there is one, an array when there are more (as Yoast writes
/// `author`), so that one-valued properties read the way search engines document them.
pub(super) struct OneOrMany<'a, T>(pub(super) &'a [T]);

impl<T: Serialize> Serialize for OneOrMany<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            [one] => one.serialize(serializer),
            many => {
                let mut seq = serializer.serialize_seq(Some(many.len()))?;
                for value in many {
                    seq.serialize_element(value)?;
                }
                seq.end()
            }
        }
    }
}

/// References to the nodes with these `@id`s, one or many.
pub(super) struct Refs<'a>(pub(super) &'a [String]);

impl Serialize for Refs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            [one] => Ref(one).serialize(serializer),
            many => serializer.collect_seq(many.iter().map(|id| Ref(id))),
        }
    }
}

/// An instant as RFC 3339 with its own offset (`2018-01-17T12:00:00+02:00`).
pub(super) struct Instant<'a>(pub(super) &'a DateTime<FixedOffset>);

impl Serialize for Instant<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&rfc3339::format(self.0))
    }
}

/// Model strings (`Text`, `WebUrl`, `Language` …) as the strings they hold. Their own
/// `Serialize` goes through `into = "String"`, a copy per value; the export writes many.
pub(super) struct Strs<'a, T>(pub(super) &'a [T]);

impl<T: AsRef<str>> Serialize for Strs<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(AsRef::as_ref))
    }
}

/// Adds `key: value` when there is a value.
pub(super) fn entry<M: SerializeMap, T: Serialize + ?Sized>(
    map: &mut M,
    key: &'static str,
    value: Option<&T>,
) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(key, value),
        None => Ok(()),
    }
}

/// An organisation node, with the `@id` of its parent.
pub(super) struct OrganizationNode<'a> {
    pub(super) id: &'a str,
    pub(super) organization: &'a Organization,
    pub(super) parent: Option<&'a str>,
}

impl Serialize for OrganizationNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let org = self.organization;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", organization_type(org.kind()))?;
        map.serialize_entry("@id", self.id)?;
        map.serialize_entry("name", org.name().as_str())?;
        entry(&mut map, "legalName", org.legal_name().map(Text::as_str))?;
        entry(&mut map, "url", org.url().map(WebUrl::as_str))?;
        entry(&mut map, "logo", org.logo().map(LogoNode).as_ref())?;
        entry(&mut map, "address", org.address().map(AddressNode).as_ref())?;
        entry(&mut map, "telephone", org.telephone().map(|t| t.as_str()))?;
        entry(&mut map, "email", org.email().map(|e| e.as_str()))?;
        if let Some(number) = org.registration_number() {
            map.serialize_entry("identifier", &RegistrationNode(number.as_str()))?;
        }
        if let Some(parent) = self.parent {
            map.serialize_entry("parentOrganization", &Ref(parent))?;
        }
        entry(&mut map, "areaServed", org.area_served().map(Text::as_str))?;
        if !org.same_as().is_empty() {
            map.serialize_entry("sameAs", &Strs(org.same_as()))?;
        }
        map.end()
    }
}

/// An organisation's logo as an `ImageObject` with its size, as Yoast writes it: checkers
/// read `publisher.logo.url`.
struct LogoNode<'a>(&'a Logo);

impl Serialize for LogoNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let logo = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "ImageObject")?;
        map.serialize_entry("url", logo.url().as_str())?;
        entry(&mut map, "width", logo.width().as_ref())?;
        entry(&mut map, "height", logo.height().as_ref())?;
        map.end()
    }
}

/// A Latvian registration number as a `PropertyValue`.
struct RegistrationNode<'a>(&'a str);

impl Serialize for RegistrationNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("@type", "PropertyValue")?;
        map.serialize_entry("name", "Reģistrācijas numurs")?;
        map.serialize_entry("value", self.0)?;
        map.end()
    }
}

/// A person node.
pub(super) struct PersonNode<'a> {
    pub(super) id: &'a str,
    pub(super) person: &'a Person,
}

impl Serialize for PersonNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "Person")?;
        map.serialize_entry("@id", self.id)?;
        map.serialize_entry("name", self.person.name().as_str())?;
        entry(&mut map, "url", self.person.url().map(WebUrl::as_str))?;
        entry(
            &mut map,
            "jobTitle",
            self.person.job_title().map(Text::as_str),
        )?;
        map.end()
    }
}

/// A `PostalAddress`.
pub(super) struct AddressNode<'a>(pub(super) &'a PostalAddress);

impl Serialize for AddressNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let address = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "PostalAddress")?;
        entry(
            &mut map,
            "streetAddress",
            address.street().map(Text::as_str),
        )?;
        entry(
            &mut map,
            "addressLocality",
            address.locality().map(Text::as_str),
        )?;
        entry(
            &mut map,
            "addressRegion",
            address.region().map(Text::as_str),
        )?;
        entry(
            &mut map,
            "postalCode",
            address.postal_code().map(|c| c.as_str()),
        )?;
        map.serialize_entry("addressCountry", address.country().as_str())?;
        map.end()
    }
}

/// An `ImageObject`: a page's primary image or a picture of its gallery (with an `@id` and
/// the page's language) or an event's picture (without). An image that says anything of
/// its rights carries Google's image-licence metadata: `contentUrl` (which Google requires
/// there), `creditText`, `creator`, `copyrightNotice`, `license` and `acquireLicensePage`.
pub(super) struct ImageNode<'a> {
    pub(super) id: Option<&'a str>,
    pub(super) image: &'a Image,
    pub(super) language: Option<&'a Language>,
}

impl Serialize for ImageNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let image = self.image;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", "ImageObject")?;
        entry(&mut map, "@id", self.id)?;
        map.serialize_entry("url", image.url().as_str())?;
        if image.has_rights() {
            map.serialize_entry("contentUrl", image.url().as_str())?;
        }
        // schema.org has no alternative text; the caption is the nearest, and what Yoast
        // writes when an image has no caption of its own.
        map.serialize_entry("caption", image.caption().unwrap_or(image.alt()).as_str())?;
        entry(&mut map, "width", image.width().as_ref())?;
        entry(&mut map, "height", image.height().as_ref())?;
        entry(&mut map, "encodingFormat", image.media_type())?;
        entry(&mut map, "creditText", image.credit().map(Text::as_str))?;
        entry(
            &mut map,
            "creator",
            image.creator().map(CreatorNode).as_ref(),
        )?;
        entry(
            &mut map,
            "copyrightNotice",
            image.copyright_notice().map(Text::as_str),
        )?;
        entry(&mut map, "license", image.license().map(WebUrl::as_str))?;
        entry(
            &mut map,
            "acquireLicensePage",
            image.acquire_license_page().map(WebUrl::as_str),
        )?;
        entry(&mut map, "inLanguage", self.language.map(Language::as_str))?;
        map.end()
    }
}

/// The properties of Google's image-licence metadata, each with the model field that gives
/// it and whether the image has it.
pub(super) fn image_rights(image: &Image) -> [(&'static str, &'static str, bool); 5] {
    [
        ("creditText", "credit", image.credit().is_some()),
        ("creator", "creator", image.creator().is_some()),
        (
            "copyrightNotice",
            "copyrightNotice",
            image.copyright_notice().is_some(),
        ),
        ("license", "license", image.license().is_some()),
        (
            "acquireLicensePage",
            "acquireLicensePage",
            image.acquire_license_page().is_some(),
        ),
    ]
}

/// Who made an image, in brief: a `Person` or an organisation of its type, with its name
/// and page.
struct CreatorNode<'a>(&'a Creator);

impl Serialize for CreatorNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (kind, url) = match self.0 {
            Creator::Person(person) => ("Person", person.url()),
            Creator::Organization(org) => (organization_type(org.kind()), org.url()),
        };
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@type", kind)?;
        map.serialize_entry("name", self.0.name().as_str())?;
        entry(&mut map, "url", url.map(WebUrl::as_str))?;
        map.end()
    }
}
