//! Reading one whole date expression, with a parser configured once.
//!
//! # Performance
//!
//! Most texts need no trimming, and two tables of bytes say so from a text's first and
//! last bytes without decoding a character; only a text that may start or end with
//! whitespace is decoded and trimmed by `str::trim`. The test
//! `the_byte_tables_know_every_whitespace_character` holds the tables to
//! `char::is_whitespace` for every character, and `trims_whitespace_at_either_end` the
//! result to `str::trim`'s.

use chrono::NaiveDate;
use chrono_tz::Tz;

use crate::date::error::{Error, ErrorKind};
use crate::date::extract::Matches;
use crate::date::grammar::{Grammar, Mode};
use crate::date::lex::{self, Kind};
use crate::date::resolve::Resolver;
use crate::date::syntax::Expr;
use crate::date::tokens::{CAP, Scanned, Tokens as _};
use crate::date::value::Value;
use crate::riga::{self, LocalTimePolicy};

/// Which year a date takes when the text leaves the year out (`17. janvārī`).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jaunumi::date::{Parser, YearPolicy};
///
/// let reference = NaiveDate::from_ymd_opt(2024, 12, 30).ok_or("not a date")?;
/// let nearest = Parser::new().with_reference(reference);
/// assert_eq!(nearest.parse("2. janvārī")?.to_string(), "2025-01-02");
/// let past = nearest.with_year_policy(YearPolicy::Past);
/// assert_eq!(past.parse("2. janvārī")?.to_string(), "2024-01-02");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum YearPolicy {
    /// The year among the reference year −1, 0 and +1 that puts the date nearest the
    /// reference date; on a tie, the earlier (the default).
    #[default]
    Nearest,
    /// The reference date's year.
    Reference,
    /// The latest date not after the reference date (news reporting what happened).
    Past,
    /// The earliest date not before the reference date (announcements).
    Future,
}

/// A parser configured once (reference date, time zone, year policy, daylight-saving
/// policy) and reused; `const`, so it can live in a `static`.
///
/// The defaults: no reference date (relative and year-less expressions are errors),
/// Europe/Riga, [`YearPolicy::Nearest`], and [`LocalTimePolicy::DEFAULT`] (a local time
/// in the spring-forward gap is an error, an ambiguous one takes the earlier instant).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jaunumi::date::Parser;
///
/// const PARSER: Parser = Parser::new();
/// let reference = NaiveDate::from_ymd_opt(2018, 1, 20).ok_or("not a date")?;
/// let parser = PARSER.with_reference(reference);
/// assert_eq!(parser.parse("Trešdien, 17. janvārī")?.to_string(), "2018-01-17");
/// assert_eq!(parser.parse("vakar plkst. 8 vakarā")?.to_string(), "2018-01-19T20:00+02:00");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Parser {
    reference: Option<NaiveDate>,
    zone: Tz,
    years: YearPolicy,
    local: LocalTimePolicy,
}

impl Default for Parser {
    fn default() -> Self {
        Self::new()
    }
}

impl Parser {
    /// The default parser: no reference date, Europe/Riga, nearest year, and the default
    /// daylight-saving policy.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::Parser;
    ///
    /// assert_eq!(Parser::new().parse("2024. gada 17. janvārī")?.to_string(), "2024-01-17");
    /// assert!(Parser::new().parse("vakar").is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new() -> Parser {
        Parser {
            reference: None,
            zone: riga::TIME_ZONE,
            years: YearPolicy::Nearest,
            local: LocalTimePolicy::DEFAULT,
        }
    }

    /// The same parser with a reference date: "today" for relative expressions, and the
    /// date that year-less dates are placed near.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jaunumi::date::Parser;
    ///
    /// let reference = NaiveDate::from_ymd_opt(2025, 3, 14).ok_or("not a date")?;
    /// let parser = Parser::new().with_reference(reference);
    /// assert_eq!(parser.parse("aizvakar")?.to_string(), "2025-03-12");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_reference(self, reference: NaiveDate) -> Parser {
        Parser {
            reference: Some(reference),
            ..self
        }
    }

    /// The same parser without a reference date.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jaunumi::date::Parser;
    ///
    /// let reference = NaiveDate::from_ymd_opt(2025, 3, 14).ok_or("not a date")?;
    /// let parser = Parser::new().with_reference(reference).without_reference();
    /// assert_eq!(parser.reference(), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn without_reference(self) -> Parser {
        Parser {
            reference: None,
            ..self
        }
    }

    /// The same parser in another time zone for local times.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::Parser;
    ///
    /// let parser = Parser::new().with_time_zone(chrono_tz::Europe::Tallinn);
    /// let value = parser.parse("2024. gada 17. jūlijā plkst. 10.00")?;
    /// assert_eq!(value.to_string(), "2024-07-17T10:00+03:00");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_time_zone(self, zone: Tz) -> Parser {
        Parser { zone, ..self }
    }

    /// The same parser with another year policy.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::{Parser, YearPolicy};
    ///
    /// let parser = Parser::new().with_year_policy(YearPolicy::Future);
    /// assert_eq!(parser.year_policy(), YearPolicy::Future);
    /// ```
    pub const fn with_year_policy(self, years: YearPolicy) -> Parser {
        Parser { years, ..self }
    }

    /// The same parser with another rule for local times skipped or repeated when the
    /// clocks change.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::Parser;
    /// use jaunumi::riga::{Gap, LocalTimePolicy};
    ///
    /// let forward = Parser::new().with_local_time_policy(LocalTimePolicy::DEFAULT.with_gap(Gap::Forward));
    /// let value = forward.parse("2024. gada 31. martā plkst. 3.30")?;
    /// assert_eq!(value.to_string(), "2024-03-31T04:30+03:00");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_local_time_policy(self, local: LocalTimePolicy) -> Parser {
        Parser { local, ..self }
    }

    /// The reference date, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::Parser;
    ///
    /// assert_eq!(Parser::new().reference(), None);
    /// ```
    pub const fn reference(&self) -> Option<NaiveDate> {
        self.reference
    }

    /// The time zone of local times.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::Parser;
    ///
    /// assert_eq!(Parser::new().time_zone(), jaunumi::riga::TIME_ZONE);
    /// ```
    pub const fn time_zone(&self) -> Tz {
        self.zone
    }

    /// The year policy.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::{Parser, YearPolicy};
    ///
    /// assert_eq!(Parser::new().year_policy(), YearPolicy::Nearest);
    /// ```
    pub const fn year_policy(&self) -> YearPolicy {
        self.years
    }

    /// The daylight-saving policy.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::Parser;
    /// use jaunumi::riga::LocalTimePolicy;
    ///
    /// assert_eq!(Parser::new().local_time_policy(), LocalTimePolicy::DEFAULT);
    /// ```
    pub const fn local_time_policy(&self) -> LocalTimePolicy {
        self.local
    }

    /// Reads `text`, trimmed, as one date expression.
    ///
    /// A list of days (`12., 19. un 26. jūlijā`, `5. un 6. augustā plkst. 10.00`) is read
    /// whole, as the range that covers it: from the first day (at its time, when the list has
    /// one) to the last day (at the end of its time window, or the whole day when there is
    /// none). [`extract`](crate::date::extract()) gives each day of it.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Empty`] for empty text; [`ErrorKind::Unrecognized`],
    /// [`ErrorKind::BareNumber`] or [`ErrorKind::Trailing`] when the text is not (only) a
    /// date expression; [`ErrorKind::NoReference`] for a relative or year-less expression
    /// without a reference date; and for an expression that names no real date or time,
    /// [`ErrorKind::InvalidDay`], [`ErrorKind::InvalidMonth`], [`ErrorKind::MonthFirst`],
    /// [`ErrorKind::NoLeapYear`], [`ErrorKind::InvalidWeek`], [`ErrorKind::InvalidTime`],
    /// [`ErrorKind::LocalTime`], [`ErrorKind::WeekdayMismatch`],
    /// [`ErrorKind::AppositionMismatch`], [`ErrorKind::EndBeforeStart`] or
    /// [`ErrorKind::OutOfRange`]; [`ErrorKind::Recurring`] for days that recur
    /// (`trešdienās`, `katru otrdienu`), which name no one date.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date::Parser;
    ///
    /// let parser = Parser::new();
    /// assert_eq!(parser.parse(" 17.01.2024. ")?.to_string(), "2024-01-17");
    /// let err = parser.parse("29.02.2023.").unwrap_err();
    /// assert_eq!(err.to_string(), "expected a day from 1 to 28 in February 2023, found `29`");
    ///
    /// let list = parser.parse("2024. gada 5. un 6. augustā plkst. 10.00")?;
    /// assert_eq!(list.to_string(), "2024-08-05T10:00+03:00/2024-08-06");
    /// let list = parser.parse("2024. gada 30. aprīlī un 2. maijā no 8:00 līdz 16:00")?;
    /// assert_eq!(list.to_string(), "2024-04-30T08:00+03:00/2024-05-02T16:00+03:00");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(&self, text: &str) -> Result<Value, Error> {
        let (start, trimmed) = trim(text);
        if trimmed.is_empty() {
            return Err(ErrorKind::Empty.into());
        }
        let mut grammar = Grammar::new(Scanned::EMPTY, Mode::WholeText, text);
        grammar.tokens.scan(text, start);
        let mut expr = Expr::new();
        let Some(count) = grammar.expr(0, &mut expr) else {
            return Err(unrecognized(text, start, trimmed));
        };
        debug_assert!(count > 0, "an expression of no tokens");
        let end = grammar.tokens.get(count.saturating_sub(1)).end();
        let found = text.get(start..end);
        debug_assert!(found.is_some(), "an expression ends inside a character");
        let found = found.unwrap_or(trimmed);
        // The token after the expression, already scanned unless the expression fills
        // the buffer.
        let rest = if count < CAP {
            grammar.tokens.get(count)
        } else {
            lex::next(text, end)
        };
        if rest.kind != Kind::EndOfText {
            let after = text.get(rest.start()..);
            debug_assert!(after.is_some(), "a token starts inside a character");
            return Err(ErrorKind::Trailing {
                read: found.to_owned(),
                rest: after.unwrap_or("").trim_end().to_owned(),
            }
            .into());
        }
        Resolver {
            parser: self,
            text,
            found,
            anchor: self.reference,
        }
        .value(&expr)
    }

    /// Every date expression in `text`, in order; see [`extract`](crate::date::extract()).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jaunumi::date::Parser;
    ///
    /// let reference = NaiveDate::from_ymd_opt(2018, 1, 20).ok_or("not a date")?;
    /// let parser = Parser::new().with_reference(reference);
    /// let found: Vec<_> = parser.extract("Sēde 17. janvārī, sākums plkst. 10.00.").collect();
    /// assert_eq!(found[0].as_str(), "17. janvārī");
    /// assert_eq!(found[1].value().map(|v| v.to_string()).as_deref(), Some("2018-01-17T10:00+02:00"));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extract<'t>(&self, text: &'t str) -> Matches<'t> {
        Matches::new(*self, text)
    }
}

/// Where the trimmed text starts, and the trimmed text; most texts need no trimming.
fn trim(text: &str) -> (usize, &str) {
    // The tables first: see the module's `# Performance`.
    let bytes = text.as_bytes();
    let plain = |table: &[bool; 256], b: Option<&u8>| {
        b.is_some_and(|&b| table.get(usize::from(b)).copied().unwrap_or(false))
    };
    if plain(&NOT_FIRST_OF_SPACE, bytes.first()) && plain(&NOT_LAST_OF_SPACE, bytes.last()) {
        return (0, text);
    }
    let kept = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace());
    if kept(text.chars().next()) && kept(text.chars().next_back()) {
        (0, text)
    } else {
        (text.len() - text.trim_start().len(), text.trim())
    }
}

/// The bytes that start no whitespace character: every byte but ASCII whitespace and the
/// lead bytes of the other whitespace characters (`C2` of U+0085 and U+00A0, `E1` of
/// U+1680, `E2` of U+2000–U+200A, U+2028, U+2029, U+202F and U+205F, `E3` of U+3000).
static NOT_FIRST_OF_SPACE: [bool; 256] = {
    let mut table = [true; 256];
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_whitespace() || b == 0x0B {
            table[b] = false;
        }
        b += 1;
    }
    table[0xC2] = false;
    table[0xE1] = false;
    table[0xE2] = false;
    table[0xE3] = false;
    table
};

/// The bytes that end no whitespace character: every byte but ASCII whitespace and the
/// last bytes of the other whitespace characters (`80`–`8A`, `9F`, `A0`, `A8`, `A9`,
/// `AF`).
static NOT_LAST_OF_SPACE: [bool; 256] = {
    let mut table = [true; 256];
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_whitespace()
            || b == 0x0B
            || matches!(b, 0x80..=0x8A | 0x9F | 0xA0 | 0xA8 | 0xA9 | 0xAF)
        {
            table[b] = false;
        }
        b += 1;
    }
    table
};

/// Why a text is not a date expression: a bare number, or something else.
fn unrecognized(text: &str, start: usize, trimmed: &str) -> Error {
    let mut pos = start;
    let mut first = true;
    let mut bare = false;
    loop {
        let tok = lex::next(text, pos);
        match tok.kind {
            Kind::EndOfText => break,
            Kind::Word(_) => {
                bare = false;
                break;
            }
            Kind::Num if first => bare = true,
            _ => {}
        }
        first = false;
        pos = tok.end();
    }
    let found = trimmed.to_owned();
    if bare {
        ErrorKind::BareNumber { found }.into()
    } else {
        ErrorKind::Unrecognized { found }.into()
    }
}

/// Reads `text`, trimmed, as one date expression, with the default [`Parser`] and an
/// optional reference date.
///
/// # Errors
///
/// As [`Parser::parse`].
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jaunumi::date;
///
/// let reference = NaiveDate::from_ymd_opt(2018, 1, 20);
/// assert_eq!(date::parse("Trešdien, 17. janvārī", reference)?.to_string(), "2018-01-17");
/// assert_eq!(date::parse("2024. gada 17. janvārī", None)?.to_string(), "2024-01-17");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse(text: &str, reference: impl Into<Option<NaiveDate>>) -> Result<Value, Error> {
    with(reference).parse(text)
}

/// The default parser with an optional reference date.
pub(crate) fn with(reference: impl Into<Option<NaiveDate>>) -> Parser {
    match reference.into() {
        Some(reference) => Parser::new().with_reference(reference),
        None => Parser::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_tables_know_every_whitespace_character() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            if c.is_whitespace() {
                let (first, last) = (bytes[0], bytes[bytes.len() - 1]);
                assert!(!NOT_FIRST_OF_SPACE[usize::from(first)], "{c:?}");
                assert!(!NOT_LAST_OF_SPACE[usize::from(last)], "{c:?}");
            }
        }
    }

    #[test]
    fn trims_whitespace_at_either_end() {
        for (text, start, trimmed) in [
            ("17. janvārī", 0, "17. janvārī"),
            (" 17. janvārī\u{a0}", 1, "17. janvārī"),
            ("\u{2009}vakar\u{3000}", 3, "vakar"),
            ("vakar\u{85}", 0, "vakar"),
            ("\u{a0}", 2, ""),
            ("", 0, ""),
        ] {
            assert_eq!(trim(text), (start, trimmed), "{text:?}");
        }
    }
}
