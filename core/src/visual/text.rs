//! Text in a drawing: SVG text does not wrap, so the layouts estimate widths
//! and break lines themselves. The estimate errs on the wide side: measured
//! against DejaVu Sans (the widest common system font for Latin) in
//! Chromium, it is 1–15% over; a CJK character is one em in any font.

/// The size of plain and bold text, in viewBox units.
pub const FONT: f64 = 13.0;
/// Distance between baselines of consecutive lines of `FONT` text.
pub const LINE: f64 = 17.0;

/// A text style of the drawings (`style/app.css`: text, `.b`, `.s`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

pub const PLAIN: Font = Font { size: FONT, bold: false };
pub const BOLD: Font = Font { size: FONT, bold: true };
pub const SMALL: Font = Font { size: 11.5, bold: false };

/// The estimated width of `s` in `font`.
pub fn width(s: &str, font: Font) -> f64 {
    let bold = |c: char| if font.bold && c.is_ascii() { 1.14 } else { 1.0 };
    s.chars().map(|c| em(c) * bold(c)).sum::<f64>() * font.size
}

fn em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' => 0.29,
        ' ' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | '’' | '‘' => 0.33,
        't' | 'f' | 'r' | '(' | ')' => 0.41,
        'm' | 'w' | '%' => 0.98,
        'M' | 'W' => 1.0,
        'A'..='Z' => 0.74,
        '0'..='9' => 0.64,
        c if c.is_ascii() => 0.62,
        _ => 1.0,
    }
}

/// Breaks `s` into lines no wider than `max` in `font`: between words in
/// Latin text, between characters in Chinese. Closing punctuation stays with
/// the character before it. A word wider than a line is broken by characters.
pub fn wrap(s: &str, font: Font, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for unit in units(s) {
        let candidate = if line.is_empty() { unit.trim_start().to_string() } else { format!("{line}{unit}") };
        if line.is_empty() || width(&candidate, font) <= max {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line = unit.trim_start().to_string();
        }
        while width(&line, font) > max && line.chars().count() > 1 {
            let (head, tail) = split_to_fit(&line, font, max);
            lines.push(head);
            line = tail;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Pieces that must not be split: a Latin word with the space before it, or
/// one CJK character with any closing punctuation after it.
fn units(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev = None;
    for c in s.chars() {
        let closing = matches!(c, ',' | '。' | '、' | ':' | ';' | '!' | '?' | '”' | '’' | ')' | '》' | '…');
        let in_word = c != ' ' && c.is_ascii() && prev.is_some_and(|p: char| p.is_ascii());
        match out.last_mut() {
            Some(last) if closing || in_word => last.push(c),
            _ => out.push(c.to_string()),
        }
        prev = Some(c);
    }
    out
}

fn split_to_fit(line: &str, font: Font, max: f64) -> (String, String) {
    let mut head = String::new();
    let mut chars = line.chars().peekable();
    while let Some(&c) = chars.peek() {
        head.push(c);
        if width(&head, font) > max && head.chars().count() > 1 {
            head.pop();
            break;
        }
        chars.next();
    }
    (head, chars.collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn latin_wraps_between_words_and_chinese_between_characters() {
        assert_eq!(wrap("one person, one policy", PLAIN, 80.0), vec!["one person,", "one policy"]);
        assert_eq!(wrap("一事一议", PLAIN, 30.0), vec!["一事", "一议"]);
        assert_eq!(wrap("高校、企业", PLAIN, 40.0), vec!["高校、", "企业"]);
        assert_eq!(wrap("", PLAIN, 30.0), Vec::<String>::new());
    }

    proptest! {
        #[test]
        fn lines_fit_and_keep_every_character(s in "[a-z ,]{0,40}|[一二三四五六七八九十,。]{0,30}|[a-z一二三 ]{0,30}", max in 20.0f64..300.0, bold: bool) {
            let font = Font { size: FONT, bold };
            let lines = wrap(&s, font, max);
            for line in &lines {
                prop_assert!(width(line, font) <= max || line.chars().count() == 1, "{line:?} is wider than {max}");
            }
            let kept: String = lines.concat().chars().filter(|c| *c != ' ').collect();
            let given: String = s.chars().filter(|c| *c != ' ').collect();
            prop_assert_eq!(kept, given);
        }
    }
}
