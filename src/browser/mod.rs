//! The only place that touches the browser: storage, location, randomness,
//! the clock, (in `share`) the clipboard, the share sheet and printing, and
//! (in `scorm`) a learning platform's SCORM API, and (in `prerender`) the
//! quiz a first visit answered before the app started.
//! Everything here hands plain Rust values to the rest of the app.

pub mod prerender;
pub mod scorm;
pub mod share;
pub mod storage;

use wasm_bindgen::{JsCast, JsValue};

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current location hash, `#` included, or empty.
pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Opens another page of the app (relative to this one) in place of this
/// one, without a history entry.
pub fn replace_location(relative: &str) {
    if let Some(w) = window() {
        let _ = w.location().replace(relative);
    }
}

/// Goes to a hash route, adding a history entry.
pub fn go(hash: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(hash);
    }
}

/// The local time zone, in minutes east of UTC.
pub fn utc_offset() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// A random seed for shuffling.
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64
}

/// Milliseconds since 1970.
pub fn time() -> f64 {
    js_sys::Date::now()
}

/// Offers text as a file to download. False when the browser refused.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let offer = || -> Option<()> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = window()?.document()?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        document.body()?.append_child(&link).ok()?;
        link.click();
        link.remove();
        web_sys::Url::revoke_object_url(&url).ok()
    };
    offer().is_some()
}

/// Reads the file chosen in a file input: `done` gets its text, or `None`
/// when no file was chosen or it could not be read.
pub fn read_chosen_file(input: &web_sys::HtmlInputElement, done: impl FnOnce(Option<String>) + 'static) {
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return done(None) };
    settled(file.text().unchecked_into(), Box::new(move |text| done(text.and_then(|t| t.as_string()))));
}

/// Calls `done` with a promise's value once it settles, or `None` when it
/// was rejected. Every promise the app waits on goes through this one
/// function, so the wasm holds one copy of the future machinery.
pub fn settled(promise: js_sys::Promise, done: Box<dyn FnOnce(Option<JsValue>)>) {
    wasm_bindgen_futures::spawn_local(settle(promise, done));
}

async fn settle(promise: js_sys::Promise, done: Box<dyn FnOnce(Option<JsValue>)>) {
    done(wasm_bindgen_futures::JsFuture::from(promise).await.ok());
}

/// Calls `done` with the bytes of a file of this app (a path relative to the
/// page), or `None` when it cannot be fetched (offline and not cached, not
/// found).
pub fn fetch_bytes(path: &str, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    let Some(w) = window() else { return done(None) };
    settled(
        w.fetch_with_str(path),
        Box::new(move |response| {
            let response = response.and_then(|r| r.dyn_into::<web_sys::Response>().ok()).filter(web_sys::Response::ok);
            match response.and_then(|r| r.array_buffer().ok()) {
                Some(body) => settled(body, Box::new(move |buffer| done(buffer.map(|b| js_sys::Uint8Array::new(&b).to_vec())))),
                None => done(None),
            }
        }),
    );
}

/// The id of the last element matching `selector` whose top is above a third
/// of the window: where the reader is.
pub fn reading_at(selector: &str) -> Option<String> {
    let w = window()?;
    let line = w.inner_height().ok()?.as_f64()? / 3.0;
    let nodes = w.document()?.query_selector_all(selector).ok()?;
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::Element>().ok())
        .take_while(|el| el.get_bounding_client_rect().top() < line)
        .last()
        .map(|el| el.id())
}

/// Where a focused element is brought into view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scroll {
    /// The page's top: for a page heading.
    ToTop,
    /// Centred: for a target a link named (a paragraph, a question).
    Centre,
}

/// Moves keyboard focus to an element by id without the browser's own jump,
/// then shows it where `scroll` says.
pub fn focus(id: &str, scroll: Scroll) {
    let Some(w) = window() else { return };
    let Some(el) = w.document().and_then(|d| d.get_element_by_id(id)) else { return };
    let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else { return };
    focus_in_place(&el);
    if scroll == Scroll::Centre {
        let place = web_sys::ScrollIntoViewOptions::new();
        place.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&place);
    } else {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Focuses an element without the browser's own jump to it.
fn focus_in_place(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// How far down the page the reader is, from 0 to 1.
pub fn scroll_fraction() -> f64 {
    let Some(w) = window() else { return 0.0 };
    let Some(root) = w.document().and_then(|d| d.document_element()) else { return 0.0 };
    let top = w.scroll_y().unwrap_or(0.0);
    let room = f64::from(root.scroll_height()) - w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if room <= 1.0 {
        1.0
    } else {
        (top / room).clamp(0.0, 1.0)
    }
}

/// Registers the service worker that keeps the app working offline. Release
/// builds only: in development it would serve stale files to live reload.
pub fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = window().map(|w| w.navigator().service_worker()) else { return };
    // A refusal (an insecure page, say) only means no offline copy.
    settled(container.register("sw.js").unchecked_into(), Box::new(|_| ()));
}

/// This build's identity, written into index.html after each release build
/// (scripts/post-build.mjs); it changes with every deployed version.
pub fn build_id() -> Option<String> {
    let meta = window()?.document()?.query_selector("meta[name=zhiyuan-build]").ok()??;
    meta.get_attribute("content").filter(|id| !id.starts_with("__"))
}

/// The `<html>` element.
fn root() -> Option<web_sys::HtmlElement> {
    window()?.document()?.document_element()?.dyn_into().ok()
}

/// Sets a class on the root element on or off, e.g. for the theme.
pub fn root_class(class: &str, on: bool) {
    if let Some(root) = root() {
        let classes = root.class_list();
        let _ = if on { classes.add_1(class) } else { classes.remove_1(class) };
    }
}

/// Sets a CSS custom property on the root element, e.g. the text size.
pub fn root_property(name: &str, value: &str) {
    if let Some(root) = root() {
        let _ = root.style().set_property(name, value);
    }
}

/// Sets the page's language, so screen readers pronounce it right.
pub fn root_lang(tag: &str) {
    if let Some(root) = root() {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Whether an event's target is inside an element matching `selector`.
pub fn inside(target: Option<web_sys::EventTarget>, selector: &str) -> bool {
    target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest(selector).ok().flatten()).is_some()
}

/// Places a glossary card (fixed, see the stylesheet) below its term, or
/// above it when there is no room below, and always inside the viewport
/// with an 8 px margin, whatever the term's place on the line.
pub fn place_card(term: &web_sys::HtmlElement, card: &web_sys::HtmlElement) {
    let Some(w) = window() else { return };
    let size = |v: Result<JsValue, JsValue>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let (vw, vh) = (size(w.inner_width()), size(w.inner_height()));
    let at = term.get_bounding_client_rect();
    let (cw, ch) = (f64::from(card.offset_width()), f64::from(card.offset_height()));
    let margin = 8.0;
    let left = at.left().min(vw - cw - margin).max(margin);
    let below = at.bottom() + 4.0;
    let above = at.top() - ch - 4.0;
    // Below if it fits, else above if that fits, else as low as it fits (a tall card on a short screen).
    let top = if below + ch <= vh - margin {
        below
    } else if above >= margin {
        above
    } else {
        (vh - ch - margin).max(margin)
    };
    let style = card.style();
    let _ = style.set_property("left", &format!("{}px", left.round()));
    let _ = style.set_property("top", &format!("{}px", top.round()));
}

/// How far the page is scrolled down, in CSS pixels.
pub fn scroll_y() -> f64 {
    window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

/// Sets the document's title (the tab, history and screen readers' page name).
pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Whether the element with this id is on the page and shown.
pub fn shown(id: &str) -> bool {
    let element = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    element.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|el| el.offset_parent().is_some())
}

/// Removes an element by id, if it is there (e.g. the loading placeholder).
pub fn remove(id: &str) {
    if let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        el.remove();
    }
}

/// Whether the system asks for dark colours, kept up to date.
pub fn prefers_dark() -> leptos::prelude::ReadSignal<bool> {
    use leptos::prelude::{signal, Set};
    use wasm_bindgen::closure::Closure;
    let query = self::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
    let (dark, set_dark) = signal(query.as_ref().is_some_and(|q| q.matches()));
    if let Some(query) = query {
        let listener = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(move |e: web_sys::MediaQueryListEvent| set_dark.set(e.matches()));
        let _ = query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
        listener.forget();
    }
    dark
}

/// Replaces a page that crashed with a message and a way to reload. Saved
/// progress is not touched. Built from fixed text, never from user input.
pub fn show_crash() {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let make = |tag: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Some(panel) = document.create_element("div").ok() else { return };
    panel.set_id("crash");
    let _ = panel.set_attribute("role", "alert");
    let parts = [
        make("h1", "出错了 · Something went wrong"),
        make("p", "应用遇到了意外错误。你的进度已保存在本机，重新加载即可继续。"),
        make("p", "The app hit an unexpected error. Your progress is saved on this device: reload to carry on."),
        make("a", "重新加载 · Reload"),
    ];
    for part in parts.into_iter().flatten() {
        if part.tag_name() == "A" {
            let _ = part.set_attribute("href", "");
            let _ = part.set_attribute("class", "button primary");
        }
        let _ = panel.append_child(&part);
    }
    remove("main");
    let _ = body.append_child(&panel);
}
