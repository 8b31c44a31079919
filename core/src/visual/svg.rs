//! A scene as SVG markup. The drawings are static, so the page sets them as
//! markup in one go instead of building an element per shape: far less code
//! in the wasm, and nothing reactive. A flow box carries `data-step`; the
//! page marks the chosen step with `data-chosen` on the `<svg>`, and the
//! style sheet highlights the matching box.

use std::fmt::Write;

use super::layout::{arrowhead, Link, Shape};

/// How many flow steps the style sheet can highlight (`data-step` 0 to 9).
pub const MAX_STEPS: usize = 10;

/// The shapes as SVG elements. A run of plain boxes or dots of one class
/// (a grid of units) becomes a single path: much shorter markup.
pub fn markup(shapes: &[Shape]) -> String {
    let mut out = String::new();
    let mut run: Option<(&str, String)> = None;
    for shape in shapes {
        let (class, d) = match shape {
            Shape::Rect { x, y, w, h, class, step: None } => (*class, format!("M{x} {y}h{w}v{h}h-{w}z")),
            Shape::Circle { x, y, r, class } => (*class, format!("M{} {y}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 -{} 0z", x - r, 2 * r, 2 * r)),
            _ => {
                close(&mut out, run.take());
                element(&mut out, shape);
                continue;
            }
        };
        match &mut run {
            Some((c, path)) if *c == class => path.push_str(&d),
            _ => {
                close(&mut out, run.take());
                run = Some((class, d));
            }
        }
    }
    close(&mut out, run);
    out
}

fn close(out: &mut String, run: Option<(&str, String)>) {
    if let Some((class, d)) = run {
        let _ = write!(out, r#"<path class="{class}" d="{d}"/>"#);
    }
}

/// Linked shapes as SVG links; `href` makes the address of a paragraph.
pub fn links(links: &[Link], href: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    for link in links {
        let _ = write!(out, r#"<a href="{}">{}</a>"#, escape(&href(link.para)), markup(&link.shapes));
    }
    out
}

fn element(out: &mut String, shape: &Shape) {
    let _ = match shape {
        Shape::Rect { x, y, w, h, class, step: Some(step) } => {
            write!(out, r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="4" class="{class}" data-step="{step}"/>"#)
        }
        Shape::Rect { .. } | Shape::Circle { .. } => Ok(()),
        Shape::Line { x1, y1, x2, y2, class } => write!(out, r#"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" class="{class}"/>"#),
        Shape::Arrow { x1, y1, x2, y2 } => {
            write!(out, r#"<g class="arrow"><line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/><path d="{}"/></g>"#, arrowhead(*x1, *y1, *x2, *y2))
        }
        Shape::Text { x, y, text, anchor, class } => {
            write!(out, r#"<text x="{x}" y="{y}" text-anchor="{}" class="{class}">{}</text>"#, anchor.attr(), escape(text))
        }
    };
}

/// Text made safe for markup and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::visual::layout::Anchor;

    #[test]
    fn runs_of_boxes_and_dots_become_one_path_each() {
        let unit = |x| Shape::Rect { x, y: 0, w: 2, h: 2, class: "unit", step: None };
        let shapes = [unit(0), unit(3), Shape::Circle { x: 5, y: 5, r: 2, class: "unit" }, Shape::Line { x1: 0, y1: 0, x2: 1, y2: 1, class: "axis" }, unit(9)];
        assert_eq!(
            markup(&shapes),
            concat!(
                r#"<path class="unit" d="M0 0h2v2h-2zM3 0h2v2h-2zM3 5a2 2 0 1 0 4 0a2 2 0 1 0 -4 0z"/>"#,
                r#"<line x1="0" y1="0" x2="1" y2="1" class="axis"/><path class="unit" d="M9 0h2v2h-2z"/>"#
            )
        );
    }

    #[test]
    fn shapes_become_svg_elements_with_their_text_escaped() {
        let shapes = [
            Shape::Rect { x: 1, y: 2, w: 3, h: 4, class: "box", step: Some(5) },
            Shape::Text { x: 8, y: 9, text: "R&D <50TB> \"x\"".into(), anchor: Anchor::End, class: "t" },
        ];
        assert_eq!(
            markup(&shapes),
            r#"<rect x="1" y="2" width="3" height="4" rx="4" class="box" data-step="5"/><text x="8" y="9" text-anchor="end" class="t">R&amp;D &lt;50TB&gt; &quot;x&quot;</text>"#
        );
    }

    #[test]
    fn links_wrap_their_shapes() {
        let link = Link { para: "ch4-p8", shapes: vec![Shape::Line { x1: 0, y1: 0, x2: 1, y2: 1, class: "axis" }] };
        let out = links(&[link], |p| format!("#/zh/read/ch4/{p}"));
        assert_eq!(out, r##"<a href="#/zh/read/ch4/ch4-p8"><line x1="0" y1="0" x2="1" y2="1" class="axis"/></a>"##);
    }
}
