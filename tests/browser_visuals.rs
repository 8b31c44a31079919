//! Browser tier for the visuals: the app mounted in headless Chromium shows
//! every visual in its chapter as an image with a title and a description,
//! its table alternative holds the content's numbers, and the interactive
//! parts (table toggle, flow steps, scale switch, timeline links) respond.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;
use zhiyuan::book::book;
use zhiyuan::content::Bilingual;
use zhiyuan::i18n::Lang;
use zhiyuan::visual::{build, Chart, Visual};

mod support;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets the browser run timers, events and a frame.
async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

thread_local! {
    static MOUNTED: Cell<bool> = const { Cell::new(false) };
}

/// Opens a route: mounts the app the first time (this binary is its own
/// page), changes the hash after that.
async fn open(hash: &str) {
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
    if !MOUNTED.replace(true) {
        web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
        support::with_english();
        zhiyuan::ui::mount();
    }
    tick(80).await;
}

fn query(selector: &str) -> HtmlElement {
    document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}")).unchecked_into()
}

fn all(selector: &str) -> Vec<web_sys::Element> {
    let list = document().query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()).collect()
}

fn text(e: &web_sys::Element) -> String {
    e.text_content().unwrap_or_default()
}

fn chart(v: Visual) -> Chart {
    build(book(), v, Lang::Zh).unwrap()
}

#[wasm_bindgen_test]
async fn every_visual_shows_an_image_and_a_table_with_the_content_numbers() {
    for chapter in book().chapters.iter() {
        open(&format!("#/zh/read/{}", chapter.id)).await;
        let here: Vec<Visual> = Visual::ALL.into_iter().filter(|v| chapter.paras().any(|p| p.id == v.para())).collect();
        assert!(!here.is_empty(), "{} shows a visual", chapter.id);
        for v in here {
            let c = chart(v);
            let id = |part: &str| format!("#v-{}-{part}", v.slug());
            let img = query(&format!("{} svg [role=img]", id("figure")));
            let title = query(&id("title"));
            assert_eq!(img.get_attribute("aria-labelledby").as_deref(), Some(&id("title")[1..]));
            assert_eq!(img.get_attribute("aria-describedby").as_deref(), Some(&id("desc")[1..]));
            assert_eq!(text(&title), c.title);
            assert_eq!(title.namespace_uri().as_deref(), Some("http://www.w3.org/2000/svg"), "an SVG <title>");
            assert!(!text(&query(&id("desc"))).is_empty());

            // The table is hidden behind a button that takes focus and opens it.
            let toggle = query(&format!("{} .table-toggle", id("figure")));
            let wrap = query(&id("table"));
            assert!(wrap.hidden());
            toggle.focus().unwrap();
            assert_eq!(document().active_element().map(|e| e.class_name()).as_deref(), Some("table-toggle"));
            toggle.click();
            tick(20).await;
            assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));
            assert!(!wrap.hidden());

            let rows: Vec<Vec<String>> = all(&format!("{} tbody tr", id("table")))
                .iter()
                .map(|tr| (0..tr.children().length()).filter_map(|i| tr.children().item(i)).map(|c| text(&c)).collect())
                .collect();
            assert_eq!(rows, c.table.rows, "{v:?}: the table shows the chart's rows");
            let shown = format!("{}\n{}", text(&wrap), text(&query(&id("figure"))));
            for f in &c.figures {
                let display = f.display.get(Lang::Zh);
                let alone = format!("{}%", zhiyuan::i18n::decimal(f.value));
                assert!(shown.contains(display) || shown.contains(&alone), "{v:?} shows {} as {display}", f.id);
            }
            toggle.click();
            tick(20).await;
            assert!(wrap.hidden());
        }
    }
}

#[wasm_bindgen_test]
async fn choosing_a_step_explains_it_and_marks_its_box() {
    open("#/zh/read/ch3").await;
    let chips = all("#v-governance-figure .visual-controls button");
    assert_eq!(chips.len(), chart(Visual::Governance).steps.len());
    let meeting: HtmlElement = chips[2].clone().unchecked_into();
    assert_eq!(meeting.get_attribute("aria-pressed").as_deref(), Some("false"));
    meeting.focus().unwrap();
    meeting.click();
    tick(20).await;
    assert_eq!(meeting.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(query("#v-governance-figure svg").get_attribute("data-chosen").as_deref(), Some("2"));
    assert_eq!(all(r#"#v-governance-figure rect[data-step="2"]"#).len(), 1);
    let detail = text(&query("#v-governance-figure .step-detail"));
    let hours = book().chapters.iter().flat_map(|c| c.figures.iter()).find(|f| f.id == "fig-approval-hours").unwrap();
    assert!(detail.contains(hours.display.zh.as_str()), "the meeting's time comes from the content: {detail}");
}

#[wasm_bindgen_test]
async fn the_time_axis_switches_between_log_and_linear() {
    open("#/zh/read/ch3").await;
    let views = all("#v-approval-figure g[role=img] > g");
    let display = || views.iter().map(|g| g.get_attribute("display").unwrap_or_default()).collect::<Vec<_>>();
    assert_eq!(display(), ["inline", "none"]);
    let chips = all("#v-approval-figure .visual-controls button");
    chips[1].clone().unchecked_into::<HtmlElement>().click();
    tick(20).await;
    assert_eq!(display(), ["none", "inline"]);
    assert_eq!(chips[1].get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn a_timeline_event_opens_its_paragraph() {
    open("#/zh/read/ch1").await;
    let links = all("#v-timeline-figure svg a");
    assert_eq!(links.len(), chart(Visual::Timeline).table.rows.len());
    assert_eq!(links[0].get_attribute("href").as_deref(), Some("#/zh/read/ch3/ch3-p1"));
    let click = web_sys::MouseEvent::new("click").unwrap();
    links[0].dispatch_event(&click).unwrap();
    tick(120).await;
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "#/zh/read/ch3/ch3-p1");
    assert!(query("#ch3-p1").class_list().contains("highlight"));
}
