use leptos::prelude::*;

use crate::browser::storage::{self, Loaded};
use crate::i18n::Key;
use crate::progress::store::LoadError;
use crate::ui::ctx;

/// Tells the student when saved progress could not be read or cannot be saved.
#[component]
pub fn Notice(loaded: Loaded) -> impl IntoView {
    let ctx = ctx();
    let key = match loaded {
        Loaded::Fresh | Loaded::Restored => return None,
        Loaded::Damaged(LoadError::Corrupt) => Key::StorageDamaged,
        Loaded::Damaged(LoadError::FromFuture(_)) => Key::StorageFuture,
        Loaded::Unavailable => Key::StorageUnavailable,
    };
    let backup = storage::backup().map(|raw| {
        let url = crate::browser::data_url("application/json", &raw);
        view! { <a class="button" href=url download="zhiyuan-progress-backup.json">{ctx.t(Key::DownloadBackup)}</a> }
    });
    Some(view! {
        <div class="notice" role="alert">
            <p>{ctx.t(key)}</p>
            {backup}
        </div>
    })
}
