//! Handing things on: the clipboard (with a fallback that selects the text),
//! the native share sheet, printing, and this page's address for links.

use wasm_bindgen::{JsCast, JsValue};

use super::window;

/// The student's page with a hash: what links and QR codes hold (made on
/// the teacher's page too, they lead to the student's).
pub fn page_url(hash: &str) -> String {
    let href = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    format!("{}{hash}", crate::route::student_base(&href))
}

/// How a copy went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    /// On the clipboard.
    Done,
    /// The Clipboard API is missing or refused: the text is selected in its
    /// field, for the user to copy.
    Selected,
}

/// Copies text with the Clipboard API; when that is missing (an insecure
/// page) or refuses, selects the text of the field with id `field`.
pub fn copy(text: &str, field: &str, done: impl FnOnce(Copied) + 'static) {
    let field = field.to_string();
    let Some(clipboard) = clipboard() else {
        select(&field);
        return done(Copied::Selected);
    };
    let written = move |ok: Option<JsValue>| {
        if ok.is_some() {
            done(Copied::Done);
        } else {
            select(&field);
            done(Copied::Selected);
        }
    };
    super::settled(clipboard.write_text(text).unchecked_into(), Box::new(written));
}

fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = window()?.navigator();
    js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?.dyn_into().ok()
}

/// Focuses a text field and selects all of its text.
pub fn select(field: &str) {
    let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(field)) else { return };
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}

/// Whether the browser has a native share sheet.
pub fn can_share() -> bool {
    window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the native share sheet with a title and a link or a text. Closing
/// the sheet without sharing is not an error.
pub fn share(title: &str, url: Option<&str>, text: Option<&str>) {
    let Some(w) = window() else { return };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    if let Some(url) = url {
        data.set_url(url);
    }
    if let Some(text) = text {
        data.set_text(text);
    }
    super::settled(w.navigator().share_with_data(&data).unchecked_into(), Box::new(|_| ()));
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}
