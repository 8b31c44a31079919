//! Decimal numbers to and from text, without the standard library's float
//! formatting and parsing: their tables and code cost about 17 KB gzip of wasm.
//!
//! Reading takes one correctly rounded step when the digits are an exact
//! f64 and the decimal exponent is at most 22: everything a student types
//! and everything [`text`] writes with a point. Writing finds the shortest
//! decimal that reads back to the same number, checked as it is written:
//! every integer below 2^53, every score a question can give and nearly every
//! number between 1e-3 and 1e15. The rare others are written with 17
//! significant digits and come back within a few units in the last place.

/// Powers of ten that are exact in an f64.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
];
/// Integers up to this are exact in an f64.
const EXACT: f64 = 9_007_199_254_740_992.0;
/// Digits written before falling back to an exponent: up to 19, which a u64 holds.
const DIGITS: f64 = 1e19;

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

/// The shortest decimal that reads back as `x` (finite); integers without a point.
pub fn text(x: f64) -> String {
    let sign = if x < 0.0 { "-" } else { "" };
    let a = x.abs();
    if a == a.trunc() && a < EXACT {
        return format!("{sign}{}", a as u64);
    }
    for (places, pow) in POW10.iter().enumerate().skip(1) {
        // `scaled` is an integer that an f64 holds exactly, so the reader
        // repeats this very division and gets `a` back.
        let scaled = (a * pow).round();
        if scaled >= DIGITS {
            break;
        }
        if scaled / pow == a {
            return format!("{sign}{}", with_point(scaled as u64, places));
        }
    }
    format!("{sign}{}", scientific(a))
}

/// `digits` with a decimal point `places` from the right, without trailing
/// zeros (nor a trailing point, which JSON does not allow).
fn with_point(digits: u64, places: usize) -> String {
    let text = format!("{digits:0>width$}", width = places + 1);
    let (int, frac) = text.split_at(text.len() - places);
    match frac.trim_end_matches('0') {
        "" => int.to_owned(),
        frac => format!("{int}.{frac}"),
    }
}

/// 17 significant digits with an exponent, for the rare float the exact
/// search above cannot place.
fn scientific(a: f64) -> String {
    let (mut m, mut e) = (a, 0i32);
    while m >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    while m < 1.0 {
        m *= 10.0;
        e -= 1;
    }
    let digits = (m * 1e16).round() as u64;
    let text = with_point(digits, 16);
    format!("{text}e{e}")
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

    fn back(x: f64) -> f64 {
        parse(&text(x)).unwrap()
    }

    #[test]
    fn reads_what_people_and_programs_write() {
        for (t, v) in [("1.3", 1.3), ("+2", 2.0), ("-0.25", -0.25), (".5", 0.5), ("5.", 5.0), ("1e3", 1000.0), ("2.5E-3", 0.0025), ("007", 7.0), ("1764300000000.0", 1764300000000.0)] {
            assert_eq!(parse(t), Some(v), "{t}");
        }
        for t in ["", ".", "-", "e5", "1e", "1e+", "1.2.3", "1-2", "--1", "inf", "NaN", "0x10", "1 2"] {
            assert_eq!(parse(t), None, "{t:?}");
        }
    }

    #[test]
    fn writes_short_and_exact() {
        assert_eq!(text(0.5), "0.5");
        assert_eq!(text(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(text(1764300000000.0), "1764300000000");
        assert_eq!(text(-0.25), "-0.25");
        assert_eq!(text(1e22), "1e22", "no point without digits after it (JSON has none)");
        for x in [0.1, 0.7, 123.456, 1e-7, 1764300000000.5] {
            assert_eq!(back(x), x);
        }
    }

    /// Every partial-credit score a question of up to 64 parts can give.
    #[test]
    fn scores_round_trip_exactly() {
        for parts in 1..=64u32 {
            for right in 0..=parts {
                let score = f64::from(right) / f64::from(parts);
                assert_eq!(back(score), score, "{right}/{parts}");
            }
        }
    }

    proptest! {
        #[test]
        fn integers_round_trip_exactly(n in 0u64..(1 << 53)) {
            prop_assert_eq!(back(n as f64), n as f64);
        }

        #[test]
        fn typed_decimals_read_exactly(n in -1_000_000_000i64..1_000_000_000, places in 0usize..7) {
            let x = n as f64 / POW10[places];
            prop_assert_eq!(parse(&format!("{x}")), Some(x));
        }

        #[test]
        fn any_float_comes_back_close(x in any::<f64>().prop_filter("normal", |x| x.is_normal())) {
            let b = back(x);
            prop_assert!((b - x).abs() <= x.abs() * 1e-12, "{} → {}", x, b);
        }

        #[test]
        fn any_text_reads_or_is_refused(s in "[0-9.eE+-]{0,12}|\\PC{0,12}") {
            if let Some(v) = parse(&s) {
                prop_assert!(!v.is_nan());
            }
        }
    }
}
