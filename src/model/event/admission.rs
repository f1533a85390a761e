//! Whether attending an event costs anything, and its JSON form.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::model::error::{Error, ErrorKind};
use crate::model::event::price::Price;
use crate::model::optional;
use crate::model::web_url::WebUrl;

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
pub(crate) struct AdmissionJson {
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
