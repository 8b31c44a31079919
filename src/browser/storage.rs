//! Progress in localStorage. Damaged or future data is never thrown away: it is
//! kept under a backup key and the student is told. Without storage the app
//! runs in memory and says so.
//!
//! This talks to `web_sys::Storage` directly rather than through gloo-storage,
//! whose `LocalStorage::raw()` throws when storage is disabled: exactly the
//! case we must survive.

use crate::progress::store::{from_json, to_json, LoadError};
use crate::progress::Progress;

pub const KEY: &str = "zhiyuan.progress";
pub const BACKUP_KEY: &str = "zhiyuan.progress.backup";

/// What loading found, for the notice the app shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    Fresh,
    Restored,
    /// Saved data could not be read; it was kept under [`BACKUP_KEY`].
    Damaged(LoadError),
    /// localStorage cannot be used: progress lives in memory only.
    Unavailable,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> (Progress, Loaded) {
    let Some(store) = storage() else { return (Progress::new(), Loaded::Unavailable) };
    let raw = match store.get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Progress::new(), Loaded::Fresh),
        Err(_) => return (Progress::new(), Loaded::Unavailable),
    };
    match from_json(&raw) {
        Ok(progress) => (progress, Loaded::Restored),
        Err(error) => {
            let _ = store.set_item(BACKUP_KEY, &raw);
            (Progress::new(), Loaded::Damaged(error))
        }
    }
}

/// Saves progress; false when storage refused (disabled or full).
pub fn save(progress: &Progress) -> bool {
    storage().is_some_and(|s| s.set_item(KEY, &to_json(progress)).is_ok())
}

/// Notes the build that is running. True when an earlier visit ran a
/// different one: a new version was deployed and has just been picked up.
pub fn new_build(id: &str) -> bool {
    const BUILD_KEY: &str = "zhiyuan.build";
    let Some(store) = storage() else { return false };
    let before = store.get_item(BUILD_KEY).ok().flatten();
    let _ = store.set_item(BUILD_KEY, id);
    before.is_some_and(|b| b != id)
}

/// Progress another tab just saved, from a `storage` event, if it is ours
/// and readable.
pub fn from_other_tab(event: &web_sys::StorageEvent) -> Option<Progress> {
    if event.key().as_deref() != Some(KEY) {
        return None;
    }
    from_json(&event.new_value()?).ok()
}

/// The raw text kept from damaged saved data, if any.
pub fn backup() -> Option<String> {
    storage()?.get_item(BACKUP_KEY).ok().flatten()
}
