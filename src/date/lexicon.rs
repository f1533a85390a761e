//! The Latvian words of dates: months in every case, their abbreviations and Roman numerals,
//! weekdays in every form, year, month, week and day words, numerals in words, relative
//! words, day periods, the small words of ranges and lists (`no`, `līdz`, `kopš`, `un`), the
//! words of recurring days (`katru`, `izņemot`, `brīvdienās`) and the verbs whose tense
//! places a lone weekday.
//!
//! The table below is written with diacritics; a word is found in it by its folded form,
//! in any letter case and with or without diacritics ([`keys`]).
//!
//! # Verbs
//!
//! A weekday written alone (`pirmdien`) is placed by the tense of the verb beside it
//! (`pirmdien notika`, `notiks otrdien`): a [`Word::Verb`] line of [`ENTRIES`] per form, the
//! third person as news writes it, past, present or future ([`Tense`]). A verb not in the
//! table tells nothing, and the weekday is then a day of the reference date's ISO week, as
//! it is with a verb in the present. Only whole forms are listed, not endings: folded, the
//! endings that would mark a tense are also those of nouns (`-jas` of the past
//! `norisinājās` and of `akcijas`, `-s` of the future `notiks` and of every masculine
//! noun). Where the past and the present fold alike (`sākās` and `sākas`, `uzstājās` and
//! `uzstājas`), the past is left out: the present places the weekday as no verb does.

pub(crate) mod keys;

/// A day period that places an hour up to 12 (`plkst. 8 vakarā` = 20:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    /// `rītā`, `no rīta`, `priekšpusdienā`: the hour as written (12 is midnight).
    Morning,
    /// `pēcpusdienā`, `vakarā`: twelve hours later.
    Evening,
    /// `naktī`: 1–5 as written, 6–11 twelve hours later, 12 is midnight.
    Night,
}

/// A part of a month or year (`marta sākumā`); the value keeps the whole month or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// `sākumā`, `beigās`, `vidū`.
    Any,
}

/// The tense of a verb ([`Word::Verb`]), which places a weekday written alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// `notika`, `bija`, `atklāja`: the latest such day on or before the reference date.
    Past,
    /// `notiek`, `ir`: the day of the reference date's ISO week, as without a verb.
    Present,
    /// `notiks`, `būs`, `atklās`: the next such day on or after the reference date.
    Future,
}

/// A unit of a relative offset (`pirms 3 dienām`, `pēc nedēļas`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// `diena` and its forms.
    Day,
    /// `nedēļa` and its forms.
    Week,
    /// `mēnesis` and its forms.
    Month,
    /// `gads` and its forms; also the year word of `2024. gada`.
    Year,
}

/// What a word means in a date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Word {
    /// A month name in any case (1–12).
    Month(u8),
    /// A month abbreviation (1–12), read with or without its dot.
    MonthAbbr(u8),
    /// A month as a Roman numeral (1–12) after a day, as council minutes write it:
    /// `3. IV`, `15. XI`. Read only in capitals, and a one-letter numeral (`I`, `V`, `X`)
    /// neither before a dot, where it is an initial (`3. V. Kalniņš`), nor before a word,
    /// where it numbers something (`1. I grupa`).
    RomanMonth(u8),
    /// A weekday in any singular form but the `-as` one (0 = Monday).
    Weekday(u8),
    /// A weekday in a form of the plural (0 = Monday): `trešdienās`, `trešdienām`, and
    /// `trešdienas`, which is also the genitive singular. Before its date it is that
    /// genitive (`trešdienas, 17. janvāra`), after `no` or `līdz` one day
    /// (`no pirmdienas`); alone it is the plural, and recurs.
    Weekdays(u8),
    /// An abbreviated weekday, `trešd.` or `Tr` (0 = Monday): only before a date.
    WeekdayAbbr(u8),
    /// A unit word: `diena`, `nedēļa`, `mēnesis`, `gads` and their forms.
    Unit(Unit),
    /// `g` of `2024. g.` and `š. g.`.
    G,
    /// `š` of `š. g.`.
    Sh,
    /// `mācību` of `2023./2024. mācību gadā`.
    School,
    /// `plkst`, `pulksten`.
    Clock,
    /// `no` (from; also `no rīta`).
    From,
    /// `līdz` (until).
    Until,
    /// `kopš` (since).
    Since,
    /// `sākot` (starting: `sākot ar 1. martu`, `sākot no 1. marta`).
    Starting,
    /// `ar` (with: `sākot ar`).
    With,
    /// `pat` (even: `līdz pat 12.00`).
    Even,
    /// `uz` (to: `naktī uz piektdienu`).
    Towards,
    /// `pirms` (ago).
    Ago,
    /// `pēc` (in, after).
    After,
    /// `un` (and), between the days of a list: `12., 19. un 26. jūlijā`.
    And,
    /// `katru`, `katrā`, `katras` (every): `katru otrdienu`, days that recur.
    Every,
    /// `izņemot` (except): `izņemot otrdienas`, days that recur.
    Except,
    /// `darba`, `svētku`: the kind of the days of `darba dienās`, `svētku dienās`.
    KindOfDay,
    /// `brīvdienās`, `darbdienās`: days that recur.
    RecurringDays,
    /// `periodā`, `posmā`: a noun after a month or a range of months that names it as a
    /// stretch of time (`janvāra–marta periodā`).
    Interval,
    /// A verb whose tense places a weekday written alone: `notika`, `notiks`.
    Verb(Tense),
    /// A label printed before a dateline: `Publicēts`, `Atjaunots`, `Datums`.
    Label,
    /// A day relative to the reference: `šodien` 0, `vakar` −1, `rīt` +1.
    RelativeDay(i8),
    /// A day relative to the reference with its part of the day: `šorīt`, `šovakar`.
    RelativeDayPeriod(i8, Period),
    /// A year relative to the reference: `šogad`, `pērn`, `nākamgad`.
    RelativeYear(i8),
    /// An ISO week relative to the reference: `šonedēļ` 0, `nākamnedēļ` +1,
    /// `aiznākamnedēļ` +2.
    RelativeWeek(i8),
    /// A month relative to the reference: `šomēnes`.
    RelativeMonth(i8),
    /// A word that makes the next unit or weekday relative: `aizpagājušajā` −2,
    /// `pagājušajā` −1, `šajā` 0, `nākamajā` +1, `aiznākamajā` +2.
    Modifier(i8),
    /// A numeral in words (`divām`, `trim`).
    Numeral(u8),
    /// A day period.
    Period(Period),
    /// `sākumā`, `vidū`, `beigās`.
    Part(Part),
    /// A unit of measure or a reference word after which `17.01` is a number, not a date.
    Measure,
    /// Any other word.
    Other,
}

/// The family of rules that reads what a word leads ([`Word::lead`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lead {
    /// A range or an open range: `no`, `līdz`, `kopš`, `sākot`.
    Range,
    /// A weekday, before its date or alone.
    Weekday,
    /// A word relative to the reference date: `vakar`, `šogad`, `pagājušajā`, `pirms`,
    /// `š. g.`.
    Relative,
    /// A month name: `Novembris 17, 2022`, `marta sākumā`.
    Month,
    /// `plkst.`: a time alone.
    Clock,
    /// Days that recur: `katru otrdienu`, `izņemot otrdienas`, `darba dienās`,
    /// `brīvdienās`.
    Recurring,
}

impl Word {
    /// The family of rules that reads an expression this word leads, or `None` for a word
    /// that leads none (it may still stand inside one). `extract` tries an expression only
    /// at a number or at a word that leads one, and the grammar picks its rules by this.
    pub(crate) const fn lead(self) -> Option<Lead> {
        match self {
            Word::From | Word::Until | Word::Since | Word::Starting => Some(Lead::Range),
            Word::Weekday(_) | Word::WeekdayAbbr(_) => Some(Lead::Weekday),
            Word::RelativeDay(_)
            | Word::RelativeDayPeriod(..)
            | Word::RelativeYear(_)
            | Word::RelativeWeek(_)
            | Word::RelativeMonth(_)
            | Word::Modifier(_)
            | Word::Ago
            | Word::After
            | Word::Sh => Some(Lead::Relative),
            Word::Weekdays(_) => Some(Lead::Weekday),
            Word::Month(_) => Some(Lead::Month),
            Word::Clock => Some(Lead::Clock),
            Word::Every | Word::Except | Word::KindOfDay | Word::RecurringDays => {
                Some(Lead::Recurring)
            }
            // Read after a number or another word, or (a label) before a whole text only.
            Word::MonthAbbr(_)
            | Word::RomanMonth(_)
            | Word::Unit(_)
            | Word::G
            | Word::School
            | Word::With
            | Word::Even
            | Word::Towards
            | Word::And
            | Word::Interval
            | Word::Verb(_)
            | Word::Label
            | Word::Numeral(_)
            | Word::Period(_)
            | Word::Part(_)
            | Word::Measure
            | Word::Other => None,
        }
    }
}

/// The forms, as Latvian writes them, of any length. Forms that fold alike (`janvāri`,
/// `janvārī`) must mean the same; a test checks that.
pub(crate) const ENTRIES: &[(&str, Word)] = &[
    // Months: nominative, genitive, dative, accusative, locative.
    ("janvāris", Word::Month(1)),
    ("janvāra", Word::Month(1)),
    ("janvārim", Word::Month(1)),
    ("janvāri", Word::Month(1)),
    ("janvārī", Word::Month(1)),
    ("februāris", Word::Month(2)),
    ("februāra", Word::Month(2)),
    ("februārim", Word::Month(2)),
    ("februāri", Word::Month(2)),
    ("februārī", Word::Month(2)),
    ("marts", Word::Month(3)),
    ("marta", Word::Month(3)),
    ("martam", Word::Month(3)),
    ("martu", Word::Month(3)),
    ("martā", Word::Month(3)),
    ("aprīlis", Word::Month(4)),
    ("aprīļa", Word::Month(4)),
    ("aprīlim", Word::Month(4)),
    ("aprīli", Word::Month(4)),
    ("aprīlī", Word::Month(4)),
    ("aprīla", Word::Month(4)),
    ("maijs", Word::Month(5)),
    ("maija", Word::Month(5)),
    ("maijam", Word::Month(5)),
    ("maiju", Word::Month(5)),
    ("maijā", Word::Month(5)),
    ("jūnijs", Word::Month(6)),
    ("jūnija", Word::Month(6)),
    ("jūnijam", Word::Month(6)),
    ("jūniju", Word::Month(6)),
    ("jūnijā", Word::Month(6)),
    ("jūlijs", Word::Month(7)),
    ("jūlija", Word::Month(7)),
    ("jūlijam", Word::Month(7)),
    ("jūliju", Word::Month(7)),
    ("jūlijā", Word::Month(7)),
    ("augusts", Word::Month(8)),
    ("augusta", Word::Month(8)),
    ("augustam", Word::Month(8)),
    ("augustu", Word::Month(8)),
    ("augustā", Word::Month(8)),
    ("septembris", Word::Month(9)),
    ("septembra", Word::Month(9)),
    ("septembrim", Word::Month(9)),
    ("septembri", Word::Month(9)),
    ("septembrī", Word::Month(9)),
    ("oktobris", Word::Month(10)),
    ("oktobra", Word::Month(10)),
    ("oktobrim", Word::Month(10)),
    ("oktobri", Word::Month(10)),
    ("oktobrī", Word::Month(10)),
    ("novembris", Word::Month(11)),
    ("novembra", Word::Month(11)),
    ("novembrim", Word::Month(11)),
    ("novembri", Word::Month(11)),
    ("novembrī", Word::Month(11)),
    ("decembris", Word::Month(12)),
    ("decembra", Word::Month(12)),
    ("decembrim", Word::Month(12)),
    ("decembri", Word::Month(12)),
    ("decembrī", Word::Month(12)),
    // Month abbreviations: the standard ones and the common non-standard ones.
    ("janv", Word::MonthAbbr(1)),
    ("jan", Word::MonthAbbr(1)),
    ("febr", Word::MonthAbbr(2)),
    ("feb", Word::MonthAbbr(2)),
    ("mar", Word::MonthAbbr(3)),
    ("apr", Word::MonthAbbr(4)),
    ("jūn", Word::MonthAbbr(6)),
    ("jūl", Word::MonthAbbr(7)),
    ("aug", Word::MonthAbbr(8)),
    ("sept", Word::MonthAbbr(9)),
    ("sep", Word::MonthAbbr(9)),
    ("okt", Word::MonthAbbr(10)),
    ("nov", Word::MonthAbbr(11)),
    ("dec", Word::MonthAbbr(12)),
    // Months as Roman numerals.
    ("i", Word::RomanMonth(1)),
    ("ii", Word::RomanMonth(2)),
    ("iii", Word::RomanMonth(3)),
    ("iv", Word::RomanMonth(4)),
    ("v", Word::RomanMonth(5)),
    ("vi", Word::RomanMonth(6)),
    ("vii", Word::RomanMonth(7)),
    ("viii", Word::RomanMonth(8)),
    ("ix", Word::RomanMonth(9)),
    ("x", Word::RomanMonth(10)),
    ("xi", Word::RomanMonth(11)),
    ("xii", Word::RomanMonth(12)),
    // Weekdays: nominative (and locative, which folds the same), adverbial, dative,
    // accusative; the `-as` form (genitive singular, and the plural, with the locative
    // plural `-ās`, which folds the same) and the dative plural; then the abbreviations.
    ("pirmdiena", Word::Weekday(0)),
    ("pirmdien", Word::Weekday(0)),
    ("pirmdienai", Word::Weekday(0)),
    ("pirmdienu", Word::Weekday(0)),
    ("pirmdienā", Word::Weekday(0)),
    ("pirmdienas", Word::Weekdays(0)),
    ("pirmdienām", Word::Weekdays(0)),
    ("otrdiena", Word::Weekday(1)),
    ("otrdien", Word::Weekday(1)),
    ("otrdienai", Word::Weekday(1)),
    ("otrdienu", Word::Weekday(1)),
    ("otrdienā", Word::Weekday(1)),
    ("otrdienas", Word::Weekdays(1)),
    ("otrdienām", Word::Weekdays(1)),
    ("trešdiena", Word::Weekday(2)),
    ("trešdien", Word::Weekday(2)),
    ("trešdienai", Word::Weekday(2)),
    ("trešdienu", Word::Weekday(2)),
    ("trešdienā", Word::Weekday(2)),
    ("trešdienas", Word::Weekdays(2)),
    ("trešdienām", Word::Weekdays(2)),
    ("ceturtdiena", Word::Weekday(3)),
    ("ceturtdien", Word::Weekday(3)),
    ("ceturtdienai", Word::Weekday(3)),
    ("ceturtdienu", Word::Weekday(3)),
    ("ceturtdienā", Word::Weekday(3)),
    ("ceturtdienas", Word::Weekdays(3)),
    ("ceturtdienām", Word::Weekdays(3)),
    ("piektdiena", Word::Weekday(4)),
    ("piektdien", Word::Weekday(4)),
    ("piektdienai", Word::Weekday(4)),
    ("piektdienu", Word::Weekday(4)),
    ("piektdienā", Word::Weekday(4)),
    ("piektdienas", Word::Weekdays(4)),
    ("piektdienām", Word::Weekdays(4)),
    ("sestdiena", Word::Weekday(5)),
    ("sestdien", Word::Weekday(5)),
    ("sestdienai", Word::Weekday(5)),
    ("sestdienu", Word::Weekday(5)),
    ("sestdienā", Word::Weekday(5)),
    ("sestdienas", Word::Weekdays(5)),
    ("sestdienām", Word::Weekdays(5)),
    ("svētdiena", Word::Weekday(6)),
    ("svētdien", Word::Weekday(6)),
    ("svētdienai", Word::Weekday(6)),
    ("svētdienu", Word::Weekday(6)),
    ("svētdienā", Word::Weekday(6)),
    ("svētdienas", Word::Weekdays(6)),
    ("svētdienām", Word::Weekdays(6)),
    ("pirmd", Word::WeekdayAbbr(0)),
    ("otrd", Word::WeekdayAbbr(1)),
    ("trešd", Word::WeekdayAbbr(2)),
    ("ceturtd", Word::WeekdayAbbr(3)),
    ("piektd", Word::WeekdayAbbr(4)),
    ("sestd", Word::WeekdayAbbr(5)),
    ("svētd", Word::WeekdayAbbr(6)),
    ("pr", Word::WeekdayAbbr(0)),
    ("ot", Word::WeekdayAbbr(1)),
    ("tr", Word::WeekdayAbbr(2)),
    ("ce", Word::WeekdayAbbr(3)),
    ("pk", Word::WeekdayAbbr(4)),
    ("se", Word::WeekdayAbbr(5)),
    ("sv", Word::WeekdayAbbr(6)),
    // Units. `gads` and its forms are also the year word of `2024. gada`.
    ("gads", Word::Unit(Unit::Year)),
    ("gada", Word::Unit(Unit::Year)),
    ("gadam", Word::Unit(Unit::Year)),
    ("gadu", Word::Unit(Unit::Year)),
    ("gadā", Word::Unit(Unit::Year)),
    ("gadi", Word::Unit(Unit::Year)),
    ("gadiem", Word::Unit(Unit::Year)),
    ("gadus", Word::Unit(Unit::Year)),
    ("mēnesis", Word::Unit(Unit::Month)),
    ("mēneša", Word::Unit(Unit::Month)),
    ("mēnesim", Word::Unit(Unit::Month)),
    ("mēnesi", Word::Unit(Unit::Month)),
    ("mēnesī", Word::Unit(Unit::Month)),
    ("mēneši", Word::Unit(Unit::Month)),
    ("mēnešiem", Word::Unit(Unit::Month)),
    ("mēnešus", Word::Unit(Unit::Month)),
    ("mēnešu", Word::Unit(Unit::Month)),
    ("mēnešos", Word::Unit(Unit::Month)),
    ("nedēļa", Word::Unit(Unit::Week)),
    ("nedēļas", Word::Unit(Unit::Week)),
    ("nedēļai", Word::Unit(Unit::Week)),
    ("nedēļu", Word::Unit(Unit::Week)),
    ("nedēļā", Word::Unit(Unit::Week)),
    ("nedēļām", Word::Unit(Unit::Week)),
    ("diena", Word::Unit(Unit::Day)),
    ("dienas", Word::Unit(Unit::Day)),
    ("dienai", Word::Unit(Unit::Day)),
    ("dienu", Word::Unit(Unit::Day)),
    ("dienā", Word::Unit(Unit::Day)),
    ("dienām", Word::Unit(Unit::Day)),
    ("dienām", Word::Unit(Unit::Day)),
    ("g", Word::G),
    ("š", Word::Sh),
    ("mācību", Word::School),
    // Time and range words.
    ("plkst", Word::Clock),
    ("pulksten", Word::Clock),
    ("pulkstenis", Word::Clock),
    ("no", Word::From),
    ("līdz", Word::Until),
    ("kopš", Word::Since),
    ("sākot", Word::Starting),
    ("ar", Word::With),
    ("pat", Word::Even),
    ("uz", Word::Towards),
    ("pirms", Word::Ago),
    ("pēc", Word::After),
    ("un", Word::And),
    // Labels of CMS datelines.
    ("publicēts", Word::Label),
    ("publicēta", Word::Label),
    ("publicēšanas", Word::Label),
    ("atjaunots", Word::Label),
    ("atjaunināts", Word::Label),
    ("datums", Word::Label),
    ("izveidots", Word::Label),
    ("labots", Word::Label),
    ("pievienots", Word::Label),
    ("mainīts", Word::Label),
    // Relative words.
    ("šodien", Word::RelativeDay(0)),
    ("vakar", Word::RelativeDay(-1)),
    ("aizvakar", Word::RelativeDay(-2)),
    ("rīt", Word::RelativeDay(1)),
    ("rītdien", Word::RelativeDay(1)),
    ("parīt", Word::RelativeDay(2)),
    ("aizparīt", Word::RelativeDay(3)),
    ("šorīt", Word::RelativeDayPeriod(0, Period::Morning)),
    ("šovakar", Word::RelativeDayPeriod(0, Period::Evening)),
    ("šonakt", Word::RelativeDayPeriod(0, Period::Night)),
    ("šogad", Word::RelativeYear(0)),
    ("pērn", Word::RelativeYear(-1)),
    ("aizpērn", Word::RelativeYear(-2)),
    ("nākamgad", Word::RelativeYear(1)),
    ("aiznākamgad", Word::RelativeYear(2)),
    ("šonedēļ", Word::RelativeWeek(0)),
    ("nākamnedēļ", Word::RelativeWeek(1)),
    ("aiznākamnedēļ", Word::RelativeWeek(2)),
    ("aizpagājušonedēļ", Word::RelativeWeek(-2)),
    ("šomēnes", Word::RelativeMonth(0)),
    ("pagājušajā", Word::Modifier(-1)),
    ("pagājušā", Word::Modifier(-1)),
    ("pagājušās", Word::Modifier(-1)),
    ("pagājušo", Word::Modifier(-1)),
    ("pagājušais", Word::Modifier(-1)),
    ("pagājušajam", Word::Modifier(-1)),
    ("pagājušajai", Word::Modifier(-1)),
    ("pagājusī", Word::Modifier(-1)),
    ("aizpagājušajā", Word::Modifier(-2)),
    ("aizvadītajā", Word::Modifier(-1)),
    ("aizvadītā", Word::Modifier(-1)),
    ("aizvadītās", Word::Modifier(-1)),
    ("aizvadīto", Word::Modifier(-1)),
    ("aizvadītais", Word::Modifier(-1)),
    ("iepriekšējā", Word::Modifier(-1)),
    ("iepriekšējās", Word::Modifier(-1)),
    ("iepriekšējo", Word::Modifier(-1)),
    ("iepriekšējais", Word::Modifier(-1)),
    ("iepriekšējajā", Word::Modifier(-1)),
    ("šajā", Word::Modifier(0)),
    ("šā", Word::Modifier(0)),
    ("šī", Word::Modifier(0)),
    ("šīs", Word::Modifier(0)),
    ("šo", Word::Modifier(0)),
    ("šis", Word::Modifier(0)),
    ("tekošajā", Word::Modifier(0)),
    ("tekošā", Word::Modifier(0)),
    ("tekošās", Word::Modifier(0)),
    ("nākamajā", Word::Modifier(1)),
    ("nākamā", Word::Modifier(1)),
    ("nākamās", Word::Modifier(1)),
    ("nākamo", Word::Modifier(1)),
    ("nākamais", Word::Modifier(1)),
    ("nākamajam", Word::Modifier(1)),
    ("nākošajā", Word::Modifier(1)),
    ("nākošā", Word::Modifier(1)),
    ("nākošās", Word::Modifier(1)),
    ("nākošo", Word::Modifier(1)),
    ("aiznākamajā", Word::Modifier(2)),
    // Numerals in words, in the forms used with `pirms` and `pēc`.
    ("viens", Word::Numeral(1)),
    ("viena", Word::Numeral(1)),
    ("vienas", Word::Numeral(1)),
    ("vienu", Word::Numeral(1)),
    ("vienam", Word::Numeral(1)),
    ("vienai", Word::Numeral(1)),
    ("divi", Word::Numeral(2)),
    ("divas", Word::Numeral(2)),
    ("divām", Word::Numeral(2)),
    ("diviem", Word::Numeral(2)),
    ("divu", Word::Numeral(2)),
    ("trīs", Word::Numeral(3)),
    ("trim", Word::Numeral(3)),
    ("trijām", Word::Numeral(3)),
    ("trijiem", Word::Numeral(3)),
    ("triju", Word::Numeral(3)),
    ("četri", Word::Numeral(4)),
    ("četras", Word::Numeral(4)),
    ("četrām", Word::Numeral(4)),
    ("četriem", Word::Numeral(4)),
    ("četru", Word::Numeral(4)),
    ("pieci", Word::Numeral(5)),
    ("piecas", Word::Numeral(5)),
    ("piecām", Word::Numeral(5)),
    ("pieciem", Word::Numeral(5)),
    ("piecu", Word::Numeral(5)),
    ("seši", Word::Numeral(6)),
    ("sešas", Word::Numeral(6)),
    ("sešām", Word::Numeral(6)),
    ("sešiem", Word::Numeral(6)),
    ("sešu", Word::Numeral(6)),
    ("septiņi", Word::Numeral(7)),
    ("septiņas", Word::Numeral(7)),
    ("septiņām", Word::Numeral(7)),
    ("septiņiem", Word::Numeral(7)),
    ("septiņu", Word::Numeral(7)),
    ("astoņi", Word::Numeral(8)),
    ("astoņas", Word::Numeral(8)),
    ("astoņām", Word::Numeral(8)),
    ("astoņiem", Word::Numeral(8)),
    ("astoņu", Word::Numeral(8)),
    ("deviņi", Word::Numeral(9)),
    ("deviņas", Word::Numeral(9)),
    ("deviņām", Word::Numeral(9)),
    ("deviņiem", Word::Numeral(9)),
    ("deviņu", Word::Numeral(9)),
    ("desmit", Word::Numeral(10)),
    ("vienpadsmit", Word::Numeral(11)),
    ("divpadsmit", Word::Numeral(12)),
    ("trīspadsmit", Word::Numeral(13)),
    ("četrpadsmit", Word::Numeral(14)),
    ("piecpadsmit", Word::Numeral(15)),
    ("sešpadsmit", Word::Numeral(16)),
    ("septiņpadsmit", Word::Numeral(17)),
    ("astoņpadsmit", Word::Numeral(18)),
    ("deviņpadsmit", Word::Numeral(19)),
    ("divdesmit", Word::Numeral(20)),
    ("trīsdesmit", Word::Numeral(30)),
    // Day periods.
    ("rītā", Word::Period(Period::Morning)),
    ("priekšpusdienā", Word::Period(Period::Morning)),
    ("pēcpusdienā", Word::Period(Period::Evening)),
    ("vakarā", Word::Period(Period::Evening)),
    ("naktī", Word::Period(Period::Night)),
    // Parts of a month or year.
    ("sākumā", Word::Part(Part::Any)),
    ("vidū", Word::Part(Part::Any)),
    ("beigās", Word::Part(Part::Any)),
    // Nouns that name a month or a range of months as a stretch of time.
    ("periods", Word::Interval),
    ("perioda", Word::Interval),
    ("periodam", Word::Interval),
    ("periodu", Word::Interval),
    ("periodā", Word::Interval),
    ("posms", Word::Interval),
    ("posma", Word::Interval),
    ("posmam", Word::Interval),
    ("posmu", Word::Interval),
    ("posmā", Word::Interval),
    // Days that recur.
    ("katru", Word::Every),
    ("katrā", Word::Every),
    ("katras", Word::Every),
    ("katra", Word::Every),
    ("katrai", Word::Every),
    ("katrs", Word::Every),
    ("izņemot", Word::Except),
    ("darba", Word::KindOfDay),
    ("svētku", Word::KindOfDay),
    ("brīvdiena", Word::RecurringDays),
    ("brīvdienas", Word::RecurringDays),
    ("brīvdienām", Word::RecurringDays),
    ("brīvdienu", Word::RecurringDays),
    ("darbdiena", Word::RecurringDays),
    ("darbdienas", Word::RecurringDays),
    ("darbdienām", Word::RecurringDays),
    ("darbdienu", Word::RecurringDays),
    // Verbs whose tense places a weekday written alone, the third person: past, present,
    // future.
    ("notika", Word::Verb(Tense::Past)),
    ("notiek", Word::Verb(Tense::Present)),
    ("notiks", Word::Verb(Tense::Future)),
    ("bija", Word::Verb(Tense::Past)),
    ("ir", Word::Verb(Tense::Present)),
    ("būs", Word::Verb(Tense::Future)),
    ("tika", Word::Verb(Tense::Past)),
    ("tiek", Word::Verb(Tense::Present)),
    ("tiks", Word::Verb(Tense::Future)),
    ("atklāja", Word::Verb(Tense::Past)),
    ("atklāj", Word::Verb(Tense::Present)),
    ("atklās", Word::Verb(Tense::Future)),
    ("sāka", Word::Verb(Tense::Past)),
    ("sāk", Word::Verb(Tense::Present)),
    ("sāks", Word::Verb(Tense::Future)),
    ("sāksies", Word::Verb(Tense::Future)),
    ("norisinājās", Word::Verb(Tense::Past)),
    ("norisinās", Word::Verb(Tense::Present)),
    ("norisināsies", Word::Verb(Tense::Future)),
    ("piedalījās", Word::Verb(Tense::Past)),
    ("piedalās", Word::Verb(Tense::Present)),
    ("piedalīsies", Word::Verb(Tense::Future)),
    ("tikās", Word::Verb(Tense::Past)),
    ("tiekas", Word::Verb(Tense::Present)),
    ("tiksies", Word::Verb(Tense::Future)),
    ("uzstājas", Word::Verb(Tense::Present)),
    ("uzstāsies", Word::Verb(Tense::Future)),
    ("aizvadīja", Word::Verb(Tense::Past)),
    ("aizvadīs", Word::Verb(Tense::Future)),
    ("apmeklēja", Word::Verb(Tense::Past)),
    ("apmeklēs", Word::Verb(Tense::Future)),
    ("pulcēja", Word::Verb(Tense::Past)),
    ("pulcēs", Word::Verb(Tense::Future)),
    ("rīkoja", Word::Verb(Tense::Past)),
    ("rīkos", Word::Verb(Tense::Future)),
    ("organizēja", Word::Verb(Tense::Past)),
    ("organizēs", Word::Verb(Tense::Future)),
    ("svinēja", Word::Verb(Tense::Past)),
    ("svinēs", Word::Verb(Tense::Future)),
    ("pieņēma", Word::Verb(Tense::Past)),
    ("pieņems", Word::Verb(Tense::Future)),
    ("parakstīja", Word::Verb(Tense::Past)),
    ("parakstīs", Word::Verb(Tense::Future)),
    ("paziņoja", Word::Verb(Tense::Past)),
    ("paziņos", Word::Verb(Tense::Future)),
    ("atvēra", Word::Verb(Tense::Past)),
    ("atvērs", Word::Verb(Tense::Future)),
    ("strādāja", Word::Verb(Tense::Past)),
    ("strādā", Word::Verb(Tense::Present)),
    ("strādās", Word::Verb(Tense::Future)),
    ("darbojas", Word::Verb(Tense::Present)),
    ("darbosies", Word::Verb(Tense::Future)),
    ("rādīja", Word::Verb(Tense::Past)),
    ("rāda", Word::Verb(Tense::Present)),
    ("rādīs", Word::Verb(Tense::Future)),
    ("gaidāms", Word::Verb(Tense::Future)),
    ("gaidāma", Word::Verb(Tense::Future)),
    // Units of measure and reference words: `17.01 m3` is a number.
    ("m", Word::Measure),
    ("km", Word::Measure),
    ("cm", Word::Measure),
    ("mm", Word::Measure),
    ("kg", Word::Measure),
    ("t", Word::Measure),
    ("l", Word::Measure),
    ("ml", Word::Measure),
    ("ha", Word::Measure),
    ("eur", Word::Measure),
    ("eiro", Word::Measure),
    ("euro", Word::Measure),
    ("kw", Word::Measure),
    ("kwh", Word::Measure),
    ("mw", Word::Measure),
    ("mwh", Word::Measure),
    ("gb", Word::Measure),
    ("mb", Word::Measure),
    ("min", Word::Measure),
    ("h", Word::Measure),
    ("sek", Word::Measure),
    ("punkts", Word::Measure),
    ("punkta", Word::Measure),
    ("punktu", Word::Measure),
    ("punktā", Word::Measure),
    ("apakšpunkts", Word::Measure),
    ("apakšpunkta", Word::Measure),
    ("apakšpunktu", Word::Measure),
    ("apakšpunktā", Word::Measure),
    ("pants", Word::Measure),
    ("panta", Word::Measure),
    ("pantu", Word::Measure),
    ("pantā", Word::Measure),
    ("versija", Word::Measure),
    ("versijā", Word::Measure),
];
