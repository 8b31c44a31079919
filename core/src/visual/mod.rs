//! The pictures of the story: pure data and geometry, no web-sys.
//!
//! `charts` builds each visual from the content figures (by id: a missing
//! figure is an error naming it) in one language, with its `words`;
//! `layout` turns the data into shapes on a fixed-width canvas, and `svg`
//! into markup; `scale` and `text` are the maths under it. `drawn` is the
//! finished product, which the build script embeds for both languages
//! (`zhiyuan::book::visuals` in the app): the views in `ui/components/visuals` only
//! put it on the page.

pub mod charts;
pub mod drawn;
pub mod layout;
pub mod scale;
pub mod svg;
pub mod text;
pub mod words;

pub use charts::{build, Chart, Missing, Step, Table};

/// Every visual, and the paragraph it follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visual {
    /// ch1: the road from BAAI's founding to 243 models, events linked.
    Timeline,
    /// ch2: Moore's law, equipment losing half its value every period.
    Depreciation,
    /// ch3: who decides, BAAI against the project system.
    Governance,
    /// ch3: two hours against two or three years, on a log time axis.
    Approval,
    /// ch4: Chinese as a share of the world's training text.
    Corpus,
    /// ch4: 50TB of raw data cleaned to 2.6TB by eight PhD students.
    Cleaning,
    /// ch5: 94 BAAI scholars, nearly half of them young.
    Scholars,
    /// ch5: Lin Yonghua's route to a senior title.
    TitleRoute,
    /// ch6: what changed, in before/after pairs.
    Impact,
}

impl Visual {
    pub const ALL: [Visual; 9] = [
        Visual::Timeline,
        Visual::Depreciation,
        Visual::Governance,
        Visual::Approval,
        Visual::Corpus,
        Visual::Cleaning,
        Visual::Scholars,
        Visual::TitleRoute,
        Visual::Impact,
    ];

    /// The paragraph after which the visual is shown.
    pub fn para(self) -> &'static str {
        match self {
            Visual::Timeline => "ch1-p8",
            Visual::Depreciation => "ch2-p8",
            Visual::Governance => "ch3-p4",
            Visual::Approval => "ch3-p6",
            Visual::Corpus => "ch4-p3",
            Visual::Cleaning => "ch4-p7",
            Visual::Scholars => "ch5-p1",
            Visual::TitleRoute => "ch5-p9",
            Visual::Impact => "ch6-p13",
        }
    }

    /// A name for element ids in the page.
    pub fn slug(self) -> &'static str {
        match self {
            Visual::Timeline => "timeline",
            Visual::Depreciation => "depreciation",
            Visual::Governance => "governance",
            Visual::Approval => "approval",
            Visual::Corpus => "corpus",
            Visual::Cleaning => "cleaning",
            Visual::Scholars => "scholars",
            Visual::TitleRoute => "title-route",
            Visual::Impact => "impact",
        }
    }
}
