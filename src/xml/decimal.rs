//! Numbers in decimal (lengths, widths, heights), written without the formatting machinery.

/// A number in decimal, without the formatting machinery.
pub(crate) struct Decimal {
    digits: [u8; 20],
    start: usize,
}

impl Decimal {
    /// `n`'s digits.
    pub(crate) fn new(mut n: u64) -> Self {
        let mut digits = [b'0'; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        Self { digits, start }
    }

    /// The digits.
    pub(crate) fn as_str(&self) -> &str {
        let digits = std::str::from_utf8(&self.digits[self.start..]);
        debug_assert!(digits.is_ok(), "only ASCII digits are written");
        digits.unwrap_or("0")
    }
}

#[cfg(test)]
mod tests {
    use super::Decimal;

    #[test]
    fn decimals() {
        for n in [0, 7, 10, 183_204, u64::MAX] {
            assert_eq!(Decimal::new(n).as_str(), n.to_string());
        }
    }
}
