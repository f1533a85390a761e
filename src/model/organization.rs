//! Organisations: municipalities, their institutions, and everyone else news names. Their
//! logo is its module.

pub(crate) mod logo;

use serde::{Deserialize, Serialize};

use crate::model::address::{PostalAddress, PostalAddressBuilder};
use crate::model::contact::{Email, Telephone};
use crate::model::error::{Error, ErrorKind};
use crate::model::newtype::string_newtype;
use crate::model::organization::logo::{Logo, LogoBuilder};
use crate::model::text::Text;
use crate::model::web_url::WebUrl;
use crate::model::{Nested, each, optional};

/// What kind of body an organisation is. It decides the schema.org type the JSON-LD output
/// gives it (`GovernmentOrganization`, `EducationalOrganization`, `Library`, `NGO`,
/// `Corporation`, `Organization`).
///
/// # Example
///
/// ```
/// use jaunumi::OrganizationKind;
///
/// let kind: OrganizationKind = serde_json::from_str("\"municipalInstitution\"")?;
/// assert_eq!(kind, OrganizationKind::MunicipalInstitution);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum OrganizationKind {
    /// A municipality (pašvaldība): a city (valstspilsēta) or a county (novads).
    Municipality,
    /// An institution of a municipality (pašvaldības iestāde), such as a digital centre,
    /// a social service or a cultural centre.
    MunicipalInstitution,
    /// A state institution, such as a ministry or an agency.
    StateInstitution,
    /// A school, kindergarten, college or university.
    School,
    /// A library.
    Library,
    /// A non-governmental organisation: an association (biedrība) or foundation (nodibinājums).
    Ngo,
    /// A company.
    Company,
    /// Any other organisation (the default).
    #[default]
    Other,
}

/// A Latvian registration number (reģistrācijas numurs) as the Register of Enterprises or
/// the State Revenue Service issues it: 11 digits.
///
/// The numbers of legal entities (first digit 4 to 9) carry a check digit: the digits,
/// weighted 9, 1, 4, 8, 3, 10, 2, 5, 7, 6 and 1, sum to 3 modulo 11. It is checked, so a
/// mistyped digit is caught.
///
/// # Example
///
/// ```
/// use jaunumi::RegistrationNumber;
///
/// let number: RegistrationNumber = "90000056357".parse()?;
/// assert_eq!(number.as_str(), "90000056357");
/// assert!("90000056358".parse::<RegistrationNumber>().is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct RegistrationNumber(String);

impl RegistrationNumber {
    /// Checks a registration number; surrounding whitespace is ignored.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidRegistrationNumber`] for anything but 11 digits, and
    /// [`ErrorKind::RegistrationNumberChecksum`] when a legal entity's number fails its
    /// check digit.
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::RegistrationNumber::new("LV90000056357").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "expected a Latvian registration number of 11 digits, found `LV90000056357`",
    /// );
    /// ```
    pub fn new(text: &str) -> Result<Self, Error> {
        const WEIGHTS: [u32; 11] = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];
        let number = text.trim();
        if number.len() != 11 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ErrorKind::InvalidRegistrationNumber {
                found: text.to_owned(),
            }
            .into());
        }
        let legal_entity = number.as_bytes().first().is_some_and(|&d| d > b'3');
        let weighted: u32 = number
            .bytes()
            .zip(WEIGHTS)
            .map(|(digit, weight)| u32::from(digit - b'0') * weight)
            .sum();
        if legal_entity && weighted % 11 != 3 {
            return Err(ErrorKind::RegistrationNumberChecksum {
                found: number.to_owned(),
            }
            .into());
        }
        Ok(Self(number.to_owned()))
    }

    /// The 11 digits.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jaunumi::RegistrationNumber::new("90011524360")?.as_str(), "90011524360");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_newtype!(RegistrationNumber, {
    "description": "A Latvian registration number: 11 digits (legal entities' numbers carry a check digit).",
    "type": "string",
    "pattern": "^\\s*[0-9]{11}\\s*$",
});

/// An organisation: a publisher of news, an organiser of events, a body named in an article.
///
/// # Example
///
/// ```
/// use jaunumi::{Organization, OrganizationKind};
///
/// let ventspils = Organization::builder("Ventspils valstspilsētas pašvaldība")
///     .kind(OrganizationKind::Municipality)
///     .url("https://www.ventspils.lv/")
///     .registration_number("90000056357")
///     .build()?;
/// let centre = Organization::builder("Ventspils Digitālais centrs")
///     .kind(OrganizationKind::MunicipalInstitution)
///     .url("https://vdc.ventspils.lv/")
///     .parent(ventspils)
///     .build()?;
/// assert_eq!(
///     centre.parent().map(|p| p.name().as_str()),
///     Some("Ventspils valstspilsētas pašvaldība"),
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", try_from = "OrganizationBuilder")]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Organization {
    name: Text,
    kind: OrganizationKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    legal_name: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<WebUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    logo: Option<Logo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<PostalAddress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    telephone: Option<Telephone>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<Email>,
    #[serde(skip_serializing_if = "Option::is_none")]
    registration_number: Option<RegistrationNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    area_served: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<Box<Organization>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    same_as: Vec<WebUrl>,
}

impl Organization {
    /// Starts an organisation from its name, of kind [`OrganizationKind::Other`] until set.
    ///
    /// # Example
    ///
    /// ```
    /// let lata = jaunumi::Organization::builder("Latvijas atvērto tehnoloģiju asociācija")
    ///     .kind(jaunumi::OrganizationKind::Ngo)
    ///     .build()?;
    /// assert_eq!(lata.kind(), jaunumi::OrganizationKind::Ngo);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(name: impl Into<String>) -> OrganizationBuilder {
        OrganizationBuilder {
            name: name.into(),
            kind: OrganizationKind::default(),
            legal_name: None,
            url: None,
            logo: None,
            address: None,
            telephone: None,
            email: None,
            registration_number: None,
            area_served: None,
            parent: None,
            same_as: Vec::new(),
        }
    }

    /// The name people know it by, such as `Ventspils Digitālais centrs`.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Jūrmalas valstspilsētas pašvaldība").build()?;
    /// assert_eq!(org.name().as_str(), "Jūrmalas valstspilsētas pašvaldība");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &Text {
        &self.name
    }

    /// What kind of body it is.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("SIA Piemērs").build()?;
    /// assert_eq!(org.kind(), jaunumi::OrganizationKind::Other);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> OrganizationKind {
        self.kind
    }

    /// Its official name in the register, when it differs.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils Digitālais centrs")
    ///     .legal_name("Ventspils pilsētas pašvaldības iestāde \"Ventspils Digitālais centrs\"")
    ///     .build()?;
    /// assert!(org.legal_name().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn legal_name(&self) -> Option<&Text> {
        self.legal_name.as_ref()
    }

    /// Its web site.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils").url("https://www.ventspils.lv").build()?;
    /// assert_eq!(org.url().map(|u| u.as_str()), Some("https://www.ventspils.lv/"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> Option<&WebUrl> {
        self.url.as_ref()
    }

    /// Its logo: the image's address, and its size when known.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils")
    ///     .logo("https://www.ventspils.lv/logo.png")
    ///     .build()?;
    /// assert_eq!(org.logo().map(|l| l.url().as_str()), Some("https://www.ventspils.lv/logo.png"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn logo(&self) -> Option<&Logo> {
        self.logo.as_ref()
    }

    /// Its postal address.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().locality("Ventspils").build()?;
    /// let org = jaunumi::Organization::builder("Ventspils").address(address).build()?;
    /// assert!(org.address().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn address(&self) -> Option<&PostalAddress> {
        self.address.as_ref()
    }

    /// Its telephone number.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils").telephone("+371 63601100").build()?;
    /// assert_eq!(org.telephone().map(|t| t.as_str()), Some("+371 63601100"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn telephone(&self) -> Option<&Telephone> {
        self.telephone.as_ref()
    }

    /// Its e-mail address.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils").email("info@ventspils.lv").build()?;
    /// assert_eq!(org.email().map(|e| e.as_str()), Some("info@ventspils.lv"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn email(&self) -> Option<&Email> {
        self.email.as_ref()
    }

    /// Its Latvian registration number.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Rīga").registration_number("90011524360").build()?;
    /// assert_eq!(org.registration_number().map(|n| n.as_str()), Some("90011524360"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn registration_number(&self) -> Option<&RegistrationNumber> {
        self.registration_number.as_ref()
    }

    /// The area it serves, such as a municipality's territory (`Ventspils`,
    /// `Kuldīgas novads`).
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Kuldīgas novada pašvaldība")
    ///     .area_served("Kuldīgas novads")
    ///     .build()?;
    /// assert_eq!(org.area_served().map(|a| a.as_str()), Some("Kuldīgas novads"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn area_served(&self) -> Option<&Text> {
        self.area_served.as_ref()
    }

    /// The organisation it belongs to, such as the municipality of a municipal institution.
    ///
    /// # Example
    ///
    /// ```
    /// let city = jaunumi::Organization::builder("Ventspils valstspilsētas pašvaldība").build()?;
    /// let library = jaunumi::Organization::builder("Ventspils bibliotēka").parent(city).build()?;
    /// assert!(library.parent().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parent(&self) -> Option<&Organization> {
        self.parent.as_deref()
    }

    /// Other pages that identify the same organisation: its register entry, Wikipedia,
    /// Wikidata, social media profiles.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils")
    ///     .same_as("https://lv.wikipedia.org/wiki/Ventspils")
    ///     .build()?;
    /// assert_eq!(org.same_as().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn same_as(&self) -> &[WebUrl] {
        &self.same_as
    }
}

/// An [`Organization`] under construction. It is also the JSON form that deserialisation
/// checks.
///
/// # Example
///
/// ```
/// let err = jaunumi::Organization::builder("Ventspils")
///     .registration_number("9000005635")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.field(), "registrationNumber");
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schemars",
    schemars(
        description = "An organisation: a publisher of news, an organiser of events, a body named in an article."
    )
)]
pub struct OrganizationBuilder {
    /// The name people know it by.
    #[cfg_attr(feature = "schemars", schemars(with = "Text"))]
    name: String,
    /// What kind of body it is; `other` when absent.
    #[serde(default)]
    kind: OrganizationKind,
    /// Its official name in the register, when it differs.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    legal_name: Option<String>,
    /// Its web site.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<WebUrl>"))]
    url: Option<String>,
    /// Its logo: an absolute URL, or an object with `url`, `width` and `height`.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Logo>"))]
    logo: Option<Nested<Logo, LogoBuilder>>,
    /// Its postal address.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<PostalAddress>"))]
    address: Option<Nested<PostalAddress, PostalAddressBuilder>>,
    /// Its telephone number.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Telephone>"))]
    telephone: Option<String>,
    /// Its e-mail address.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Email>"))]
    email: Option<String>,
    /// Its Latvian registration number.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<RegistrationNumber>"))]
    registration_number: Option<String>,
    /// The area it serves.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Text>"))]
    area_served: Option<String>,
    /// The organisation it belongs to.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<Box<Organization>>"))]
    parent: Option<Box<Nested<Organization, OrganizationBuilder>>>,
    /// Other pages that identify the same organisation.
    #[serde(default)]
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<WebUrl>"))]
    same_as: Vec<String>,
}

impl OrganizationBuilder {
    /// Sets what kind of body it is.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::{Organization, OrganizationKind};
    ///
    /// let org = Organization::builder("Ventspils Valsts ģimnāzija").kind(OrganizationKind::School).build()?;
    /// assert_eq!(org.kind(), OrganizationKind::School);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(mut self, kind: OrganizationKind) -> Self {
        self.kind = kind;
        self
    }

    /// Sets its official name in the register.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("VARAM")
    ///     .legal_name("Vides aizsardzības un reģionālās attīstības ministrija")
    ///     .build()?;
    /// assert!(org.legal_name().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn legal_name(mut self, legal_name: impl Into<String>) -> Self {
        self.legal_name = Some(legal_name.into());
        self
    }

    /// Sets its web site (an absolute `http` or `https` URL).
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Jūrmala").url("https://www.jurmala.lv/").build()?;
    /// assert!(org.url().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// Sets its logo: an address, or a [`Logo`] builder with the image's size.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Jūrmala").logo("https://www.jurmala.lv/logo.svg").build()?;
    /// assert!(org.logo().is_some());
    /// let sized = jaunumi::Organization::builder("Jūrmala")
    ///     .logo(jaunumi::Logo::builder("https://www.jurmala.lv/logo.png").size(400, 120))
    ///     .build()?;
    /// assert_eq!(sized.logo().and_then(|l| l.width()), Some(400));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn logo(mut self, logo: impl Into<LogoBuilder>) -> Self {
        self.logo = Some(Nested::Unchecked(logo.into()));
        self
    }

    /// Sets its postal address.
    ///
    /// # Example
    ///
    /// ```
    /// let address = jaunumi::PostalAddress::builder().street("Jomas iela 1/5").locality("Jūrmala").build()?;
    /// let org = jaunumi::Organization::builder("Jūrmala").address(address).build()?;
    /// assert!(org.address().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn address(mut self, address: PostalAddress) -> Self {
        self.address = Some(Nested::Checked(address));
        self
    }

    /// Sets its telephone number.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Jūrmala").telephone("67093816").build()?;
    /// assert!(org.telephone().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn telephone(mut self, telephone: impl Into<String>) -> Self {
        self.telephone = Some(telephone.into());
        self
    }

    /// Sets its e-mail address.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Jūrmala").email("pasts@jurmala.lv").build()?;
    /// assert!(org.email().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }

    /// Sets its Latvian registration number.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils").registration_number("90000056357").build()?;
    /// assert!(org.registration_number().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn registration_number(mut self, number: impl Into<String>) -> Self {
        self.registration_number = Some(number.into());
        self
    }

    /// Sets the area it serves.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils").area_served("Ventspils").build()?;
    /// assert!(org.area_served().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn area_served(mut self, area: impl Into<String>) -> Self {
        self.area_served = Some(area.into());
        self
    }

    /// Sets the organisation it belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// let city = jaunumi::Organization::builder("Ventspils valstspilsētas pašvaldība").build()?;
    /// let school = jaunumi::Organization::builder("Ventspils 1. pamatskola").parent(city).build()?;
    /// assert!(school.parent().is_some());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parent(mut self, parent: Organization) -> Self {
        self.parent = Some(Box::new(Nested::Checked(parent)));
        self
    }

    /// Adds a page that identifies the same organisation.
    ///
    /// # Example
    ///
    /// ```
    /// let org = jaunumi::Organization::builder("Ventspils")
    ///     .same_as("https://www.wikidata.org/wiki/Q179005")
    ///     .build()?;
    /// assert_eq!(org.same_as().len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn same_as(mut self, url: impl Into<String>) -> Self {
        self.same_as.push(url.into());
        self
    }

    /// Checks every field and builds the organisation.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first field that is wrong: `name`, `legalName`, `areaServed`
    /// (empty, or a character XML cannot carry), `url`, `logo`, `sameAs[i]` (not an absolute
    /// `http`/`https` URL), `telephone`, `email`, `registrationNumber` (malformed, or a
    /// failed check digit); errors inside `logo`, `address` and `parent` carry their path.
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::Organization::builder("Ventspils").email("info@").build().unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "email: expected an e-mail address such as `info@ventspils.lv`, found `info@`",
    /// );
    /// ```
    pub fn build(self) -> Result<Organization, Error> {
        Ok(Organization {
            name: Text::new(&self.name).map_err(|e| e.at("name"))?,
            kind: self.kind,
            legal_name: optional(self.legal_name, "legalName", Text::new)?,
            url: optional(self.url, "url", WebUrl::parse)?,
            logo: Nested::check_optional(self.logo, "logo")?,
            address: Nested::check_optional(self.address, "address")?,
            telephone: optional(self.telephone, "telephone", Telephone::new)?,
            email: optional(self.email, "email", Email::new)?,
            registration_number: optional(
                self.registration_number,
                "registrationNumber",
                RegistrationNumber::new,
            )?,
            area_served: optional(self.area_served, "areaServed", Text::new)?,
            parent: match self.parent {
                Some(parent) => Some(Box::new((*parent).check("parent")?)),
                None => None,
            },
            same_as: each(self.same_as, "sameAs", WebUrl::parse)?,
        })
    }
}

impl TryFrom<OrganizationBuilder> for Organization {
    type Error = Error;

    fn try_from(builder: OrganizationBuilder) -> Result<Self, Error> {
        builder.build()
    }
}
