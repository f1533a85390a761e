//! The Latvian words of dates: months in every case and their abbreviations, weekdays in
//! every form, year, month, week and day words, numerals in words, relative words, day
//! periods and the small words of ranges (`no`, `līdz`, `kopš`).
//!
//! A word is looked up by its *folded* form: lowercase ASCII with the Latvian diacritics
//! removed (`Janvārī`, `janvārī` and `janvari` all fold to `janvari`). The table below is
//! written with diacritics, folded and packed into a `u128` and hashed into an
//! open-addressing table at compile time, so a lookup is one multiply, a probe or two and
//! one `u128` comparison, with no allocation.

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
    /// A weekday in any form (0 = Monday).
    Weekday(u8),
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
    /// A label printed before a dateline: `Publicēts`, `Atjaunots`, `Datums`.
    Label,
    /// A day relative to the reference: `šodien` 0, `vakar` −1, `rīt` +1.
    RelativeDay(i8),
    /// A day relative to the reference with its part of the day: `šorīt`, `šovakar`.
    RelativeDayPeriod(i8, Period),
    /// A year relative to the reference: `šogad`, `pērn`, `nākamgad`.
    RelativeYear(i8),
    /// An ISO week relative to the reference: `šonedēļ`, `nākamnedēļ`.
    RelativeWeek(i8),
    /// A month relative to the reference: `šomēnes`.
    RelativeMonth(i8),
    /// A word that makes the next unit or weekday relative: `pagājušajā` −1, `šajā` 0,
    /// `nākamajā` +1.
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

/// The most letters a word of the table has; longer words are [`Word::Other`].
pub(crate) const MAX_WORD: usize = 16;

/// The forms, as Latvian writes them. Forms that fold to the same key (`janvāri`,
/// `janvārī`) must mean the same; a test checks that.
const ENTRIES: &[(&str, Word)] = &[
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
    // Weekdays: nominative (and locative, which folds the same), adverbial, genitive,
    // dative, accusative, then the abbreviations.
    ("pirmdiena", Word::Weekday(0)),
    ("pirmdien", Word::Weekday(0)),
    ("pirmdienas", Word::Weekday(0)),
    ("pirmdienai", Word::Weekday(0)),
    ("pirmdienu", Word::Weekday(0)),
    ("pirmdienā", Word::Weekday(0)),
    ("otrdiena", Word::Weekday(1)),
    ("otrdien", Word::Weekday(1)),
    ("otrdienas", Word::Weekday(1)),
    ("otrdienai", Word::Weekday(1)),
    ("otrdienu", Word::Weekday(1)),
    ("otrdienā", Word::Weekday(1)),
    ("trešdiena", Word::Weekday(2)),
    ("trešdien", Word::Weekday(2)),
    ("trešdienas", Word::Weekday(2)),
    ("trešdienai", Word::Weekday(2)),
    ("trešdienu", Word::Weekday(2)),
    ("trešdienā", Word::Weekday(2)),
    ("ceturtdiena", Word::Weekday(3)),
    ("ceturtdien", Word::Weekday(3)),
    ("ceturtdienas", Word::Weekday(3)),
    ("ceturtdienai", Word::Weekday(3)),
    ("ceturtdienu", Word::Weekday(3)),
    ("ceturtdienā", Word::Weekday(3)),
    ("piektdiena", Word::Weekday(4)),
    ("piektdien", Word::Weekday(4)),
    ("piektdienas", Word::Weekday(4)),
    ("piektdienai", Word::Weekday(4)),
    ("piektdienu", Word::Weekday(4)),
    ("piektdienā", Word::Weekday(4)),
    ("sestdiena", Word::Weekday(5)),
    ("sestdien", Word::Weekday(5)),
    ("sestdienas", Word::Weekday(5)),
    ("sestdienai", Word::Weekday(5)),
    ("sestdienu", Word::Weekday(5)),
    ("sestdienā", Word::Weekday(5)),
    ("svētdiena", Word::Weekday(6)),
    ("svētdien", Word::Weekday(6)),
    ("svētdienas", Word::Weekday(6)),
    ("svētdienai", Word::Weekday(6)),
    ("svētdienu", Word::Weekday(6)),
    ("svētdienā", Word::Weekday(6)),
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
    ("šomēnes", Word::RelativeMonth(0)),
    ("pagājušajā", Word::Modifier(-1)),
    ("pagājušā", Word::Modifier(-1)),
    ("pagājušās", Word::Modifier(-1)),
    ("pagājušo", Word::Modifier(-1)),
    ("pagājušais", Word::Modifier(-1)),
    ("pagājušajam", Word::Modifier(-1)),
    ("pagājušajai", Word::Modifier(-1)),
    ("pagājusī", Word::Modifier(-1)),
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

/// The ASCII letter that a Latvian letter folds to, from the two bytes of its UTF-8 form
/// (`ā` is `C4 81`), or `None` for any other two-byte sequence.
pub(crate) const fn fold_pair(lead: u8, next: u8) -> Option<u8> {
    match (lead, next) {
        (0xC4, 0x80 | 0x81) => Some(b'a'),
        (0xC4, 0x8C | 0x8D) => Some(b'c'),
        (0xC4, 0x92 | 0x93) => Some(b'e'),
        (0xC4, 0xA2 | 0xA3) => Some(b'g'),
        (0xC4, 0xAA | 0xAB) => Some(b'i'),
        (0xC4, 0xB6 | 0xB7) => Some(b'k'),
        (0xC4, 0xBB | 0xBC) => Some(b'l'),
        (0xC5, 0x85 | 0x86) => Some(b'n'),
        (0xC5, 0xA0 | 0xA1) => Some(b's'),
        (0xC5, 0xAA | 0xAB) => Some(b'u'),
        (0xC5, 0xBD | 0xBE) => Some(b'z'),
        _ => None,
    }
}

/// [`fold_pair`] as a table for the scanner, indexed by the lead byte (`C4` or `C5`) and
/// the low six bits of the second: the letter, or 0 (a lookup instead of a jump).
static PAIRS: [[u8; 64]; 2] = {
    let mut pairs = [[0; 64]; 2];
    let mut lead = 0;
    while lead < 2 {
        let mut next = 0;
        while next < 64 {
            if let Some(letter) = fold_pair(0xC4 + lead as u8, 0x80 + next as u8) {
                pairs[lead][next] = letter;
            }
            next += 1;
        }
        lead += 1;
    }
    pairs
};

/// What [`fold_pair`] says, by a table lookup.
pub(crate) fn fold(lead: u8, next: u8) -> Option<u8> {
    let row = PAIRS.get(usize::from(lead.wrapping_sub(0xC4)))?;
    let letter = *row.get(usize::from(next.wrapping_sub(0x80)))?;
    (letter != 0).then_some(letter)
}

/// The table slot of a packed key: one multiply.
pub(crate) const fn hash(packed: u64) -> usize {
    (packed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_BITS)) as usize
}

/// How many letters a packed key holds: five bits each in a `u64`. Longer words of the
/// table are looked up by [`lookup_long`].
pub(crate) const KEY_LETTERS: usize = 12;

/// Packs `letter` (folded: an ASCII lowercase letter) after the letters of `packed`, in
/// its five low bits, 1 to 26: letters are never 0, so up to [`KEY_LETTERS`] letters
/// the packing also fixes the length. The scanner does the same, a shift and an `or` a
/// letter; a thirteenth letter pushes the first one out, and the scanner then asks
/// [`lookup_long`] instead.
pub(crate) const fn pack(packed: u64, letter: u8) -> u64 {
    (packed << 5) | (letter & 0x1F) as u64
}

/// The folded letters of a word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Folded {
    /// ASCII lowercase letters; 0 for a character that is not a Latvian letter.
    letters: [u8; MAX_WORD],
    /// How many letters the word has (more than [`MAX_WORD`] when it is too long; only
    /// the first [`MAX_WORD`] are kept).
    len: usize,
}

impl Folded {
    /// Folds a word, as the scanner folds text: at compile time for the table entries,
    /// and at run time for the rare word longer than [`KEY_LETTERS`].
    const fn of(word: &str) -> Folded {
        let src = word.as_bytes();
        let mut folded = Folded {
            letters: [0; MAX_WORD],
            len: 0,
        };
        let mut i = 0;
        while i < src.len() {
            let b = src[i];
            let letter = if b < 0x80 {
                i += 1;
                if b.is_ascii_alphabetic() {
                    b.to_ascii_lowercase()
                } else {
                    0
                }
            } else if i + 1 < src.len() {
                let pair = fold_pair(b, src[i + 1]);
                i += 2;
                match pair {
                    Some(letter) => letter,
                    None => 0,
                }
            } else {
                i += 1;
                0
            };
            if folded.len < MAX_WORD {
                folded.letters[folded.len] = letter;
            }
            folded.len += 1;
        }
        folded
    }

    /// Whether every character folded to a letter and there are at most [`MAX_WORD`].
    const fn is_word(&self) -> bool {
        if self.len > MAX_WORD {
            return false;
        }
        let mut i = 0;
        while i < self.len {
            if self.letters[i] == 0 {
                return false;
            }
            i += 1;
        }
        true
    }

    /// The packed key of a word of at most [`KEY_LETTERS`] letters.
    const fn key(&self) -> u64 {
        let mut packed = 0;
        let mut i = 0;
        while i < self.len && i < MAX_WORD {
            packed = pack(packed, self.letters[i]);
            i += 1;
        }
        packed
    }
}

const TABLE_BITS: u32 = 10;
const TABLE_SIZE: usize = 1 << TABLE_BITS;
const EMPTY: u16 = u16::MAX;

/// The packed keys of [`ENTRIES`], in their order (0 for an entry longer than
/// [`KEY_LETTERS`], which the table leaves out).
static KEYS: [u64; ENTRIES.len()] = {
    let mut keys = [0; ENTRIES.len()];
    let mut i = 0;
    while i < ENTRIES.len() {
        let folded = Folded::of(ENTRIES[i].0);
        if folded.len <= KEY_LETTERS {
            keys[i] = folded.key();
        }
        i += 1;
    }
    keys
};

/// Open addressing over the hashes of [`KEYS`]; the first entry of a key wins.
static TABLE: [u16; TABLE_SIZE] = {
    let mut table = [EMPTY; TABLE_SIZE];
    let mut i = 0;
    while i < ENTRIES.len() {
        let key = KEYS[i];
        if key != 0 {
            let mut slot = hash(key);
            let mut duplicate = false;
            while table[slot] != EMPTY {
                if KEYS[table[slot] as usize] == key {
                    duplicate = true;
                    break;
                }
                slot = (slot + 1) & (TABLE_SIZE - 1);
            }
            if !duplicate {
                table[slot] = i as u16;
            }
        }
        i += 1;
    }
    table
};

/// How many entries are longer than [`KEY_LETTERS`].
const LONG_COUNT: usize = {
    let mut count = 0;
    let mut i = 0;
    while i < ENTRIES.len() {
        if Folded::of(ENTRIES[i].0).len > KEY_LETTERS {
            count += 1;
        }
        i += 1;
    }
    count
};

/// The entries longer than [`KEY_LETTERS`], folded: a handful, searched in turn.
static LONG: [(Folded, Word); LONG_COUNT] = {
    let mut long = [(
        Folded {
            letters: [0; MAX_WORD],
            len: 0,
        },
        Word::Other,
    ); LONG_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < ENTRIES.len() {
        let folded = Folded::of(ENTRIES[i].0);
        if folded.len > KEY_LETTERS {
            long[n] = (folded, ENTRIES[i].1);
            n += 1;
        }
        i += 1;
    }
    long
};

/// The meaning of a word of at most [`KEY_LETTERS`] letters, given its packed key.
pub(crate) fn lookup(packed: u64) -> Word {
    let mut slot = hash(packed);
    loop {
        let Some(&index) = TABLE.get(slot) else {
            return Word::Other;
        };
        if index == EMPTY {
            return Word::Other;
        }
        let index = usize::from(index);
        if let (Some(&key), Some(entry)) = (KEYS.get(index), ENTRIES.get(index))
            && key == packed
        {
            return entry.1;
        }
        slot = (slot + 1) & (TABLE_SIZE - 1);
    }
}

/// The meaning of a word of any length, folded here: for the scanner, a word longer
/// than a packed key holds (`priekšpusdienā`), which is rare.
#[cold]
pub(crate) fn lookup_long(word: &str) -> Word {
    let folded = Folded::of(word);
    if !folded.is_word() {
        return Word::Other;
    }
    if folded.len <= KEY_LETTERS {
        return lookup(folded.key());
    }
    LONG.iter()
        .find(|(entry, _)| *entry == folded)
        .map_or(Word::Other, |&(_, word)| word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold_str(word: &str) -> Vec<u8> {
        let folded = Folded::of(word);
        folded.letters.into_iter().take(folded.len).collect()
    }

    /// The meaning of a word, as the scanner finds it.
    fn lookup_str(word: &str) -> Word {
        let folded = Folded::of(word);
        if folded.len <= KEY_LETTERS && folded.is_word() {
            lookup(folded.key())
        } else {
            lookup_long(word)
        }
    }

    #[test]
    fn every_entry_folds_to_latvian_ascii_and_is_found() {
        for (form, word) in ENTRIES {
            let bytes = fold_str(form);
            assert!(
                bytes.iter().all(u8::is_ascii_lowercase) && bytes.len() == form.chars().count(),
                "{form} folds to {bytes:?}"
            );
            assert!(bytes.len() <= MAX_WORD, "{form} is too long");
            assert_eq!(lookup_str(form), *word, "{form}");
        }
    }

    #[test]
    fn forms_that_fold_together_mean_the_same() {
        for (a, wa) in ENTRIES {
            for (b, wb) in ENTRIES {
                if fold_str(a) == fold_str(b) {
                    assert_eq!(wa, wb, "{a} and {b} fold together");
                }
            }
        }
    }

    #[test]
    fn the_fold_table_says_what_fold_pair_says() {
        for lead in 0..=u8::MAX {
            for next in 0..=u8::MAX {
                assert_eq!(fold(lead, next), fold_pair(lead, next), "{lead:x} {next:x}");
            }
        }
    }

    #[test]
    fn unknown_words_are_other() {
        for word in ["saeima", "balva", "ventspils", "janvaaris", ""] {
            assert_eq!(lookup_str(word), Word::Other, "{word}");
        }
    }

    #[test]
    fn long_words_are_matched_whole() {
        // Thirteen letters and more: the last twelve of these match an entry's.
        for word in ["xiepriekšējais", "apriekšpusdienā", "tseptiņpadsmit"] {
            assert_eq!(lookup_long(word), Word::Other, "{word}");
        }
        for (form, word) in ENTRIES {
            assert_eq!(lookup_long(form), *word, "{form}");
        }
        // The entries the scanner cannot pack, and only they, are in the long table.
        let long: Vec<&str> = ENTRIES
            .iter()
            .map(|(form, _)| *form)
            .filter(|form| form.chars().count() > KEY_LETTERS)
            .collect();
        assert_eq!(
            long,
            [
                "iepriekšējais",
                "iepriekšējajā",
                "septiņpadsmit",
                "priekšpusdienā"
            ]
        );
        let folded: Vec<Folded> = long.iter().map(|form| Folded::of(form)).collect();
        assert_eq!(LONG.map(|(folded, _)| folded).to_vec(), folded);
    }
}
