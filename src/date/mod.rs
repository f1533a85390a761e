//! Latvian dates as municipal news writes them: read one expression ([`parse`]), find every
//! expression in running text ([`extract`]), and write values back in Latvian
//! ([`format()`]), in Europe/Riga.
//!
//! # What is read
//!
//! - Days with a month name in any case, any letter case, with or without diacritics:
//!   `17. janvārī`, `17.janvārī`, `17 janvārī 2024`, `2024. gada 17. janvāris`,
//!   `17. janvāra`, `17. JANVARIM`, `17 . janvārī`, `3 marts 2023 gads`; abbreviations with
//!   or without the dot (`janv.`, `febr.`, `apr.`, `jūn.`, `jūl.`, `aug.`, `sept.`, `okt.`,
//!   `nov.`, `dec.`, and `jan.`, `feb.`, `mar.`, `sep.`); Roman months in capitals, as
//!   council minutes write them (`3. IV`, `15. XI plkst. 10.00`; a one-letter `I`, `V` or
//!   `X` not before a dot or a word, where it is an initial or a number: `3. V. Zariņš`,
//!   `1. I grupa`); the month-first form of English date patterns (`Novembris 17, 2022`).
//! - Weekdays in every form (`trešdiena`, `trešdien`, `trešdienas`, `trešdienai`,
//!   `trešdienu`, `trešdienā`, `trešd.`, `Tr`) before a date; a weekday that contradicts its
//!   date is an error naming both. A weekday alone is placed by the tense of the verb beside
//!   it (see the policy below): `piektdien notika`, `notiks otrdien`, `piektdien`,
//!   `Plkst. 00.14 naktī uz piektdienu`; `pagājušajā piektdienā` and `nākamajā pirmdienā` are
//!   that day of the week before or after.
//! - A relative word, a week or a weekday before the date it names, in apposition:
//!   `Šodien, 5. martā`, `Rīt, 12.04.2023.`, `Nākamnedēļ, 3. jūnijā`,
//!   `Šovakar, 14. februārī, plkst. 19.00`, `nākamajā pirmdienā, 17. martā`. The value is the
//!   date; one that the word does not name under the reference date is an error naming
//!   both.
//! - Years (`2024. gadā`, `2024. gada`, `2024.gada`, `2024. g.`) with year precision, a month
//!   of a year (`2018. gada decembrī`, `2024. gada marta mēnesī`) with month precision, ISO
//!   weeks (`2024. gada 3. nedēļā`), year ranges (`2022.–2038. gadam`) and school years
//!   (`2023./2024. mācību gadā` = September 2023 to August 2024); a year, then a date or
//!   range without a year of its own, in that year (`2023. gadā, 14. jūlijā`,
//!   `2022. gadā no 3. marta līdz 5. aprīlim`, `šogad no 1. līdz 15. jūnijam`).
//! - Numeric dates, day first: `17.01.2024.`, `17.01.2024`, `8.1.2009`, `17.01.24` (this
//!   century), `2024-01-17`, `20-02-2017`, `17/01/2024`, `2024.01.17.`, and `17.01.` or
//!   `17.01` with the year from the reference (not before a unit: `17.01 m3`). A CMS label
//!   may stand before (`Publicēts: 09.10.2017. 14:30`), and a time without `plkst.` after.
//! - Times: `plkst. 10.00`, `plkst. 10:00`, `plkst.14:00`, `pulksten 19`,
//!   `pulkstenis rādīs 3.00`, `10.00–12.00`, `no plkst. 10 līdz 12`, `no 16:00-17:00`;
//!   right after a date also without `plkst.` (`12. martā 19:00`, `12. martā 10–12`,
//!   `12. martā no 10.00 līdz 12.00`, but not before a unit: `12. martā 10.50 eiro`);
//!   `24.00` is 00.00 of the next day; a day period after an hour up to 12 places it
//!   (`plkst. 8 vakarā` = 20.00; `rītā`, `no rīta`, `pēcpusdienā`, `vakarā`, `naktī`). A
//!   time alone falls on the reference day in [`parse`], and in running text on the day of
//!   a date beside it (see the policy below).
//! - Ranges: `17.–19. janvārī`, `no 17. līdz 19. janvārim`, `no 28. decembra līdz
//!   1. janvārim` (crossing a year), `17. janvārī – 2. februārī`, `02.09.2019. – 02.03.2020.`,
//!   `17.01.–19.01.2024.`, `no 2014. gada maija līdz 2018. gada aprīlim`, a year given once
//!   for both ends, and open ends: `no 2003. gada`, `kopš 2015. gada 11. decembra`,
//!   `sākot ar 1. martu`, `līdz 23. septembrim`. Ranges of months, with a noun after them
//!   or not: `2020. gada februāra–maija mēnešos`, `janvāra–marta periodā`,
//!   `no februāra līdz maijam`. An end before its start is an error.
//! - Lists of days that share a month, a year or a time: `12., 19. un 26. jūlijā`,
//!   `30. aprīlī un 2. maijā no pulksten 8:00 līdz 16:00`, `5. un 6. augustā plkst. 10.00`.
//!   [`parse`] gives the range that covers them, [`extract`] a match for each day, with
//!   the span of the whole list ([`Match::list_range`]).
//! - A month alone: in a whole text (`martā`), and in running text when it opens a sentence
//!   in the locative (`Martā notiks …`; not `Marta` or `Maija`, which are names too).
//! - Relative to the reference date: `šodien`, `vakar`, `aizvakar`, `rīt`, `rītdien`,
//!   `parīt`, `šorīt`, `šovakar` (days); `šogad`, `pērn`, `aizpērn`, `nākamgad`,
//!   `pagājušajā gadā` (years); `šomēnes`, `nākamajā mēnesī` (months); `šonedēļ`,
//!   `nākamnedēļ`, `aiznākamnedēļ`, `aizvadītajā nedēļā`, `aizpagājušajā nedēļā` (ISO
//!   weeks); `pirms 3 dienām`,
//!   `pirms divām dienām`, `pēc nedēļas`, `pirms mēneša` (days); `šā gada 30. septembrī`,
//!   `šī gada …`, `š. g. 11. aprīlī`, `pagājušā gada 21. augustā` (also misspelt
//!   `pagājuša`). `sākumā`, `vidū` and `beigās` keep the precision of the month or year they
//!   qualify (`marta sākumā` is that March).
//!
//! Numbers that are not dates are not dates: `2024`, `17.`, `3.30`, `Nr. 17`, `17. Saeima`,
//! `LVS 8:2017`, `1,5 gadi`, `10 000 eiro`, `+371 67331814`, `balva 2016″`, `17.01 m3`,
//! `1., 2. un 3. vieta`, `2000 gadu` and the US order `01/17/2024`.
//!
//! Days that recur are not one date: a weekday in the plural (`trešdienās`,
//! `izņemot otrdienas`), after `katru` (`katru otrdienu`, `katra mēneša pirmajā pirmdienā`),
//! and kinds of days (`darba dienās`, `brīvdienās`), with the time written after them
//! (`katru otrdienu 10.00–12.00`). [`parse`] refuses them ([`ErrorKind::Recurring`]);
//! [`extract`] passes over them, time and all. The `-as` form of a weekday is the plural
//! when alone, the genitive singular before its date (`trešdienas, 17. janvāra`) and after
//! `no` or `līdz` (`no pirmdienas`).
//!
//! # Policy
//!
//! These are the defaults of [`Parser`]; each can be changed.
//!
//! - A date without a year takes the year among reference −1, reference, reference +1 that
//!   puts it nearest the reference date ([`YearPolicy::Nearest`]); a year-less 29 February
//!   the nearest of those years that has one, and none is an error. A range's end without a
//!   year takes its start's year, or the next year when it would end before it starts
//!   (`no 28. decembra līdz 1. janvārim`); a start without a year takes its end's. A
//!   relative or year-less expression without a reference date is an error.
//! - Local times are in Europe/Riga ([`crate::riga`]): a time in the spring-forward gap
//!   (`2024. gada 31. martā plkst. 3.30`) is an error, an ambiguous one in the autumn
//!   repeat (`2024. gada 27. oktobrī plkst. 3.30`) takes the earlier instant, `+03:00`
//!   ([`crate::riga::LocalTimePolicy::DEFAULT`]).
//! - Invalid dates and times (`31. februārī`, `29.02.2023.`, `32.01.2024.`, month 13,
//!   `plkst. 25.00`, `10.60`) are errors that say why.
//! - A weekday alone takes the tense of a verb written right after it (and its time) or
//!   right before it: after a verb in the past (`pirmdien notika`, `otrdien atklāja`,
//!   `bija`, `tika`) it is the latest such day on or before the reference date; after one in
//!   the future (`otrdien notiks`, `būs`, `atklās`, `sāksies`) the next such day on or after
//!   it. With a verb in the present (`notiek`), or no verb the lexicon knows, it is that day
//!   of the reference date's ISO week (Monday to Sunday).
//! - A word before a date that names its day, week, month or year (`Šodien, 5. martā`,
//!   `2023. gadā, 14. jūlijā`) gives the date its year when it has none, and must hold the
//!   date's start (of a range, the start; of an open start, the end), else the expression is
//!   an error naming both ([`ErrorKind::AppositionMismatch`]).
//! - A time written once after several days (a list, or a range of days written with a
//!   dash: `8.–10. martā plkst. 9.30`) is each day's time: the range runs from the first day
//!   at that time to the last at the end of its time window, or through the whole last day
//!   when there is no window (`2023-03-08T09:30+02:00/2023-03-10`). A time window after
//!   `no … līdz …` is each day's too (`no 12. līdz 14. aprīlim no 10.00 līdz 16.00`), but
//!   one time after it is when the range ends, as a deadline is written
//!   (`no 1. līdz 15. martam plkst. 12.00`).
//! - A time range that ends before it starts runs past midnight (`22.00–2.00`).
//! - In running text, a time without a date of its own takes the day of the nearest date
//!   before it in its paragraph (a blank line ends a paragraph); with no date before it
//!   there, that of the nearest date after it in the paragraph (`Sākums plkst. 9.00. Sēde
//!   notiks 17. janvārī.` is at 9.00 on 17 January); only in a paragraph with no date at
//!   all does it fall on the reference day. The date it takes names one day: an error, a
//!   month, a year or a week is passed over for the next date, and days that recur are no
//!   date. Of a range it takes the day nearest the time: the last day of a range before it
//!   (the day a time after it continues), the first of a range after it (the day a time
//!   written before it opens: `Atklāšana plkst. 12.00, izstāde no 3. līdz 30. aprīlim` is
//!   at 12.00 on 3 April), or the only day of a range with an open end. The day is then
//!   checked like any other: a time in the daylight-saving gap of the day it takes is an
//!   error.
//!
//! # Values
//!
//! A [`Value`] is one [`Point`] (an instant, date, month, year or ISO week: its
//! [`Precision`]) or a [`Range`] of points with possibly open ends. Its `Display` is
//! ISO 8601: `2024-01-17`, `2024-01-17T10:00+02:00` (seconds only when not zero),
//! `2024-01`, `2024`, `2024-W03`, `2024-01-17/2024-01-19`, and an open end written `..` as
//! in ISO 8601-2 (`2003/..`, `../2016-09-23`).
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use jaunumi::date::{self, Style};
//!
//! let reference = NaiveDate::from_ymd_opt(2018, 1, 20);
//! let value = date::parse("Trešdien, 17. janvārī, plkst. 10.00", reference)?;
//! assert_eq!(value.to_string(), "2018-01-17T10:00+02:00");
//! assert_eq!(date::format(&value, Style::Running).to_string(), "2018. gada 17. janvārī plkst. 10.00");
//!
//! let text = "Vizīte notika trešdien, 17. janvārī. Balvu saņēma pagājuša gada sākumā.";
//! let found: Vec<String> = date::extract(text, reference)
//!     .filter_map(|m| m.value().map(|v| format!("{} = {v}", m.as_str())))
//!     .collect();
//! assert_eq!(found, ["trešdien, 17. janvārī = 2018-01-17", "pagājuša gada sākumā = 2017"]);
//!
//! let reference = NaiveDate::from_ymd_opt(2025, 7, 1);
//! let text = "Šodien, 1. jūlijā, paziņots: tirgus būs 12., 19. un 26. jūlijā, \
//!             bet katru otrdienu 10.00–12.00 – konsultācijas.";
//! let found: Vec<String> = date::extract(text, reference)
//!     .filter_map(|m| m.value().map(|v| format!("{} = {v}", m.as_str())))
//!     .collect();
//! assert_eq!(found, [
//!     "Šodien, 1. jūlijā = 2025-07-01",
//!     "12. = 2025-07-12",
//!     "19. = 2025-07-19",
//!     "26. jūlijā = 2025-07-26",
//! ]);
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Performance
//!
//! Nothing on the path of a successful parse allocates: the scanner folds and hashes
//! each word as it reads it and looks it up in a table built at compile time, and the
//! grammar works on a fixed buffer of tokens. Only an error's message owns its text.
//!
//! # Adding to what is read
//!
//! The words are data, the rules are code grouped by what leads an expression, and every
//! form read is a row of a table.
//!
//! ## To add a word
//!
//! 1. One line in the `ENTRIES` table of `src/date/lexicon.rs`: the form as Latvian writes
//!    it, with its diacritics, and what it means (a `Word`), as
//!    `("aiznākamnedēļ", Word::RelativeWeek(2))`. A form may have any length; its other
//!    letter cases and its spelling without diacritics need no line of their own (forms
//!    that fold alike must mean the same, which `forms_that_fold_together_mean_the_same`
//!    checks).
//! 2. One row in `tests/data/dates/cases.tsv` for the form, and one without its
//!    diacritics: the phrase, the reference date (or `-`), and the ISO 8601 value or
//!    `error: ` and the message. `every_case_reads_as_expected` parses the row and
//!    `a_valid_case_is_also_found_whole_in_running_text` finds it in a sentence.
//!
//! A word of a kind the grammar reads already is read wherever that kind is, by `parse`
//! and by `extract`: nothing else changes.
//!
//! ## To add a verb
//!
//! A verb that places a weekday written alone is a word too: one line in the `ENTRIES`
//! table of `src/date/lexicon.rs`, the third person as news writes it, with its tense, as
//! `("notiks", Word::Verb(Tense::Future))`, and a row in `tests/data/dates/cases.tsv`
//! (`otrdien notiks` with a reference date where the tense moves the day). A past and a
//! present that fold alike (`sākās`, `sākas`) cannot both have a line: the past is left
//! out. Add the verb to `VERBS` of `tests/jaunumi/date/table.rs`, which knows the verbs
//! that running text leaves out of a match.
//!
//! ## To add a kind of expression
//!
//! 1. Its words, when no `Word` says what they mean: a variant of `Word` and its lines in
//!    `src/date/lexicon.rs`. `Word::lead`, an exhaustive match, then asks whether the word
//!    leads an expression, and which family of rules reads it (`Lead`); `extract` tries an
//!    expression at every word that leads one.
//! 2. What it names, when no `Node` of `src/date/syntax.rs` says it: a `Node` variant, or a
//!    field of `Term` for something written with a date (as its weekday and time are).
//! 3. Its rule: a function in the file of `src/date/grammar/` of the family that leads it
//!    (`numeric.rs` for a number, `years.rs` after a year word, `months.rs`, `weekdays.rs`,
//!    `relative.rs`, `times.rs`, `recurring.rs`, `ranges.rs`), called where that family
//!    reads on. A rule takes the index of a token and the term or expression to fill, and
//!    returns the index after what it read, or `None`. A new family is a `Lead` variant, a
//!    file, and its arm in `Grammar::word_led`. What reads on after a whole first term,
//!    whatever led it, is called from `Grammar::expr_at`: a range after a dash
//!    (`ranges.rs`), a list of days (`lists.rs`: a list shares what its days leave out, and
//!    `extract` reads each day again through `Grammar::list_item`), and a frame before the
//!    date it names (`appositions.rs`: a new kind of frame is a `Node` that `Frame::of`
//!    accepts, and its value in `Resolver::base`). Where folding loses what the rule needs
//!    (capitals, a long vowel, the word before the expression), the rule reads the text as
//!    written (`Grammar::written`, `Grammar::word_before`).
//! 4. Its value: the new `Node` in `Resolver::base` of `src/date/resolve.rs`, where the
//!    calendar is checked. A new way to fail is an `ErrorKind` variant in
//!    `src/date/error.rs` with its message pinned in `tests/jaunumi/date/errors.rs`; an
//!    error that means "no date here" rather than "a date, but not a real one" (as
//!    `ErrorKind::Recurring` does) is one that `extract` passes over, in `Matches::next`.
//! 5. Its tests: rows in `tests/data/dates/cases.tsv` for each form (with and without
//!    diacritics, and the errors with their messages), and for running text a paragraph
//!    test in `tests/jaunumi/date/extract.rs` that also shows what must not match.

mod error;
mod extract;
mod format;
mod grammar;
mod lex;
mod lexicon;
mod parse;
mod resolve;
mod swar;
mod syntax;
mod tokens;
mod value;

pub use error::{Error, ErrorKind};
pub use extract::{Match, Matches, extract};
pub use format::{Latvian, Style, format};
pub use parse::{Parser, YearPolicy, parse};
pub use value::{Point, Precision, Range, Value};

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<Error>();
        assert_send_sync::<ErrorKind>();
        assert_send_sync::<Match<'_>>();
        assert_send_sync::<Matches<'_>>();
        assert_send_sync::<Latvian>();
        assert_send_sync::<Style>();
        assert_send_sync::<Parser>();
        assert_send_sync::<YearPolicy>();
        assert_send_sync::<Point>();
        assert_send_sync::<Precision>();
        assert_send_sync::<Range>();
        assert_send_sync::<Value>();
    }
}
