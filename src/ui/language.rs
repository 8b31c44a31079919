//! A route's language, before its page is built: Chinese is built into the
//! app, and English is fetched the first time a route needs it
//! (`crate::book::ENGLISH_FILE`; the service worker keeps it for offline
//! use). Until it is here the page stays as it was, with a status; when it
//! cannot be fetched the page is shown in Chinese, with a notice in both
//! languages, and nothing the student did is lost.

use leptos::prelude::*;

use crate::book;
use crate::browser;
use crate::i18n::Lang;
use crate::route::Route;
use crate::ui::Ctx;

/// Where the English text is, when a route asked for it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum English {
    /// Here, or not asked for.
    #[default]
    Idle,
    Loading,
    /// Could not be fetched: the page was shown in Chinese.
    Failed,
}

/// Calls `then` once the book has `lang`'s texts, at once or after fetching
/// them, with whether it has them.
pub fn ensure(lang: Lang, then: impl FnOnce(bool) + 'static) {
    if book::has(lang) {
        return then(true);
    }
    browser::fetch_bytes(book::ENGLISH_FILE, move |bytes| then(bytes.is_some_and(|b| book::add_english(&b).is_ok())));
}

/// The first route, in Chinese if its language could not be loaded.
pub fn start(route: Route) -> (Route, English) {
    if book::has(route.lang) {
        return (route, English::Idle);
    }
    let route = Route { lang: Lang::Zh, ..route };
    browser::replace_location(&route.href());
    (route, English::Failed)
}

/// Follows the location's hash to its route, once the route's language is here.
pub fn follow(ctx: Ctx) {
    let next = Route::parse(&browser::hash(), ctx.lang());
    if book::has(next.lang) {
        // English is here now (it failed before): the notice has done its work.
        if next.lang == Lang::En && ctx.english.get_untracked() != English::Idle {
            ctx.english.set(English::Idle);
        }
        ctx.route.set(next);
        return;
    }
    ctx.english.set(English::Loading);
    ensure(next.lang, move |ok| {
        if ok {
            ctx.english.set(English::Idle);
            follow(ctx);
        } else {
            ctx.english.set(English::Failed);
            browser::replace_location(&Route { lang: Lang::Zh, ..next }.href());
        }
    });
}
