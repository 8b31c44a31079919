//! The page written at build time that a first visit shows before the app
//! starts (`zhiyuan_core::prerender`): reading what the student did on a
//! prerendered quiz, and putting focus back where it was once the app has
//! drawn the same page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

use crate::prerender::{Control, Form, ID};

/// Where focus was on the prerendered page: a CSS selector that finds the
/// same control in the app's page.
pub struct Spot(String);

/// The prerendered quiz's controls as the student left them, and where
/// focus was; `None` when no quiz is on the page (the home page, or the
/// quiz's file had not arrived).
pub fn quiz_form() -> Option<(Form, Option<Spot>)> {
    let document = super::window()?.document()?;
    let root = document.get_element_by_id(ID)?;
    let quiz = root.get_attribute("data-quiz")?;
    let seed = root.get_attribute("data-seed")?.parse().ok()?;
    let controls = all(&root, ".questions input, .questions select").iter().filter_map(control).collect();
    let checks = all(&root, "section.question[data-check]").iter().map(Element::id).collect();
    let spot = document.active_element().filter(|el| root.contains(Some(el))).and_then(|el| spot(&el));
    Some((Form { quiz, seed, controls, checks }, spot))
}

/// Focuses the control at `spot` without scrolling: the page is where it was.
pub fn focus(spot: &Spot) {
    let found = super::window().and_then(|w| w.document()).and_then(|d| d.query_selector(&spot.0).ok().flatten());
    if let Some(el) = found.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

fn control(el: &Element) -> Option<Control> {
    if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
        return Some(Control { id: select.id(), value: select.value(), on: true, ..Control::default() });
    }
    let input = el.dyn_ref::<HtmlInputElement>()?;
    let ticked = matches!(input.type_().as_str(), "radio" | "checkbox");
    Some(Control { name: input.name(), id: input.id(), value: input.value(), on: !ticked || input.checked() })
}

/// A control by its id, a choice by its question and value, and the Check
/// button by the feedback it leads to.
fn spot(el: &Element) -> Option<Spot> {
    let id = el.id();
    if !id.is_empty() {
        return Some(Spot(format!(r#"[id="{id}"]"#)));
    }
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        return Some(Spot(format!(r#"input[name="{}"][value="{}"]"#, input.name(), input.value())));
    }
    let question = el.closest("section.question").ok().flatten()?;
    Some(Spot(format!(r#"[id="{}-feedback"]"#, question.id())))
}
