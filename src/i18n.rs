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
    ColStep => "步骤", "Step";
    StepWho => "谁来决定", "Who decides";
    StepWhen => "要多久", "How long";
    ColWhen => "时间", "When";
    ColEvent => "事件", "Event";
    ColWho => "对象", "Who or what";
    ColTime => "用时", "Time";
    ColHours => "折合小时", "In hours";
    ColValueLeft => "剩下的价值", "Value left";
    ColLanguage => "语言", "Language";
    ColShare => "占比", "Share";
    ColStage => "阶段", "Stage";
    ColAmount => "数字", "Figure";
    ColHowMany => "人数", "How many";
    ColWhat => "方面", "Area";
    YearN => "{}年", "{}";
    YearsN => "{}年", "{} yr";
    AtLeast => "至少{}", "at least {}";
    Later => "{}后", "{} later";
    Soon => "很快", "soon after";
    // Visuals: ch1, the timeline.
    TimelineTitle => "从智源成立到大模型遍地开花", "From BAAI's founding to a boom in large models";
    TimelineNote => "选一个事件,就能跳到故事里讲它的那一段。", "Choose an event to jump to the paragraph that tells it.";
    EventFounded => "智源研究院成立", "BAAI is founded";
    EventGpt3 => "OpenAI发布GPT-3", "OpenAI releases GPT-3";
    EventCompute => "带着{}算力开始研发", "Work begins with {} of compute";
    EventWudao1 => "悟道1.0问世", "WuDao 1.0 is released";
    EventWudao2 => "悟道2.0亮相,参数规模是GPT-3的{}", "WuDao 2.0 arrives with {} GPT-3's parameters";
    EventXiaobu => "OPPO小布接入悟道,每条回答的成本降低{}", "OPPO's Xiaobu joins WuDao: cost per answer down {}";
    EventModels => "国内大模型{}", "{} large models in China";
    // ch2: Moore's law.
    DepreciationTitle => "昂贵的设备贬值有多快", "How fast expensive equipment loses value";
    DepreciationNote => "按摩尔定律的说法,设备{}贬值一半,可大模型什么时候出成果,谁也说不准。", "By Moore's law, equipment loses half its value {}, while nobody can say when a large model will pay off.";
    WhenNew => "刚买来时", "When new";
    AfterMonths => "{}个月后", "After {} months";
    // ch3: governance.
    GovernanceTitle => "谁说了算:智源与项目制", "Who decides: BAAI and the project system";
    GovLaneBaai => "智源:理事会领导下的院长负责制", "BAAI: a president in charge, under a council";
    GovLaneProject => "项目制:高校与国家级项目", "Project system: universities and national projects";
    GovCouncil => "理事会", "Council";
    GovCouncilWho => "理事会(理事长黄铁军)定方向、作重大决定。", "The council, chaired by Huang Tiejun, sets the direction and makes the major decisions.";
    GovCouncilWhen => "不设考核和阶段性目标", "No assessments or stage targets";
    GovPresident => "院长", "President";
    GovPresidentWho => "院长在理事会领导下,负责研究院的日常运转。", "The president runs the institute day to day, answering to the council.";
    GovPresidentWhen => "申请不必层层排队", "No queueing through layer after layer";
    GovMeeting => "院务会", "Institute affairs meeting";
    GovMeetingWho => "由业内顶级专家组成,只看论证是否科学严谨。", "Top experts in the field; what counts is whether the case is scientifically rigorous.";
    GovMeetingWhen => "常常{}就能通过", "Often passes in {}";
    GovScientists => "科学家", "Scientists";
    GovScientistsWho => "科学家自己拿主意,把力气用在前沿难题上。", "Scientists make their own decisions and spend their energy on frontier problems.";
    GovScientistsWhen => "{}研发资金马上到位", "{} of R&D funding arrives at once";
    ProjApply => "写申请", "Application";
    ProjApplyWho => "申请人把项目写成申请,交上去等待评审。", "The applicant writes the project up and hands it in for review.";
    ProjApplyWhen => "排队等待论证", "Queues for review";
    ProjReview => "论证评审", "Review";
    ProjReviewWho => "评审专家一轮又一轮地论证。", "Reviewers argue the case round after round.";
    ProjReviewWhen => "论证周期大多以“年”计", "Review cycles mostly counted in years";
    ProjReviewShort => "以“年”计", "counted in years";
    ProjApprove => "立项拨款", "Approval and funding";
    ProjApproveWho => "论证通过之后,项目才能立项、拿到经费。", "Only when the review is passed is the project approved and funded.";
    ProjApproveWhen => "重大国家级项目常要{}", "Often {} for a major national project";
    // ch3: approval speed.
    ApprovalTitle => "批一个项目要多久:智源与国家级项目", "How long approval takes: BAAI and a national project";
    ApprovalBaai => "智源:项目通过院务会", "BAAI: a project passes the institute affairs meeting";
    ApprovalNational => "重大国家级项目:研究立项", "Major national project: study and approval";
    ApprovalCount => "国家级项目研究立项的{}里,至少能容下{}次{}的院务会决定。", "The {} a national project spends on approval could hold at least {} BAAI decisions taking {} each.";
    ApprovalLogNote => "对数刻度:每向右一大格,时间就长许多倍,所以几小时和几年能放在一起比。", "Log scale: each step to the right multiplies the time, so hours and years fit on one axis.";
    ApprovalLinearNote => "线性刻度:按真实长短来画,智源那一条短得几乎看不见。", "Linear scale: drawn to true length, BAAI's bar is too short to see.";
    LogScale => "对数刻度", "Log scale";
    LinearScale => "线性刻度", "Linear scale";
    TickHour => "1小时", "1 hour";
    TickDay => "1天", "1 day";
    TickWeek => "1周", "1 week";
    TickMonth => "1个月", "1 month";
    TickYear => "1年", "1 year";
    TickDecade => "10年", "10 years";
    // ch4: data.
    CorpusTitle => "训练语料里的中文有多少", "How much of the training text was Chinese";
    CorpusChinese => "中文 {}", "Chinese {}";
    CorpusOther => "其他语言 {}", "Other languages {}";
    CorpusEach => "每一格代表全部训练语料的{}", "Each square is {} of all training text";
    Chinese => "中文", "Chinese";
    OtherLanguages => "其他语言", "Other languages";
    CleaningTitle => "一场数据大扫除", "A great data clean-up";
    CleaningRaw => "原始数据(来自电商、社交媒体、搜索)", "Raw data (from e-commerce, social media, search)";
    CleaningClean => "清洗后的高质量数据集", "High-quality dataset after cleaning";
    CleaningPeople => "{}博士生逐行标注、清洗", "{} PhD students labelled and cleaned it line by line";
    CleaningPhds => "做清洗的博士生", "PhD students cleaning";
    CleaningKept => "留下的比例", "Share kept";
    CleaningNote => "清洗之后,只留下原始数据的{}。", "After cleaning, {} of the raw data was left.";
    // ch5: talent.
    ScholarsTitle => "智源学者:一支年轻的“北京队”", "BAAI scholars: a young “Beijing team”";
    Scholars => "智源学者", "BAAI scholars";
    YoungScholars => "其中的青年学者", "Of whom young scholars";
    ScholarsNote => "每个圆点是一位智源学者;虚线条表示原文只给出约数。", "Each dot is one BAAI scholar; the dashed bar marks a number the story gives only roughly.";
    TitleRouteTitle => "从碰壁到破格:新的职称通道", "From dead end to a new route to a senior title";
    RouteLane => "林咏华的正高级职称之路", "Lin Yonghua's route to a senior title";
    RouteApply => "申报重点课题", "Applies for a key project";
    RouteApplyWho => "林咏华想申报科技部重点课题,初选却要求正高级职称。", "Lin Yonghua wants to apply for a key ministry project, but the first screening requires a senior title.";
    RouteStuck => "卡在职称", "Stuck on the title";
    RouteStuckWho => "她的方向太前沿:没有对得上的职称序列,也找不到评审专家。", "Her field is too new: no title track fits it, and there are no reviewers for it.";
    RouteStuckWhen => "按原有规则无路可走", "No way through under the old rules";
    RouteAsk => "向市人社局求助", "Asks the city for help";
    RouteAskWho => "黄铁军到北京市人力资源和社会保障局求助。", "Huang Tiejun asks Beijing's human resources and social security bureau for help.";
    RouteMeasures => "新办法出台", "New measures issued";
    RouteMeasuresWho => "北京市出台高级职称考核认定的新办法,准备了几把“钥匙”。", "Beijing issues new measures for assessing senior titles, with several “keys”.";
    RouteTitle => "获得正高级职称", "Senior title granted";
    RouteTitleWho => "林咏华拿到正高级职称,成为新办法的第一位受益者。", "Lin Yonghua gets her senior title, the first person to benefit from the measures.";
    RouteTitleWhen => "很快;同一年课题正式立项", "Soon after; her project was approved the same year";
    // ch6: impact.
    ImpactTitle => "从实验室到应用场:变化有多大", "From lab to real world: how much changed";
    OwnScale => "每一组按自己的最大值来画:只比较组内的长短,不跨组比较。", "Each pair is drawn to its own scale: compare bars within a pair, not across pairs.";
    ImpactCost => "小布每条回答的建设成本", "Xiaobu: cost of building each answer";
    Before => "以往", "Before";
    WithWudao => "接入悟道后", "With WuDao";
    FullCost => "原来的成本", "full cost";
    Down => "降低{}", "down {}";
    ImpactPatent => "拿到专利授权要多久", "Time to a patent grant";
    GreenChannel => "走绿色通道", "Green channel";
    ImpactPrecision => "产业图谱的精度", "Industry graph precision";
    BeforeTuning => "调教前", "Before tuning";
    AfterTuning => "一次调教后", "After one round of tuning";
    ImpactFirms => "智源孵化的企业", "Companies BAAI incubated";
    Incubated => "孵化的企业", "Incubated";
    Unicorns => "其中的独角兽", "Of which unicorns";
    ImpactOutput => "北京的人工智能产业", "Beijing's AI industry";
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
