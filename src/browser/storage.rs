//! Progress in localStorage, through gloo-storage. Damaged or future data is
//! never thrown away: it is kept under a backup key and the student is told.
//! Without storage the app runs in memory and says so.
//!
//! gloo-storage's calls throw when storage is disabled (private modes,
//! blocked cookies), so every call goes through [`store`], which first asks
//! web-sys whether `window.localStorage` can be had at all. Backups and the
//! build id are plain text, kept as they were written, through its `raw()`.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use crate::progress::store::{from_json, read, LoadError};
use crate::progress::Progress;

pub const KEY: &str = "zhiyuan.progress";
pub const BACKUP_KEY: &str = "zhiyuan.progress.backup";
/// The teacher's desk (`share::desk`): pasted codes and class lists.
pub const DESK_KEY: &str = "zhiyuan.desk";

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

/// localStorage through gloo-storage, when the browser lets us use it.
fn store() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    storage.length().is_ok().then(LocalStorage::raw)
}

pub fn load() -> (Progress, Loaded) {
    let Some(raw) = store() else {
        return (Progress::new(), Loaded::Unavailable);
    };
    let error = match LocalStorage::get::<serde_json::Value>(KEY) {
        Ok(document) => match read(document) {
            Ok(progress) => return (progress, Loaded::Restored),
            Err(error) => error,
        },
        Err(StorageError::KeyNotFound(_)) => return (Progress::new(), Loaded::Fresh),
        Err(StorageError::SerdeError(_)) => LoadError::Corrupt,
        Err(StorageError::JsError(_)) => return (Progress::new(), Loaded::Unavailable),
    };
    if let Ok(Some(text)) = raw.get_item(KEY) {
        let _ = raw.set_item(BACKUP_KEY, &text);
    }
    (Progress::new(), Loaded::Damaged(error))
}

/// Saves progress; false when storage refused (disabled or full).
pub fn save(progress: &Progress) -> bool {
    store().is_some() && LocalStorage::set(KEY, progress).is_ok()
}

/// Notes the build that is running. True when an earlier visit ran a
/// different one: a new version was deployed and has just been picked up.
pub fn new_build(id: &str) -> bool {
    const BUILD_KEY: &str = "zhiyuan.build";
    let Some(raw) = store() else { return false };
    let before = raw.get_item(BUILD_KEY).ok().flatten();
    let _ = raw.set_item(BUILD_KEY, id);
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
    store()?.get_item(BACKUP_KEY).ok().flatten()
}

/// The teacher's desk as saved, or an empty one.
pub fn load_desk() -> crate::share::desk::Desk {
    let text = store().and_then(|s| s.get_item(DESK_KEY).ok().flatten());
    text.map(|t| crate::share::desk::Desk::from_json(&t)).unwrap_or_default()
}

/// Saves the teacher's desk; false when storage refused it.
pub fn save_desk(desk: &crate::share::desk::Desk) -> bool {
    store().is_some_and(|s| s.set_item(DESK_KEY, &desk.to_json()).is_ok())
}
