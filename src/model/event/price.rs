//! Prices: an amount exact to the cent, in a currency.

use crate::model::error::{Error, ErrorKind};

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
        let code = std::str::from_utf8(&self.currency);
        debug_assert!(code.is_ok(), "checked to be three ASCII capitals when made");
        code.unwrap_or("XXX")
    }
}
