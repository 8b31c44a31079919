//! The inline markup of content text: `[shown](term-id)` marks a glossary term,
//! `<q>…</q>` a short attributed quotation. Everything else is plain text.

/// A piece of inline text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    Term { shown: &'a str, id: &'a str },
    Quote(Vec<Inline<'a>>),
}

const OPEN_QUOTE: &str = "<q>";
const CLOSE_QUOTE: &str = "</q>";

/// Splits text into inline pieces. It never fails: markup that does not close
/// stays plain text, so a typo shows up on screen instead of losing words.
pub fn parse(text: &str) -> Vec<Inline<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(OPEN_QUOTE) {
        let body_start = at + OPEN_QUOTE.len();
        let Some(len) = rest[body_start..].find(CLOSE_QUOTE) else {
            break;
        };
        terms(&rest[..at], &mut out);
        out.push(Inline::Quote(parse_terms(&rest[body_start..body_start + len])));
        rest = &rest[body_start + len + CLOSE_QUOTE.len()..];
    }
    terms(rest, &mut out);
    out
}

fn parse_terms(text: &str) -> Vec<Inline<'_>> {
    let mut out = Vec::new();
    terms(text, &mut out);
    out
}

fn terms<'a>(mut rest: &'a str, out: &mut Vec<Inline<'a>>) {
    while let Some((before, shown, id, after)) = next_term(rest) {
        if !before.is_empty() {
            out.push(Inline::Text(before));
        }
        out.push(Inline::Term { shown, id });
        rest = after;
    }
    if !rest.is_empty() {
        out.push(Inline::Text(rest));
    }
}

/// Finds the first well-formed `[shown](id)` and returns the text before it,
/// its parts and the text after it.
fn next_term(text: &str) -> Option<(&str, &str, &str, &str)> {
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| i + from) {
        if let Some(found) = term_at(text, open) {
            return Some(found);
        }
        from = open + 1;
    }
    None
}

fn term_at(text: &str, open: usize) -> Option<(&str, &str, &str, &str)> {
    let close = open + text[open..].find("](")?;
    let shown = &text[open + 1..close];
    let id_start = close + 2;
    let id_len = text[id_start..].find(')')?;
    let id = &text[id_start..id_start + id_len];
    let well_formed = !shown.is_empty() && !shown.contains('[') && is_id(id);
    well_formed.then(|| (&text[..open], shown, id, &text[id_start + id_len + 1..]))
}

/// Ids are lowercase ASCII letters, digits and `-`.
pub fn is_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The term ids a text refers to.
pub fn term_ids(text: &str) -> Vec<&str> {
    fn walk<'a>(pieces: &[Inline<'a>], out: &mut Vec<&'a str>) {
        for piece in pieces {
            match piece {
                Inline::Term { id, .. } => out.push(id),
                Inline::Quote(inner) => walk(inner, out),
                Inline::Text(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&parse(text), &mut out);
    out
}

/// The text as a reader sees it, without markup.
pub fn plain(text: &str) -> String {
    fn walk(pieces: &[Inline<'_>], out: &mut String) {
        for piece in pieces {
            match piece {
                Inline::Text(t) | Inline::Term { shown: t, .. } => out.push_str(t),
                Inline::Quote(inner) => {
                    out.push('“');
                    walk(inner, out);
                    out.push('”');
                }
            }
        }
    }
    let mut out = String::new();
    walk(&parse(text), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn terms_and_quotes_are_found() {
        let pieces = parse("由[理事会](council)领导。他说:<q>两小时[院务会](institute-affairs-meeting)</q>。");
        assert_eq!(
            pieces,
            vec![
                Inline::Text("由"),
                Inline::Term { shown: "理事会", id: "council" },
                Inline::Text("领导。他说:"),
                Inline::Quote(vec![Inline::Text("两小时"), Inline::Term { shown: "院务会", id: "institute-affairs-meeting" },]),
                Inline::Text("。"),
            ]
        );
    }

    #[test]
    fn broken_markup_stays_text() {
        assert_eq!(parse("a [b](Bad Id) c"), vec![Inline::Text("a [b](Bad Id) c")]);
        assert_eq!(parse("<q>open"), vec![Inline::Text("<q>open")]);
        assert_eq!(parse("[](x)"), vec![Inline::Text("[](x)")]);
        assert_eq!(plain("[[x](y)"), "[x");
    }

    #[test]
    fn term_ids_include_quoted_ones() {
        assert_eq!(term_ids("[a](x) <q>[b](y)</q>"), vec!["x", "y"]);
    }

    fn render(pieces: &[Inline<'_>]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Inline::Text(t) => t.to_string(),
                Inline::Term { shown, id } => format!("[{shown}]({id})"),
                Inline::Quote(inner) => format!("<q>{}</q>", render(inner)),
            })
            .collect()
    }

    fn piece() -> impl Strategy<Value = (u8, String, String)> {
        (0u8..3, "[a-z理事会。 ]{1,8}", "[a-z0-9-]{1,8}")
    }

    proptest! {
        #[test]
        fn parse_loses_no_text(s in "\\PC{0,60}|[a-z<>/q\\[\\]()-]{0,30}") {
            prop_assert_eq!(render(&parse(&s)), s.clone());
            let shown = plain(&s);
            prop_assert!(shown.chars().count() <= s.chars().count() + 2 * s.matches(OPEN_QUOTE).count());
        }

        #[test]
        fn rendered_markup_parses_back(parts in proptest::collection::vec(piece(), 0..8)) {
            // Build text from pieces, merging neighbouring plain texts as the parser does.
            let mut text = String::new();
            let mut ids = Vec::new();
            for (kind, words, id) in &parts {
                match kind {
                    0 => text.push_str(words),
                    1 => { text.push_str(&format!("[{words}]({id})")); ids.push(id.clone()); }
                    _ => text.push_str(&format!("<q>{words}</q>")),
                }
            }
            let parsed = parse(&text);
            prop_assert_eq!(render(&parsed), text.clone());
            prop_assert_eq!(term_ids(&text), ids.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }
}
