//! Browser tier: runs in headless Chromium through wasm-bindgen-test.
//! Storage glue against the real localStorage, and the app rendering and
//! reacting to clicks in a real DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use zhiyuan::browser::storage::{self, Loaded, BACKUP_KEY, KEY};
use zhiyuan::progress::store::LoadError;
use zhiyuan::progress::Progress;
use zhiyuan::quiz::{QuizKey, Response};

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn progress_survives_a_save_and_load() {
    local().clear().unwrap();
    let book = zhiyuan::book::book();
    let q = book.question("ch1-q1").unwrap();
    let mut progress = Progress::new();
    progress.name = "小明".into();
    progress.quiz_mut(QuizKey::Chapter("ch1"), 7, 1.0).respond(q, Response::Choices(vec!["a".into()]), 1.0);
    assert!(storage::save(&progress));
    let (loaded, how) = storage::load();
    assert_eq!(how, Loaded::Restored);
    assert_eq!(loaded, progress);
}

#[wasm_bindgen_test]
fn damaged_progress_is_kept_as_a_backup_and_reported() {
    local().clear().unwrap();
    local().set_item(KEY, "{not json").unwrap();
    let (progress, how) = storage::load();
    assert_eq!(how, Loaded::Damaged(LoadError::Corrupt));
    assert_eq!(progress, Progress::new());
    assert_eq!(local().get_item(BACKUP_KEY).unwrap().as_deref(), Some("{not json"));
    assert_eq!(storage::backup().as_deref(), Some("{not json"));
}

/// One page per test binary, so the mounted app is tested in one journey:
/// damaged saved data is reported and kept, a chapter renders and reacts to
/// clicks, the language switches and is saved, and another tab's save is
/// merged in.
#[wasm_bindgen_test]
async fn the_app_reports_damage_reacts_to_clicks_and_syncs_tabs() {
    local().clear().unwrap();
    local().set_item(KEY, "{\"version\":2,\"quizzes\":").unwrap();
    web_sys::window().unwrap().location().set_hash("#/zh/read/ch3").unwrap();
    zhiyuan::ui::mount();
    tick(50).await;

    // The damaged value is kept as a backup, with a notice and a download link.
    assert!(text(".notice").contains("备份"), "the notice is shown in Chinese");
    assert!(query(".notice button").is_some(), "a button to download the backup");
    assert_eq!(storage::backup().as_deref(), Some("{\"version\":2,\"quizzes\":"));

    let book = zhiyuan::book::book();
    let chapter = book.chapter("ch3").unwrap();
    assert_eq!(text("h1"), chapter.title.zh);

    // A glossary term opens its definition on click, and closes again.
    let term = query("button.term").expect("a glossary term in chapter 3");
    let popover = query(&format!("#{}", term.get_attribute("aria-controls").unwrap())).unwrap();
    assert!(popover.hidden());
    term.click();
    tick(20).await;
    assert_eq!(term.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!popover.hidden());
    term.click();
    tick(20).await;
    assert!(popover.hidden());

    // English that cannot be fetched (the test runner does not serve the
    // app's files): the chapter stays in Chinese, with a notice in both languages.
    query("a.lang-switch").unwrap().click();
    until(5000, || text(".notice.english").contains("could not be loaded")).await;
    assert!(text(".notice.english").contains("英文内容没能加载"), "the notice is in both languages");
    assert_eq!(text("h1"), chapter.title.zh);
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "#/zh/read/ch3");

    // The language switch shows the same chapter in English, and is saved.
    with_english();
    query("a.lang-switch").unwrap().click();
    until(5000, || local().get_item(KEY).ok().flatten().is_some_and(|s| s.contains("\"lang\":\"en\""))).await;
    // The book as read before has no English: the one read now has.
    assert_eq!(chapter.title.en, "");
    assert_eq!(text("h1"), zhiyuan::book::book().chapter("ch3").unwrap().title.en);
    assert!(query(".notice.english").is_none(), "the notice goes once English is here");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    let saved = local().get_item(KEY).unwrap().unwrap_or_default();
    assert!(saved.contains("\"lang\":\"en\""), "the language choice is saved: {saved}");

    // Another tab saves a newer name and an answer: this tab merges both in.
    web_sys::window().unwrap().location().set_hash("#/en/summary").unwrap();
    tick(50).await;
    let mut theirs = zhiyuan::progress::store::from_json(&saved).unwrap();
    theirs.set_name("From the other tab", js_sys::Date::now() + 1000.0);
    let q = book.question("ch1-q1").unwrap();
    theirs.quiz_mut(QuizKey::Chapter("ch1"), 3, js_sys::Date::now()).respond(q, Response::Choices(vec!["a".into()]), js_sys::Date::now());
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(KEY));
    init.set_new_value(Some(&zhiyuan::progress::store::to_json(&theirs)));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    tick(50).await;
    let name: web_sys::HtmlInputElement = query("#student-name").unwrap().unchecked_into();
    assert_eq!(name.value(), "From the other tab");
    until(5000, || local().get_item(KEY).ok().flatten().is_some_and(|s| s.contains("From the other tab"))).await;
    let mine = zhiyuan::progress::store::from_json(&local().get_item(KEY).unwrap().unwrap()).unwrap();
    assert!(mine.answer(QuizKey::Chapter("ch1"), q).is_some(), "the other tab's answer is merged and saved");
    assert_eq!(mine.lang, theirs.lang);
}
