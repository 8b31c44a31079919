//! Paints a scene from `crate::visual::layout` as SVG, one element a shape.

use leptos::prelude::*;

use crate::visual::layout::{arrowhead, Link, Shape};

/// The shapes of a scene. A box that stands for a flow step is highlighted
/// while `chosen` names that step.
pub fn shapes(shapes: Vec<Shape>, chosen: RwSignal<Option<usize>>) -> AnyView {
    shapes.into_iter().map(|s| shape(s, chosen)).collect_view().into_any()
}

fn shape(s: Shape, chosen: RwSignal<Option<usize>>) -> AnyView {
    match s {
        Shape::Rect { x, y, w, h, class, step: Some(step) } => {
            view! { <rect x=x y=y width=w height=h rx="4" class=class class:active=move || chosen.get() == Some(step)/> }.into_any()
        }
        Shape::Rect { x, y, w, h, class, step: None } => view! { <rect x=x y=y width=w height=h class=class/> }.into_any(),
        Shape::Circle { x, y, r, class } => view! { <circle cx=x cy=y r=r class=class/> }.into_any(),
        Shape::Line { x1, y1, x2, y2, class } => view! { <line x1=x1 y1=y1 x2=x2 y2=y2 class=class/> }.into_any(),
        Shape::Arrow { x1, y1, x2, y2 } => view! {
            <g class="arrow"><line x1=x1 y1=y1 x2=x2 y2=y2/><path d=arrowhead(x1, y1, x2, y2)/></g>
        }
        .into_any(),
        Shape::Text { x, y, text, anchor, class } => view! { <text x=x y=y text-anchor=anchor.attr() class=class>{text}</text> }.into_any(),
    }
}

/// Linked shapes: each group is an SVG link to its paragraph (`href` makes
/// the address), focusable and followed with the keyboard like any link.
pub fn links(links: Vec<Link>, href: impl Fn(&str) -> String, chosen: RwSignal<Option<usize>>) -> AnyView {
    links
        .into_iter()
        .map(|l| view! { <g><a href=href(l.para) class="event">{shapes(l.shapes, chosen)}</a></g> })
        .collect_view()
        .into_any()
}
