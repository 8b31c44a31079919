//! Each visual's data, read from the content by figure id and put into
//! words in one language. Numbers are never typed here: a figure's `value`
//! sizes the drawing and its `display` labels it, exactly as the story
//! writes it. What is computed (a remaining share, a count of meetings)
//! is computed from figures.

use std::fmt;

use super::layout::{self, Axis, Bar, Event, Group, Lane, Node, Scene};
use super::scale::{log_ticks, Scale};
use super::words::Word;
use super::Visual;
use crate::content::{Bilingual, Book, Figure, Term};
use crate::i18n::{decimal, fill, Key, Lang};

/// Hours in a (365-day) year, to put years and hours on one axis.
pub const HOURS_PER_YEAR: f64 = 8760.0;

/// A figure or glossary term a visual needs that the content lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing(pub &'static str);

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the content has no figure or term `{}`, which a visual needs", self.0)
    }
}

/// A visual, ready to draw, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub visual: Visual,
    pub title: String,
    /// What the drawing shows, in a sentence or two with its numbers.
    pub desc: String,
    /// Alternative drawings of the same data; the first is shown first.
    pub scenes: Vec<Scene>,
    /// Names of the alternatives (empty when there is one drawing).
    pub views: Vec<String>,
    /// The steps of a flow diagram, in the order of its numbered boxes.
    pub steps: Vec<Step>,
    /// A sentence shown under the drawing.
    pub note: Option<String>,
    pub table: Table,
    /// Every figure the visual shows, in the order it reads them.
    pub figures: Vec<&'static Figure>,
}

/// A step of a flow: what it is, who decides, how long it takes.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub name: String,
    pub who: String,
    /// Empty when the story gives no time for the step.
    pub when: String,
}

/// The data as a table: the alternative to the drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The rows as one sentence: "a: b; c: d" (in Chinese "a：b；c：d").
    pub fn summary(&self, lang: Lang) -> String {
        let rows: Vec<String> = self.rows.iter().map(|r| r.join(lang.colon())).collect();
        rows.join(lang.pick("；", "; "))
    }
}

/// Builds a visual from the book in a language.
pub fn build(book: &'static Book, visual: Visual, lang: Lang) -> Result<Chart, Missing> {
    let mut src = Src { book, lang, used: Vec::new() };
    let mut chart = match visual {
        Visual::Timeline => timeline(&mut src)?,
        Visual::Depreciation => depreciation(&mut src)?,
        Visual::Governance => governance(&mut src)?,
        Visual::Approval => approval(&mut src)?,
        Visual::Corpus => corpus(&mut src)?,
        Visual::Cleaning => cleaning(&mut src)?,
        Visual::Scholars => scholars(&mut src)?,
        Visual::TitleRoute => title_route(&mut src)?,
        Visual::Impact => impact(&mut src)?,
    };
    chart.visual = visual;
    chart.figures = src.used;
    Ok(chart)
}

/// Where a builder reads from; it remembers every figure read.
struct Src {
    book: &'static Book,
    lang: Lang,
    used: Vec<&'static Figure>,
}

impl Src {
    fn fig(&mut self, id: &'static str) -> Result<&'static Figure, Missing> {
        let found = self.book.chapters.iter().flat_map(|c| c.figures.iter()).find(|f| f.id == id);
        let f = found.ok_or(Missing(id))?;
        self.used.push(f);
        Ok(f)
    }

    fn term(&self, id: &'static str) -> Result<&'static Term, Missing> {
        self.book.term(id).ok_or(Missing(id))
    }

    fn t(&self, word: Word) -> String {
        word.get(self.lang).to_string()
    }

    /// A template with each `{}` filled in turn.
    fn fill(&self, word: Word, values: &[&str]) -> String {
        values.iter().fold(word.get(self.lang).to_string(), |s, v| fill(&s, v))
    }

    fn show(&self, f: &Figure) -> String {
        f.display.get(self.lang).to_string()
    }

    fn chart(&self, title: Word, scenes: Vec<Scene>, table: Table) -> Chart {
        Chart {
            visual: Visual::Timeline,
            title: self.t(title),
            desc: table.summary(self.lang),
            scenes,
            views: Vec::new(),
            steps: Vec::new(),
            note: None,
            table,
            figures: Vec::new(),
        }
    }

    fn head(&self, words: &[Word]) -> Vec<String> {
        words.iter().map(|w| self.t(*w)).collect()
    }
}

fn bar(label: String, value: f64, display: String) -> Bar {
    Bar { label, value, display, approx: false }
}

/// A figure's label as a heading: its first letter a capital.
fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn percent(x: f64) -> String {
    format!("{}%", decimal(x))
}

/// Rows of a table from bar groups: (group,) label, number.
fn bar_rows(groups: &[Group]) -> Vec<Vec<String>> {
    groups.iter().flat_map(|g| g.bars.iter().map(move |b| g.title.iter().cloned().chain([b.label.clone(), b.display.clone()]).collect())).collect()
}

/// A decimal year (2018.8333) as months since year 0.
pub fn months(decimal_year: f64) -> i32 {
    (decimal_year * 12.0).round() as i32
}

fn timeline(src: &mut Src) -> Result<Chart, Missing> {
    // (date figure, figure filled into the label, label, date is months after the previous event)
    const EVENTS: [(&str, Option<&str>, Word, bool); 7] = [
        ("fig-baai-founded", None, Word::EventFounded, false),
        ("fig-gpt3-release", None, Word::EventGpt3, false),
        ("fig-compute-start", Some("fig-compute-1000p"), Word::EventCompute, false),
        ("fig-wudao1-release", None, Word::EventWudao1, false),
        ("fig-wudao2-after", Some("fig-wudao2-scale"), Word::EventWudao2, true),
        ("fig-xiaobu-date", Some("fig-xiaobu-cost"), Word::EventXiaobu, false),
        ("fig-models-date", Some("fig-models-2024"), Word::EventModels, false),
    ];
    let mut events: Vec<Event> = Vec::new();
    for (date, number, key, after) in EVENTS {
        let d = src.fig(date)?;
        let label = match number {
            Some(id) => {
                let n = src.fig(id)?;
                src.fill(key, &[&src.show(n)])
            }
            None => src.t(key),
        };
        let month = if after { events.last().map_or(0, |e| e.month) + d.value.round() as i32 } else { months(d.value) };
        events.push(Event { month, date: src.show(d), label, para: d.para.as_ref() });
    }
    let lang = src.lang;
    let scene = layout::timeline(&events, |y| fill(Word::YearN.get(lang), y));
    let rows = events.iter().map(|e| vec![e.date.clone(), e.label.clone()]).collect();
    let table = Table { head: src.head(&[Word::ColWhen, Word::ColEvent]), rows };
    let mut chart = src.chart(Word::TimelineTitle, vec![scene], table);
    chart.note = Some(src.t(Word::TimelineNote));
    Ok(chart)
}

fn depreciation(src: &mut Src) -> Result<Chart, Missing> {
    let period = src.fig("fig-moore-18")?;
    let bars: Vec<Bar> = (0..4)
        .map(|k| {
            let label = if k == 0 { src.t(Word::WhenNew) } else { src.fill(Word::AfterMonths, &[&decimal(period.value * f64::from(k))]) };
            let value = 100.0 / f64::from(1 << k);
            bar(label, value, percent(value))
        })
        .collect();
    let groups = [Group { title: None, bars }];
    let table = Table { head: src.head(&[Word::ColWhen, Word::ColValueLeft]), rows: bar_rows(&groups) };
    let mut chart = src.chart(Word::DepreciationTitle, vec![layout::bars(&groups, None)], table);
    chart.note = Some(src.fill(Word::DepreciationNote, &[&src.show(period)]));
    chart.desc = format!("{} {}", chart.note.as_deref().unwrap_or_default(), chart.desc);
    Ok(chart)
}

fn node(name: String, note: Option<String>) -> Node {
    Node { name, note }
}

/// Builds a flow chart: lanes of rows of (name, note) boxes and, for each
/// box in order, its step; the table lists the steps.
fn flow_chart(src: &Src, title: Word, lanes: Vec<Lane>, steps: Vec<Step>) -> Chart {
    let rows = steps.iter().map(|s| vec![s.name.clone(), s.who.clone(), if s.when.is_empty() { "—".into() } else { s.when.clone() }]).collect();
    let head = vec![src.t(Word::ColStep), Key::StepWho.get(src.lang).into(), Key::StepWhen.get(src.lang).into()];
    let table = Table { head, rows };
    let mut chart = src.chart(title, vec![layout::flow(&lanes)], table);
    chart.steps = steps;
    chart
}

fn step(src: &Src, name: Word, who: Word, when: String) -> Step {
    Step { name: src.t(name), who: src.t(who), when }
}

fn governance(src: &mut Src) -> Result<Chart, Missing> {
    let hours = src.fig("fig-approval-hours")?;
    let money = src.fig("fig-funding-at-once")?;
    let years = src.fig("fig-national-approval-years")?;
    let (hours, money, years) = (src.show(hours), src.show(money), src.show(years));
    let steps = vec![
        step(src, Word::GovCouncil, Word::GovCouncilWho, src.t(Word::GovCouncilWhen)),
        step(src, Word::GovPresident, Word::GovPresidentWho, src.t(Word::GovPresidentWhen)),
        step(src, Word::GovMeeting, Word::GovMeetingWho, src.fill(Word::GovMeetingWhen, &[&hours])),
        step(src, Word::GovScientists, Word::GovScientistsWho, src.fill(Word::GovScientistsWhen, &[&money])),
        step(src, Word::ProjApply, Word::ProjApplyWho, src.t(Word::ProjApplyWhen)),
        step(src, Word::ProjReview, Word::ProjReviewWho, src.t(Word::ProjReviewWhen)),
        step(src, Word::ProjApprove, Word::ProjApproveWho, src.fill(Word::ProjApproveWhen, &[&years])),
    ];
    let notes = [None, None, Some(hours), Some(money), None, Some(src.t(Word::ProjReviewShort)), Some(years)];
    let mut boxes = steps.iter().zip(notes).map(|(s, n)| vec![node(s.name.clone(), n)]);
    let baai = Lane { title: src.t(Word::GovLaneBaai), rows: boxes.by_ref().take(4).collect() };
    let project = Lane { title: src.t(Word::GovLaneProject), rows: boxes.collect() };
    Ok(flow_chart(src, Word::GovernanceTitle, vec![baai, project], steps))
}

fn approval(src: &mut Src) -> Result<Chart, Missing> {
    let hours = src.fig("fig-approval-hours")?;
    let years = src.fig("fig-national-approval-years")?;
    let national = years.value * HOURS_PER_YEAR;
    let group = Group {
        title: None,
        bars: vec![bar(src.t(Word::ApprovalBaai), hours.value, src.show(hours)), bar(src.t(Word::ApprovalNational), national, src.show(years))],
    };
    let ticks = log_ticks(hours.value.min(national), hours.value.max(national));
    let (min, max) = (ticks.first().copied().unwrap_or(1.0), ticks.last().copied().unwrap_or(10.0));
    const UNITS: [(f64, Word); 6] = [
        (1.0, Word::TickHour),
        (24.0, Word::TickDay),
        (168.0, Word::TickWeek),
        (730.0, Word::TickMonth),
        (HOURS_PER_YEAR, Word::TickYear),
        (10.0 * HOURS_PER_YEAR, Word::TickDecade),
    ];
    let log = Axis { scale: Scale::Log { min, max }, ticks: UNITS.iter().filter(|(h, _)| (min..=max).contains(h)).map(|(h, k)| (*h, src.t(*k))).collect() };
    let whole_years = (national / HOURS_PER_YEAR).ceil().max(1.0);
    let linear = Axis {
        scale: Scale::Linear { max: whole_years * HOURS_PER_YEAR },
        ticks: (0..=whole_years as i32).map(|y| (f64::from(y) * HOURS_PER_YEAR, fill(Word::YearsN.get(src.lang), y))).collect(),
    };
    let groups = [group];
    let scene = |axis: &Axis, note: Word| layout::stack(vec![layout::bars(&groups, Some(axis)), layout::note(&src.t(note), "s")]);
    let scenes = vec![scene(&log, Word::ApprovalLogNote), scene(&linear, Word::ApprovalLinearNote)];
    let in_hours = [decimal(hours.value), src.fill(Word::AtLeast, &[&decimal(national)])];
    let rows = groups[0].bars.iter().zip(in_hours).map(|(b, h)| vec![b.label.clone(), b.display.clone(), h]).collect();
    let table = Table { head: src.head(&[Word::ColWho, Word::ColTime, Word::ColHours]), rows };
    let mut chart = src.chart(Word::ApprovalTitle, scenes, table);
    let count = decimal((national / hours.value).floor());
    let note = src.fill(Word::ApprovalCount, &[&src.show(years), &count, &src.show(hours)]);
    chart.desc = format!("{} {note}", chart.desc);
    chart.note = Some(note);
    chart.views = vec![src.t(Word::LogScale), src.t(Word::LinearScale)];
    Ok(chart)
}

fn corpus(src: &mut Src) -> Result<Chart, Missing> {
    // A hundred squares: each one percent of the training text.
    const CELLS: usize = 100;
    let share = src.fig("fig-zh-corpus")?;
    let (zh, rest) = (src.show(share), percent(100.0 - share.value));
    let legend = layout::legend(&[("unit on", src.fill(Word::CorpusChinese, &[&zh])), ("unit", src.fill(Word::CorpusOther, &[&rest]))]);
    let scene = layout::stack(vec![
        layout::units(CELLS, 20, share.value, false),
        legend,
        layout::note(&src.fill(Word::CorpusEach, &[&percent(100.0 / CELLS as f64)]), "s"),
    ]);
    let rows = vec![vec![src.t(Word::Chinese), zh], vec![src.t(Word::OtherLanguages), rest]];
    let table = Table { head: src.head(&[Word::ColLanguage, Word::ColShare]), rows };
    Ok(src.chart(Word::CorpusTitle, vec![scene], table))
}

fn cleaning(src: &mut Src) -> Result<Chart, Missing> {
    let raw = src.fig("fig-raw-data")?;
    let clean = src.fig("fig-clean-data")?;
    let phds = src.fig("fig-phd-students")?;
    let groups = [Group {
        title: None,
        bars: vec![bar(src.t(Word::CleaningRaw), raw.value, src.show(raw)), bar(src.t(Word::CleaningClean), clean.value, src.show(clean))],
    }];
    let people = src.fill(Word::CleaningPeople, &[&src.show(phds)]);
    let scene = layout::stack(vec![layout::bars(&groups, None), layout::units(phds.value.max(0.0) as usize, 12, phds.value, true), layout::note(&people, "t")]);
    let kept = percent((clean.value / raw.value * 1000.0).round() / 10.0);
    let mut rows = bar_rows(&groups);
    rows.push(vec![src.t(Word::CleaningPhds), src.show(phds)]);
    rows.push(vec![src.t(Word::CleaningKept), kept.clone()]);
    let table = Table { head: src.head(&[Word::ColStage, Word::ColAmount]), rows };
    let mut chart = src.chart(Word::CleaningTitle, vec![scene], table);
    chart.note = Some(src.fill(Word::CleaningNote, &[&kept]));
    Ok(chart)
}

fn scholars(src: &mut Src) -> Result<Chart, Missing> {
    let all = src.fig("fig-zhiyuan-scholars")?;
    let young = src.fig("fig-young-scholars")?;
    let bars = vec![
        bar(src.t(Word::Scholars), all.value, src.show(all)),
        Bar { label: src.t(Word::YoungScholars), value: all.value / 2.0, display: src.show(young), approx: true },
    ];
    let groups = [Group { title: None, bars }];
    let dots = layout::units(all.value.max(0.0) as usize, 24, all.value, true);
    let scene = layout::stack(vec![dots, layout::bars(&groups, None), layout::note(&src.t(Word::ScholarsNote), "s")]);
    let table = Table { head: src.head(&[Word::ColWho, Word::ColHowMany]), rows: bar_rows(&groups) };
    Ok(src.chart(Word::ScholarsTitle, vec![scene], table))
}

fn title_route(src: &mut Src) -> Result<Chart, Missing> {
    let year = src.fig("fig-lin-application")?;
    let asked = src.fig("fig-title-request")?;
    let month = src.fig("fig-policy-month")?;
    let later = src.fill(Word::Later, &[&src.show(month)]);
    let mut steps = vec![
        step(src, Word::RouteApply, Word::RouteApplyWho, src.show(year)),
        step(src, Word::RouteStuck, Word::RouteStuckWho, src.t(Word::RouteStuckWhen)),
        step(src, Word::RouteAsk, Word::RouteAskWho, src.show(asked)),
        step(src, Word::RouteMeasures, Word::RouteMeasuresWho, later.clone()),
    ];
    for id in ["case-by-case", "one-person-one-policy", "anytime-review", "named-recommendation"] {
        let term = src.term(id)?;
        steps.push(Step { name: term.get(src.lang).to_string(), who: term.def.get(src.lang).to_string(), when: String::new() });
    }
    steps.push(step(src, Word::RouteTitle, Word::RouteTitleWho, src.t(Word::RouteTitleWhen)));
    let notes = [Some(src.show(year)), None, Some(src.show(asked)), Some(later), None, None, None, None, Some(src.t(Word::Soon))];
    let mut boxes = steps.iter().zip(notes).map(|(s, n)| node(s.name.clone(), n));
    let mut rows: Vec<Vec<Node>> = boxes.by_ref().take(4).map(|b| vec![b]).collect();
    rows.push(boxes.by_ref().take(4).collect());
    rows.push(boxes.collect());
    let lane = Lane { title: src.t(Word::RouteLane), rows };
    Ok(flow_chart(src, Word::TitleRouteTitle, vec![lane], steps))
}

fn impact(src: &mut Src) -> Result<Chart, Missing> {
    let cost = src.fig("fig-xiaobu-cost")?;
    // A pair of figures; a bar is labelled by its key, or by its figure's label.
    let mut pair = |title: Word, a: (Option<Word>, &'static str), b: (Option<Word>, &'static str)| -> Result<Group, Missing> {
        let mut bars = Vec::new();
        for (key, id) in [a, b] {
            let f = src.fig(id)?;
            let label = key.map_or_else(|| capitalized(f.label.get(src.lang)), |k| src.t(k));
            bars.push(bar(label, f.value, src.show(f)));
        }
        Ok(Group { title: Some(src.t(title)), bars })
    };
    let patent = pair(Word::ImpactPatent, (Some(Word::Before), "fig-patent-before"), (Some(Word::GreenChannel), "fig-patent-months"))?;
    let mut precision =
        pair(Word::ImpactPrecision, (Some(Word::BeforeTuning), "fig-graph-precision-before"), (Some(Word::AfterTuning), "fig-graph-precision"))?;
    let firms = pair(Word::ImpactFirms, (Some(Word::Incubated), "fig-incubated-firms"), (Some(Word::Unicorns), "fig-unicorns"))?;
    let output = pair(Word::ImpactOutput, (None, "fig-beijing-ai-core"), (None, "fig-beijing-ai-spillover"))?;
    // The precision figure reads "70%→98%"; its own bar shows the 98% alone.
    if let Some(after) = precision.bars.get_mut(1) {
        after.display = percent(after.value);
    }
    let cost = Group {
        title: Some(src.t(Word::ImpactCost)),
        bars: vec![
            bar(src.t(Word::Before), 100.0, src.t(Word::FullCost)),
            bar(src.t(Word::WithWudao), 100.0 - cost.value, src.fill(Word::Down, &[&src.show(cost)])),
        ],
    };
    let groups = [cost, patent, precision, firms, output];
    let table = Table { head: src.head(&[Word::ColWhat, Word::ColWho, Word::ColAmount]), rows: bar_rows(&groups) };
    let mut chart = src.chart(Word::ImpactTitle, vec![layout::bars(&groups, None)], table);
    chart.note = Some(src.t(Word::OwnScale));
    Ok(chart)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_year_is_a_month() {
        assert_eq!(months(2018.8333), 2018 * 12 + 10);
        assert_eq!(months(2023.9167), 2023 * 12 + 11);
        assert_eq!(months(2023.0), 2023 * 12);
    }

    #[test]
    fn a_missing_figure_is_named() {
        let mut src = Src { book: crate::content::test_book(), lang: Lang::Zh, used: Vec::new() };
        assert_eq!(src.fig("fig-nowhere"), Err(Missing("fig-nowhere")));
        assert!(Missing("fig-nowhere").to_string().contains("`fig-nowhere`"));
    }
}
