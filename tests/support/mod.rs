//! Helpers shared by the browser-tier test binaries (each its own page).
#![allow(dead_code)]

use wasm_bindgen::JsCast;

/// Adds the English text as if it had been fetched (the test runner does not
/// serve the app's files; the end-to-end tier fetches it for real).
pub fn with_english() {
    zhiyuan::book::add_english(zhiyuan::book::ENGLISH).expect("the English part of this build");
}

pub fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets the browser run timers, events and a frame.
pub async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `done` holds, checking every 50 ms, for at most `ms`: saves
/// are debounced, and a slow machine must not turn a wait into a failure.
pub async fn until(ms: i32, done: impl Fn() -> bool) {
    let mut waited = 0;
    while !done() && waited < ms {
        tick(50).await;
        waited += 50;
    }
}

pub fn query(selector: &str) -> Option<web_sys::HtmlElement> {
    document().query_selector(selector).unwrap().map(|e| e.unchecked_into())
}

pub fn text(selector: &str) -> String {
    query(selector).map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}
