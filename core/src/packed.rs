//! The book and its visuals as one compact byte string, written by the build
//! script and read once when the app starts.
//!
//! A Rust `static` of the book cost 12 bytes of pointer and length per string
//! (about 3,200 of them) and kept the text in UTF-8, where each Chinese
//! character takes 3 bytes. Here the shape of the data (list lengths, flags,
//! numbers, which stream a text is in) is one stream, and the text is four
//! more: Chinese, markup, English, and ids; each text ends with a NUL, and
//! each character is coded by how often it occurs (ASCII as itself, the 112
//! commonest others in one byte, the rest in two). The server gzips the wasm
//! around it, and alike text side by side compresses better.
//!
//! The packing comes in two parts. The main part (the shape, the texts in
//! no language, and the Chinese) is built into the app; the English part is
//! a file of its own (`Parts::english_file`), fetched the first time a
//! student needs English, so a Chinese reader's first visit never loads it.
//! A text is English when it is a field named `en`, or inside a visual drawn
//! in English; every other text is in the main part. The English part names
//! the main part it belongs to (by a hash), and another is refused.
//!
//! It depends only on the content model and the drawn visuals: the app's
//! build script packs with it, and the app reads with it.

#[cfg(feature = "sample-kind")]
use crate::content::kinds::Sample;
use crate::content::model::*;
use crate::i18n::Lang;
use crate::visual::drawn::{Drawn, Said};

/// Characters with one-byte codes after ASCII.
const ONE_BYTE: usize = 112;
/// Two-byte codes: a lead byte after the one-byte codes, then any byte.
const TWO_BYTE: usize = (256 - 128 - ONE_BYTE) * 256;
/// Ends every text in its stream (no content text holds it).
const END: char = '\0';
/// Bumped when the layout changes (the app and its data are built together).
const VERSION: u8 = 3;
/// Kinds of text, each in its own stream ([`stream_of`]).
const CLASSES: usize = 4;
/// Texts in no language, Chinese texts, English texts: the main part holds
/// the first two groups, the English part the last.
const GROUPS: usize = 3;
const MAIN_STREAMS: usize = 2 * CLASSES;

/// What the app embeds: the book and every visual drawn from it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embedded {
    pub book: Book,
    pub visuals: Vec<Drawn>,
}

/// The bytes do not hold what the reader expects (a build out of step, or a
/// bug in this file); the content tests decode the real data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Corrupt;

/// A value that can be written to and read from the packed form.
pub trait Packed: Sized {
    fn pack(&self, w: &mut Writer);
    /// Reads a value; after the first misfit the reader only gives zeros
    /// and empty strings, and [`unpack`] refuses the whole.
    fn unpack(r: &mut Reader) -> Self;
}

/// A packed value: the main part, and the English part that goes with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parts {
    pub main: Vec<u8>,
    pub english: Vec<u8>,
}

impl Parts {
    /// The English part's file name, new whenever either part changes.
    pub fn english_file(&self) -> String {
        format!("book-en-{:016x}.bin", fnv1a(&[&self.main[..], &self.english].concat()))
    }

    /// Reads both parts back.
    pub fn unpack<T: Packed>(&self) -> Result<T, Corrupt> {
        unpack(&self.main, Some(&self.english))
    }
}

/// Packs `value`. Main part: the version, the character table, the shape,
/// then the streams of texts in no language and in Chinese. English part:
/// the version, the main part's hash, then the English streams.
pub fn pack<T: Packed>(value: &T) -> Parts {
    let mut w = Writer::default();
    value.pack(&mut w);
    w.finish()
}

/// Reads back what [`pack`] wrote, with every English text empty when the
/// English part is not given; anything else is refused, never a panic.
pub fn unpack<T: Packed>(main: &[u8], english: Option<&[u8]>) -> Result<T, Corrupt> {
    let mut r = Reader::new(main, english)?;
    let value = T::unpack(&mut r);
    r.done().then_some(value).ok_or(Corrupt)
}

/// The book in the folder `root` with its visuals drawn in both languages,
/// packed: what the app's build script embeds and what `pack-book` writes
/// beside the app. Every problem is one line of the error.
#[cfg(not(target_arch = "wasm32"))]
pub fn pack_files(root: impl AsRef<std::path::Path>) -> Result<Parts, String> {
    let book = crate::content::files::read_book(root).map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    // The visuals, drawn from the book: the browser only shows them.
    let book: &'static Book = Box::leak(Box::new(book));
    let visuals = crate::visual::drawn::draw_all(book).map_err(|missing| format!("visuals: {missing}"))?;
    Ok(pack(&Embedded { book: book.clone(), visuals }))
}

/// Where a string goes: alike text together.
fn stream_of(text: &str) -> usize {
    if text.starts_with('<') {
        1
    } else if text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        0
    } else if text.contains(' ') {
        2
    } else {
        3
    }
}

#[derive(Default)]
pub struct Writer {
    shape: Vec<u8>,
    texts: [[String; CLASSES]; GROUPS],
    /// The language of the texts being written, if any.
    lang: Option<Lang>,
}

/// The language a field holds by its name: `zh` and `en` (the model's
/// bilingual fields are named so).
fn lang_named(field: &str) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| l.code() == field)
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.shape.push(b);
    }

    fn varint(&mut self, n: u64) {
        put_varint(&mut self.shape, n);
    }

    /// Writes what `f` writes as texts in `lang` (if given; else as before).
    fn scoped(&mut self, lang: Option<Lang>, f: impl FnOnce(&mut Self)) {
        let outer = self.lang;
        self.lang = lang.or(outer);
        f(self);
        self.lang = outer;
    }

    fn text(&mut self, text: &str) {
        assert!(!text.contains(END), "content text holds no NUL");
        let group = match self.lang {
            None => 0,
            Some(Lang::Zh) => 1,
            Some(Lang::En) => 2,
        };
        let class = stream_of(text);
        self.byte((group * CLASSES + class) as u8);
        self.texts[group][class].push_str(text);
        self.texts[group][class].push(END);
    }

    fn finish(self) -> Parts {
        let table = ranked(self.texts.iter().flatten());
        let rank: std::collections::BTreeMap<char, usize> = table.iter().enumerate().map(|(i, &c)| (c, i)).collect();
        let section = |out: &mut Vec<u8>, bytes: &[u8]| {
            put_varint(out, bytes.len() as u64);
            out.extend_from_slice(bytes);
        };
        let [common, zh, en] = &self.texts;
        let mut main = vec![VERSION];
        section(&mut main, table.iter().collect::<String>().as_bytes());
        section(&mut main, &self.shape);
        for text in common.iter().chain(zh) {
            section(&mut main, &code(text, &rank));
        }
        let mut english = vec![VERSION];
        english.extend_from_slice(&fnv1a(&main).to_le_bytes());
        for text in en {
            section(&mut english, &code(text, &rank));
        }
        Parts { main, english }
    }
}

/// Seven bits a byte, low first; the high bit says more follow.
fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n & 0x7f) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Every non-ASCII character, commonest first (ties by code point, so the
/// same book always packs to the same bytes). Build time only.
fn ranked<'a>(texts: impl Iterator<Item = &'a String>) -> Vec<char> {
    let mut counts = std::collections::BTreeMap::<char, usize>::new();
    for c in texts.flat_map(|t| t.chars()).filter(|c| !c.is_ascii()) {
        *counts.entry(c).or_default() += 1;
    }
    let mut ranked: Vec<(char, usize)> = counts.into_iter().collect();
    ranked.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
    assert!(ranked.len() <= ONE_BYTE + TWO_BYTE, "more distinct characters than the packed form can code");
    ranked.into_iter().map(|(c, _)| c).collect()
}

/// A text stream in codes: `rank` is each non-ASCII character's place in the table.
fn code(text: &str, rank: &std::collections::BTreeMap<char, usize>) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match rank.get(&c).copied() {
            None => out.push(c as u8),
            Some(i) if i < ONE_BYTE => out.push((128 + i) as u8),
            Some(i) => {
                let i = i - ONE_BYTE;
                out.push((128 + ONE_BYTE + i / 256) as u8);
                out.push((i % 256) as u8);
            }
        }
    }
    out
}

pub struct Reader<'a> {
    shape: &'a [u8],
    texts: [&'a [u8]; GROUPS * CLASSES],
    /// Whether the English part was given: without it, English texts read as empty.
    english: bool,
    table: Vec<char>,
    ok: bool,
}

/// The sections of one part after its header: each a length, then its bytes.
struct Sections<'a>(&'a [u8]);

impl<'a> Sections<'a> {
    /// A part of this layout version, its header split off.
    fn of(part: &'a [u8], header: usize) -> Result<(&'a [u8], Self), Corrupt> {
        let (&version, rest) = part.split_first().ok_or(Corrupt)?;
        let (header, rest) = rest.split_at_checked(header).ok_or(Corrupt)?;
        (version == VERSION).then_some((header, Sections(rest))).ok_or(Corrupt)
    }

    fn next(&mut self) -> Result<&'a [u8], Corrupt> {
        let len = usize::try_from(varint(&mut self.0)?).map_err(|_| Corrupt)?;
        let (head, tail) = self.0.split_at_checked(len).ok_or(Corrupt)?;
        self.0 = tail;
        Ok(head)
    }

    fn fill(&mut self, streams: &mut [&'a [u8]]) -> Result<(), Corrupt> {
        streams.iter_mut().try_for_each(|s| self.next().map(|bytes| *s = bytes))
    }

    fn end(self) -> Result<(), Corrupt> {
        self.0.is_empty().then_some(()).ok_or(Corrupt)
    }
}

impl<'a> Reader<'a> {
    fn new(main: &'a [u8], english: Option<&'a [u8]>) -> Result<Self, Corrupt> {
        let (_, mut sections) = Sections::of(main, 0)?;
        let table = std::str::from_utf8(sections.next()?).map_err(|_| Corrupt)?.chars().collect();
        let shape = sections.next()?;
        let mut texts = [&[][..]; GROUPS * CLASSES];
        let (in_main, in_english) = texts.split_at_mut(MAIN_STREAMS);
        sections.fill(in_main)?;
        sections.end()?;
        if let Some(part) = english {
            let (key, mut sections) = Sections::of(part, 8)?;
            if key != fnv1a(main).to_le_bytes() {
                return Err(Corrupt);
            }
            sections.fill(in_english)?;
            sections.end()?;
        }
        Ok(Reader { shape, texts, english: english.is_some(), table, ok: true })
    }

    fn done(&self) -> bool {
        self.ok && self.shape.is_empty() && self.texts.iter().all(|t| t.is_empty())
    }

    /// The value read, or the default and the reader marked as failed.
    fn or_fail<T: Default>(&mut self, value: Result<T, Corrupt>) -> T {
        value.unwrap_or_else(|Corrupt| {
            self.ok = false;
            T::default()
        })
    }

    fn byte(&mut self) -> u8 {
        let (&b, rest) = self.shape.split_first().unwrap_or((&0, &[]));
        self.ok &= !self.shape.is_empty();
        self.shape = rest;
        b
    }

    fn varint(&mut self) -> u64 {
        let n = varint(&mut self.shape);
        self.or_fail(n)
    }

    fn count(&mut self) -> usize {
        let n = self.varint();
        // Every item takes at least one byte of shape: a count beyond that is a lie.
        let n = usize::try_from(n).ok().filter(|&n| n <= self.shape.len()).ok_or(Corrupt);
        self.or_fail(n)
    }

    fn text(&mut self) -> String {
        let stream = usize::from(self.byte());
        if stream >= MAIN_STREAMS && !self.english {
            self.ok &= stream < self.texts.len();
            return String::new();
        }
        let text = decode(self.texts.get_mut(stream), &self.table);
        self.or_fail(text)
    }
}

/// The next text from a stream, up to its end mark.
fn decode(stream: Option<&mut &[u8]>, table: &[char]) -> Result<String, Corrupt> {
    let stream = stream.ok_or(Corrupt)?;
    let mut out = String::new();
    loop {
        let (&b, rest) = stream.split_first().ok_or(Corrupt)?;
        *stream = rest;
        let c = match usize::from(b) {
            0 => return Ok(out),
            b if b < 128 => char::from(b as u8),
            b if b < 128 + ONE_BYTE => table.get(b - 128).copied().ok_or(Corrupt)?,
            b => {
                let (&low, rest) = stream.split_first().ok_or(Corrupt)?;
                *stream = rest;
                table.get(ONE_BYTE + (b - 128 - ONE_BYTE) * 256 + usize::from(low)).copied().ok_or(Corrupt)?
            }
        };
        out.push(c);
    }
}

fn varint(bytes: &mut &[u8]) -> Result<u64, Corrupt> {
    let mut n = 0u64;
    for shift in (0..64).step_by(7) {
        let (&b, rest) = bytes.split_first().ok_or(Corrupt)?;
        *bytes = rest;
        n |= u64::from(b & 0x7f).checked_shl(shift).ok_or(Corrupt)?;
        if b < 0x80 {
            return Ok(n);
        }
    }
    Err(Corrupt)
}

impl Packed for String {
    fn pack(&self, w: &mut Writer) {
        w.text(self);
    }
    fn unpack(r: &mut Reader) -> Self {
        r.text()
    }
}

/// Ids as the text they are.
macro_rules! packed_id {
    ($($t:ty),*) => {$(
        impl Packed for $t {
            fn pack(&self, w: &mut Writer) {
                w.text(self);
            }
            fn unpack(r: &mut Reader) -> Self {
                <$t>::new(r.text())
            }
        }
    )*};
}
packed_id!(ChapterId, ParaId, QuestionId, TermId);

impl<T: Packed> Packed for Vec<T> {
    fn pack(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        self.iter().for_each(|item| item.pack(w));
    }
    fn unpack(r: &mut Reader) -> Self {
        let n = r.count();
        (0..n).map(|_| T::unpack(r)).collect()
    }
}

impl<T: Packed> Packed for Option<T> {
    fn pack(&self, w: &mut Writer) {
        w.byte(u8::from(self.is_some()));
        if let Some(value) = self {
            value.pack(w);
        }
    }
    fn unpack(r: &mut Reader) -> Self {
        bool::unpack(r).then(|| T::unpack(r))
    }
}

impl Packed for bool {
    fn pack(&self, w: &mut Writer) {
        w.byte(u8::from(*self));
    }
    fn unpack(r: &mut Reader) -> Self {
        let b = r.byte();
        r.ok &= b <= 1;
        b == 1
    }
}

impl Packed for u64 {
    fn pack(&self, w: &mut Writer) {
        w.varint(*self);
    }
    fn unpack(r: &mut Reader) -> Self {
        r.varint()
    }
}

/// Numbers by their bits: exact, and no float parsing in the app.
impl Packed for f64 {
    fn pack(&self, w: &mut Writer) {
        w.varint(self.to_bits());
    }
    fn unpack(r: &mut Reader) -> Self {
        f64::from_bits(r.varint())
    }
}

macro_rules! packed_enum {
    ($($t:ty),*) => {$(
        impl Packed for $t {
            fn pack(&self, w: &mut Writer) {
                let at = <$t>::ALL.iter().position(|k| k == self).unwrap_or_default();
                w.byte(at as u8);
            }
            fn unpack(r: &mut Reader) -> Self {
                let at = usize::from(r.byte());
                r.ok &= at < <$t>::ALL.len();
                <$t>::ALL.get(at).copied().unwrap_or(<$t>::ALL[0])
            }
        }
    )*};
}
packed_enum!(Level, Mechanism, Facet, Lang, Step);

/// A kind by its code: its place in `Kind::ALL` (so the book's bytes stay as
/// they were), each named here so that a new kind must be given one.
impl Packed for Kind {
    fn pack(&self, w: &mut Writer) {
        w.byte(match self {
            Kind::Single => 0,
            Kind::Multi => 1,
            Kind::TrueFalse => 2,
            Kind::Order => 3,
            Kind::Match => 4,
            Kind::Numeric => 5,
            Kind::Short => 6,
            #[cfg(feature = "sample-kind")]
            Kind::Sample => 7,
        });
    }
    fn unpack(r: &mut Reader) -> Self {
        match r.byte() {
            0 => Kind::Single,
            1 => Kind::Multi,
            2 => Kind::TrueFalse,
            3 => Kind::Order,
            4 => Kind::Match,
            5 => Kind::Numeric,
            6 => Kind::Short,
            #[cfg(feature = "sample-kind")]
            7 => Kind::Sample,
            _ => {
                r.ok = false;
                Kind::Single
            }
        }
    }
}

/// A question's task: its kind, then that kind's data.
impl Packed for Task {
    fn pack(&self, w: &mut Writer) {
        self.kind().pack(w);
        match self {
            Task::Single(c) | Task::Multi(c) => c.pack(w),
            Task::TrueFalse(t) => t.pack(w),
            Task::Order(o) => o.pack(w),
            Task::Match(m) => m.pack(w),
            Task::Numeric(n) => n.pack(w),
            Task::Short(s) => s.pack(w),
            #[cfg(feature = "sample-kind")]
            Task::Sample(s) => s.pack(w),
        }
    }
    fn unpack(r: &mut Reader) -> Self {
        match Kind::unpack(r) {
            Kind::Single => Task::Single(Packed::unpack(r)),
            Kind::Multi => Task::Multi(Packed::unpack(r)),
            Kind::TrueFalse => Task::TrueFalse(Packed::unpack(r)),
            Kind::Order => Task::Order(Packed::unpack(r)),
            Kind::Match => Task::Match(Packed::unpack(r)),
            Kind::Numeric => Task::Numeric(Packed::unpack(r)),
            Kind::Short => Task::Short(Packed::unpack(r)),
            #[cfg(feature = "sample-kind")]
            Kind::Sample => Task::Sample(Packed::unpack(r)),
        }
    }
}

/// Every field, in order; a field left out fails to compile.
/// `T in lang { .. }`: every text of the value is in the language its field
/// `lang` names (a visual drawn in one language). A field named `zh` or `en`
/// holds text in that language.
macro_rules! packed_struct {
    ($($t:ident $(in $scope:ident)? { $($field:ident),* })*) => {$(
        impl Packed for $t {
            fn pack(&self, w: &mut Writer) {
                let $t { $($field),* } = self;
                let scope: Option<Lang> = None $(.or(Some(*$scope)))?;
                w.scoped(scope, |w| {
                    $(w.scoped(lang_named(stringify!($field)), |w| $field.pack(w));)*
                });
            }
            fn unpack(r: &mut Reader) -> Self {
                $t { $($field: Packed::unpack(r)),* }
            }
        }
    )*};
}
packed_struct! {
    Embedded { book, visuals }
    Text { zh, en }
    Book { meta, chapters, mechanisms }
    MechanismMap { id, title, steps }
    MapStep { step, text, paras, questions }
    Meta { file, title, subtitle, hook }
    Chapter { file, id, title, why, discussion, sections, terms, figures, quiz }
    Discussion { zh, en, points, rubric }
    Section { id, title, paras }
    Para { id, zh, en }
    Figure { id, value, display, label, para, callout }
    Quiz { file, chapter, questions }
    Question { id, level, mechanism, facet, para, shuffle, prompt, explanation, wrong, task, hash }
    Choices { choices }
    Truth { truth }
    Order { items }
    Matching { pairs }
    Numeric { number, tolerance, unit, units }
    Short { accept }
    Choice { id, zh, en, correct, feedback }
    Item { id, zh, en }
    Pair { id, left, right }
    Drawn in lang { slug, para, lang, title, desc, view_box, scenes, links, views, steps, note, table }
    Said { name, detail }
}
#[cfg(feature = "sample-kind")]
packed_struct! {
    Sample { count }
}

/// A glossary term is named in both languages on every page, Chinese ones
/// included (`新型研发机构 · new-type R&D institution`), so its English
/// name stays in the main part; its definition is text as any other.
impl Packed for Term {
    fn pack(&self, w: &mut Writer) {
        let Term { id, zh, en, def } = self;
        id.pack(w);
        w.scoped(Some(Lang::Zh), |w| zh.pack(w));
        en.pack(w);
        def.pack(w);
    }
    fn unpack(r: &mut Reader) -> Self {
        Term { id: Packed::unpack(r), zh: Packed::unpack(r), en: Packed::unpack(r), def: Packed::unpack(r) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The real book and visuals, packed as the build script packs them.
    fn real() -> &'static Parts {
        static PARTS: std::sync::OnceLock<Parts> = std::sync::OnceLock::new();
        PARTS.get_or_init(|| {
            let book = crate::content::test_book();
            let visuals = crate::visual::drawn::draw_all(book).expect("every visual draws");
            pack(&Embedded { book: book.clone(), visuals })
        })
    }

    fn texts(list: Vec<(String, String)>) -> Vec<Text> {
        list.into_iter().map(|(zh, en)| Text { zh, en }).collect()
    }

    #[test]
    fn the_app_reads_back_exactly_what_the_build_wrote() {
        let embedded = real().unpack::<Embedded>().expect("reads");
        assert_eq!(&embedded.book, crate::content::test_book());
        assert!(!embedded.book.chapters.is_empty() && !embedded.visuals.is_empty());
        assert!(pack(&embedded) == *real(), "packing the decoded book again gives other bytes");
    }

    #[test]
    fn without_the_english_part_every_english_text_is_empty_and_the_rest_is_whole() {
        let zh = unpack::<Embedded>(&real().main, None).expect("the main part reads alone");
        let book = crate::content::test_book();
        assert_eq!(zh.book.chapters.len(), book.chapters.len());
        for (mine, full) in zh.book.chapters.iter().zip(&book.chapters) {
            assert_eq!((&mine.id, &mine.title.zh, mine.title.en.as_str()), (&full.id, &full.title.zh, ""));
            for (p, q) in mine.sections.iter().flat_map(|s| &s.paras).zip(full.sections.iter().flat_map(|s| &s.paras)) {
                assert_eq!((&p.id, &p.zh, p.en.as_str()), (&q.id, &q.zh, ""));
            }
            for (a, b) in mine.quiz.questions.iter().zip(&full.quiz.questions) {
                assert_eq!((&a.id, &a.prompt.zh, a.prompt.en.as_str(), &a.task.kind()), (&b.id, &b.prompt.zh, "", &b.task.kind()));
            }
            // The glossary names each term in both languages on a Chinese page too.
            for (a, b) in mine.terms.iter().zip(&full.terms) {
                assert_eq!((&a.zh, &a.en, &a.def.zh, a.def.en.as_str()), (&b.zh, &b.en, &b.def.zh, ""));
            }
        }
        let english = zh.visuals.iter().filter(|v| v.lang == Lang::En);
        assert!(english.clone().count() > 0 && english.clone().all(|v| v.title.is_empty() && v.scenes.iter().all(String::is_empty)));
        assert!(zh.visuals.iter().filter(|v| v.lang == Lang::Zh).all(|v| !v.title.is_empty()));
        // The English part is most of the English: what stays in the main part is ids, units and answers.
        assert!(real().english.len() > real().main.len() / 3, "English part {} bytes, main {}", real().english.len(), real().main.len());
    }

    #[test]
    fn an_english_part_of_another_build_is_refused() {
        let other = pack(&texts(vec![("甲".into(), "a".into())]));
        assert_eq!(unpack::<Embedded>(&real().main, Some(&other.english)), Err(Corrupt));
        assert_ne!(other.english_file(), real().english_file());
        assert!(real().english_file().starts_with("book-en-") && real().english_file().ends_with(".bin"));
    }

    #[test]
    fn another_version_is_refused() {
        let mut parts = real().clone();
        parts.main[0] = VERSION + 1;
        assert_eq!(parts.unpack::<Embedded>(), Err(Corrupt));
        let mut parts = real().clone();
        parts.english[0] = VERSION + 1;
        assert_eq!(parts.unpack::<Embedded>(), Err(Corrupt));
    }

    #[test]
    fn leftover_bytes_are_refused() {
        let mut parts = pack(&texts(vec![("甲".into(), "a".into())]));
        assert!(parts.unpack::<Vec<Text>>().is_ok());
        parts.english.push(0);
        assert_eq!(parts.unpack::<Vec<Text>>(), Err(Corrupt));
        parts.english.pop();
        parts.main.push(0);
        assert_eq!(unpack::<Vec<Text>>(&parts.main, None), Err(Corrupt));
    }

    #[test]
    #[should_panic(expected = "no NUL")]
    fn a_text_with_the_end_mark_stops_the_build() {
        pack(&Text { zh: "a\0b".into(), en: "".into() });
    }

    /// Bytes read as a book that packs back to bytes reading as the same
    /// book; anything else is refused as [`Corrupt`].
    fn read_or_refused(main: &[u8], english: Option<&[u8]>) -> Result<(), TestCaseError> {
        if let Ok(read) = unpack::<Embedded>(main, english) {
            prop_assert_eq!(pack(&read).unpack::<Embedded>(), Ok(read));
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn any_texts_round_trip(list in prop::collection::vec(("[^\0]{0,12}", "[^\0]{0,12}"), 0..12)) {
            let value = texts(list);
            let parts = pack(&value);
            prop_assert_eq!(parts.unpack::<Vec<Text>>(), Ok(value.clone()));
            let chinese: Vec<Text> = value.into_iter().map(|t| Text { en: String::new(), ..t }).collect();
            prop_assert_eq!(unpack::<Vec<Text>>(&parts.main, None), Ok(chinese));
        }

        #[test]
        fn numbers_and_flags_round_trip(bits in prop::collection::vec(any::<Option<u64>>(), 0..8), flag in any::<bool>(), n in any::<u64>()) {
            let value: Vec<Figure> = bits.iter().map(|b| Figure { value: f64::from_bits(b.unwrap_or(n)), callout: flag, ..Figure::default() }).collect();
            let back = pack(&value).unpack::<Vec<Figure>>().map_err(|_| TestCaseError::fail("refused"))?;
            prop_assert!(back.iter().zip(value.iter()).all(|(a, b)| a.value.to_bits() == b.value.to_bits() && a.callout == b.callout));
            prop_assert_eq!(back.len(), value.len());
        }

        #[test]
        fn any_bytes_are_read_or_refused_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            read_or_refused(&bytes, None)?;
            let mut versioned = vec![VERSION];
            versioned.extend(bytes);
            read_or_refused(&versioned, None)?;
            read_or_refused(&real().main, Some(&versioned))?;
        }

        #[test]
        fn the_real_data_cut_short_is_refused(cut in 0..real().main.len(), cut_english in 0..real().english.len()) {
            prop_assert_eq!(unpack::<Embedded>(&real().main[..cut], None), Err(Corrupt));
            prop_assert_eq!(unpack::<Embedded>(&real().main, Some(&real().english[..cut_english])), Err(Corrupt));
        }

        #[test]
        fn the_real_data_with_a_changed_byte_is_read_or_refused(at in 0..real().main.len(), at_english in 0..real().english.len(), byte in any::<u8>()) {
            let mut main = real().main.clone();
            main[at] = byte;
            read_or_refused(&main, None)?;
            read_or_refused(&main, Some(&real().english))?;
            let mut english = real().english.clone();
            english[at_english] = byte;
            read_or_refused(&real().main, Some(&english))?;
        }
    }
}
