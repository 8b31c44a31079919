//! The page written at build time that a first visit shows before the app
//! starts (`zhiyuan_core::prerender`): reading what the student did there
//! (a quiz's answers, focus, scroll), and putting focus back where it was
//! once the app has drawn the same page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

use crate::prerender::{Control, Form, ID};

/// Where focus was on the prerendered page: a CSS selector that finds the
/// same control in the app's page.
pub struct Spot(String);

/// A page from the HTML as the student leaves it to the app.
pub struct Shown {
    /// A quiz's controls, the Check buttons pressed.
    pub quiz: Option<Form>,
    /// Where focus was.
    pub spot: Option<Spot>,
    /// Whether the page was scrolled.
    pub scrolled: bool,
}

/// The page from the HTML on screen, if any: a quiz's controls as the
/// student left them, and where focus and the scroll were.
pub fn shown() -> Option<Shown> {
    let window = super::window()?;
    let document = window.document()?;
    let root = document.get_element_by_id(ID)?;
    let spot = document.active_element().filter(|el| root.contains(Some(el))).and_then(|el| spot(&el));
    Some(Shown { quiz: quiz_form(&root), spot, scrolled: super::scroll_y() > 0.0 })
}

fn quiz_form(root: &Element) -> Option<Form> {
    let quiz = root.get_attribute("data-quiz")?;
    let seed = root.get_attribute("data-seed")?.parse().ok()?;
    let controls = all(root, ".questions input, .questions select").iter().filter_map(control).collect();
    let checks = all(root, "section.question[data-check]").iter().map(Element::id).collect();
    Some(Form { quiz, seed, controls, checks })
}

/// Focuses the control at `spot` without scrolling: the page is where it was.
pub fn focus(spot: &Spot) {
    let found = super::window().and_then(|w| w.document()).and_then(|d| d.query_selector(&spot.0).ok().flatten());
    if let Some(el) = found.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        super::focus_in_place(&el);
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

/// A control by its id, a choice by its question and value, a link by
/// where it leads, and the Check button by the feedback it leads to.
fn spot(el: &Element) -> Option<Spot> {
    let id = el.id();
    if !id.is_empty() {
        return Some(Spot(format!(r#"[id="{id}"]"#)));
    }
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        return Some(Spot(format!(r#"input[name="{}"][value="{}"]"#, input.name(), input.value())));
    }
    if let Some(href) = el.get_attribute("href") {
        return Some(Spot(format!(r#"a[href="{href}"]"#)));
    }
    let question = el.closest("section.question").ok().flatten()?;
    Some(Spot(format!(r#"[id="{}-feedback"]"#, question.id())))
}
