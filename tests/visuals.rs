//! The visuals against the content: every visual builds from the embedded
//! figures in both languages (a missing figure fails here, by id), shows
//! them as the content writes them, sits in its chapter, and fits its canvas.

use zhiyuan::book::book;
use zhiyuan::content::{Bilingual, Figure};
use zhiyuan::i18n::{decimal, Lang};
use zhiyuan::visual::charts::{months, HOURS_PER_YEAR};
use zhiyuan::visual::{build, Chart, Visual};

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

fn chart(v: Visual, lang: Lang) -> Chart {
    build(book(), v, lang).unwrap_or_else(|missing| panic!("{v:?} ({lang:?}): {missing}"))
}

fn figure(id: &str) -> &'static Figure {
    book().chapters.iter().flat_map(|c| c.figures.iter()).find(|f| f.id == id).unwrap_or_else(|| panic!("no figure {id}"))
}

/// All the words a chart puts on screen outside the drawing.
fn words(c: &Chart) -> String {
    let cells = c.table.rows.iter().flatten().chain(&c.table.head);
    cells.chain(c.note.iter()).chain([&c.desc, &c.title]).cloned().collect::<Vec<_>>().join("\n")
}

/// The figure ids each visual must read, in order.
const SOURCES: [(Visual, &[&str]); 9] = [
    (
        Visual::Timeline,
        &[
            "fig-baai-founded",
            "fig-gpt3-release",
            "fig-compute-start",
            "fig-compute-1000p",
            "fig-wudao1-release",
            "fig-wudao2-after",
            "fig-wudao2-scale",
            "fig-xiaobu-date",
            "fig-xiaobu-cost",
            "fig-models-date",
            "fig-models-2024",
        ],
    ),
    (Visual::Depreciation, &["fig-moore-18"]),
    (Visual::Governance, &["fig-approval-hours", "fig-funding-at-once", "fig-national-approval-years"]),
    (Visual::Approval, &["fig-approval-hours", "fig-national-approval-years"]),
    (Visual::Corpus, &["fig-zh-corpus"]),
    (Visual::Cleaning, &["fig-raw-data", "fig-clean-data", "fig-phd-students"]),
    (Visual::Scholars, &["fig-zhiyuan-scholars", "fig-young-scholars"]),
    (Visual::TitleRoute, &["fig-lin-application", "fig-title-request", "fig-policy-month"]),
    (
        Visual::Impact,
        &[
            "fig-xiaobu-cost",
            "fig-patent-before",
            "fig-patent-months",
            "fig-graph-precision-before",
            "fig-graph-precision",
            "fig-incubated-firms",
            "fig-unicorns",
            "fig-beijing-ai-core",
            "fig-beijing-ai-spillover",
        ],
    ),
];

#[test]
fn every_visual_reads_its_figures_from_the_content() {
    for (v, ids) in SOURCES {
        for id in ids {
            figure(id);
        }
        for lang in LANGS {
            let used: Vec<&str> = chart(v, lang).figures.iter().map(|f| f.id.as_ref()).collect();
            assert_eq!(used, ids.to_vec(), "{v:?} reads other figures than expected");
        }
    }
    assert_eq!(SOURCES.map(|s| s.0), Visual::ALL);
}

#[test]
fn every_figure_shown_is_written_as_the_content_writes_it() {
    for v in Visual::ALL {
        for lang in LANGS {
            let c = chart(v, lang);
            let text = words(&c);
            for f in &c.figures {
                let shown = f.display.get(lang);
                // The precision figure reads "70% → 98%"; its table row gives the 98% alone.
                let alone = format!("{}%", decimal(f.value));
                assert!(
                    text.contains(shown) || (f.id == "fig-graph-precision" && text.contains(&alone)),
                    "{v:?} ({lang:?}) never shows {} as {shown:?}:\n{text}",
                    f.id
                );
            }
        }
    }
}

#[test]
fn computed_numbers_come_from_the_figures() {
    for lang in LANGS {
        let hours = figure("fig-approval-hours").value;
        let years = figure("fig-national-approval-years").value;
        let count = decimal((years * HOURS_PER_YEAR / hours).floor());
        assert_eq!(count, "8760");
        assert!(chart(Visual::Approval, lang).note.unwrap_or_default().contains(&count));

        let kept = decimal((figure("fig-clean-data").value / figure("fig-raw-data").value * 1000.0).round() / 10.0);
        assert_eq!(kept, "5.2");
        assert!(words(&chart(Visual::Cleaning, lang)).contains(&format!("{kept}%")));

        let rest = decimal(100.0 - figure("fig-zh-corpus").value);
        assert!(words(&chart(Visual::Corpus, lang)).contains(&format!("{rest}%")));
    }
}

#[test]
fn the_timeline_runs_in_date_order_and_links_each_event_to_its_paragraph() {
    let c = chart(Visual::Timeline, Lang::Zh);
    let dates: Vec<&str> = c.table.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(dates, ["2018年11月", "2020年5月", "2020年11月", "2021年3月", "3个月后", "2023年年底", "2024年3月"]);
    let paras: Vec<&str> = c.scenes[0].links.iter().map(|l| l.para).collect();
    assert_eq!(paras, ["ch3-p1", "ch2-p1", "ch4-p1", "ch4-p8", "ch4-p8", "ch6-p5", "ch4-p10"]);
    for para in paras {
        assert!(book().chapter_of_para(para).is_some(), "{para} is not in the story");
    }
    // Dates are decimal years: the month each figure means is the month its display names.
    for (id, month) in [("fig-baai-founded", 11), ("fig-gpt3-release", 5), ("fig-compute-start", 11), ("fig-wudao1-release", 3), ("fig-models-date", 3)] {
        let f = figure(id);
        let m = months(f.value);
        assert_eq!(m % 12 + 1, month, "{id}");
        assert!(f.display.zh.starts_with(&format!("{}年{month}月", m / 12)), "{id}: {}", f.display.zh);
    }
}

#[test]
fn every_chapter_shows_a_visual_after_one_of_its_paragraphs() {
    for chapter in book().chapters.iter() {
        let shown = Visual::ALL.iter().filter(|v| chapter.paras().any(|p| p.id == v.para())).count();
        assert!(shown >= 1, "{} has no visual", chapter.id);
    }
    for v in Visual::ALL {
        assert!(book().chapter_of_para(v.para()).is_some(), "{v:?} follows {}, which is not in the story", v.para());
    }
}

#[test]
fn every_drawing_fits_its_canvas_in_both_languages() {
    for v in Visual::ALL {
        for lang in LANGS {
            let c = chart(v, lang);
            assert!(!c.scenes.is_empty());
            assert!(c.views.is_empty() || c.views.len() == c.scenes.len(), "{v:?}: a name for each view");
            for scene in &c.scenes {
                assert!(scene.height > 0);
                assert!(scene.overflow().is_empty(), "{v:?} ({lang:?}) overflows: {:?}", scene.overflow());
            }
            assert!(!c.title.is_empty() && !c.desc.is_empty(), "{v:?}: title and description");
            let width = c.table.head.len();
            assert!(c.table.rows.iter().all(|r| r.len() == width), "{v:?}: every table row fills the head");
        }
    }
}

#[test]
fn flows_have_a_step_for_every_box() {
    use zhiyuan::visual::layout::Shape;
    for v in [Visual::Governance, Visual::TitleRoute] {
        for lang in LANGS {
            let c = chart(v, lang);
            let boxes = c.scenes[0].shapes.iter().filter(|s| matches!(s, Shape::Rect { step: Some(_), .. })).count();
            assert_eq!(boxes, c.steps.len(), "{v:?}");
            assert_eq!(c.table.rows.len(), c.steps.len());
        }
    }
}

#[test]
fn the_embedded_drawings_are_the_visuals_drawn_from_the_content() {
    let fresh = zhiyuan::visual::drawn::draw_all(book()).unwrap_or_else(|missing| panic!("{missing}"));
    assert_eq!(zhiyuan::book::visuals(), fresh.as_slice());
    assert_eq!(fresh.len(), Visual::ALL.len() * LANGS.len());
}

#[test]
fn the_style_sheet_can_highlight_every_flow_step() {
    use zhiyuan::visual::svg::MAX_STEPS;
    let css = include_str!("../style/app.css");
    for i in 0..MAX_STEPS {
        assert!(css.contains(&format!(r#".chart[data-chosen="{i}"] [data-step="{i}"]"#)), "no highlight for step {i}");
    }
    for v in Visual::ALL {
        assert!(chart(v, Lang::Zh).steps.len() <= MAX_STEPS, "{v:?} has more steps than the style sheet highlights");
    }
}
