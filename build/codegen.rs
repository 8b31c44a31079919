//! Writes content model values as Rust expressions for a `static`. A field
//! left out of a `code_struct!` list makes the generated code fail to compile,
//! so the output always holds every field.

use std::borrow::Cow;
use std::fmt::Write;

use crate::content::model::*;
use crate::visual::drawn::{Drawn, Said};

pub trait Code {
    fn code(&self, out: &mut String);
}

impl Code for Cow<'static, str> {
    fn code(&self, out: &mut String) {
        let _ = write!(out, "::std::borrow::Cow::Borrowed({:?})", &**self);
    }
}

impl<T: Code + Clone> Code for Cow<'static, [T]> {
    fn code(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.code(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Code> Code for Option<T> {
    fn code(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.code(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl Code for f64 {
    fn code(&self, out: &mut String) {
        assert!(self.is_finite(), "content numbers are finite");
        let _ = write!(out, "{self:?}f64");
    }
}

impl Code for u64 {
    fn code(&self, out: &mut String) {
        let _ = write!(out, "{self}u64");
    }
}

impl Code for bool {
    fn code(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

macro_rules! code_enum {
    ($($t:ident),*) => {$(
        impl Code for $t {
            fn code(&self, out: &mut String) {
                let _ = write!(out, concat!("crate::content::model::", stringify!($t), "::{:?}"), self);
            }
        }
    )*};
}
code_enum!(Kind, Level, Mechanism);

macro_rules! code_struct {
    ($t:ident { $($field:ident),* }) => {
        code_struct!("crate::content::model::", $t { $($field),* });
    };
    ($path:literal, $t:ident { $($field:ident),* }) => {
        impl Code for $t {
            fn code(&self, out: &mut String) {
                out.push_str(concat!($path, stringify!($t), "{"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.code(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
}
code_struct!(Text { zh, en });
code_struct!(Book { meta, chapters });
code_struct!(Meta { file, title, subtitle, hook });
code_struct!(Chapter { file, id, title, why, discussion, sections, terms, figures, quiz });
code_struct!(Section { id, title, paras });
code_struct!(Para { id, zh, en });
code_struct!(Term { id, zh, en, def });
code_struct!(Figure { id, value, display, label, para, callout });
code_struct!(Quiz { file, chapter, questions });
code_struct!(Question { id, kind, level, mechanism, para, shuffle, prompt, explanation, wrong, choices, truth, items, pairs, number, tolerance, unit, accept, hash });
code_struct!(Choice { id, zh, en, correct, feedback });
code_struct!(Item { id, zh, en });
code_struct!(Pair { id, left, right });
code_struct!("crate::visual::drawn::", Drawn { slug, para, lang, title, desc, view_box, scenes, links, views, steps, note, table });
code_struct!("crate::visual::drawn::", Said { name, detail });
