//! Who made an image, and its JSON form.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::model::Nested;
use crate::model::error::{Error, ErrorKind};
use crate::model::organization::{Organization, OrganizationBuilder};
use crate::model::person::{Person, PersonBuilder};
use crate::model::text::Text;

/// Who made an image: a photographer, or an organisation (a studio, the municipality's
/// press office).
///
/// In JSON it is an object with one field, `person` or `organization`. A [`Person`] or an
/// [`Organization`] converts into one (the organisation boxed: it is the larger).
///
/// # Example
///
/// ```
/// use jaunumi::{Creator, Person};
///
/// let creator: Creator = serde_json::from_str(r#"{"person": {"name": "Jānis Bērziņš"}}"#)?;
/// assert_eq!(creator, Creator::Person(Person::builder("Jānis Bērziņš").build()?));
/// assert_eq!(creator.name().as_str(), "Jānis Bērziņš");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "CreatorJson")]
#[non_exhaustive]
pub enum Creator {
    /// A person: the photographer.
    Person(Person),
    /// An organisation.
    Organization(Box<Organization>),
}

impl From<Person> for Creator {
    fn from(person: Person) -> Self {
        Creator::Person(person)
    }
}

impl From<Organization> for Creator {
    fn from(organization: Organization) -> Self {
        Creator::Organization(Box::new(organization))
    }
}

impl Creator {
    /// The creator's name.
    ///
    /// # Example
    ///
    /// ```
    /// let studio = jaunumi::Organization::builder("Foto studija").build()?;
    /// assert_eq!(jaunumi::Creator::from(studio).name().as_str(), "Foto studija");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &Text {
        match self {
            Creator::Person(person) => person.name(),
            Creator::Organization(organization) => organization.name(),
        }
    }
}

impl Serialize for Creator {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Creator", 1)?;
        match self {
            Creator::Person(person) => state.serialize_field("person", person)?,
            Creator::Organization(org) => state.serialize_field("organization", org)?,
        }
        state.end()
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Creator {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Creator".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        CreatorJson::json_schema(generator)
    }
}

/// The JSON form of [`Creator`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(extend("minProperties" = 1, "maxProperties" = 1))
)]
#[cfg_attr(
    feature = "schemars",
    schemars(description = "Who made an image: a `person` or an `organization`, one of them.")
)]
pub(crate) struct CreatorJson {
    /// A person: the photographer.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Person>"))]
    person: Option<Nested<Person, PersonBuilder>>,
    /// An organisation.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Organization>"))]
    organization: Option<Nested<Organization, OrganizationBuilder>>,
}

impl TryFrom<CreatorJson> for Creator {
    type Error = Error;

    fn try_from(json: CreatorJson) -> Result<Self, Error> {
        let person = Nested::check_optional(json.person, "person")?;
        let organization = Nested::check_optional(json.organization, "organization")?;
        match (person, organization) {
            (Some(person), None) => Ok(Creator::Person(person)),
            (None, Some(organization)) => Ok(Creator::from(organization)),
            (Some(_), Some(_)) => Err(Error::from(ErrorKind::NotAllowed {
                reason: "with a `person`: a creator is one or the other",
            })
            .at("organization")),
            (None, None) => Err(ErrorKind::Missing {
                reason: "as a `person` or an `organization`",
            }
            .into()),
        }
    }
}
