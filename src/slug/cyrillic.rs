//! Cyrillic letters romanised by the ICAO Doc 9303 table, as documented in the
//! [module docs](super#cyrillic-icao-doc-9303).

/// The ICAO Doc 9303 romanisation of a Cyrillic letter, in lower case; `""` for the hard and
/// soft signs, which slugs drop; `None` for a character the table does not name.
///
/// The table is applied letter by letter in its main column, without the notes for single
/// languages (Ukrainian `г` is `g` here, not `h`).
pub(super) fn romanize(c: char) -> Option<&'static str> {
    let latin = match c {
        // The Russian alphabet.
        'а' | 'А' => "a",
        'б' | 'Б' => "b",
        'в' | 'В' => "v",
        'г' | 'Г' => "g",
        'д' | 'Д' => "d",
        'е' | 'Е' | 'ё' | 'Ё' | 'э' | 'Э' => "e",
        'ж' | 'Ж' => "zh",
        'з' | 'З' => "z",
        'и' | 'И' | 'й' | 'Й' => "i",
        'к' | 'К' => "k",
        'л' | 'Л' => "l",
        'м' | 'М' => "m",
        'н' | 'Н' => "n",
        'о' | 'О' => "o",
        'п' | 'П' => "p",
        'р' | 'Р' => "r",
        'с' | 'С' => "s",
        'т' | 'Т' => "t",
        'у' | 'У' => "u",
        'ф' | 'Ф' => "f",
        'х' | 'Х' => "kh",
        'ц' | 'Ц' => "ts",
        'ч' | 'Ч' => "ch",
        'ш' | 'Ш' => "sh",
        'щ' | 'Щ' => "shch",
        'ы' | 'Ы' => "y",
        'ю' | 'Ю' => "iu",
        'я' | 'Я' => "ia",
        // ICAO writes the hard sign `ie` and leaves the soft sign out; a slug drops both, so
        // that `объявление` stays one word.
        'ъ' | 'Ъ' | 'ь' | 'Ь' => "",
        // The letters of the other Cyrillic alphabets that the table names.
        'і' | 'І' | 'ї' | 'Ї' => "i",
        'є' | 'Є' => "ie",
        'ґ' | 'Ґ' | 'ѓ' | 'Ѓ' => "g",
        'ў' | 'Ў' | 'ѫ' | 'Ѫ' => "u",
        'ђ' | 'Ђ' => "d",
        'ћ' | 'Ћ' => "c",
        'ѕ' | 'Ѕ' | 'џ' | 'Џ' => "dz",
        'ј' | 'Ј' => "j",
        'ќ' | 'Ќ' => "k",
        'љ' | 'Љ' => "lj",
        'њ' | 'Њ' => "nj",
        'ѵ' | 'Ѵ' => "y",
        _ => return None,
    };
    Some(latin)
}
