//! How progress is written as JSON (`crate::json`): the field names and
//! shapes of schema versions 1 and 2, the same that serde_json wrote for them
//! before, so data saved by any earlier build still reads.
//!
//! Reading is forgiving where it can be and strict where it must be: a
//! missing or `null` field takes its default and unknown fields are ignored,
//! but a field of the wrong type makes the whole text unreadable.

use super::{Answer, Map, Mode, Progress, QuizProgress, Reading, Theme};
use crate::i18n::Lang;
use crate::json::Value;
use crate::quiz::Response;

pub(super) trait Json: Sized {
    fn to_json(&self) -> Value;
    /// `None` when the value has the wrong shape.
    fn from_json(v: &Value) -> Option<Self>;
}

/// A struct as an object with one key per field, every field listed (the
/// struct literal fails to compile if one is forgotten).
macro_rules! record {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl Json for $ty {
            fn to_json(&self) -> Value {
                Value::Obj(vec![$((stringify!($field).to_owned(), self.$field.to_json())),*])
            }
            fn from_json(v: &Value) -> Option<Self> {
                let Value::Obj(_) = v else { return None };
                Some($ty { $($field: field(v, stringify!($field))?),* })
            }
        }
    };
}

/// An enum without data as one of its words.
macro_rules! words {
    ($ty:ident { $($variant:ident = $word:literal),* $(,)? }) => {
        impl Json for $ty {
            fn to_json(&self) -> Value {
                Value::str(match self { $($ty::$variant => $word),* })
            }
            fn from_json(v: &Value) -> Option<Self> {
                match v.as_str()? { $($word => Some($ty::$variant),)* _ => None }
            }
        }
    };
}

record!(Progress { version, lang, name, last, read, quizzes, updated, reset_at, theme, text_size });
record!(Reading { done, at, updated });
record!(QuizProgress { seed, mode, submitted, submitted_at, answers, updated, reset_at });
record!(Answer { hash, response, checked, attempts, best, last, changed, at });
words!(Lang { Zh = "zh", En = "en" });
words!(Theme { Light = "Light", Dark = "Dark" });
words!(Mode { Instant = "Instant", Submit = "Submit" });

/// A field's value: its default when absent or `null`.
fn field<T: Json + Default>(object: &Value, key: &str) -> Option<T> {
    match object.get(key) {
        None | Some(Value::Null) => Some(T::default()),
        Some(v) => T::from_json(v),
    }
}

/// A response is tagged with its kind: `{"Order": ["c", "a", "b"]}`.
impl Json for Response {
    fn to_json(&self) -> Value {
        let (tag, value) = match self {
            Response::Choices(ids) => ("Choices", ids.to_json()),
            Response::Bool(b) => ("Bool", b.to_json()),
            Response::Order(ids) => ("Order", ids.to_json()),
            Response::Match(pairs) => ("Match", pairs.to_json()),
            Response::Text(s) => ("Text", s.to_json()),
        };
        Value::Obj(vec![(tag.to_owned(), value)])
    }

    fn from_json(v: &Value) -> Option<Self> {
        let Value::Obj(fields) = v else { return None };
        let [(tag, value)] = fields.as_slice() else { return None };
        Some(match tag.as_str() {
            "Choices" => Response::Choices(Json::from_json(value)?),
            "Bool" => Response::Bool(Json::from_json(value)?),
            "Order" => Response::Order(Json::from_json(value)?),
            "Match" => Response::Match(Json::from_json(value)?),
            "Text" => Response::Text(Json::from_json(value)?),
            _ => return None,
        })
    }
}

impl Json for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
    fn from_json(v: &Value) -> Option<Self> {
        match v {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

impl Json for u64 {
    fn to_json(&self) -> Value {
        Value::u64(*self)
    }
    fn from_json(v: &Value) -> Option<Self> {
        v.as_u64()
    }
}

/// Narrower unsigned integers: a number out of their range is the wrong shape.
macro_rules! narrow {
    ($($t:ty),*) => {$(
        impl Json for $t {
            fn to_json(&self) -> Value {
                Value::u64(u64::from(*self))
            }
            fn from_json(v: &Value) -> Option<Self> {
                v.as_u64()?.try_into().ok()
            }
        }
    )*};
}
narrow!(u32, u8);

impl Json for f64 {
    fn to_json(&self) -> Value {
        Value::f64(*self)
    }
    fn from_json(v: &Value) -> Option<Self> {
        v.as_f64()
    }
}

impl Json for String {
    fn to_json(&self) -> Value {
        Value::str(self)
    }
    fn from_json(v: &Value) -> Option<Self> {
        v.as_str().map(str::to_owned)
    }
}

impl<T: Json> Json for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::to_json)
    }
    fn from_json(v: &Value) -> Option<Self> {
        match v {
            Value::Null => Some(None),
            v => T::from_json(v).map(Some),
        }
    }
}

impl<T: Json> Json for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Arr(self.iter().map(T::to_json).collect())
    }
    fn from_json(v: &Value) -> Option<Self> {
        match v {
            Value::Arr(items) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
}

/// A pair as a two-item array.
impl Json for (String, String) {
    fn to_json(&self) -> Value {
        Value::Arr(vec![self.0.to_json(), self.1.to_json()])
    }
    fn from_json(v: &Value) -> Option<Self> {
        match v {
            Value::Arr(items) => match items.as_slice() {
                [a, b] => Some((String::from_json(a)?, String::from_json(b)?)),
                _ => None,
            },
            _ => None,
        }
    }
}

impl<T: Json> Json for Map<T> {
    fn to_json(&self) -> Value {
        Value::Obj(self.iter().map(|(k, v)| (k.to_owned(), v.to_json())).collect())
    }
    fn from_json(v: &Value) -> Option<Self> {
        match v {
            Value::Obj(fields) => fields.iter().map(|(k, v)| Some((k.clone(), T::from_json(v)?))).collect(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::option;
    use proptest::prelude::*;

    fn response() -> impl Strategy<Value = Response> {
        let ids = || prop::collection::vec("[a-z0-9-]{1,4}", 0..4);
        prop_oneof![
            ids().prop_map(Response::Choices),
            any::<bool>().prop_map(Response::Bool),
            ids().prop_map(Response::Order),
            prop::collection::vec(("[a-z]{1,3}", "[a-z]{1,3}"), 0..3).prop_map(Response::Match),
            "\\PC{0,12}".prop_map(Response::Text),
        ]
    }

    /// Scores are right parts over all parts; times are whole milliseconds.
    fn score() -> impl Strategy<Value = f64> {
        (1u32..=64).prop_flat_map(|parts| (0..=parts).prop_map(move |right| f64::from(right) / f64::from(parts)))
    }

    fn millis() -> impl Strategy<Value = f64> {
        (0u64..4_000_000_000_000).prop_map(|t| t as f64)
    }

    fn answer() -> impl Strategy<Value = Answer> {
        (any::<u64>(), option::of(response()), any::<bool>(), any::<u32>(), score(), option::of(score()), any::<bool>(), millis())
            .prop_map(|(hash, response, checked, attempts, best, last, changed, at)| Answer { hash, response, checked, attempts, best, last, changed, at })
    }

    fn quiz() -> impl Strategy<Value = QuizProgress> {
        let mode = prop_oneof![Just(Mode::Instant), Just(Mode::Submit)];
        (any::<u64>(), mode, any::<bool>(), option::of(millis()), prop::collection::btree_map("ch[0-9]-q[0-9]{1,2}", answer(), 0..4).prop_map(|m| m.into_iter().collect::<Map<_>>()), millis(), millis())
            .prop_map(|(seed, mode, submitted, submitted_at, answers, updated, reset_at)| QuizProgress { seed, mode, submitted, submitted_at, answers, updated, reset_at })
    }

    fn progress() -> impl Strategy<Value = Progress> {
        let lang = option::of(prop_oneof![Just(Lang::Zh), Just(Lang::En)]);
        let theme = option::of(prop_oneof![Just(Theme::Light), Just(Theme::Dark)]);
        let reading = (any::<bool>(), option::of("ch[0-9]-p[0-9]{1,2}"), millis()).prop_map(|(done, at, updated)| Reading { done, at, updated });
        let read = prop::collection::btree_map("ch[0-9]", reading, 0..3).prop_map(|m| m.into_iter().collect::<Map<_>>());
        let quizzes = prop::collection::btree_map("ch[0-9]|challenge", quiz(), 0..3).prop_map(|m| m.into_iter().collect::<Map<_>>());
        (lang, "\\PC{0,10}", option::of("#/[a-z/0-9-]{0,12}"), read, quizzes, millis(), millis(), theme, 0u8..3).prop_map(
            |(lang, name, last, read, quizzes, updated, reset_at, theme, text_size)| Progress {
                version: super::super::VERSION,
                lang,
                name,
                last,
                read,
                quizzes,
                updated,
                reset_at,
                theme,
                text_size,
            },
        )
    }

    proptest! {
        #[test]
        fn every_progress_round_trips(p in progress()) {
            prop_assert_eq!(Progress::from_json(&crate::json::parse(&p.to_json().text()).unwrap()), Some(p.clone()));
            prop_assert_eq!(Progress::from_json(&crate::json::parse(&p.to_json().pretty()).unwrap()), Some(p));
        }
    }

    #[test]
    fn missing_and_null_fields_take_defaults_and_wrong_types_are_refused() {
        let read = |text: &str| Progress::from_json(&crate::json::parse(text).unwrap());
        assert_eq!(read(r#"{"name":null,"extra":[1]}"#), Some(Progress::default()));
        assert_eq!(read(r#"{"text_size":300}"#), None);
        assert_eq!(read(r#"{"theme":"Sepia"}"#), None);
        assert_eq!(read(r#"{"quizzes":{"ch1":{"answers":{"q":{"response":{"Order":["a"],"Text":"b"}}}}}}"#), None);
        assert_eq!(read(r#"{"quizzes":{"ch1":{"answers":{"q":{"response":{"Match":[["a"]]}}}}}}"#), None);
    }
}
