//! Languages and every UI string, in both languages.
//!
//! A string is a [`Key`]; [`Key::get`] gives its Chinese or English form. The
//! match is exhaustive, so a key without both forms does not compile.

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

macro_rules! ui_strings {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        /// Every fixed string the interface shows.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            pub fn get(self, lang: Lang) -> &'static str {
                match self { $(Key::$key => lang.pick($zh, $en)),* }
            }
        }
    };
}

ui_strings! {
    SwitchLanguage => "English", "中文";
    SwitchLanguageLabel => "Switch to English", "切换到中文";
    Home => "首页", "Home";
    Chapters => "章节", "Chapters";
    Start => "开始阅读", "Start reading";
    Continue => "继续", "Continue";
    ChapterN => "第{}章", "Chapter {}";
    MinutesToRead => "约{}分钟", "about {} min";
    Previous => "上一章", "Previous";
    Next => "下一章", "Next";
    ReadingProgress => "阅读进度", "Reading progress";
    KeyTerms => "关键词", "Key terms";
    KeyFigures => "关键数字", "Key figures";
    WhyItMattered => "为什么重要", "Why it mattered";
    ForDiscussion => "课堂讨论", "For discussion";
    TakeQuiz => "做本章测验", "Take the chapter quiz";
    Close => "关闭", "Close";
    Quiz => "测验", "Quiz";
    Question => "题目", "Question";
    Check => "检查答案", "Check";
    Submit => "提交全部答案", "Submit all answers";
    TryAgain => "再试一次", "Try again";
    Correct => "正确", "Correct";
    PartlyCorrect => "部分正确", "Partly correct";
    Wrong => "不正确", "Not correct";
    SeeInStory => "在故事中查看", "See it in the story";
    BackToQuestion => "回到题目", "Back to the question";
    NotFoundTitle => "找不到这个页面", "This page doesn't exist";
    NotFoundBody => "链接可能已损坏或过期。你可以从首页继续。", "The link may be broken or out of date. You can carry on from the home page.";
    ContentErrorTitle => "内容无法加载", "The content could not be loaded";
    SkipToContent => "跳到正文", "Skip to content";
    Glossary => "词条", "Glossary";
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
    fn fill_replaces_the_placeholder() {
        assert_eq!(fill(Key::ChapterN.get(Lang::Zh), 3), "第3章");
        assert_eq!(fill(Key::ChapterN.get(Lang::En), 3), "Chapter 3");
    }
}
