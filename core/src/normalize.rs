//! Answer normalisation for typed answers: `2.6TB`, `2.6 TB` and `２.６ＴＢ`
//! compare equal; so do answers that differ only in (Latin) case or punctuation.

/// Full-width to half-width, traditional characters to simplified, lowercase,
/// without spaces and punctuation. The
/// signs that carry meaning in an answer are kept: `%`, `+`, `-`, and `.`
/// between two digits (so `2.6` stays apart from `26`).
pub fn normalize(text: &str) -> String {
    let chars: Vec<char> = text.chars().map(half_width).map(simplified).filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_lowercase()).collect();
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

/// Traditional characters a student may type, with their simplified forms:
/// those of the accepted answers and the common words around them.
const TRADITIONAL: &[(char, char)] = &[
    ('區', '区'),
    ('護', '护'),
    ('務', '务'),
    ('會', '会'),
    ('長', '长'),
    ('負', '负'),
    ('責', '责'),
    ('規', '规'),
    ('劃', '划'),
    ('個', '个'),
    ('職', '职'),
    ('稱', '称'),
    ('級', '级'),
    ('統', '统'),
    ('獨', '独'),
    ('獸', '兽'),
    ('業', '业'),
    ('問', '问'),
    ('題', '题'),
    ('義', '义'),
    ('議', '议'),
    ('論', '论'),
    ('機', '机'),
    ('構', '构'),
    ('學', '学'),
    ('術', '术'),
    ('際', '际'),
    ('國', '国'),
    ('產', '产'),
    ('線', '线'),
    ('臺', '台'),
    ('時', '时'),
    ('數', '数'),
    ('據', '据'),
    ('資', '资'),
    ('萬', '万'),
    ('億', '亿'),
    ('與', '与'),
    ('這', '这'),
    ('為', '为'),
    ('對', '对'),
    ('開', '开'),
    ('發', '发'),
    ('經', '经'),
    ('濟', '济'),
    ('實', '实'),
    ('現', '现'),
    ('們', '们'),
    ('來', '来'),
    ('後', '后'),
    ('應', '应'),
    ('點', '点'),
    ('說', '说'),
    ('語', '语'),
    ('聯', '联'),
    ('類', '类'),
    ('識', '识'),
    ('處', '处'),
    ('書', '书'),
    ('範', '范'),
    ('體', '体'),
    ('僅', '仅'),
    ('無', '无'),
    ('員', '员'),
    ('選', '选'),
    ('導', '导'),
    ('運', '运'),
    ('動', '动'),
    ('網', '网'),
    ('絡', '络'),
];

/// The simplified form of a traditional character from [`TRADITIONAL`].
fn simplified(c: char) -> char {
    TRADITIONAL.iter().find(|(t, _)| *t == c).map_or(c, |(_, s)| *s)
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

/// A number a student typed, read as a teacher would.
#[derive(Clone, Debug, PartialEq)]
pub struct Typed {
    pub value: f64,
    /// What followed the number when it is none of the units given
    /// (normalised): "2.6 PB" where TB was asked.
    pub other_unit: Option<String>,
}

/// Why typed text is not read as a number. The last two are asked about,
/// not marked wrong: a teacher would ask what was meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotANumber {
    /// No number at all.
    Missing,
    /// Digits split by a space, "9 4": 94, or 9 and 4?
    Split,
    /// A comma that separates no thousands, "2,0": a decimal point?
    Comma,
}

/// Reads a number typed by a student: full-width digits and signs, a
/// thousands comma (`2,500`), spaces around it, and a unit after it, in
/// either language. Digits split by spaces and commas that are not thousands
/// separators are not guessed at.
pub fn read_number(text: &str, units: &[&str]) -> Result<Typed, NotANumber> {
    let s: String = text.chars().map(half_width).map(|c| c.to_ascii_lowercase()).collect();
    let s = s.trim();
    let end = number_end(s);
    let (number, rest) = s.split_at(end);
    let number = number.trim_end().trim_end_matches('.');
    if number.is_empty() || !number.bytes().any(|b| b.is_ascii_digit()) {
        return Err(NotANumber::Missing);
    }
    if number.contains(char::is_whitespace) {
        return Err(NotANumber::Split);
    }
    let number = thousands(number).ok_or(NotANumber::Comma)?;
    let value = crate::number::parse(&number).filter(|n| n.is_finite()).ok_or(NotANumber::Missing)?;
    let rest = normalize(rest);
    let known = rest.is_empty() || units.iter().any(|u| normalize(u) == rest);
    Ok(Typed { value, other_unit: (!known).then_some(rest) })
}

/// Where the number at the start of `s` ends: digits, signs, points, commas,
/// spaces between digits, and an exponent only when digits follow it.
fn number_end(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut end = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let exponent =
            b == b'e' && bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit() || (matches!(n, b'+' | b'-') && bytes.get(i + 2).is_some_and(u8::is_ascii_digit)));
        let part = b.is_ascii_digit() || matches!(b, b'.' | b',' | b'+' | b'-' | b' ') || exponent;
        if !part {
            break;
        }
        end = i + 1;
    }
    end
}

/// The number without thousands commas, when every comma separates thousands.
fn thousands(number: &str) -> Option<String> {
    if !number.contains(',') {
        return Some(number.to_string());
    }
    let body = number.trim_start_matches(['+', '-']);
    let int = body.split(['.', 'e']).next().unwrap_or_default();
    let groups: Vec<&str> = int.split(',').collect();
    let first = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
    let rest = groups[1..].iter().all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    let after_int = &body[int.len()..];
    (first && rest && !after_int.contains(',')).then(|| number.replace(',', ""))
}

/// The number in typed text, if there is one that the units may follow.
pub fn parse_number(text: &str, units: &[&str]) -> Option<f64> {
    read_number(text, units).ok().filter(|t| t.other_unit.is_none()).map(|t| t.value)
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
        assert_eq!(normalize("院務會"), "院务会");
        assert_eq!(normalize("獨角獸企業"), "独角兽企业");
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
        assert_eq!(parse_number("1,000,000", &[]), Some(1_000_000.0));
        assert_eq!(parse_number("-2.5e3", &[]), Some(-2500.0));
        assert_eq!(parse_number("", &["%"]), None);
        assert_eq!(parse_number("inf", &[]), None);
    }

    #[test]
    fn the_traditional_table_maps_each_character_once_to_another() {
        for (i, (t, s)) in TRADITIONAL.iter().enumerate() {
            assert_ne!(t, s);
            assert!(!TRADITIONAL[..i].iter().any(|(u, _)| u == t), "{t} twice");
            assert!(!TRADITIONAL.iter().any(|(u, _)| u == s), "{s} is itself traditional in the table");
        }
    }

    #[test]
    fn numbers_are_read_as_a_teacher_would() {
        let units = ["名", "scholars", "people"];
        assert_eq!(read_number("94 people", &units).map(|t| t.value), Ok(94.0));
        assert_eq!(read_number("９４名", &units), Ok(Typed { value: 94.0, other_unit: None }));
        assert_eq!(read_number("9 4", &units), Err(NotANumber::Split), "not read as 94");
        assert_eq!(read_number("2,0", &[]), Err(NotANumber::Comma), "asked about, not marked wrong");
        assert_eq!(read_number("1,00", &[]), Err(NotANumber::Comma));
        assert_eq!(read_number("2.6 PB", &["TB"]), Ok(Typed { value: 2.6, other_unit: Some("pb".into()) }));
        assert_eq!(read_number("2.6", &["TB"]), Ok(Typed { value: 2.6, other_unit: None }), "a unit may be left out");
        assert_eq!(read_number("2.6 exabytes", &[]).map(|t| t.value), Ok(2.6), "an e that starts a word is no exponent");
        assert_eq!(read_number("many", &[]), Err(NotANumber::Missing));
        assert_eq!(read_number("…", &[]), Err(NotANumber::Missing));
    }

    proptest! {
        /// Digits split by a space are never read as one number.
        #[test]
        fn split_digits_are_asked_about(a in 1u32..1000, b in 0u32..1000) {
            prop_assert_eq!(read_number(&format!("{a} {b}"), &[]), Err(NotANumber::Split));
        }

        /// Every number written with thousands commas reads as itself.
        #[test]
        fn thousands_commas_read(n in 0u64..10_000_000_000) {
            let digits = n.to_string();
            let grouped: String = digits.chars().rev().enumerate().flat_map(|(i, c)| (i > 0 && i % 3 == 0).then_some(',').into_iter().chain([c])).collect::<Vec<_>>().into_iter().rev().collect();
            prop_assert_eq!(read_number(&grouped, &[]).map(|t| t.value), Ok(n as f64));
        }

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
