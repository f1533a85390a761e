//! Eight bytes at a time: the length of a run of digits and a number's value, found by
//! arithmetic on one `u64` ("SIMD within a register").
//!
//! # Performance
//!
//! This is the scanner's fast path for numbers. A loop over the digits would end on a
//! branch whose outcome changes with each number's length (`17`, `2024`, `01`); here a run
//! of up to seven digits takes the same steps whatever its length (the scanner reads longer
//! ones a byte at a time). The test `agrees_with_a_byte_at_a_time` holds [`digits`] and
//! [`value`] equal to a loop over the bytes, on random chunks of digits, letters, their
//! neighbours and UTF-8 bytes.

/// The low bit of every byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `bytes` from `pos` as a little-endian `u64` (the byte at `pos` is
/// the lowest), with zeros past the end of `bytes`.
#[inline(always)]
pub(crate) fn load(bytes: &[u8], pos: usize) -> u64 {
    // Near the end, the last eight bytes shifted down so the byte at `pos` is lowest: the
    // end of the text takes the same path as the middle.
    if let Some(last) = bytes.len().checked_sub(8) {
        let at = pos.min(last);
        if let Some(eight) = bytes.get(at..at + 8)
            && let Ok(eight) = <[u8; 8]>::try_from(eight)
        {
            // Bytes of the chunk before `pos`; eight or more only when `pos` is past the
            // end of the text.
            let before = pos - at;
            let chunk = u64::from_le_bytes(eight);
            return if before < 8 { chunk >> (8 * before) } else { 0 };
        }
    }
    // A text shorter than eight bytes.
    let mut chunk = [0; 8];
    for (slot, &b) in chunk.iter_mut().zip(bytes.get(pos..).unwrap_or(&[])) {
        *slot = b;
    }
    u64::from_le_bytes(chunk)
}

/// How many of the lowest bytes come before the first byte whose high bit is set in
/// `stops` (8 when none is).
#[inline(always)]
fn run(stops: u64) -> usize {
    (stops & HIGH).trailing_zeros() as usize / 8
}

/// The number of ASCII digits that `chunk` starts with (8 when all are), and the digits'
/// values in their bytes (meaningful in the bytes of the run).
#[inline(always)]
pub(crate) fn digits(chunk: u64) -> (usize, u64) {
    let values = chunk ^ (ONES * u64::from(b'0'));
    // A byte of 10 or more gets its high bit from the addition (no carry reaches it from
    // the digits below), a byte of 0x80 or more has it already; a carry out of a non-digit
    // only disturbs the bytes above the first non-digit.
    let stops = values.wrapping_add(ONES * (0x80 - 10)) | values;
    (run(stops), values)
}

/// The value of the first `count` (1 to 8) digits of `values`, as [`digits`] gives them.
#[inline(always)]
pub(crate) fn value(values: u64, count: usize) -> u32 {
    // Shift the digits to the top: the bytes below become leading zeros.
    let shift = u32::try_from(64 - 8 * count.clamp(1, 8)).unwrap_or(0);
    let v = values << shift;
    // Pairs, then fours, then all eight digits (the first digit is the lowest byte).
    let v = (v & 0x0F0F_0F0F_0F0F_0F0F).wrapping_mul((10 << 8) | 1) >> 8;
    let v = (v & 0x00FF_00FF_00FF_00FF).wrapping_mul((100 << 16) | 1) >> 16;
    let v = (v & 0x0000_FFFF_0000_FFFF).wrapping_mul((10_000 << 32) | 1) >> 32;
    // Eight digits are below 10^8, which fits.
    debug_assert!(v < 100_000_000, "{count} digits made {v}");
    u32::try_from(v).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_eight_bytes_with_zeros_past_the_end() {
        let text = b"0123456789";
        assert_eq!(load(text, 0), u64::from_le_bytes(*b"01234567"));
        assert_eq!(load(text, 2), u64::from_le_bytes(*b"23456789"));
        assert_eq!(load(text, 5), u64::from_le_bytes(*b"56789\0\0\0"));
        assert_eq!(load(text, 10), 0);
        assert_eq!(load(b"abc", 1), u64::from_le_bytes(*b"bc\0\0\0\0\0\0"));
        assert_eq!(load(b"", 0), 0);
    }

    #[test]
    fn counts_and_reads_digits() {
        for (text, count, number) in [
            (&b"2024. gada"[..], 4, 2024),
            (b"17.01", 2, 17),
            (b"7", 1, 7),
            (b"09", 2, 9),
            (b"1234567x", 7, 1_234_567),
            (b"12345678", 8, 12_345_678),
            (b"123456789", 8, 12_345_678),
            (b"3\xC4\x81", 1, 3),
            (b"5:/", 1, 5),
        ] {
            let (n, values) = digits(load(text, 0));
            assert_eq!(n, count, "{text:?}");
            assert_eq!(value(values, n), number, "{text:?}");
        }
        assert_eq!(digits(load(b"x1", 0)).0, 0);
    }

    #[test]
    fn agrees_with_a_byte_at_a_time() {
        // Bytes from an alphabet of digits, letters, their neighbours and UTF-8 bytes.
        let alphabet = b"0189/:@AZaz[`{\x7f \x80\xC4\xC5\x81.-";
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..100_000 {
            let mut chunk = [0u8; 8];
            for b in &mut chunk {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                *b = alphabet[(state % alphabet.len() as u64) as usize];
            }
            let word = u64::from_le_bytes(chunk);
            let digit_run = chunk.iter().take_while(|b| b.is_ascii_digit()).count();
            let (n, values) = digits(word);
            assert_eq!(n, digit_run, "{chunk:?}");
            if n > 0 {
                let number = chunk[..n]
                    .iter()
                    .fold(0, |v, b| v * 10 + u32::from(b - b'0'));
                assert_eq!(value(values, n), number, "{chunk:?}");
            }
        }
    }
}
