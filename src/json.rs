//! A small JSON reader and writer for the app's own files: saved progress and
//! the export file. It replaces serde_json, whose generic machinery and float
//! printer cost about 17 KB gzip of wasm for two small documents.
//!
//! Numbers keep their text until they are read, so integers (seeds and
//! fingerprints) come back exactly as `u64`; floats are written and read by
//! `crate::number`.

use std::fmt::Write as _;

use crate::number;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number's JSON text.
    Num(String),
    Str(String),
    Arr(Vec<Value>),
    /// Keys in the order written.
    Obj(Vec<(String, Value)>),
}

/// The text is not JSON (or nests deeper than [`MAX_DEPTH`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotJson;

/// Deeper documents are refused rather than risk the stack.
pub const MAX_DEPTH: usize = 64;

pub fn parse(text: &str) -> Result<Value, NotJson> {
    let mut p = Parser { s: text.as_bytes(), i: 0 };
    let v = p.value(0)?;
    p.space();
    if p.i == p.s.len() {
        Ok(v)
    } else {
        Err(NotJson)
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(s.to_owned())
    }

    pub fn u64(n: u64) -> Value {
        Value::Num(n.to_string())
    }

    /// Not-a-number and infinities are written as `null`, as JSON has no
    /// words for them.
    pub fn f64(x: f64) -> Value {
        if x.is_finite() {
            Value::Num(number::text(x))
        } else {
            Value::Null
        }
    }

    /// A field of an object; `None` when absent or when this is no object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Num(t) if t.bytes().all(|b| b.is_ascii_digit()) => t.parse().ok(),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Num(t) => number::parse(t),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Compact text, as saved in the browser.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// Indented text, for a file a person may open.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    /// `indent` is the current depth when pretty-printing.
    fn write(&self, out: &mut String, indent: Option<usize>) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Num(t) => out.push_str(t),
            Value::Str(s) => write_str(out, s),
            Value::Arr(items) => {
                write_list(out, indent, ['[', ']'], items.iter().map(|v| (None, v)));
            }
            Value::Obj(fields) => {
                write_list(out, indent, ['{', '}'], fields.iter().map(|(k, v)| (Some(k.as_str()), v)));
            }
        }
    }
}

fn write_list<'a>(
    out: &mut String,
    indent: Option<usize>,
    [open, close]: [char; 2],
    items: impl ExactSizeIterator<Item = (Option<&'a str>, &'a Value)>,
) {
    out.push(open);
    let empty = items.len() == 0;
    let inner = indent.map(|d| d + 1);
    for (n, (key, value)) in items.enumerate() {
        if n > 0 {
            out.push(',');
        }
        newline(out, inner);
        if let Some(key) = key {
            write_str(out, key);
            out.push_str(if indent.is_some() { ": " } else { ":" });
        }
        value.write(out, inner);
    }
    if !empty {
        newline(out, indent);
    }
    out.push(close);
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(depth) = indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        self.i += usize::from(found);
        found
    }

    fn word(&mut self, w: &str, v: Value) -> Result<Value, NotJson> {
        if self.s[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(NotJson)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, NotJson> {
        if depth > MAX_DEPTH {
            return Err(NotJson);
        }
        self.space();
        match self.peek().ok_or(NotJson)? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => self.string().map(Value::Str),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'n' => self.word("null", Value::Null),
            _ => self.number(),
        }
    }

    /// Runs `item` for each element between `open` and `close`, separated by commas.
    fn list(&mut self, close: u8, mut item: impl FnMut(&mut Self) -> Result<(), NotJson>) -> Result<(), NotJson> {
        self.i += 1;
        self.space();
        if self.eat(close) {
            return Ok(());
        }
        loop {
            item(self)?;
            self.space();
            if self.eat(close) {
                return Ok(());
            }
            if !self.eat(b',') {
                return Err(NotJson);
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, NotJson> {
        let mut items = Vec::new();
        self.list(b']', |p| {
            items.push(p.value(depth + 1)?);
            Ok(())
        })?;
        Ok(Value::Arr(items))
    }

    fn object(&mut self, depth: usize) -> Result<Value, NotJson> {
        let mut fields = Vec::new();
        self.list(b'}', |p| {
            p.space();
            if p.peek() != Some(b'"') {
                return Err(NotJson);
            }
            let key = p.string()?;
            p.space();
            if !p.eat(b':') {
                return Err(NotJson);
            }
            fields.push((key, p.value(depth + 1)?));
            Ok(())
        })?;
        Ok(Value::Obj(fields))
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value, NotJson> {
        let start = self.i;
        self.eat(b'-');
        let int = self.digits();
        let leading_zero = int > 1 && self.s[self.i - int] == b'0';
        if int == 0 || leading_zero {
            return Err(NotJson);
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err(NotJson);
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            if self.digits() == 0 {
                return Err(NotJson);
            }
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| NotJson)?;
        Ok(Value::Num(text.to_owned()))
    }

    fn string(&mut self) -> Result<String, NotJson> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let b = self.peek().ok_or(NotJson)?;
            self.i += 1;
            match b {
                b'"' => return String::from_utf8(out).map_err(|_| NotJson),
                b'\\' => {
                    let c = self.escape()?;
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..=0x1f => return Err(NotJson),
                _ => out.push(b),
            }
        }
    }

    fn escape(&mut self) -> Result<char, NotJson> {
        let b = self.peek().ok_or(NotJson)?;
        self.i += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode()?,
            _ => return Err(NotJson),
        })
    }

    /// `\uXXXX`, joining surrogate pairs; a lone surrogate becomes U+FFFD.
    fn unicode(&mut self) -> Result<char, NotJson> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi) && self.s[self.i..].starts_with(b"\\u") {
            let save = self.i;
            self.i += 2;
            let lo = self.hex4()?;
            if (0xDC00..0xE000).contains(&lo) {
                let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                return Ok(char::from_u32(c).unwrap_or('\u{FFFD}'));
            }
            self.i = save;
        }
        Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Result<u32, NotJson> {
        let digits = self.s.get(self.i..self.i + 4).ok_or(NotJson)?;
        self.i += 4;
        digits.iter().try_fold(0u32, |n, &b| Ok(n * 16 + char::from(b).to_digit(16).ok_or(NotJson)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_serde_json_wrote() {
        let v = parse(r#" {"a": [1, -2.5e-3, true, null], "b\"\u00e9\ud83d\ude00": "x\ny", "c": {}} "#).unwrap();
        assert_eq!(v.get("a"), Some(&Value::Arr(vec![Value::u64(1), Value::Num("-2.5e-3".into()), Value::Bool(true), Value::Null])));
        assert_eq!(v.get("a").map(|a| a.text()), Some("[1,-2.5e-3,true,null]".into()));
        assert_eq!(v.get("b\"é😀").and_then(Value::as_str), Some("x\ny"));
        assert_eq!(v.get("c"), Some(&Value::Obj(vec![])));
        assert_eq!(parse("1764300000000.0").unwrap().as_f64(), Some(1764300000000.0));
        assert_eq!(parse("18446744073709551615").unwrap().as_u64(), Some(u64::MAX));
        assert_eq!(parse("1.5").unwrap().as_u64(), None);
        assert_eq!(Value::f64(0.5).text(), "0.5");
        assert_eq!(Value::f64(f64::NAN), Value::Null);
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in ["", "{", "[1,]", "{\"a\"}", "01", "1.", "-", "1e", "tru", "\"\\x\"", "\"a\nb\"", "{} x", "[1 2]", "'a'"] {
            assert_eq!(parse(bad), Err(NotJson), "{bad:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert_eq!(parse(&deep), Err(NotJson));
    }

    #[test]
    fn writes_compact_and_pretty() {
        let v = Value::Obj(vec![("a".into(), Value::str("é\"\u{1}")), ("b".into(), Value::Arr(vec![])), ("c".into(), Value::Arr(vec![Value::Bool(false)]))]);
        assert_eq!(v.text(), r#"{"a":"é\"\u0001","b":[],"c":[false]}"#);
        assert_eq!(v.pretty(), "{\n  \"a\": \"é\\\"\\u0001\",\n  \"b\": [],\n  \"c\": [\n    false\n  ]\n}");
    }

    proptest! {
        #[test]
        fn any_text_parses_or_is_refused(s in "\\PC{0,60}|[\\[\\]{}\",:0-9a-z\\\\.eE+-]{0,40}") {
            let _ = parse(&s);
        }

        #[test]
        fn strings_round_trip(s in "\\PC{0,40}|[\\x00-\\x7f]{0,40}") {
            prop_assert_eq!(parse(&Value::str(&s).text()), Ok(Value::Str(s)));
        }

        /// Every finite number is written as JSON that reads back as a number.
        #[test]
        fn every_float_is_written_as_json(x in prop_oneof![
            any::<f64>().prop_filter("finite", |x| x.is_finite()),
            (-300i32..300).prop_map(|k| 10f64.powi(k)),
        ]) {
            let text = Value::f64(x).text();
            prop_assert!(parse(&text).is_ok_and(|v| v.as_f64().is_some()), "{} → {}", x, text);
        }

        #[test]
        fn documents_round_trip(v in document()) {
            prop_assert_eq!(parse(&v.text()), Ok(v.clone()));
            prop_assert_eq!(parse(&v.pretty()), Ok(v));
        }
    }

    fn document() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<u64>().prop_map(Value::u64),
            "\\PC{0,8}".prop_map(Value::Str),
        ];
        leaf.prop_recursive(4, 32, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Arr),
                prop::collection::vec(("[a-z]{0,3}", inner), 0..4).prop_map(Value::Obj),
            ]
        })
    }
}
