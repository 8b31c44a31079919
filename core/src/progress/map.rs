//! Progress entries by content id: a `Vec` kept sorted by key.
//!
//! These maps hold a few dozen entries at most. A sorted `Vec` does all that
//! `BTreeMap` did here, iterating in key order (so saved progress is written
//! in the same order as before), for a fraction of the wasm: `BTreeMap`'s
//! node code was compiled once per value type, about 29 KB.
//!
//! `Map<V, K>` holds values `V` by keys `K`: a content id type (`ChapterId`,
//! `QuestionId`) where the key names one, `String` (the default) where it is
//! other text (a quiz key, an attempt number, an assignment code). The id
//! types are `serde(transparent)` strings that order as their text, so the
//! saved JSON is the same whichever key type a map has.

use std::ops::Index;

#[derive(Clone, Debug, PartialEq)]
pub struct Map<V, K = String>(Vec<(K, V)>);

impl<V, K> Default for Map<V, K> {
    fn default() -> Self {
        Map(Vec::new())
    }
}

impl<V, K: AsRef<str>> Map<V, K> {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_ref().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the value for a key, returning the one it replaced.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(key.as_ref()) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    /// The value for a key, made first if there is none.
    pub fn get_or_insert_with(&mut self, key: &K, make: impl FnOnce() -> V) -> &mut V
    where
        K: Clone,
    {
        let i = match self.find(key.as_ref()) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key.clone(), make()));
                i
            }
        };
        &mut self.0[i].1
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &V) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    /// Entries in key order, values changeable.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&K, &mut V)> {
        self.0.iter_mut().map(|(k, v)| (&*k, v))
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<V: Default, K: AsRef<str> + Clone> Map<V, K> {
    pub fn get_or_default(&mut self, key: &K) -> &mut V {
        self.get_or_insert_with(key, V::default)
    }
}

/// Later entries win over earlier ones with the same key.
impl<V, K: AsRef<str>> FromIterator<(K, V)> for Map<V, K> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut map = Map::default();
        for (k, v) in entries {
            map.insert(k, v);
        }
        map
    }
}

impl<V, K> IntoIterator for Map<V, K> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    /// Entries in key order.
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Saved as a JSON object in key order, as `BTreeMap` was. Reading keeps
/// the last of a repeated key.
impl<V: serde::Serialize, K: serde::Serialize> serde::Serialize for Map<V, K> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de, V: serde::Deserialize<'de>, K: serde::Deserialize<'de> + AsRef<str>> serde::Deserialize<'de> for Map<V, K> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<V, K>(std::marker::PhantomData<(V, K)>);
        impl<'de, V: serde::Deserialize<'de>, K: serde::Deserialize<'de> + AsRef<str>> serde::de::Visitor<'de> for Entries<V, K> {
            type Value = Map<V, K>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut entries: A) -> Result<Map<V, K>, A::Error> {
                let mut map = Map::default();
                while let Some((key, value)) = entries.next_entry()? {
                    map.insert(key, value);
                }
                Ok(map)
            }
        }
        deserializer.deserialize_map(Entries(std::marker::PhantomData))
    }
}

/// `map["ch1"]`, for tests: panics when the key is missing, like `BTreeMap`.
impl<V, K: AsRef<str>> Index<&str> for Map<V, K> {
    type Output = V;

    fn index(&self, key: &str) -> &V {
        self.get(key).unwrap_or_else(|| panic!("no entry {key:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    #[derive(Clone, Debug)]
    enum Op {
        Insert(String, u8),
        Remove(String),
        Default(String),
        Retain(u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        let key = "[a-d]{0,2}";
        prop_oneof![
            (key, any::<u8>()).prop_map(|(k, v)| Op::Insert(k, v)),
            key.prop_map(Op::Remove),
            key.prop_map(Op::Default),
            any::<u8>().prop_map(Op::Retain),
        ]
    }

    proptest! {
        /// Any sequence of changes leaves the same entries, in the same
        /// order, as the BTreeMap it replaces.
        #[test]
        fn behaves_like_a_btreemap(ops in prop::collection::vec(op(), 0..40)) {
            let mut ours = Map::default();
            let mut std = BTreeMap::new();
            for op in ops {
                match op {
                    Op::Insert(k, v) => prop_assert_eq!(ours.insert(k.clone(), v), std.insert(k, v)),
                    Op::Remove(k) => prop_assert_eq!(ours.remove(&k), std.remove(&k)),
                    Op::Default(k) => prop_assert_eq!(*ours.get_or_default(&k), *std.entry(k).or_default()),
                    Op::Retain(min) => {
                        ours.retain(|_, v| *v >= min);
                        std.retain(|_, v| *v >= min);
                    }
                }
                let theirs: Vec<(&String, &u8)> = std.iter().collect();
                prop_assert_eq!(ours.iter().collect::<Vec<_>>(), theirs);
            }
        }

        #[test]
        fn collecting_keeps_the_last_of_each_key(entries in prop::collection::vec(("[a-c]", any::<u8>()), 0..12)) {
            let ours: Map<u8> = entries.iter().cloned().collect();
            let std: BTreeMap<String, u8> = entries.into_iter().collect();
            prop_assert_eq!(ours.iter().map(|(k, v)| (k.to_owned(), *v)).collect::<Vec<_>>(), std.into_iter().collect::<Vec<_>>());
        }
    }
}
