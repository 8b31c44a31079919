//! How the app looks: dark mode (following the system until the student
//! chooses) and the text size, both remembered with the progress.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, Key};
use crate::progress::Theme;
use crate::ui::ctx;

/// Whether the page shows dark colours: the student's choice, else the system's.
#[derive(Clone, Copy)]
struct ShowingDark(Memo<bool>);

/// Applies the chosen (or the system's) theme and text size to the page, and
/// shares which theme is showing with the controls.
pub fn apply() {
    let ctx = ctx();
    let system_dark = browser::prefers_dark();
    let dark = Memo::new(move |_| ctx.progress.with(|p| p.theme).map_or(system_dark.get(), |t| t == Theme::Dark));
    provide_context(ShowingDark(dark));
    Effect::new(move |_| {
        browser::root_class("theme-dark", dark.get());
        let percent = ctx.progress.with(|p| p.text_percent());
        browser::root_property("--text-scale", &format!("{}.{:02}", percent / 100, percent % 100));
    });
}

#[component]
pub fn DisplayControls() -> impl IntoView {
    let ctx = ctx();
    let ShowingDark(showing) = expect_context::<ShowingDark>();
    let dark = move || showing.get();
    let size = move || ctx.progress.with(|p| p.text_percent());
    view! {
        <button type="button" class="icon-button" aria-pressed=move || dark().to_string() title=ctx.t(Key::DarkMode)
            aria-label=ctx.t(Key::DarkMode)
            on:click=move |_| {
                let showing_dark = dark();
                ctx.progress.update(|p| p.toggle_theme(showing_dark, browser::time()));
            }>
            <span aria-hidden="true">{move || if dark() { "☀" } else { "☾" }}</span>
        </button>
        <button type="button" class="icon-button text-size"
            aria-label=move || fill(Key::TextSize.get(ctx.lang()), format!("{}%", size()))
            title=move || fill(Key::TextSize.get(ctx.lang()), format!("{}%", size()))
            on:click=move |_| ctx.progress.update(|p| p.next_text_size(browser::time()))>
            <span aria-hidden="true">"A"<small>"A"</small></span>
        </button>
    }
}
