//! Languages and every UI string, in both languages.
//!
//! A string is a [`Key`]; [`Key::get`] gives its Chinese or English form. The
//! macro takes both forms for every key, so a key without both does not compile.

use serde::{Deserialize, Serialize};

/// The two languages of the app. Chinese comes first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The code used in URLs and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Picks the string for this language.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// An enum of strings with both forms of each: `Key` here, and the words of
/// the visuals (`crate::visual::words`), which only the build script uses.
macro_rules! ui_strings {
    ($(#[$doc:meta])* $name:ident { $($key:ident => $zh:literal, $en:literal;)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// Both forms of every key, in the order of the keys: a table
            /// lookup is much less code in the wasm than a match.
            const STRINGS: &'static [[&'static str; 2]] = &[$([$zh, $en]),*];

            pub fn get(self, lang: $crate::i18n::Lang) -> &'static str {
                let [zh, en] = Self::STRINGS[self as usize];
                lang.pick(zh, en)
            }
        }
    };
}
pub(crate) use ui_strings;

ui_strings! {
    /// Every fixed string the interface shows.
    Key {
    SwitchLanguage => "English", "中文";
    SwitchLanguageLabel => "Switch to English", "切换到中文";
    Home => "首页", "Home";
    Chapters => "章节", "Chapters";
    Start => "开始阅读", "Start reading";
    Continue => "继续上次的位置", "Continue where you left off";
    ChapterN => "第{}章", "Chapter {}";
    MinutesToRead => "约{}分钟", "about {} min";
    Read => "已读", "Read";
    Unread => "未读", "Not read yet";
    ScoreOf => "测验得分 {}", "Quiz score {}";
    Previous => "上一章", "Previous chapter";
    Next => "下一章", "Next chapter";
    ReadingProgress => "阅读进度", "Reading progress";
    LinkToParagraph => "本段链接", "Link to this paragraph";
    TermsHeading => "关键词", "Key terms";
    FigureLabel => "关键数字", "Key figure";
    WhyItMattered => "为什么重要", "Why it mattered";
    ForDiscussion => "课堂讨论", "For discussion";
    TakeQuiz => "做本章测验", "Take the chapter quiz";
    Challenge => "机制大挑战", "Mechanism challenge";
    ChallengeBlurb => "混合各章题目,检验你是否真正理解智源的三项机制:治理、拨款与人才。", "Questions from every chapter that test whether you really understand BAAI's three mechanisms: governance, funding and talent.";
    Close => "关闭", "Close";
    DefinitionOf => "释义:", "Definition:";
    QuizFor => "测验:{}", "Quiz: {}";
    QuestionN => "第{}题", "Question {}";
    Mode => "反馈方式", "Feedback";
    ModeInstant => "每题立即检查", "Check each answer at once";
    ModeSubmit => "全部答完再提交", "Answer all, then submit";
    Check => "检查答案", "Check";
    TryAgain => "再试一次", "Try again";
    Submit => "提交全部答案", "Submit all answers";
    Unanswered => "还有 {} 题未作答", "{} questions not answered yet";
    Correct => "回答正确", "Correct";
    PartlyCorrect => "部分正确", "Partly correct";
    Wrong => "回答不正确", "Not correct";
    YourAnswer => "你的答案", "Your answer";
    CorrectAnswer => "正确答案", "Correct answer";
    Explanation => "解析", "Why";
    SeeInStory => "在故事中查看", "See it in the story";
    BackToQuestion => "回到题目", "Back to the question";
    Score => "得分:{}", "Score: {}";
    RetryWrong => "只重做答错的题", "Retry only what I got wrong";
    ShowCorrect => "显示正确答案", "Show correct answers";
    True => "正确", "True";
    False => "错误", "False";
    MoveUp => "上移", "Move up";
    MoveDown => "下移", "Move down";
    MovedTo => "已移到第{}位", "Moved to position {}";
    ChooseMatch => "请选择", "Choose";
    TypeNumber => "填写数字", "Enter a number";
    TypeAnswer => "填写答案", "Type your answer";
    Unit => "单位:{}", "unit: {}";
    NeedAnswer => "请先作答。", "Answer first.";
    NeedAllMatches => "请为每一项选择配对。", "Choose a match for every item.";
    NeedNumber => "请填写一个数字,例如 1.3。", "Enter a number, for example 1.3.";
    QuestionChanged => "这道题在你作答后有更新,已为你重置。", "This question changed since you answered it, so it was reset.";
    NotFoundTitle => "找不到这个页面", "This page doesn't exist";
    NotFoundBody => "链接可能已损坏或过期。其余内容都还在,你可以从首页继续。", "The link may be broken or out of date. Everything else is still here: carry on from the home page.";
    StorageDamaged => "保存的进度无法读取。原始数据已备份,你可以下载备份;现在从头开始。", "Your saved progress could not be read. The original data was kept as a backup you can download; you start fresh now.";
    StorageFuture => "保存的进度来自更新版本的应用。原始数据已备份;现在从头开始。", "Your saved progress comes from a newer version of the app. The original data was kept as a backup; you start fresh now.";
    StorageUnavailable => "浏览器不允许保存数据:进度只保留到关闭页面为止。", "This browser does not allow saving: your progress lasts only until you close the page.";
    DownloadBackup => "下载备份", "Download the backup";

    // Visuals: the frame.
    ShowTable => "以表格查看数据", "Show as table";
    HideTable => "收起表格", "Hide table";
    ChooseView => "刻度", "Axis";
    ChooseStep => "选一个步骤", "Choose a step";
    StepHint => "选上面任意一个步骤,看看由谁决定、要多久。", "Choose a step above to see who decides and how long it takes.";
    StepWho => "谁来决定", "Who decides";
    StepWhen => "要多久", "How long";
}
}

/// A number as people write it, without float-formatting machinery (which
/// costs the wasm bundle ~10 KB): up to six decimals, trailing zeros dropped.
pub fn decimal(x: f64) -> String {
    let scaled = (x.abs() * 1e6).round() as u64;
    let (whole, part) = (scaled / 1_000_000, scaled % 1_000_000);
    let sign = if x < 0.0 && scaled > 0 { "-" } else { "" };
    if part == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{part:06}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// A share from 0 to 1 as a whole percentage, e.g. `75%`.
pub fn percent(share: f64) -> String {
    format!("{}%", (share.clamp(0.0, 1.0) * 100.0).round() as u32)
}

/// Fills the single `{}` in a UI string.
pub fn fill(template: &str, value: impl std::fmt::Display) -> String {
    template.replacen("{}", &value.to_string(), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_in_both_languages_and_differs_where_words_are_used() {
        for key in Key::ALL {
            let (zh, en) = (key.get(Lang::Zh), key.get(Lang::En));
            assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{key:?} is empty");
            assert_ne!(zh, en, "{key:?} is not translated");
        }
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn numbers_are_written_plainly() {
        assert_eq!(decimal(1.3), "1.3");
        assert_eq!(decimal(243.0), "243");
        assert_eq!(decimal(-0.25), "-0.25");
        assert_eq!(decimal(2500.0), "2500");
        assert_eq!(percent(0.755), "76%");
        assert_eq!(percent(2.0), "100%");
    }

    proptest::proptest! {
        #[test]
        fn decimals_read_back(x in -1.0e9f64..1.0e9) {
            let back = crate::quiz::normalize::parse_number(&decimal(x), &[]).unwrap();
            proptest::prop_assert!((back - x).abs() <= 1e-6);
        }
    }

    #[test]
    fn fill_replaces_the_placeholder() {
        assert_eq!(fill(Key::ChapterN.get(Lang::Zh), 3), "第3章");
        assert_eq!(fill(Key::ChapterN.get(Lang::En), 3), "Chapter 3");
    }
}
