//! Answer normalisation for typed answers: `2.6TB`, `2.6 TB` and `２.６ＴＢ`
//! compare equal; so do answers that differ only in (Latin) case or punctuation.

/// Full-width to half-width, lowercase, without spaces and punctuation. The
/// signs that carry meaning in an answer are kept: `%`, `+`, `-`, and `.`
/// between two digits (so `2.6` stays apart from `26`).
pub fn normalize(text: &str) -> String {
    let chars: Vec<char> = text.chars().map(half_width).filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_lowercase()).collect();
    let digit = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_some_and(char::is_ascii_digit);
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| match c {
            '.' => digit(i.checked_sub(1)) && digit(Some(i + 1)),
            _ => !is_punctuation(c),
        })
        .map(|(_, &c)| c)
        .collect()
}

/// The half-width form of a full-width character; other characters unchanged.
pub fn half_width(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

fn is_punctuation(c: char) -> bool {
    const KEEP: &[char] = &['%', '+', '-'];
    if KEEP.contains(&c) {
        return false;
    }
    c.is_ascii_punctuation()
        || matches!(
            c,
            '，' | '。'
                | '、'
                | '；'
                | '：'
                | '？'
                | '！'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '（'
                | '）'
                | '《'
                | '》'
                | '〈'
                | '〉'
                | '【'
                | '】'
                | '「'
                | '」'
                | '『'
                | '』'
                | '…'
                | '—'
                | '·'
                | '～'
        )
}

/// Reads a number typed by a student: full-width digits, a thousands comma,
/// spaces and the given units are allowed around it.
pub fn parse_number(text: &str, units: &[&str]) -> Option<f64> {
    let mut s: String = text.chars().map(half_width).filter(|c| !c.is_whitespace() && *c != ',').collect();
    s.make_ascii_lowercase();
    // The longest unit that ends the answer ("亿元" before "元").
    let unit = units.iter().map(|u| normalize(u)).filter(|u| !u.is_empty() && s.ends_with(u.as_str())).max_by_key(String::len);
    if let Some(unit) = unit {
        s.truncate(s.len() - unit.len());
    }
    let s = s.trim_end_matches('.');
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e')) {
        return None;
    }
    crate::number::parse(s).filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn widths_spaces_and_case_do_not_matter() {
        assert_eq!(normalize("2.6TB"), "2.6tb");
        assert_eq!(normalize("2.6 TB"), "2.6tb");
        assert_eq!(normalize("２.６ＴＢ"), "2.6tb");
        assert_eq!(normalize("２．６　ｔｂ"), "2.6tb");
        assert_eq!(normalize("“一事一议”，"), "一事一议");
        assert_eq!(normalize("3+1 实名举荐"), "3+1实名举荐");
        assert_ne!(normalize("2.6TB"), normalize("26TB"));
        assert_eq!(normalize("Moore's law."), "mooreslaw");
        assert_eq!(normalize("一事一议。"), "一事一议");
    }

    #[test]
    fn numbers_are_read_with_units_and_widths() {
        assert_eq!(parse_number("1.3", &["%"]), Some(1.3));
        assert_eq!(parse_number("1.3 %", &["%"]), Some(1.3));
        assert_eq!(parse_number("１．３％", &["%"]), Some(1.3));
        assert_eq!(parse_number("2,500 亿元", &["亿元"]), Some(2500.0));
        assert_eq!(parse_number("2500亿元", &["元", "亿元"]), Some(2500.0), "the longest unit is removed");
        assert_eq!(parse_number("243个", &["个", "models"]), Some(243.0));
        assert_eq!(parse_number("243 Models", &["个", "models"]), Some(243.0));
        assert_eq!(parse_number("about 5", &["%"]), None);
        assert_eq!(parse_number("", &["%"]), None);
        assert_eq!(parse_number("inf", &[]), None);
    }

    proptest! {
        #[test]
        fn normalisation_is_idempotent(s in "\\PC{0,40}") {
            let once = normalize(&s);
            prop_assert_eq!(normalize(&once), once.clone());
        }

        #[test]
        fn full_width_ascii_normalises_like_ascii(s in "[ -~]{0,30}") {
            let wide: String = s.chars().map(|c| if c == ' ' { '\u{3000}' } else { char::from_u32(c as u32 + 0xFEE0).unwrap() }).collect();
            prop_assert_eq!(normalize(&wide), normalize(&s));
        }

        #[test]
        fn a_number_read_is_finite_and_reads_the_same_written_plainly(s in "\\PC{0,20}|[0-9０-９.,+ e%个-]{0,12}") {
            if let Some(n) = parse_number(&s, &["%", "个"]) {
                prop_assert!(n.is_finite());
                // Exact for what students type; within rounding for huge exponents (see `number`).
                let again = parse_number(&format!("{n}"), &[]).unwrap_or(f64::NAN);
                prop_assert!(again == n || (again - n).abs() <= n.abs() * 1e-12, "{} then {}", n, again);
                prop_assert!(s.chars().any(|c| half_width(c).is_ascii_digit()), "{:?} has no digit", s);
            }
        }

        #[test]
        fn printed_numbers_read_back(n in -1_000_000_000i64..1_000_000_000, places in 0i32..7) {
            let n = n as f64 / 10f64.powi(places);
            prop_assert_eq!(parse_number(&format!("{n}"), &[]), Some(n));
        }
    }
}
