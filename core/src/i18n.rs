//! Languages and every UI string, in both languages.
//!
//! A string is a [`Key`]; [`Key::get`] gives its Chinese or English form. The
//! macro takes both forms for every key, so a key without both does not compile.

/// The two languages of the app. Chinese comes first. Saved as its code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

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

    /// A colon before what follows it: full-width in Chinese.
    pub fn colon(self) -> &'static str {
        self.pick("：", ": ")
    }

    /// Text in brackets after other words: full-width in Chinese.
    pub fn bracket(self, inner: impl std::fmt::Display) -> String {
        match self {
            Lang::Zh => format!("（{inner}）"),
            Lang::En => format!(" ({inner})"),
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
    FigureOf => "关键数字：{}", "Key figure: {}";
    WhyItMattered => "为什么重要", "Why it mattered";
    ForDiscussion => "课堂讨论", "For discussion";
    DiscussionGuide => "课堂讨论：参考要点与评分", "Class discussion: expected points and rubric";
    ExpectedPoints => "好的回答会提到：", "A good answer makes these points:";
    Rubric => "评分", "Rubric";
    TakeQuiz => "做本章测验", "Take the chapter quiz";
    Challenge => "机制大挑战", "Mechanism challenge";
    MasteryTitle => "三项机制，你掌握得怎么样", "How well you know the three mechanisms";
    MechGovernance => "理事会领导下的院长负责制", "Council-led, president-responsible governance";
    MechFunding => "两小时的院务会拨款", "Funding decided in two hours";
    MechTalent => "人才政策", "The talent policy";
    MasteryRight => "已检查的 {} 道题中答对 {} 道（共 {} 道）", "{} checked, {} right (of {} questions)";
    MasteryNone => "还没有作答：在各章测验或机制大挑战里试试。", "Nothing checked yet: try the chapter quizzes or the mechanism challenge.";
    Reread => "再读一读：", "Reread:";
    MapTitle => "机制地图", "Mechanism map";
    ClassMastery => "全班对三项机制的掌握", "The class on the three mechanisms";
    MapBlurb => "三项机制，一步一步：解决了什么问题、怎样运作、为悟道做了什么、还有哪些局限。", "The three mechanisms step by step: the problem, how it works, what it did for WuDao, and its limits.";
    MapIntro => "每一步都链接到故事里讲到它的段落，以及考查它的题目。", "Each step links to the paragraphs of the story that show it and the questions that test it.";
    StepProblem => "它要解决的问题", "The problem it answered";
    StepHow => "它怎样运作", "How it works";
    StepWudao => "它为悟道做了什么", "What it did for WuDao";
    StepLimits => "它的局限与代价", "Its limits and trade-offs";
    MapRead => "在故事里读：", "Read it in the story:";
    MapTry => "试一试：", "Try:";
    FacetWhat => "它是什么", "What it is";
    FacetDiffers => "与常规做法有何不同", "How it differs";
    FacetWhy => "为何对悟道重要", "Why it mattered for WuDao";
    FacetLimits => "局限与代价", "Its limits";
    ChallengeBlurb => "混合各章题目，检验你是否真正理解智源的三项机制：治理、拨款与人才。", "Questions from every chapter that test whether you really understand BAAI's three mechanisms: governance, funding and talent.";
    Close => "关闭", "Close";
    DefinitionOf => "释义：", "Definition:";
    QuizFor => "测验：{}", "Quiz: {}";
    QuestionN => "第{}题", "Question {}";
    Mode => "反馈方式", "Feedback";
    ModeInstant => "每题立即检查", "Check each answer at once";
    ModeSubmit => "全部答完再提交", "Answer all, then submit";
    Check => "检查答案", "Check";
    TryAgain => "再试一次", "Try again";
    Submit => "提交全部答案", "Submit all answers";
    Unanswered => "还有 {} 题未作答", "{} questions not answered yet";
    UnansweredOne => "还有 {} 题未作答", "{} question not answered yet";
    Incomplete => "{} 题只答了一部分", "{} questions only partly answered";
    IncompleteOne => "{} 题只答了一部分", "{} question only partly answered";
    NotAnsweredTag => "未作答", "not answered";
    IncompleteTag => "未答完（不计分）", "incomplete (not scored)";
    QuestionIs => "第{}题：", "Question {}: ";
    ConfirmSubmit => "交卷前请确认：", "Before you submit:";
    SubmitAnyway => "仍然交卷", "Submit anyway";
    KeepAnswering => "继续作答", "Keep answering";
    PartsRight => "答对 {} 项，共 {} 项", "{} of {} parts right";
    Correct => "回答正确", "Correct";
    PartlyCorrect => "部分正确", "Partly correct";
    Wrong => "回答不正确", "Not correct";
    YourAnswer => "你的答案", "Your answer";
    CorrectAnswer => "正确答案", "Correct answer";
    Explanation => "解析", "Why";
    SeeInStory => "在故事中查看", "See it in the story";
    BackToQuestion => "回到题目", "Back to the question";
    Score => "得分：{}", "Score: {}";
    RetryWrong => "只重做答错的题", "Retry only what I got wrong";
    ShowCorrect => "显示正确答案", "Show correct answers";
    NewAttempt => "再做一次（新的一次作答）", "Start a new attempt";
    AttemptN => "第 {} 次作答", "Attempt {}";
    Frozen => "已交卷，答案不能再改。", "Submitted: your answers can no longer change.";
    AnswersNever => "老师设置为不显示正确答案。", "Your teacher chose not to show the correct answers.";
    AnswersAfterDue => "截止日期过后可以看到正确答案。", "You can see the correct answers after the due date.";
    WhoFirst => "开始前请填写姓名和学号，它们会写进你的结果码。", "Before you start, enter your name and student number: they go into your result code.";
    StartAssignment => "开始作答", "Start";
    RevealLabel => "学生何时能看到正确答案和解析", "When students see the correct answers and explanations";
    RevealNever => "从不", "Never";
    RevealAfterSubmit => "交卷以后", "After submitting";
    RevealAfterDue => "截止日期以后", "After the due date";
    Retakes => "允许交卷后再做一次（每次作答分开计）", "Allow another attempt after submitting (each counted separately)";
    NotHidden => "注意：这是一个没有服务器的静态应用，答案就在学生手里的程序中。懂得使用浏览器开发者工具的学生可以找到答案，应用无法阻止。", "Note: this is a static app with no server, so the answers are inside the app every student has. A determined student with the browser's developer tools can find them; the app cannot stop that.";
    TeacherOnly => "仅供教师", "For teachers only";
    Projector => "投影二维码", "Project the QR code";
    ScanToOpen => "用手机扫码打开作业", "Scan to open the assignment";
    FullScreen => "全屏", "Full screen";
    ClassList => "班级名单（看谁还没交）", "Class list (who has not submitted)";
    ClassListHelp => "每行一名学生：学号 姓名，或只写姓名。名单和粘贴的结果码都只保存在这台设备上。", "One student a line: number and name, or just a name. The list and the pasted codes are kept on this device only.";
    NotSubmitted => "{} 名学生还没交", "{} students have not submitted";
    NotSubmittedOne => "{} 名学生还没交", "{} student has not submitted";
    SavedAssignments => "保存在本机的作业", "Assignments kept on this device";
    KeepOnDesk => "把这份作业保存在本机", "Keep this assignment on this device";
    KeptOnDesk => "已保存：在“全班结果”里可以找到它。", "Kept: find it under Class results.";
    True => "正确", "True";
    False => "错误", "False";
    MoveUp => "上移", "Move up";
    MoveDown => "下移", "Move down";
    MovedTo => "已移到第{}位", "Moved to position {}";
    ChooseMatch => "请选择", "Choose";
    TypeNumber => "填写数字", "Enter a number";
    TypeAnswer => "填写答案", "Type your answer";
    Unit => "单位：{}", "unit: {}";
    NeedAnswer => "请先作答。", "Answer first.";
    NeedAllMatches => "请为每一项选择配对。", "Choose a match for every item.";
    NeedNumber => "请填写一个数字（后面可以带单位）。", "Enter a number (a unit after it is fine).";
    NumberSplit => "数字中间有空格：你指的是哪个数？请不带空格地输入。", "There is a space inside the number: which number do you mean? Type it without spaces.";
    NumberComma => "逗号只用来分隔千位（如 2,500）；小数请用小数点（如 2.5）。", "A comma only separates thousands (as in 2,500); for a decimal, use a point (as in 2.5).";
    NoteUnit => "数字对了，但“{}”不是这道题问的单位。", "The number is right, but “{}” is not the unit this question asks for.";
    NoteOtherFigure => "这是故事里的另一个数字：{}。这道题问的是别的。", "That is another figure in the story: {}. This question asks about something else.";
    NoteClose => "很接近，但不准确：回到故事里再核对一下。", "Close, but not exact: check it in the story.";
    NoteFar => "相差十倍以上：检查一下位数和单位。", "That is off by a factor of ten or more: check the digits and the unit.";
    NoteSpelling => "差一点：检查一下写法。", "Nearly: check how you wrote it.";
    QuestionChanged => "这道题在你作答后有更新，已为你重置。", "This question changed since you answered it, so it was reset.";
    NotFoundTitle => "找不到这个页面", "This page doesn't exist";
    NotFoundBody => "链接可能已损坏或过期。其余内容都还在，你可以从首页继续。", "The link may be broken or out of date. Everything else is still here: carry on from the home page.";
    StorageDamaged => "保存的进度无法读取。原始数据已备份，你可以下载备份；现在从头开始。", "Your saved progress could not be read. The original data was kept as a backup you can download; you start fresh now.";
    StorageFuture => "保存的进度来自更新版本的应用。原始数据已备份；现在从头开始。", "Your saved progress comes from a newer version of the app. The original data was kept as a backup; you start fresh now.";
    StorageUnavailable => "浏览器不允许保存数据：进度只保留到关闭页面为止。", "This browser does not allow saving: your progress lasts only until you close the page.";
    DownloadBackup => "下载备份", "Download the backup";
    StorageFull => "进度没能保存（存储空间已满或被禁用）。导出一份进度文件以免丢失。", "Your progress could not be saved (storage is full or disabled). Export a progress file so nothing is lost.";
    MyProgress => "我的进度", "My progress";
    DarkMode => "深色模式", "Dark mode";
    TextSize => "字号：{}", "Text size: {}";
    Updated => "应用已更新到新版本，你的进度都还在。", "The app was updated to a new version. Your progress is all still here.";
    EnglishLoading => "正在加载英文内容……", "Loading the English text…";
    EnglishFailed => "英文内容没能加载（可能没有联网），所以这里仍用中文显示。联网后再切换到 English 即可。", "The English text could not be loaded (you may be offline), so this is shown in Chinese. Switch to English again once you are online.";
    Overall => "总体完成度：{}", "Overall: {}";
    ColChapter => "章节", "Chapter";
    ColRead => "已读", "Read";
    ColScore => "得分", "Score";
    ColBest => "最好成绩", "Best";
    ColAttempts => "作答次数", "Attempts";
    Yes => "是", "Yes";
    No => "否", "No";
    Show => "显示", "Show";
    FilterAll => "全部题目", "All questions";
    FilterOpen => "未作答", "Not answered";
    FilterWrong => "答错的", "Wrong";
    NothingHere => "这里没有题目。", "No questions here.";
    YourNameOptional => "你的名字（可选，只保存在本机）", "Your name (optional, kept on this device only)";
    ResetChapter => "重置本章", "Reset this chapter";
    ResetAll => "重置全部进度", "Reset all progress";
    ConfirmReset => "确定要清除吗？此操作无法撤销。", "Clear it? This cannot be undone.";
    ConfirmYes => "确定清除", "Yes, clear it";
    Cancel => "取消", "Cancel";
    Export => "导出进度文件", "Export progress file";
    Import => "导入进度文件", "Import a progress file";
    ImportPreview => "将用这个文件替换当前进度：文件中有 {} 。", "This file will replace your current progress. It holds {}.";
    ImportCurrent => "当前进度：{}。", "Your current progress: {}.";
    CountsOf => "{} 道题已作答", "{} questions answered";
    CountsOfOne => "{} 道题已作答", "{} question answered";
    ChaptersRead => "{} 章已读", "{} chapters read";
    ChaptersReadOne => "{} 章已读", "{} chapter read";
    ImportConfirm => "替换我的进度", "Replace my progress";
    Imported => "已导入。", "Imported.";
    ImportNotOurs => "这不是本应用导出的进度文件，当前进度没有改动。", "This is not a progress file from this app. Your progress is unchanged.";
    ImportDamaged => "这个进度文件已损坏，无法读取，当前进度没有改动。", "This progress file is damaged and cannot be read. Your progress is unchanged.";
    ImportFuture => "这个进度文件来自更新版本的应用，请先更新应用，当前进度没有改动。", "This progress file comes from a newer version of the app; update the app first. Your progress is unchanged.";
    ErrEmpty => "链接或结果码是空的。", "The link or code is empty.";
    ErrNotACode => "这不是结果码：结果码以 WD- 开头。", "This is not a result code: result codes start with WD-.";
    ErrBadCharacter => "其中有字符“{}”，链接和结果码里不会有它：可能复制时多了或改了字。", "It contains “{}”, which no link or code contains: something was added or changed when copying.";
    ErrChecksum => "校验不符：可能有错字，或复制时少了一部分。", "The checksum does not match: probably a typo, or part of it was lost when copying.";
    ErrDamaged => "内容无法读取：它不是本应用生成的。", "Its content cannot be read: this app did not make it.";
    ErrFromFuture => "它来自更新版本的应用（格式 {}）：请刷新页面再试。", "It comes from a newer version of the app (format {}): reload the page and try again.";
    ErrUnknownQuestions => "其中的题目在这个版本的应用里已不存在：{}。", "It names questions this version of the app no longer has: {}.";
    ErrNoQuestions => "请至少选择一道题。", "Choose at least one question.";
    ErrTooManyQuestions => "题目太多，一个链接放不下。", "Too many questions for one link.";
    ErrTitleTooLong => "标题太长。", "The title is too long.";
    RejectDuplicate => "重复：同一个结果码已经粘贴过。", "Duplicate: the same code was pasted before.";
    RejectOtherAttempt => "同一名学生的另一次作答已计入（按你选的“第一次”或“最好一次”）。", "Another attempt by the same student is counted (the first or the best, as you chose).";
    StudentNumber => "学号", "Student number";
    Attempt => "第几次", "Attempt";
    CountFirst => "第一次作答", "First attempt";
    CountBest => "最好的一次", "Best attempt";
    CountAll => "每一次作答", "Every attempt";
    CountLabel => "每名学生计入", "Count for each student";
    SameNumberTwoNames => "同一学号出现了不同的姓名", "This student number came with different names";
    RejectOtherAssignment => "属于另一份作业（或这份作业的另一个版本）。", "For another assignment (or another version of this one).";
    Name => "姓名", "Name";
    Points => "得分", "Points";
    OutOf => "题数", "Questions";
    Percent => "得分率", "Percent";
    Submitted => "提交时间", "Submitted";
    PercentRight => "答对率", "% right";
    Blank => "未答", "blank";
    Share => "分享", "Share";
    LinkToPage => "本页链接", "Link to this page";
    CopyLink => "复制链接", "Copy link";
    Copy => "复制", "Copy";
    Copied => "已复制。", "Copied.";
    CopyFallback => "已选中：请按 Ctrl+C（Mac 上按 ⌘C）复制。", "Selected: press Ctrl+C (⌘C on a Mac) to copy.";
    ShareSheet => "分享到…", "Share…";
    QrCode => "二维码", "QR code";
    QrOf => "链接的二维码：{}", "QR code of the link {}";
    QrTooLong => "链接太长，无法生成二维码。", "The link is too long for a QR code.";
    ForTeachers => "教师", "Teachers";
    BrandShort => "悟道", "WuDao";
    AppTitle => "悟道之路", "The Road to WuDao";
    TeacherTitle => "布置作业", "Make an assignment";
    TeacherIntro => "选好题目和设置，把链接或二维码发给学生。学生交卷后会得到一个结果码，发回给你，粘贴到“全班结果”即可。一切都在链接和结果码里，不经过任何服务器。", "Choose questions and settings, then send students the link or the QR code. When they submit, they get a result code to send back; paste the codes into Class results. Everything travels in the link and the codes: no server is involved.";
    ScormChoice => "怎么选：不用任何平台、学生无需账号，就发链接、收结果码；学校用 Moodle、Canvas 等学习平台，想让成绩自动进入成绩册，就把这份作业做成 SCORM 包上传到平台（做法见 README 的“托管”一节：把下面链接里从 #/ 开始的部分交给 package-scorm 脚本或 Pages 工作流）。", "Which way: with no platform and no student accounts, send the link and collect result codes. If your school uses a learning platform (Moodle, Canvas…) and you want scores in its gradebook, upload a SCORM package of this assignment instead (see Hosting in the README: give the part of the link below from #/ to the package-scorm script or the Pages workflow).";
    AssignmentTitle => "作业标题", "Title";
    Questions => "题目", "Questions";
    QuestionCount => "{} 道题", "{} questions";
    QuestionCountOne => "{} 道题", "{} question";
    WholeChapter => "整章", "Whole chapter";
    Shuffle => "每个学生的题目和选项顺序不同", "Shuffle questions and choices for each student";
    LinkLanguage => "链接语言", "Language of the link";
    DueDate => "截止日期（可不填）", "Due date (optional)";
    AssignmentLink => "作业链接", "Assignment link";
    OpenAsStudent => "以学生身份打开", "Open as a student";
    Worksheet => "练习纸（打印用）", "Worksheet to print";
    Solutions => "答案与解析", "Answer key";
    ClassResults => "全班结果", "Class results";
    AssignmentLabel => "作业", "Assignment";
    Untitled => "未命名作业", "Untitled assignment";
    Due => "截止日期：{}", "Due {}";
    DuePast => "截止日期：{}（已过）", "Due {} (past)";
    Late => "逾期提交", "late";
    SubmitAssignment => "交卷并获取结果码", "Submit and get my result code";
    AssignmentBroken => "这个作业链接打不开", "This assignment link can't be opened";
    AssignmentBrokenHelp => "请向老师重新要一次链接。应用的其他内容都可以照常使用。", "Ask your teacher for the link again. The rest of the app works as usual.";
    YourName => "你的名字", "Your name";
    NameFirst => "填好姓名和学号，就能得到结果码。", "Enter your name and student number to get your result code.";
    YourCode => "你的结果码", "Your result code";
    CodeHelp => "把结果码发给老师。它包含你的姓名、学号、第几次作答、每题的对错、得分和交卷时间。其中的校验只能发现抄错的字，不能防止作弊。", "Send this code to your teacher. It holds your name, student number, which attempt it is, how each question went, your score and when you submitted. Its checksum catches typos, not cheating.";
    ResultsFor => "全班结果：{}", "Class results: {}";
    PasteAssignment => "粘贴作业链接", "Paste the assignment link";
    PasteCodes => "粘贴结果码（每行一个，或整段聊天记录）", "Paste result codes (one per line, or a whole chat log)";
    StudentCount => "{} 名学生", "{} students";
    StudentCountOne => "{} 名学生", "{} student";
    HardestFirst => "每题答对率（最难的在前）", "Right answers per question, hardest first";
    WrongPicks => "错选", "Wrong choices picked";
    CopyMark => "（副本）", " (copy)";
    OpeningTeacherTools => "正在打开教师工具……", "Opening the teacher's tools…";
    OpenTeacherTools => "打开教师工具", "Open the teacher's tools";
    MyAssignments => "我的作业", "My assignments";
    MyAssignmentsHelp => "在这台设备上生成过的作业都保存在这里。", "Every assignment built on this device is kept here.";
    OpenInBuilder => "在生成器中打开", "Open in the builder";
    Duplicate => "复制为新作业", "Duplicate as a new one";
    Archive => "归档", "Archive";
    Unarchive => "取消归档", "Restore";
    Archived => "已归档", "Archived";
    BuiltOn => "生成于 {}", "Built {}";
    PickUnknown => "另有 {} 名学生答错，但结果码较旧，看不出选了什么", "{} more students missed it with an older code that does not say what they picked";
    PickUnknownOne => "另有 {} 名学生答错，但结果码较旧，看不出选了什么", "{} more student missed it with an older code that does not say what they picked";
    TablePart => "第 {} 部分", "Part {}";
    NotCounted => "未计入的结果码", "Codes not counted";
    DownloadCsv => "下载 CSV", "Download CSV";
    Print => "打印", "Print";
    ChecksumNote => "结果码里的校验只能发现抄错的字，不能防止作弊：懂编程的人可以自己造出有效的结果码。", "The checksum in a result code catches typos, not cheating: someone who can program could make a valid code by hand.";
    NameLine => "姓名：", "Name:";
    AnswerLine => "答：", "Answer:";

    // Visuals: the frame.
    ShowTable => "以表格查看数据", "Show as table";
    HideTable => "收起表格", "Hide table";
    ChooseView => "刻度", "Axis";
    ChooseStep => "选一个步骤", "Choose a step";
    StepHint => "选上面任意一个步骤，看看由谁决定、要多久。", "Choose a step above to see who decides and how long it takes.";
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

/// Points earned out of a total, to one decimal: `2.5 / 4`.
pub fn points(earned: f64, total: usize) -> String {
    format!("{} / {total}", decimal((earned * 10.0).round() / 10.0))
}

/// A share from 0 to 1 as a whole percentage, e.g. `75%`.
pub fn percent(share: f64) -> String {
    format!("{}%", (share.clamp(0.0, 1.0) * 100.0).round() as u32)
}

impl Key {
    /// A count in words, singular or plural as the language needs (Chinese
    /// has one form; English "1 question", "2 questions"). `self` is the
    /// plural form; its singular is the key after it named `…One`.
    pub fn count(self, n: usize, lang: Lang) -> String {
        let one = match self {
            Key::Unanswered => Key::UnansweredOne,
            Key::Incomplete => Key::IncompleteOne,
            Key::QuestionCount => Key::QuestionCountOne,
            Key::StudentCount => Key::StudentCountOne,
            Key::CountsOf => Key::CountsOfOne,
            Key::ChaptersRead => Key::ChaptersReadOne,
            Key::NotSubmitted => Key::NotSubmittedOne,
            Key::PickUnknown => Key::PickUnknownOne,
            other => other,
        };
        fill(if n == 1 { one } else { self }.get(lang), n)
    }
}

/// Fills the first `{}` in a UI string.
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
        assert_eq!(points(2.0 / 3.0 + 2.0, 4), "2.7 / 4");
        assert_eq!(points(3.0, 3), "3 / 3");
        assert_eq!(percent(0.755), "76%");
        assert_eq!(percent(2.0), "100%");
    }

    proptest::proptest! {
        #[test]
        fn decimals_read_back(x in -1.0e9f64..1.0e9) {
            let back = crate::normalize::parse_number(&decimal(x), &[]).unwrap();
            proptest::prop_assert!((back - x).abs() <= 1e-6);
        }
    }

    #[test]
    fn counts_are_singular_or_plural_in_both_languages() {
        for key in [Key::Unanswered, Key::Incomplete, Key::QuestionCount, Key::StudentCount, Key::CountsOf, Key::ChaptersRead, Key::NotSubmitted] {
            let (one, two) = (key.count(1, Lang::En), key.count(2, Lang::En));
            assert!(one.starts_with("1 ") && two.starts_with("2 "), "{one} / {two}");
            assert_ne!(one.replace('1', "2"), two, "{key:?}: 1 and 2 differ in English");
            assert!(!["questions", "students", "chapters"].iter().any(|plural| one.contains(plural)), "{one}");
            assert_eq!(key.count(1, Lang::Zh).replace('1', "2"), key.count(2, Lang::Zh), "{key:?}: one form in Chinese");
        }
        assert_eq!(Key::QuestionCount.count(1, Lang::En), "1 question");
        assert_eq!(Key::QuestionCount.count(0, Lang::En), "0 questions");
    }

    #[test]
    fn fill_replaces_the_placeholder() {
        assert_eq!(fill(Key::ChapterN.get(Lang::Zh), 3), "第3章");
        assert_eq!(fill(Key::ChapterN.get(Lang::En), 3), "Chapter 3");
    }
}
