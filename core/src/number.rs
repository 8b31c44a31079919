//! Reading a number a student typed, without the standard library's float
//! parser (see ARCHITECTURE.md for what it would cost in the wasm).
//!
//! Reading takes one correctly rounded step when the digits are an exact
//! f64 and the decimal exponent is at most 22: everything a student types.
//! Longer numbers come back within a few units in the last place.

/// Powers of ten that are exact in an f64.
const POW10: [f64; 23] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/// Reads `[+-]digits[.digits][e[+-]digits]` (a leading or trailing point
/// allowed, as people type them); `None` for anything else.
pub fn parse(text: &str) -> Option<f64> {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exp) = match body.find(['e', 'E']) {
        Some(at) => (&body[..at], Some(&body[at + 1..])),
        None => (body, None),
    };
    let v = is_number(mantissa, exp).then(|| value(mantissa, exp.unwrap_or("")))?;
    Some(if text.starts_with('-') { -v } else { v })
}

/// Whether `mantissa` (digits with at most one point) and the exponent after
/// an `e`, if any, make a number.
fn is_number(mantissa: &str, exp: Option<&str>) -> bool {
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let exp_ok = exp.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    digits(int) && digits(frac) && !(int.is_empty() && frac.is_empty()) && exp_ok
}

/// The magnitude of a number [`is_number`] accepted.
fn value(num: &str, exp_text: &str) -> f64 {
    let mut mant: u64 = 0;
    let mut exp: i32 = 0;
    let mut fraction = false;
    for b in num.bytes() {
        match b {
            b'.' => fraction = true,
            d if mant < 1_000_000_000_000_000_000 => {
                mant = mant * 10 + u64::from(d - b'0');
                exp -= i32::from(fraction);
            }
            _ => exp += i32::from(!fraction),
        }
    }
    exp = exp.saturating_add(exponent(exp_text));
    let m = mant as f64;
    match usize::try_from(exp.unsigned_abs()) {
        Ok(k) if k < POW10.len() && exp < 0 => m / POW10[k],
        Ok(k) if k < POW10.len() => m * POW10[k],
        // Two steps, so that 17 digits times 1e-324 does not underflow on the way.
        _ => m * 10f64.powi(exp / 2) * 10f64.powi(exp - exp / 2),
    }
}

fn exponent(text: &str) -> i32 {
    let (neg, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let e = digits.bytes().fold(0i32, |e, d| e.saturating_mul(10).saturating_add(i32::from(d - b'0'))).min(9999);
    if neg {
        -e
    } else {
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_people_and_programs_write() {
        for (t, v) in [
            ("1.3", 1.3),
            ("+2", 2.0),
            ("-0.25", -0.25),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e3", 1000.0),
            ("2.5E-3", 0.0025),
            ("007", 7.0),
            ("1764300000000.0", 1764300000000.0),
        ] {
            assert_eq!(parse(t), Some(v), "{t}");
        }
        for t in ["", ".", "-", "e5", "1e", "1e+", "1.2.3", "1-2", "--1", "inf", "NaN", "0x10", "1 2"] {
            assert_eq!(parse(t), None, "{t:?}");
        }
    }

    proptest! {
        #[test]
        fn integers_read_exactly(n in 0u64..(1 << 53)) {
            prop_assert_eq!(parse(&n.to_string()), Some(n as f64));
        }

        #[test]
        fn typed_decimals_read_exactly(n in -1_000_000_000i64..1_000_000_000, places in 0usize..7) {
            let x = n as f64 / POW10[places];
            prop_assert_eq!(parse(&format!("{x}")), Some(x));
        }

        #[test]
        fn any_text_reads_or_is_refused(s in "[0-9.eE+-]{0,12}|\\PC{0,12}") {
            // What we read is what Rust reads (within rounding), and what we
            // refuse Rust refuses too, or reads as a word (inf, NaN).
            match (parse(&s), s.parse::<f64>()) {
                (Some(ours), Ok(std)) => prop_assert!(ours == std || (ours - std).abs() <= std.abs() * 1e-12, "{} vs {}", ours, std),
                (None, Ok(std)) => prop_assert!(!std.is_finite() || s.chars().any(|c| c.is_alphabetic() && !"eE".contains(c)), "{:?} refused, Rust reads {}", s, std),
                (Some(ours), Err(_)) => prop_assert!(false, "{:?} read as {} but is no number", s, ours),
                (None, Err(_)) => {}
            }
        }
    }
}
