//! Finding every date expression in running text.

use std::iter::FusedIterator;
use std::ops::Range;

use chrono::NaiveDate;

use crate::date::error::{Error, ErrorKind};
use crate::date::grammar::{self, Grammar, Mode};
use crate::date::lex::{self, Kind};
use crate::date::parse::Parser;
use crate::date::resolve::Resolver;
use crate::date::syntax::Expr;
use crate::date::tokens::{OnDemand, Tokens as _};
use crate::date::value::{Precision, Value};

/// One date expression found in text: where it is, what it says, and its value or why it
/// names no real date.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jaunumi::date;
///
/// let text = "Trešdien, 17. janvārī, plkst. 10.00 notiks sēde.";
/// let found = date::extract(text, NaiveDate::from_ymd_opt(2018, 1, 20)).next().ok_or("none")?;
/// assert_eq!(found.as_str(), "Trešdien, 17. janvārī, plkst. 10.00");
/// assert_eq!(found.range(), 0..38);
/// assert_eq!(found.value().map(|v| v.to_string()).as_deref(), Some("2018-01-17T10:00+02:00"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    result: Result<Value, Error>,
}

impl<'t> Match<'t> {
    /// The byte offset where the expression starts.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date;
    ///
    /// let found = date::extract("Sēde 2024. gada 17. janvārī.", None).next().ok_or("none")?;
    /// assert_eq!(found.start(), 6);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(&self) -> usize {
        self.start
    }

    /// The byte offset just after the expression.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date;
    ///
    /// let found = date::extract("Sēde 2024. gada 17. janvārī.", None).next().ok_or("none")?;
    /// assert_eq!(found.end(), 30);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn end(&self) -> usize {
        self.end
    }

    /// The byte range of the expression.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date;
    ///
    /// let text = "Sēde 2024. gada 17. janvārī.";
    /// let found = date::extract(text, None).next().ok_or("none")?;
    /// assert_eq!(&text[found.range()], "2024. gada 17. janvārī");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The expression as written.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date;
    ///
    /// let found = date::extract("kopš 2015. gada 11. decembra", None).next().ok_or("none")?;
    /// assert_eq!(found.as_str(), "kopš 2015. gada 11. decembra");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &'t str {
        self.text
    }

    /// The value, when the expression names a real date.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date;
    ///
    /// let found = date::extract("no 2003. gada", None).next().ok_or("none")?;
    /// assert_eq!(found.value().map(|v| v.to_string()).as_deref(), Some("2003/.."));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn value(&self) -> Option<&Value> {
        self.result.as_ref().ok()
    }

    /// Why the expression names no real date, when it does not.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date;
    ///
    /// let found = date::extract("2024. gada 31. februārī", None).next().ok_or("none")?;
    /// assert_eq!(
    ///     found.error().map(|e| e.to_string()).as_deref(),
    ///     Some("expected a day from 1 to 29 in February 2024, found `31`"),
    /// );
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn error(&self) -> Option<&Error> {
        self.result.as_ref().err()
    }

    /// The value or the error, by reference.
    ///
    /// # Errors
    ///
    /// The error of an expression that names no real date or time, as
    /// [`Parser::parse`] would report it.
    ///
    /// # Example
    ///
    /// ```
    /// use jaunumi::date;
    ///
    /// let found = date::extract("2009. gadā", None).next().ok_or("none")?;
    /// assert_eq!(found.result().map_err(Clone::clone)?.to_string(), "2009");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn result(&self) -> Result<&Value, &Error> {
        self.result.as_ref()
    }
}

/// The date expressions of a text, in order, from [`extract`] or [`Parser::extract`].
///
/// The iterator scans lazily and allocates nothing for a match with a value.
///
/// # Example
///
/// ```
/// use jaunumi::date;
///
/// let texts: Vec<_> = date::extract("no 2003. gada līdz 2009. gadam; Nr. 17", None)
///     .map(|m| m.as_str())
///     .collect();
/// assert_eq!(texts, ["no 2003. gada līdz 2009. gadam"]);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Matches<'t> {
    parser: Parser,
    text: &'t str,
    pos: usize,
    /// The day of the match before, for a time written alone.
    anchor: Option<NaiveDate>,
}

impl<'t> Matches<'t> {
    pub(crate) fn new(parser: Parser, text: &'t str) -> Self {
        Self {
            parser,
            text,
            pos: 0,
            anchor: parser.reference(),
        }
    }
}

impl<'t> Iterator for Matches<'t> {
    type Item = Match<'t>;

    fn next(&mut self) -> Option<Match<'t>> {
        loop {
            let tok = lex::next(self.text, self.pos);
            if tok.kind == Kind::EndOfText {
                self.pos = self.text.len();
                return None;
            }
            self.pos = tok.end();
            if !grammar::leads(tok.kind) {
                continue;
            }
            let tokens = OnDemand::new(self.text, tok.start());
            let mut grammar = Grammar::new(tokens, Mode::RunningText);
            let mut expr = Expr::new();
            let Some(count) = grammar.expr(0, &mut expr) else {
                continue;
            };
            debug_assert!(count > 0, "an expression of no tokens");
            let end = grammar.tokens.get(count.saturating_sub(1)).end();
            let found = self.text.get(tok.start()..end);
            debug_assert!(found.is_some(), "an expression ends inside a character");
            let Some(found) = found else {
                continue;
            };
            let result = Resolver {
                parser: &self.parser,
                text: self.text,
                found,
                anchor: self.anchor,
            }
            .value(&expr);
            // Digits that do not make a date (`32.01.2024`, `01/17/2024`) are some other
            // number, not a date with an error.
            if expr.numeric()
                && let Err(err) = &result
                && matches!(
                    err.kind(),
                    ErrorKind::InvalidDay { .. }
                        | ErrorKind::InvalidMonth { .. }
                        | ErrorKind::MonthFirst { .. }
                )
            {
                continue;
            }
            if let Ok(value) = &result {
                let last = match value {
                    Value::Point(point) => Some(*point),
                    Value::Range(range) => range.end().or(range.start()),
                };
                if let Some(point) = last
                    && matches!(point.precision(), Precision::Date | Precision::Instant)
                {
                    self.anchor = point.last_day();
                }
            }
            self.pos = end;
            return Some(Match {
                start: tok.start(),
                end,
                text: found,
                result,
            });
        }
    }
}

impl FusedIterator for Matches<'_> {}

/// Every date expression in `text`, in order, with the default [`Parser`] and an
/// optional reference date.
///
/// A weekday, date and time that belong together are one match
/// (`Trešdien, 17. janvārī, plkst. 10.00`), and so is a range. A time without its own
/// date takes the day of the nearest match before it (else the reference day). An
/// expression that is clearly a date but names none (a weekday contradicting its date,
/// a local time in the daylight-saving gap, `31. februārī`) is a match carrying its
/// error. Numbers that are not dates are not matches: `2024`, `17.`, `3.30`, `Nr. 17`,
/// `17. Saeima`, `LVS 8:2017`, `1,5 gadi`, `10 000 eiro`, `17.01 m3`, `01/17/2024`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jaunumi::date;
///
/// let text = "No 2003. gada līdz reformas beigām, kas noslēdzās 2009. gadā, balva 2016″.";
/// let found: Vec<_> = date::extract(text, NaiveDate::from_ymd_opt(2018, 1, 20))
///     .map(|m| (m.as_str(), m.value().map(|v| v.to_string())))
///     .collect();
/// assert_eq!(found, [
///     ("No 2003. gada", Some("2003/..".to_owned())),
///     ("2009. gadā", Some("2009".to_owned())),
/// ]);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn extract(text: &str, reference: impl Into<Option<NaiveDate>>) -> Matches<'_> {
    Matches::new(crate::date::parse::with(reference), text)
}
