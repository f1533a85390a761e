//! Finding every date expression in running text.

use std::iter::FusedIterator;
use std::ops::Range;

use chrono::NaiveDate;

use crate::date::error::{Error, ErrorKind};
use crate::date::grammar::{self, Grammar, Mode};
use crate::date::lex::{self, Kind};
use crate::date::parse::Parser;
use crate::date::resolve::Resolver;
use crate::date::syntax::{Expr, Node, View};
use crate::date::tokens::{OnDemand, Tokens as _};
use crate::date::value::{Precision, Value};

/// One date expression found in text: where it is, what it says, and its value or why it
/// names no real date; and, for a day of a list, where the whole list is.
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
/// assert_eq!(found.list_range(), None);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    result: Result<Value, Error>,
    /// Of a day of a list: where the list starts, and the list as written.
    list: Option<(usize, &'t str)>,
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

    /// The byte range of the whole list, when the expression is one day of a list of days
    /// that share a month, a year or a time (`12., 19. un 26. jūlijā`); `None` for a date
    /// written on its own. Each day of a list is a match of its own, with what the list
    /// shares, and all of them give the same list range.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jaunumi::date;
    ///
    /// let text = "Tirgus notiks 5. un 6. augustā plkst. 10.00.";
    /// let found: Vec<_> = date::extract(text, NaiveDate::from_ymd_opt(2025, 7, 1)).collect();
    /// assert_eq!(found.len(), 2);
    /// assert_eq!(found[0].as_str(), "5.");
    /// assert_eq!(found[0].value().map(|v| v.to_string()).as_deref(), Some("2025-08-05T10:00+03:00"));
    /// assert_eq!(found[1].as_str(), "6. augustā plkst. 10.00");
    /// assert_eq!(found[0].list_range(), Some(14..44));
    /// assert_eq!(&text[14..44], "5. un 6. augustā plkst. 10.00");
    /// assert_eq!(found[1].list_range(), found[0].list_range());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn list_range(&self) -> Option<Range<usize>> {
        self.list.map(|(start, text)| start..start + text.len())
    }

    /// The whole list as written, when the expression is one day of a list
    /// ([`Match::list_range`]).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jaunumi::date;
    ///
    /// let text = "Bibliotēka būs slēgta 12., 19. un 26. jūlijā.";
    /// let found: Vec<_> = date::extract(text, NaiveDate::from_ymd_opt(2025, 7, 1))
    ///     .map(|m| (m.as_str(), m.list_as_str()))
    ///     .collect();
    /// let list = Some("12., 19. un 26. jūlijā");
    /// assert_eq!(found, [("12.", list), ("19.", list), ("26. jūlijā", list)]);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn list_as_str(&self) -> Option<&'t str> {
        self.list.map(|(_, text)| text)
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
/// The iterator scans lazily and allocates nothing for a match with a value. A list's
/// days are read again one by one as they are asked for. A time written alone before any
/// date of its paragraph is the one place it reads ahead: on to the first date after the
/// time in the paragraph, whose day the time takes, and never past the paragraph's end.
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
    /// Where matches stop: the end of the text, or the end of the paragraph a look ahead
    /// reads ([`Matches::ahead`]).
    limit: usize,
    /// The day of the date before, for a time written alone, and where that date ends: a
    /// paragraph break after it ends its reach.
    anchor: Option<(NaiveDate, usize)>,
    /// For a time written alone with no date before it in its paragraph: the day of the
    /// first date after it in the paragraph, if any, and up to where that holds (where that
    /// date starts, else where the paragraph ends). Kept for the times after it up to there.
    ahead: Option<(Option<NaiveDate>, usize)>,
    /// Whether this is a look ahead, which gives only expressions with a day of their own.
    look_ahead: bool,
    /// The list whose days are being given, one a match.
    list: Option<ListAt>,
}

/// A list of days found in the text, read again for each of its days.
#[derive(Debug, Clone, Copy)]
struct ListAt {
    /// Where it starts and ends.
    start: usize,
    end: usize,
    /// The day to give next.
    next: usize,
}

impl<'t> Matches<'t> {
    pub(crate) fn new(parser: Parser, text: &'t str) -> Self {
        Self {
            parser,
            text,
            pos: 0,
            limit: text.len(),
            anchor: None,
            ahead: None,
            look_ahead: false,
            list: None,
        }
    }

    /// The day a time written alone in `expr`, from byte `start` to `end`, falls on: that
    /// of the nearest date before it in its paragraph (a blank line ends one); with none,
    /// that of the nearest date after it in its paragraph; with none either, the reference
    /// day.
    fn anchor(&mut self, expr: &Expr, start: usize, end: usize) -> Option<NaiveDate> {
        if !alone(expr) {
            return self.parser.reference();
        }
        if let Some((day, after)) = self.anchor {
            if !paragraph_break(self.text.get(after..start).unwrap_or("")) {
                return Some(day);
            }
            // Its paragraph is over: no time after this one needs to look back to it.
            self.anchor = None;
        }
        debug_assert!(!self.look_ahead, "a look ahead resolves a time alone");
        let day = match self.ahead {
            Some((day, until)) if start < until => day,
            _ => {
                let ahead = self.ahead(end);
                self.ahead = Some(ahead);
                ahead.0
            }
        };
        day.or(self.parser.reference())
    }

    /// The day of the first date from byte `from` on in its paragraph that names a day
    /// ([`day_ahead`]), and where that date starts; else none, and where the paragraph
    /// ends. Reads the text only up to there.
    fn ahead(&self, from: usize) -> (Option<NaiveDate>, usize) {
        let end = paragraph_end(self.text, from);
        let mut rest = Matches {
            parser: self.parser,
            text: self.text,
            pos: from,
            limit: end,
            anchor: None,
            ahead: None,
            look_ahead: true,
            list: None,
        };
        rest.find_map(|found| day_ahead(&found.result).map(|day| (Some(day), found.start)))
            .unwrap_or((None, end))
    }

    /// Takes the day of a date that ends at byte `end` as the anchor of times after it.
    fn anchor_on(&mut self, result: &Result<Value, Error>, end: usize) {
        let last = match result {
            Ok(Value::Point(point)) => Some(*point),
            Ok(Value::Range(range)) => range.end().or(range.start()),
            Err(_) => None,
        };
        if let Some(point) = last
            && matches!(point.precision(), Precision::Date | Precision::Instant)
        {
            self.anchor = point.last_day().map(|day| (day, end));
        }
    }

    /// The next day of the list being given, read again from the list's start.
    fn list_day(&mut self) -> Option<Match<'t>> {
        let at = self.list.take()?;
        let mut grammar = Grammar::new(
            OnDemand::new(self.text, at.start),
            Mode::RunningText,
            self.text,
        );
        let mut expr = Expr::new();
        let read = grammar.expr(0, &mut expr);
        debug_assert!(read.is_some(), "a list not read again at {}", at.start);
        let (day, first, after) = grammar.list_item(&expr, at.next)?;
        let start = grammar.tokens.get(first).start();
        let end = grammar.tokens.get(after.saturating_sub(1)).end();
        let (Some(found), Some(list)) =
            (self.text.get(start..end), self.text.get(at.start..at.end))
        else {
            debug_assert!(false, "a day of a list inside a character");
            return None;
        };
        let anchor = self.anchor(&day, start, end);
        let result = Resolver {
            parser: &self.parser,
            text: self.text,
            found,
            anchor,
        }
        .value(&day);
        if at.next + 1 < expr.list.len() {
            self.list = Some(ListAt {
                next: at.next + 1,
                ..at
            });
        }
        self.anchor_on(&result, end);
        Some(Match {
            start,
            end,
            text: found,
            result,
            list: Some((at.start, list)),
        })
    }
}

/// Whether an expression is a time written alone, with no day of its own
/// (`plkst. 10.00`, `no plkst. 9.30`, `līdz plkst. 17.00`).
fn alone(expr: &Expr) -> bool {
    match expr.view() {
        View::Single(term) => Some(term),
        View::Range(from, to) => from.or(to),
    }
    .is_some_and(|term| term.node == Node::Time)
}

/// The day that a date found after a time written alone gives the time: the day it names,
/// or of a range the first (the last, when its start is open), the side of it nearest the
/// time, which a time written before a range of days opens (`Atklāšana plkst. 12.00. Izstāde
/// būs atvērta no 3. līdz 30. martam.`). None for an error, which names no day, and for a
/// month, a year or a week, which name no one day.
fn day_ahead(result: &Result<Value, Error>) -> Option<NaiveDate> {
    let point = match result {
        Ok(Value::Point(point)) => Some(*point),
        Ok(Value::Range(range)) => range.start().or(range.end()),
        Err(_) => None,
    }?;
    match point.precision() {
        Precision::Date | Precision::Instant => point.first_day(),
        _ => None,
    }
}

/// Where the paragraph that byte `from` is in ends: where the first line after it of
/// nothing but whitespace between two line breaks starts; else the end of the text.
fn paragraph_end(text: &str, from: usize) -> usize {
    let mut lines = text.get(from..).unwrap_or("").split('\n');
    let mut at = from + lines.next().map_or(0, |line| line.len() + 1);
    let mut lines = lines.peekable();
    while let Some(line) = lines.next() {
        if lines.peek().is_some() && line.trim().is_empty() {
            return at;
        }
        at += line.len() + 1;
    }
    text.len()
}

/// Whether text between two expressions ends a paragraph: a line of nothing but whitespace
/// between two line breaks.
fn paragraph_break(gap: &str) -> bool {
    paragraph_end(gap, 0) < gap.len()
}

impl<'t> Iterator for Matches<'t> {
    type Item = Match<'t>;

    fn next(&mut self) -> Option<Match<'t>> {
        if self.list.is_some()
            && let Some(day) = self.list_day()
        {
            return Some(day);
        }
        loop {
            let tok = lex::scan(self.text, self.pos);
            if tok.kind == Kind::EndOfText || tok.start() >= self.limit {
                self.pos = self.limit;
                return None;
            }
            self.pos = tok.end();
            if !grammar::leads(tok.kind) {
                continue;
            }
            let tokens = OnDemand::new(self.text, tok.start());
            let mut grammar = Grammar::new(tokens, Mode::RunningText, self.text);
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
            // A look ahead wants days: a time alone has none of its own.
            if self.look_ahead && alone(&expr) {
                self.pos = end;
                continue;
            }
            // A list gives its days one by one.
            if !expr.list.is_empty() {
                self.pos = end;
                self.list = Some(ListAt {
                    start: tok.start(),
                    end,
                    next: 0,
                });
                match self.list_day() {
                    Some(day) => return Some(day),
                    None => continue,
                }
            }
            let anchor = self.anchor(&expr, tok.start(), end);
            let result = Resolver {
                parser: &self.parser,
                text: self.text,
                found,
                anchor,
            }
            .value(&expr);
            if let Err(err) = &result {
                match err.kind() {
                    // Digits that do not make a date (`32.01.2024`, `01/17/2024`) are some
                    // other number, not a date with an error.
                    ErrorKind::InvalidDay { .. }
                    | ErrorKind::InvalidMonth { .. }
                    | ErrorKind::MonthFirst { .. }
                        if expr.numeric() =>
                    {
                        continue;
                    }
                    // Days that recur are no date, with the time written with them.
                    ErrorKind::Recurring { .. } => {
                        self.pos = end;
                        continue;
                    }
                    _ => {}
                }
            }
            self.anchor_on(&result, end);
            self.pos = end;
            return Some(Match {
                start: tok.start(),
                end,
                text: found,
                result,
                list: None,
            });
        }
    }
}

impl FusedIterator for Matches<'_> {}

/// Every date expression in `text`, in order, with the default [`Parser`] and an
/// optional reference date.
///
/// A weekday, date and time that belong together are one match
/// (`Trešdien, 17. janvārī, plkst. 10.00`), and so are a range and a word in apposition
/// before its date (`Šodien, 5. martā`). Each day of a list (`12., 19. un 26. jūlijā`) is a
/// match of its own, with the month, year and time the list shares, and the span of the
/// whole list ([`Match::list_range`]). A time without its own date takes the day of the
/// nearest date before it in its paragraph (a blank line ends one); with none before it,
/// that of the nearest date after it in the paragraph (of a range, its first day); only in
/// a paragraph with no date does it fall on the reference day (the policy of
/// [`crate::date`] says which dates count). An expression that is clearly a date but names
/// none (a weekday contradicting its date, a local time in the daylight-saving gap,
/// `31. februārī`) is a match carrying its error. Numbers that are not dates are not
/// matches: `2024`, `17.`, `3.30`, `Nr. 17`, `17. Saeima`, `LVS 8:2017`, `1,5 gadi`,
/// `10 000 eiro`, `17.01 m3`, `01/17/2024`; nor are days that recur (`trešdienās`,
/// `katru otrdienu 10.00–12.00`, `darba dienās`), which name no one date.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use jaunumi::date;
///
/// let reference = NaiveDate::from_ymd_opt(2024, 1, 10);
/// let text = "Sākums plkst. 9.00. Sēde notiks 17. janvārī.\n\nPusdienas plkst. 13.00.";
/// let found: Vec<_> = date::extract(text, reference)
///     .map(|m| (m.as_str(), m.value().map(|v| v.to_string())))
///     .collect();
/// assert_eq!(found, [
///     ("plkst. 9.00", Some("2024-01-17T09:00+02:00".to_owned())),
///     ("17. janvārī", Some("2024-01-17".to_owned())),
///     ("plkst. 13.00", Some("2024-01-10T13:00+02:00".to_owned())),
/// ]);
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
