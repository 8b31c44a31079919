//! Browser tier: the view a panic leaves behind. It replaces the app with a
//! message in both languages and a reload link, and never touches the saved
//! progress. (Its own test binary, so its own page.)
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use zhiyuan::browser::storage::KEY;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_crash_shows_a_way_back_and_keeps_progress() {
    let window = web_sys::window().unwrap();
    let local = window.local_storage().unwrap().unwrap();
    local.clear().unwrap();
    window.location().set_hash("#/en/read/ch1").unwrap();
    support::with_english();
    zhiyuan::ui::mount();
    support::tick(400).await;
    let saved = local.get_item(KEY).unwrap();
    assert!(saved.is_some(), "the app saved its state");

    zhiyuan::browser::show_crash();
    let document = window.document().unwrap();
    assert!(document.get_element_by_id("main").is_none(), "the broken app is gone");
    let crash = document.get_element_by_id("crash").expect("the crash view");
    assert_eq!(crash.get_attribute("role").as_deref(), Some("alert"));
    let text = crash.text_content().unwrap_or_default();
    assert!(text.contains("出错了") && text.contains("Something went wrong"));
    let reload = crash.query_selector("a").unwrap().expect("a reload link");
    assert_eq!(reload.get_attribute("href").as_deref(), Some(""));
    assert_eq!(local.get_item(KEY).unwrap(), saved, "saved progress is untouched");
}
