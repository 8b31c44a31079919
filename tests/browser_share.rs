//! Browser tier for sharing: the clipboard glue and its fallback, and the app
//! opening assignment links (banner, only its questions, a result code after
//! submitting, and damaged links explained) in a real DOM.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use zhiyuan::browser::share::{copy, Copied};
use zhiyuan::progress::Mode;
use zhiyuan::share::assignment::Reveal;
use zhiyuan::share::time::parse_date;
use zhiyuan::share::{Assignment, ResultCode};

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

fn field(id: &str, value: &str) -> web_sys::HtmlInputElement {
    let input: web_sys::HtmlInputElement = document().create_element("input").unwrap().unchecked_into();
    input.set_id(id);
    input.set_value(value);
    document().body().unwrap().append_child(&input).unwrap();
    input
}

fn is_selected(input: &web_sys::HtmlInputElement) -> bool {
    let len = input.value().chars().count() as u32;
    document().active_element().is_some_and(|e| e.id() == input.id())
        && input.selection_start().unwrap() == Some(0)
        && input.selection_end().unwrap() == Some(len)
}

#[wasm_bindgen_test]
fn without_the_clipboard_api_copy_selects_the_text() {
    let input = field("copy-fallback", "WD-ABC");
    let navigator = web_sys::window().unwrap().navigator();
    let hide = js_sys::Object::new();
    js_sys::Reflect::set(&hide, &"value".into(), &JsValue::UNDEFINED).unwrap();
    js_sys::Reflect::set(&hide, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &hide);
    let how = Rc::new(Cell::new(None));
    let seen = how.clone();
    copy("WD-ABC", "copy-fallback", move |h| seen.set(Some(h)));
    js_sys::Reflect::delete_property(&navigator, &"clipboard".into()).unwrap();
    assert_eq!(how.get(), Some(Copied::Selected), "told synchronously");
    assert!(is_selected(&input), "the whole code is selected for Ctrl+C");
    input.remove();
}

#[wasm_bindgen_test]
async fn with_the_clipboard_api_copy_always_reports_and_selects_when_refused() {
    let input = field("copy-real", "https://example.org/#/zh");
    let how = Rc::new(Cell::new(None));
    let seen = how.clone();
    copy("https://example.org/#/zh", "copy-real", move |h| seen.set(Some(h)));
    for _ in 0..50 {
        if how.get().is_some() {
            break;
        }
        tick(20).await;
    }
    match how.get() {
        Some(Copied::Done) => {}
        Some(Copied::Selected) => assert!(is_selected(&input), "a refused clipboard falls back to selecting"),
        None => panic!("copy never reported back"),
    }
    input.remove();
}

fn type_into(selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = query(selector).unwrap().unchecked_into();
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn an_assignment_link_opens_with_its_banner_and_gives_a_result_code() {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    let a = Assignment {
        title: "<b>Week 1</b>".into(),
        mode: Mode::Submit,
        shuffle: false,
        due: parse_date("2030-01-15"),
        questions: vec!["ch2-q3".into(), "ch2-q1".into()],
        reveal: Reveal::Never,
        retakes: false,
    };
    let code = a.encode().unwrap();
    let location = web_sys::window().unwrap().location();
    location.set_hash(&format!("#/en/a/{code}")).unwrap();
    with_english();
    zhiyuan::ui::mount();
    tick(80).await;

    assert_eq!(text("h1"), "<b>Week 1</b>", "the title is text");
    assert!(query("h1 b").is_none());
    assert!(text(".due").contains("2030-01-15"));
    assert!(query("section.question").is_none(), "name and student number first");
    type_into("#student-name", "  Ann  ");
    type_into("#student-number", " 42 ");
    query(".identity-form button[type=submit]").unwrap().click();
    tick(80).await;
    assert_eq!(text("section#ch2-q3 .question-number"), "Question 1", "in the teacher's order");
    assert_eq!(text("section#ch2-q1 .question-number"), "Question 2");
    assert_eq!(query("ol.dots").unwrap().child_element_count(), 2, "only its questions");
    assert!(query(".mode-picker").is_none(), "the teacher chose the feedback mode");

    query(".submit-bar button").unwrap().click();
    tick(50).await;
    assert_eq!(query(".confirm-submit ul").unwrap().child_element_count(), 2, "both questions listed as not answered");
    query(".confirm-submit button.primary").unwrap().click();
    tick(50).await;
    let shown: web_sys::HtmlInputElement = query("#result-code").unwrap().unchecked_into();
    let result = ResultCode::decode(&shown.value()).unwrap();
    assert_eq!((result.name.as_str(), result.number.as_str(), result.attempt), ("Ann", "42", 1));
    assert!(query("#quiz-results .reveal").is_none() && query("#quiz-results button.retry").is_none(), "as the teacher chose");
    assert_eq!(result.assignment, a.fingerprint());
    assert_eq!(result.marks.len(), 2);
    tick(400).await; // saves are debounced
    let saved = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("zhiyuan.progress").unwrap().unwrap();
    assert!(saved.contains(&format!("\"{}\"", a.quiz_key())), "kept under its own quiz key: {saved}");

    // A damaged link, and one to questions the app no longer has.
    location.set_hash(&format!("#/en/a/{}x", &code[..code.len() - 2])).unwrap();
    tick(80).await;
    assert!(text(".error").contains("checksum does not match"), "{}", text(".error"));
    let gone = Assignment { questions: vec!["ch2-q1".into(), "ch9-q99".into()], ..a };
    location.set_hash(&format!("#/zh/a/{}", gone.encode().unwrap())).unwrap();
    tick(80).await;
    assert!(text(".error").contains("ch9-q99"), "{}", text(".error"));
    assert_eq!(query("ul.chapter-links").unwrap().child_element_count(), 6, "the rest of the app is offered");
}
