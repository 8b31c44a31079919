//! The only place that touches the browser: storage, location, randomness,
//! the clock, and (in `share`) the clipboard, the share sheet and printing.
//! Everything here hands plain Rust values to the rest of the app.

pub mod share;
pub mod storage;

use wasm_bindgen::JsValue;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current location hash, `#` included, or empty.
pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Goes to a hash route, adding a history entry.
pub fn go(hash: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Replaces the current hash without a new history entry.
pub fn replace(hash: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Now, in minutes since 2020-01-01 UTC (`share::time`).
pub fn now_minutes() -> u32 {
    crate::share::time::minutes(js_sys::Date::now())
}

/// The local time zone, in minutes east of UTC.
pub fn utc_offset() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// A `data:` URL holding text, for a download link (`<a download>`).
pub fn data_url(mime: &str, text: &str) -> String {
    let encoded: String = text
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => char::from(b).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!("data:{mime};charset=utf-8,{encoded}")
}

/// A random seed for shuffling.
pub fn random_seed() -> u64 {
    (js_sys_random() * 9_007_199_254_740_991.0) as u64
}

fn js_sys_random() -> f64 {
    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Math)]
        fn random() -> f64;
    }
    random()
}

/// Moves keyboard focus to an element by id without the browser's own jump,
/// then shows it: a page heading by going to the top, a target (a paragraph,
/// a question) by centring it.
pub fn focus(id: &str, target: bool) {
    use wasm_bindgen::JsCast;
    let Some(w) = window() else { return };
    let Some(el) = w.document().and_then(|d| d.get_element_by_id(id)) else { return };
    let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else { return };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    if target {
        let place = web_sys::ScrollIntoViewOptions::new();
        place.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&place);
    } else {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// How far down the page the reader is, from 0 to 1.
pub fn scroll_fraction() -> f64 {
    let Some(w) = window() else { return 0.0 };
    let Some(root) = w.document().and_then(|d| d.document_element()) else { return 0.0 };
    let top = w.scroll_y().unwrap_or(0.0);
    let room = f64::from(root.scroll_height()) - w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if room <= 1.0 { 1.0 } else { (top / room).clamp(0.0, 1.0) }
}
