//! The Leptos views. They render state and send events; the rules live in the
//! pure core (`content`, `quiz`, `progress`, `route`), and the browser is
//! reached only through `crate::browser`.

mod batches;
mod components;
mod language;
#[cfg(feature = "scorm")]
mod lms;
mod pages;
mod takeover;

use leptos::prelude::*;

use crate::browser;
use crate::browser::storage::{self, Loaded};
use crate::content::Book;
use crate::i18n::{Key, Lang};
use crate::progress::merge::merge;
use crate::progress::Progress;
use crate::route::{Page, Route};

/// The app's shared state, handed to every view through context.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub route: RwSignal<Route>,
    /// Whether the English text is being fetched, or could not be.
    pub english: RwSignal<language::English>,
    pub progress: RwSignal<Progress>,
    /// Set when the last save was refused (storage full or disabled).
    pub unsaved: RwSignal<bool>,
    /// Work in progress on the teacher's pages, kept while the app runs:
    /// every route change rebuilds a page (a language switch too).
    pub drafts: StoredValue<Drafts>,
    /// The one glossary card open, by its term's number: opening another,
    /// an outside tap, Escape or scrolling closes it.
    pub open_term: RwSignal<Option<usize>>,
}

#[derive(Default)]
pub struct Drafts {
    /// The assignment being built.
    pub assignment: pages::Draft,
}

impl Ctx {
    /// The book as loaded: a page is built after its language's text is
    /// here (`language::follow`), so pages read it as they are built.
    pub fn book(&self) -> &'static Book {
        crate::book::book()
    }

    pub fn lang(&self) -> Lang {
        self.route.with(|r| r.lang)
    }

    /// A UI string in the current language, as a reactive closure.
    pub fn t(self, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || key.get(self.lang())
    }
}

pub fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// Mounts the app with every page on the page's body: the teacher's bundle
/// and the browser tests. A panic shows a recoverable error view instead of
/// a frozen or white page.
pub fn mount() {
    mount_with(pages::page);
}

/// Mounts the student's bundle: every page but the teacher's tools, which
/// open their own bundle (`teacher.html`), so a student's first visit never
/// loads them.
pub fn mount_student() {
    mount_with(pages::student);
}

/// Mounts once the first page's language is here: Chinese is built in, and
/// a first visit in English waits for its text behind the loading message.
fn mount_with(pages: fn(Route) -> AnyView) {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_crash();
    }));
    let (saved, loaded) = storage::load();
    let lang = Route::parse(&browser::hash(), saved.lang.unwrap_or_default()).lang;
    // The page from the HTML goes once the app's page is in the document,
    // in the same task: a layout read while the app builds its page keeps the
    // scroll, which an emptied document would reset.
    let start = move || {
        let prerendered = browser::prerender::shown();
        browser::remove("loading");
        mount_to_body(move || view! { <Shell saved loaded pages prerendered/> });
        browser::remove(crate::prerender::ID);
    };
    language::ensure(lang, move |_| {
        // A page from the HTML is on screen: let the browser finish
        // showing it (a frame, and the task after it) before it is replaced,
        // or it is not counted as painted (LCP) when the start is busy.
        if browser::shown(crate::prerender::ID) {
            request_animation_frame(move || set_timeout(start, std::time::Duration::ZERO));
        } else {
            start();
        }
    });
}

#[component]
fn Shell(saved: Progress, loaded: Loaded, pages: fn(Route) -> AnyView, prerendered: Option<browser::prerender::Shown>) -> impl IntoView {
    let book = crate::book::book();
    #[cfg(feature = "scorm")]
    let (saved, lms) = lms::connect(book, saved);
    let mut saved = saved;
    let taken = takeover::take(book, &mut saved, prerendered);
    let (start, english) = language::start(Route::parse(&browser::hash(), saved.lang.unwrap_or_default()));
    let route = RwSignal::new(start);
    let progress = RwSignal::new(saved);
    let open_term = RwSignal::new(None);
    let ctx = Ctx { route, english: RwSignal::new(english), progress, unsaved: RwSignal::new(false), drafts: StoredValue::new(Drafts::default()), open_term };
    provide_context(ctx);
    progress.update(|p| {
        p.reconcile(&book.questions().collect::<Vec<_>>());
    });

    let _ = window_event_listener(leptos::ev::hashchange, move |_| language::follow(ctx));
    // A glossary card closes on a tap outside any term or card, and on scrolling.
    let _ = window_event_listener(leptos::ev::pointerdown, move |event| {
        if open_term.get_untracked().is_some() && !browser::inside(event.target(), ".term-wrap") {
            open_term.set(None);
        }
    });
    // Scrolling means moving on: more than a nudge (24 px) from where the card was opened.
    let opened_at = StoredValue::new(0.0);
    Effect::new(move |_| {
        if open_term.get().is_some() {
            opened_at.set_value(browser::scroll_y());
        }
    });
    let _ = window_event_listener(leptos::ev::scroll, move |_| {
        if open_term.get_untracked().is_some() && (browser::scroll_y() - opened_at.get_value()).abs() > 24.0 {
            open_term.set(None);
        }
    });
    // Another tab saved: merge its work with ours, newer wins.
    let _ = window_event_listener(leptos::ev::storage, move |event| {
        if let Some(theirs) = storage::from_other_tab(&event) {
            let merged = progress.with_untracked(|mine| merge(mine, &theirs));
            if progress.with_untracked(|mine| *mine != merged) {
                progress.set(merged);
            }
        }
    });
    // Mark the page's language, and remember it and the last place read or practised.
    Effect::new(move |_| {
        let r = route.get();
        browser::root_lang(r.lang.tag());
        browser::set_title(&crate::title::title(&r, ctx.book()));
        let last = matches!(r.page, Page::Read { .. } | Page::Quiz { .. }).then(|| r.href());
        progress.update(|p| p.set_place(r.lang, last, browser::time()));
    });
    save_on_change(ctx, taken);
    #[cfg(feature = "scorm")]
    if let Some(session) = lms {
        lms::report(progress, session);
    }
    components::display::apply();
    // A package (feature `scorm`) registers no service worker: it would take
    // over paths of the platform's site.
    #[cfg(feature = "scorm")]
    let package = lms::is_package();
    #[cfg(not(feature = "scorm"))]
    let package = false;
    if !package {
        browser::register_service_worker();
    }
    let updated = browser::build_id().is_some_and(|id| storage::new_build(&id));

    view! {
        <components::header::Header/>
        <components::notice::Notice loaded updated/>
        <main id="main" tabindex="-1">
            {move || pages(route.get())}
        </main>
    }
}

/// Saves progress after changes, at most every 250 ms (typing an answer is
/// many changes), and at once when the page is hidden or closed; also on
/// start when `unsaved_start` (answers taken over from the HTML's quiz).
fn save_on_change(ctx: Ctx, unsaved_start: bool) {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let save = move || {
        pending.set_value(None);
        let ok = ctx.progress.with_untracked(storage::save);
        if ctx.unsaved.get_untracked() == ok {
            ctx.unsaved.set(!ok);
        }
    };
    Effect::new(move |first: Option<()>| {
        ctx.progress.track();
        if first.is_none() && !unsaved_start {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(save, std::time::Duration::from_millis(250)).ok());
    });
    let _ = window_event_listener(leptos::ev::pagehide, move |_| {
        if pending.get_value().is_some() {
            save();
        }
    });
}
