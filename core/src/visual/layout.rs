//! Layouts: plain data in, shapes on a canvas of fixed width out. The canvas
//! is an SVG viewBox `WIDTH` wide that the page scales to its column, so the
//! layouts never depend on the screen. Coordinates are whole viewBox units:
//! the app never formats a float.

use super::scale::{thin, Scale};
use super::text::{width, wrap, Font, BOLD, FONT, LINE, PLAIN, SMALL};

/// The canvas width: on a 320-pixel screen the drawing is scaled to about
/// 0.9, so 13-unit text is still 11 pixels; the page caps its width at 26rem.
pub const WIDTH: f64 = 320.0;
/// The margin on every side.
pub const PAD: f64 = 8.0;
/// The width between the margins.
pub const FULL: f64 = WIDTH - 2.0 * PAD;
const BAR: f64 = 14.0;
const SMALL_LINE: f64 = 15.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The value of SVG's `text-anchor`.
    pub fn attr(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// One thing to draw. `class` names its look in `style/app.css`; text
/// classes are `t` (plain), `b` (bold), `s` (small, muted) and `i` (on a bar).
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// `step`: the flow step this box stands for, highlighted when chosen.
    Rect {
        x: i32,
        y: i32,
        w: i32,
        h: i32,
        class: &'static str,
        step: Option<usize>,
    },
    Circle {
        x: i32,
        y: i32,
        r: i32,
        class: &'static str,
    },
    Line {
        x1: i32,
        y1: i32,
        x2: i32,
        y2: i32,
        class: &'static str,
    },
    /// A line with an arrowhead at its end.
    Arrow {
        x1: i32,
        y1: i32,
        x2: i32,
        y2: i32,
    },
    Text {
        x: i32,
        y: i32,
        text: String,
        anchor: Anchor,
        class: &'static str,
    },
}

/// Shapes that link to a paragraph of the story.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub para: &'static str,
    pub shapes: Vec<Shape>,
}

/// A finished drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub width: i32,
    pub height: i32,
    pub shapes: Vec<Shape>,
    pub links: Vec<Link>,
}

fn r(v: f64) -> i32 {
    v.round() as i32
}

fn text(x: f64, y: f64, text: impl Into<String>, anchor: Anchor, class: &'static str) -> Shape {
    Shape::Text { x: r(x), y: r(y), text: text.into(), anchor, class }
}

fn rect(x: f64, y: f64, w: f64, h: f64, class: &'static str) -> Shape {
    Shape::Rect { x: r(x), y: r(y), w: r(w), h: r(h), class, step: None }
}

fn font(class: &str) -> Font {
    match class {
        "s" => SMALL,
        "b" | "i" => BOLD,
        _ => PLAIN,
    }
}

impl Shape {
    /// The box the shape covers (text by its estimated width): x0, y0, x1, y1.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        match self {
            Shape::Rect { x, y, w, h, .. } => (*x as f64, *y as f64, (*x + *w) as f64, (*y + *h) as f64),
            Shape::Circle { x, y, r, .. } => ((x - r) as f64, (y - r) as f64, (x + r) as f64, (y + r) as f64),
            Shape::Line { x1, y1, x2, y2, .. } | Shape::Arrow { x1, y1, x2, y2 } => {
                (*x1.min(x2) as f64, *y1.min(y2) as f64, *x1.max(x2) as f64, *y1.max(y2) as f64)
            }
            Shape::Text { x, y, text, anchor, class } => {
                let (w, size) = (width(text, font(class)), font(class).size);
                let x0 = match anchor {
                    Anchor::Start => *x as f64,
                    Anchor::Middle => *x as f64 - w / 2.0,
                    Anchor::End => *x as f64 - w,
                };
                (x0, *y as f64 - size * 0.9, x0 + w, *y as f64 + size * 0.25)
            }
        }
    }

    fn shift(&mut self, dy: i32) {
        match self {
            Shape::Rect { y, .. } | Shape::Circle { y, .. } | Shape::Text { y, .. } => *y += dy,
            Shape::Line { y1, y2, .. } | Shape::Arrow { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
        }
    }
}

/// The SVG path of an arrowhead at the end of a line.
pub fn arrowhead(x1: i32, y1: i32, x2: i32, y2: i32) -> String {
    let (dx, dy) = ((x2 - x1) as f64, (y2 - y1) as f64);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / len, dy / len);
    let (bx, by) = (x2 as f64 - ux * 7.0, y2 as f64 - uy * 7.0);
    let (ax, ay) = (r(bx - uy * 4.0), r(by + ux * 4.0));
    let (cx, cy) = (r(bx + uy * 4.0), r(by - ux * 4.0));
    format!("M{x2} {y2}L{ax} {ay}L{cx} {cy}Z")
}

impl Scene {
    fn new(height: f64, shapes: Vec<Shape>) -> Scene {
        Scene { width: WIDTH as i32, height: r(height), shapes, links: Vec::new() }
    }

    /// Every shape, linked or not.
    pub fn all(&self) -> impl Iterator<Item = &Shape> {
        self.shapes.iter().chain(self.links.iter().flat_map(|l| l.shapes.iter()))
    }

    /// Shapes that stick out of the canvas, for tests.
    pub fn overflow(&self) -> Vec<&Shape> {
        let (w, h) = (self.width as f64 + 0.5, self.height as f64 + 0.5);
        self.all()
            .filter(|s| {
                let (x0, y0, x1, y1) = s.bounds();
                x0 < -0.5 || y0 < -0.5 || x1 > w || y1 > h
            })
            .collect()
    }
}

/// Drawings one below the other.
pub fn stack(parts: Vec<Scene>) -> Scene {
    let mut out = Scene::new(0.0, Vec::new());
    for mut part in parts {
        let dy = out.height;
        part.shapes.iter_mut().chain(part.links.iter_mut().flat_map(|l| l.shapes.iter_mut())).for_each(|s| s.shift(dy));
        out.shapes.append(&mut part.shapes);
        out.links.append(&mut part.links);
        out.height += part.height;
    }
    out
}

/// Lines of text across the canvas, wrapped.
pub fn note(s: &str, class: &'static str) -> Scene {
    let lines = wrap(s, font(class), FULL);
    let shapes = lines.iter().enumerate().map(|(i, l)| text(PAD, PAD + font(class).size + i as f64 * LINE, l.as_str(), Anchor::Start, class)).collect();
    Scene::new(PAD + lines.len() as f64 * LINE, shapes)
}

/// A colour key: one swatch and text per line.
pub fn legend(items: &[(&'static str, String)]) -> Scene {
    let shapes = items
        .iter()
        .enumerate()
        .flat_map(|(i, (class, label))| {
            let y = PAD + i as f64 * LINE;
            [rect(PAD, y + 2.0, 12.0, 12.0, class), text(PAD + 18.0, y + FONT, label.as_str(), Anchor::Start, "t")]
        })
        .collect();
    Scene::new(PAD + items.len() as f64 * LINE, shapes)
}

/// One bar of a bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// The number as the content writes it.
    pub display: String,
    /// The content gives the value only roughly ("nearly half"): drawn dashed.
    pub approx: bool,
}

/// Bars compared with each other, under an optional title.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub title: Option<String>,
    pub bars: Vec<Bar>,
}

/// A shared value axis with labelled ticks (value, label).
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub scale: Scale,
    pub ticks: Vec<(f64, String)>,
}

/// The length of a bar, given the scale: proportional to its value on a
/// linear scale, never longer than the space for bars.
pub fn bar_length(scale: Scale, value: f64) -> f64 {
    scale.at(value) * FULL
}

/// Horizontal bars, each with its label above it and its number after it
/// (or inside its end when there is no room). Without an axis each group
/// has its own linear scale from 0 to its largest value.
pub fn bars(groups: &[Group], axis: Option<&Axis>) -> Scene {
    let mut shapes = Vec::new();
    let mut y = PAD;
    for group in groups {
        if let Some(title) = &group.title {
            for line in wrap(title, BOLD, FULL) {
                shapes.push(text(PAD, y + FONT, line, Anchor::Start, "b"));
                y += LINE;
            }
            y += 2.0;
        }
        let max = group.bars.iter().map(|b| b.value).fold(0.0, f64::max);
        let scale = axis.map_or(Scale::Linear { max }, |a| a.scale);
        for bar in &group.bars {
            y = bar_row(&mut shapes, bar, scale, y);
        }
        y += 6.0;
    }
    if let Some(axis) = axis {
        y = axis_row(&mut shapes, axis, y);
    }
    Scene::new(y + PAD, shapes)
}

fn bar_row(shapes: &mut Vec<Shape>, bar: &Bar, scale: Scale, mut y: f64) -> f64 {
    for line in wrap(&bar.label, PLAIN, FULL) {
        shapes.push(text(PAD, y + FONT, line, Anchor::Start, "t"));
        y += LINE;
    }
    y += 2.0;
    let len = bar_length(scale, bar.value);
    shapes.push(rect(PAD, y, FULL, BAR, "track"));
    shapes.push(rect(PAD, y, len, BAR, if bar.approx { "bar approx" } else { "bar" }));
    let room = WIDTH - PAD - (PAD + len + 5.0);
    let label = if width(&bar.display, BOLD) <= room {
        text(PAD + len + 5.0, y + 11.0, bar.display.as_str(), Anchor::Start, "b")
    } else {
        text(PAD + len - 5.0, y + 11.0, bar.display.as_str(), Anchor::End, "i")
    };
    shapes.push(label);
    y + BAR + 8.0
}

fn axis_row(shapes: &mut Vec<Shape>, axis: &Axis, y: f64) -> f64 {
    let top = y;
    let ticks = axis.ticks.iter().map(|(v, label)| (PAD + axis.scale.at(*v) * FULL, label.as_str()));
    let gap = axis.ticks.iter().map(|(_, l)| width(l, SMALL)).fold(0.0, f64::max) + 6.0;
    let mut grid = Vec::new();
    for (x, label) in thin(ticks.collect(), gap) {
        grid.push(Shape::Line { x1: r(x), y1: r(PAD), x2: r(x), y2: r(top + 4.0), class: "grid" });
        let half = width(label, SMALL) / 2.0;
        // max/min, not clamp, which panics when a label is wider than the canvas.
        shapes.push(text(x.max(PAD + half).min(WIDTH - PAD - half), top + 6.0 + SMALL.size, label, Anchor::Middle, "s"));
    }
    shapes.splice(0..0, grid);
    shapes.push(Shape::Line { x1: r(PAD), y1: r(top), x2: r(WIDTH - PAD), y2: r(top), class: "axis" });
    top + 8.0 + SMALL.size
}

/// A grid of `count` units, `per_row` to a row, the first `filled` of them
/// coloured (the last one partly, for a fraction). Circles for people,
/// squares for shares.
pub fn units(count: usize, per_row: usize, filled: f64, round: bool) -> Scene {
    let per_row = per_row.max(1);
    let pitch = (FULL / per_row as f64).min(26.0);
    let size = pitch - 3.0;
    let mut shapes = Vec::new();
    for i in 0..count {
        let (x, y) = (PAD + (i % per_row) as f64 * pitch, PAD + (i / per_row) as f64 * pitch);
        let fill = unit_fill(filled, i);
        if round {
            let class = if fill > 0.0 { "unit on" } else { "unit" };
            shapes.push(Shape::Circle { x: r(x + size / 2.0), y: r(y + size / 2.0), r: r(size / 2.0), class });
        } else {
            shapes.push(rect(x, y, size, size, "unit"));
            if fill > 0.0 {
                shapes.push(rect(x, y, (size * fill).max(1.0), size, "unit on"));
            }
        }
    }
    let rows = count.div_ceil(per_row) as f64;
    Scene::new(PAD + rows * pitch + PAD - 3.0, shapes)
}

/// How much of unit `i` (from 0) is coloured when `filled` units are.
pub fn unit_fill(filled: f64, i: usize) -> f64 {
    (filled - i as f64).clamp(0.0, 1.0)
}

/// One box of a flow diagram.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub name: String,
    pub note: Option<String>,
}

/// A column of a flow diagram: rows of boxes, each row leading to the next
/// (every box to every box of the next row, so a row of several is a fork).
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub title: String,
    pub rows: Vec<Vec<Node>>,
}

const LANE_GAP: f64 = 12.0;
const ROW_GAP: f64 = 22.0;

/// Lanes side by side. Boxes are numbered as steps in reading order: lane
/// by lane, row by row, left to right.
pub fn flow(lanes: &[Lane]) -> Scene {
    let n = lanes.len().max(1) as f64;
    let lane_w = (FULL - LANE_GAP * (n - 1.0)) / n;
    let titles: Vec<Vec<String>> = lanes.iter().map(|l| wrap(&l.title, BOLD, lane_w)).collect();
    let top = PAD + titles.iter().map(Vec::len).max().unwrap_or(0) as f64 * LINE + 6.0;
    let mut shapes = Vec::new();
    let (mut step, mut bottom) = (0, top);
    for (k, lane) in lanes.iter().enumerate() {
        let x0 = PAD + k as f64 * (lane_w + LANE_GAP);
        for (i, line) in titles[k].iter().enumerate() {
            shapes.push(text(x0, PAD + FONT + i as f64 * LINE, line.as_str(), Anchor::Start, "b"));
        }
        let mut y = top;
        let mut above: Vec<(f64, f64)> = Vec::new();
        for row in &lane.rows {
            let (h, centres) = flow_row(&mut shapes, row, x0, lane_w, y, &mut step);
            for (x1, y1) in &above {
                for x2 in &centres {
                    shapes.push(Shape::Arrow { x1: r(*x1), y1: r(*y1), x2: r(*x2), y2: r(y - 1.0) });
                }
            }
            above = centres.iter().map(|x| (*x, y + h)).collect();
            y += h + ROW_GAP;
        }
        bottom = f64::max(bottom, y - ROW_GAP);
    }
    Scene::new(bottom + PAD, shapes)
}

/// One row of boxes; returns its height and the centres of its boxes.
fn flow_row(shapes: &mut Vec<Shape>, row: &[Node], x0: f64, lane_w: f64, y: f64, step: &mut usize) -> (f64, Vec<f64>) {
    let m = row.len().max(1) as f64;
    let box_w = (lane_w - 6.0 * (m - 1.0)) / m;
    let texts: Vec<(Vec<String>, Vec<String>)> =
        row.iter().map(|n| (wrap(&n.name, BOLD, box_w - 8.0), n.note.as_deref().map(|s| wrap(s, SMALL, box_w - 8.0)).unwrap_or_default())).collect();
    let h = texts.iter().map(|(a, b)| a.len() as f64 * LINE + b.len() as f64 * SMALL_LINE).fold(0.0, f64::max) + 10.0;
    let mut centres = Vec::new();
    for (j, (name, note)) in texts.into_iter().enumerate() {
        let x = x0 + j as f64 * (box_w + 6.0);
        let c = x + box_w / 2.0;
        shapes.push(Shape::Rect { x: r(x), y: r(y), w: r(box_w), h: r(h), class: "box", step: Some(*step) });
        *step += 1;
        let mut base = y + 4.0 + FONT;
        for line in name {
            shapes.push(text(c, base, line, Anchor::Middle, "b"));
            base += LINE;
        }
        for line in note {
            shapes.push(text(c, base - 2.0, line, Anchor::Middle, "s"));
            base += SMALL_LINE;
        }
        centres.push(c);
    }
    (h, centres)
}

/// One event on a timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Months since year 0 (year × 12 + month − 1).
    pub month: i32,
    pub date: String,
    pub label: String,
    /// The paragraph that tells of it.
    pub para: &'static str,
}

const AXIS_X: f64 = 58.0;
const LABEL_X: f64 = 72.0;
const EVENT_GAP: f64 = 8.0;
/// The least height of an event's link: 44 px to tap at 320 px wide, where
/// the 320-unit drawing is about 290 px wide.
pub const MIN_TARGET: f64 = 50.0;

/// A vertical timeline: dots on a time axis at their true dates, the text
/// of each event beside it as a link to its paragraph, moved up or down just
/// enough not to overlap (a line joins it to its dot). Events in date order.
pub fn timeline(events: &[Event], year: impl Fn(i32) -> String) -> Scene {
    let label_w = WIDTH - PAD - LABEL_X;
    let texts: Vec<Vec<String>> = events.iter().map(|e| wrap(&e.label, PLAIN, label_w)).collect();
    let heights: Vec<f64> = texts.iter().map(|t| ((t.len() + 1) as f64 * LINE + 4.0).max(MIN_TARGET + 2.0)).collect();
    let (Some(first), Some(last)) = (events.first(), events.last()) else { return Scene::default() };
    let span = f64::from((last.month - first.month).max(1));
    let stacked = heights.iter().sum::<f64>() + EVENT_GAP * (events.len() as f64 - 1.0);
    let per_month = ((stacked - (heights[0] + heights[heights.len() - 1]) / 2.0) / span).max(2.0);
    let top = PAD + heights[0] / 2.0;
    let dot = |m: i32| top + f64::from(m - first.month) * per_month;
    let ideal: Vec<f64> = events.iter().map(|e| dot(e.month)).collect();
    let tops = dodge(&ideal, &heights, EVENT_GAP, PAD);

    let mut scene = Scene::new(0.0, vec![Shape::Line { x1: r(AXIS_X), y1: r(dot(first.month)), x2: r(AXIS_X), y2: r(dot(last.month)), class: "axis" }]);
    // A tick where a year begins, its label just below it, inside the year:
    // a label centred on the tick read as if November were already the next year.
    let mut lowest_label = 0.0f64;
    for y in (first.month / 12 + 1)..=(last.month / 12) {
        let at = dot(y * 12);
        scene.shapes.push(Shape::Line { x1: r(AXIS_X - 4.0), y1: r(at), x2: r(AXIS_X), y2: r(at), class: "axis" });
        scene.shapes.push(text(AXIS_X - 8.0, at + FONT, year(y), Anchor::End, "s"));
        lowest_label = lowest_label.max(at + FONT + 4.0);
    }
    for (i, e) in events.iter().enumerate() {
        let (at, t) = (ideal[i], tops[i]);
        scene.shapes.push(Shape::Line { x1: r(AXIS_X), y1: r(at), x2: r(LABEL_X - 4.0), y2: r(t + 9.0), class: "leader" });
        scene.shapes.push(Shape::Circle { x: r(AXIS_X), y: r(at), r: 5, class: "dot" });
        let mut shapes = vec![rect(LABEL_X - 4.0, t, label_w + 4.0, heights[i] - 2.0, "hit"), text(LABEL_X, t + FONT, e.date.as_str(), Anchor::Start, "b")];
        shapes.extend(texts[i].iter().enumerate().map(|(j, l)| text(LABEL_X, t + FONT + (j + 1) as f64 * LINE, l.as_str(), Anchor::Start, "t")));
        scene.links.push(Link { para: e.para, shapes });
    }
    let end = tops.iter().zip(&heights).map(|(t, h)| t + h).fold(dot(last.month).max(lowest_label), f64::max);
    scene.height = r(end + PAD);
    scene
}

/// Places blocks of the given heights, in order, as close as possible to
/// their ideal centres without overlapping (at least `gap` apart) and not
/// above `min_top`. Returns their tops. Overlapping blocks are merged into
/// a cluster centred on the mean of their ideals, repeatedly.
pub fn dodge(ideal: &[f64], heights: &[f64], gap: f64, min_top: f64) -> Vec<f64> {
    // A cluster: first member, and its top. Members are contiguous.
    let mut clusters: Vec<(usize, f64)> = Vec::new();
    let extent = |from: usize, to: usize| heights[from..to].iter().sum::<f64>() + gap * (to - from - 1) as f64;
    let best_top = |from: usize, to: usize| {
        let mut offset = 0.0;
        let mut sum = 0.0;
        for j in from..to {
            sum += ideal[j] - offset - heights[j] / 2.0;
            offset += heights[j] + gap;
        }
        (sum / (to - from) as f64).max(min_top)
    };
    for i in 0..ideal.len().min(heights.len()) {
        clusters.push((i, best_top(i, i + 1)));
        while clusters.len() > 1 {
            let (last_first, last_top) = clusters[clusters.len() - 1];
            let (prev_first, prev_top) = clusters[clusters.len() - 2];
            if prev_top + extent(prev_first, last_first) + gap <= last_top {
                break;
            }
            clusters.pop();
            let merged = clusters.len() - 1;
            clusters[merged] = (prev_first, best_top(prev_first, i + 1));
        }
    }
    let mut tops = Vec::new();
    for (k, (first, top)) in clusters.iter().enumerate() {
        let end = clusters.get(k + 1).map_or(ideal.len().min(heights.len()), |c| c.0);
        let mut y = *top;
        for h in &heights[*first..end] {
            tops.push(y);
            y += h + gap;
        }
    }
    tops
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn bar(value: f64) -> Bar {
        Bar { label: "数据".into(), value, display: crate::i18n::decimal(value.round()), approx: false }
    }

    fn bar_widths(scene: &Scene) -> Vec<i32> {
        scene
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect { w, class, .. } if class.starts_with("bar") => Some(*w),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_largest_bar_fills_the_width_and_the_rest_are_in_proportion() {
        let scene = bars(&[Group { title: None, bars: vec![bar(50.0), bar(2.6)] }], None);
        assert_eq!(bar_widths(&scene), vec![FULL as i32, (2.6 / 50.0 * FULL).round() as i32]);
        assert!(scene.overflow().is_empty());
    }

    #[test]
    fn arrowheads_point_along_their_line() {
        assert_eq!(arrowhead(10, 0, 10, 20), "M10 20L6 13L14 13Z");
    }

    #[test]
    fn a_fork_joins_each_box_to_each_box_of_the_next_row() {
        let node = |s: &str| Node { name: s.into(), note: None };
        let lane = Lane {
            title: "新办法".into(),
            rows: vec![vec![node("出台")], vec![node("一事一议"), node("一人一策"), node("随时随刻"), node("3+1")], vec![node("职称")]],
        };
        let scene = flow(&[lane]);
        let arrows = scene.shapes.iter().filter(|s| matches!(s, Shape::Arrow { .. })).count();
        assert_eq!(arrows, 8);
        let steps: Vec<usize> = scene
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect { step, .. } => *step,
                _ => None,
            })
            .collect();
        assert_eq!(steps, (0..6).collect::<Vec<_>>());
        assert!(scene.overflow().is_empty(), "{:?}", scene.overflow());
    }

    proptest! {
        #[test]
        fn bars_are_proportional_to_their_values_and_fit(values in proptest::collection::vec(0.0f64..1e12, 1..6)) {
            let scene = bars(&[Group { title: Some("标题".into()), bars: values.iter().map(|v| bar(*v)).collect() }], None);
            let max = values.iter().cloned().fold(0.0, f64::max);
            for (w, v) in bar_widths(&scene).iter().zip(&values) {
                let expect = if max > 0.0 { v / max * FULL } else { 0.0 };
                prop_assert!((f64::from(*w) - expect).abs() <= 0.5, "bar {w} for {v} of {max}");
            }
            prop_assert!(scene.overflow().is_empty(), "{:?}", scene.overflow());
        }

        #[test]
        fn log_bars_grow_with_their_values(a in 1.0f64..1e5, b in 1.0f64..1e5) {
            let axis = Axis { scale: Scale::Log { min: 1.0, max: 1e5 }, ticks: vec![(1.0, "1".into()), (1e5, "100000".into())] };
            let scene = bars(&[Group { title: None, bars: vec![bar(a), bar(b)] }], Some(&axis));
            let w = bar_widths(&scene);
            prop_assert!(a >= b || w[0] <= w[1]);
            prop_assert!(scene.overflow().is_empty(), "{:?}", scene.overflow());
        }

        #[test]
        fn units_colour_exactly_the_filled_amount(count in 1usize..120, per_row in 1usize..25, filled in 0.0f64..130.0) {
            let total: f64 = (0..count).map(|i| unit_fill(filled, i)).sum();
            prop_assert!((total - filled.min(count as f64)).abs() < 1e-9);
            prop_assert!(units(count, per_row, filled, false).overflow().is_empty());
            prop_assert!(units(count, per_row, filled, true).overflow().is_empty());
        }

        #[test]
        fn dodged_blocks_keep_their_order_and_never_overlap(
            blocks in proptest::collection::vec((0.0f64..600.0, 10.0f64..80.0), 1..12),
        ) {
            let mut ideal: Vec<f64> = blocks.iter().map(|b| b.0).collect();
            ideal.sort_by(f64::total_cmp);
            let heights: Vec<f64> = blocks.iter().map(|b| b.1).collect();
            let tops = dodge(&ideal, &heights, 8.0, 8.0);
            prop_assert_eq!(tops.len(), ideal.len());
            prop_assert!(tops[0] >= 8.0 - 1e-9);
            for i in 1..tops.len() {
                prop_assert!(tops[i] >= tops[i - 1] + heights[i - 1] + 8.0 - 1e-6, "{tops:?}");
            }
        }

        #[test]
        fn timelines_put_dots_in_date_order_and_fit(gaps in proptest::collection::vec(0i32..30, 1..9)) {
            let mut month = 2018 * 12;
            let events: Vec<Event> = gaps.iter().map(|g| {
                month += g;
                let label = if g % 2 == 0 { "智源成立" } else { "悟道2.0亮相,参数规模是GPT-3的10倍" };
                Event { month, date: "2020年11月".into(), label: label.into(), para: "ch4-p8" }
            }).collect();
            let scene = timeline(&events, |y| format!("{y}年"));
            let dots: Vec<i32> = scene.shapes.iter().filter_map(|s| match s { Shape::Circle { y, .. } => Some(*y), _ => None }).collect();
            prop_assert_eq!(dots.len(), events.len());
            for pair in dots.windows(2) {
                prop_assert!(pair[0] <= pair[1]);
            }
            prop_assert_eq!(scene.links.len(), events.len());
            prop_assert!(scene.overflow().is_empty(), "{:?}", scene.overflow());
            // Every link is tall enough to tap on a small phone.
            for link in &scene.links {
                let hit = link.shapes.iter().find_map(|s| match s { Shape::Rect { h, class: "hit", .. } => Some(*h), _ => None });
                prop_assert!(hit.is_some_and(|h| f64::from(h) >= MIN_TARGET), "hit area {:?}", hit);
            }
            // Each year's label hangs below the tick where that year begins.
            let ticks: Vec<i32> = scene.shapes.iter().filter_map(|s| match s { Shape::Line { x1, y1, .. } if *x1 < r(AXIS_X) => Some(*y1), _ => None }).collect();
            let labels: Vec<i32> = scene.shapes.iter().filter_map(|s| match s { Shape::Text { y, class: "s", .. } => Some(*y), _ => None }).collect();
            prop_assert_eq!(ticks.len(), labels.len());
            for (tick, label) in ticks.iter().zip(&labels) {
                prop_assert!(label - tick >= 10, "label at {} for the tick at {}", label, tick);
            }
        }
    }
}
