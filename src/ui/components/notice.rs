use leptos::prelude::*;

use crate::browser;
use crate::browser::storage::{self, Loaded};
use crate::i18n::{Key, Lang};
use crate::progress::store::LoadError;
use crate::ui::ctx;
use crate::ui::language::English;

/// Tells the student when saved progress could not be read or cannot be saved.
#[component]
pub fn Notice(loaded: Loaded, updated: bool) -> impl IntoView {
    let ctx = ctx();
    let unavailable = loaded == Loaded::Unavailable;
    let full = move || (ctx.unsaved.get() && !unavailable).then(|| view! { <div class="notice" role="alert"><p>{ctx.t(Key::StorageFull)}</p></div> });
    let updated = updated.then(|| view! { <div class="notice info" role="status"><p>{ctx.t(Key::Updated)}</p></div> });
    view! { {load_notice(loaded)} {full} {updated} {english} }
}

/// Fetching the English text, or why the page is still in Chinese: in both
/// languages, as the student asked for English.
fn english() -> impl IntoView {
    let ctx = ctx();
    move || {
        let (key, class) = match ctx.english.get() {
            English::Idle => return None,
            English::Loading => (Key::EnglishLoading, "notice info english"),
            English::Failed => (Key::EnglishFailed, "notice english"),
        };
        Some(view! {
            <div class=class role="status">
                <p lang="zh-Hans">{key.get(Lang::Zh)}</p>
                <p lang="en">{key.get(Lang::En)}</p>
            </div>
        })
    }
}

/// The notice about what loading found, if anything went wrong.
fn load_notice(loaded: Loaded) -> Option<impl IntoView> {
    let ctx = ctx();
    let key = match loaded {
        Loaded::Fresh | Loaded::Restored => return None,
        Loaded::Damaged(LoadError::Corrupt) => Key::StorageDamaged,
        Loaded::Damaged(LoadError::FromFuture(_)) => Key::StorageFuture,
        Loaded::Unavailable => Key::StorageUnavailable,
    };
    let backup = storage::backup().map(|raw| {
        let save = move |_| {
            browser::download("zhiyuan-progress-backup.json", "application/json", &raw);
        };
        view! { <button type="button" class="button" on:click=save>{ctx.t(Key::DownloadBackup)}</button> }
    });
    Some(view! {
        <div class="notice" role="alert">
            <p>{ctx.t(key)}</p>
            {backup}
        </div>
    })
}
