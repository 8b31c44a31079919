//! The words of the visuals, in both languages: labels, steps, notes and
//! table headings. Only the charts use them, and the charts are drawn at
//! build time, so none of this text is in the wasm twice. Numbers are never
//! written here: a `{}` takes a figure's display or a number computed from
//! figures.

crate::i18n::ui_strings! {
    /// A word or sentence of a visual.
    Word {
        ColStep => "步骤", "Step";
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
        TimelineNote => "选一个事件，就能跳到故事里讲它的那一段。", "Choose an event to jump to the paragraph that tells it.";
        EventFounded => "智源研究院成立", "BAAI is founded";
        EventGpt3 => "OpenAI发布GPT-3", "OpenAI releases GPT-3";
        EventCompute => "带着{}算力开始研发", "Work begins with {} of compute";
        EventWudao1 => "悟道1.0问世", "WuDao 1.0 is released";
        EventWudao2 => "悟道2.0亮相，参数规模是GPT-3的{}", "WuDao 2.0 arrives with {} GPT-3's parameters";
        EventXiaobu => "OPPO小布接入悟道，每条回答的成本降低{}", "OPPO's Xiaobu joins WuDao: cost per answer down {}";
        EventModels => "国内大模型{}", "{} large models in China";
        // ch2: Moore's law.
        DepreciationTitle => "昂贵的设备贬值有多快", "How fast expensive equipment loses value";
        DepreciationNote => "按摩尔定律的说法，设备{}贬值一半，可大模型什么时候出成果，谁也说不准。", "By Moore's law, equipment loses half its value {}, while nobody can say when a large model will pay off.";
        WhenNew => "刚买来时", "When new";
        AfterMonths => "{}个月后", "After {} months";
        // ch3: governance.
        GovernanceTitle => "谁说了算：智源与项目制", "Who decides: BAAI and the project system";
        GovLaneBaai => "智源：理事会领导下的院长负责制", "BAAI: a president in charge, under a council";
        GovLaneProject => "项目制：高校与国家级项目", "Project system: universities and national projects";
        GovCouncil => "理事会", "Council";
        GovCouncilWho => "理事会（理事长黄铁军）定方向、作重大决定。", "The council, chaired by Huang Tiejun, sets the direction and makes the major decisions.";
        GovCouncilWhen => "不设考核和阶段性目标", "No assessments or stage targets";
        GovPresident => "院长", "President";
        GovPresidentWho => "院长在理事会领导下，负责研究院的日常运转。", "The president runs the institute day to day, answering to the council.";
        GovPresidentWhen => "申请不必层层排队", "No queueing through layer after layer";
        GovMeeting => "院务会", "Institute affairs meeting";
        GovMeetingWho => "由业内顶级专家组成，只看论证是否科学严谨。", "Top experts in the field; what counts is whether the case is scientifically rigorous.";
        GovMeetingWhen => "常常{}就能通过", "Often passes in {}";
        GovScientists => "科学家", "Scientists";
        GovScientistsWho => "科学家自己拿主意，把力气用在前沿难题上。", "Scientists make their own decisions and spend their energy on frontier problems.";
        GovScientistsWhen => "{}研发资金马上到位", "{} of R&D funding arrives at once";
        ProjApply => "写申请", "Application";
        ProjApplyWho => "申请人把项目写成申请，交上去等待评审。", "The applicant writes the project up and hands it in for review.";
        ProjApplyWhen => "排队等待论证", "Queues for review";
        ProjReview => "论证评审", "Review";
        ProjReviewWho => "评审专家一轮又一轮地论证。", "Reviewers argue the case round after round.";
        ProjReviewWhen => "论证周期大多以“年”计", "Review cycles mostly counted in years";
        ProjReviewShort => "以“年”计", "counted in years";
        ProjApprove => "立项拨款", "Approval and funding";
        ProjApproveWho => "论证通过之后，项目才能立项、拿到经费。", "Only when the review is passed is the project approved and funded.";
        ProjApproveWhen => "重大国家级项目常要{}", "Often {} for a major national project";
        // ch3: approval speed.
        ApprovalTitle => "批一个项目要多久：智源与国家级项目", "How long approval takes: BAAI and a national project";
        ApprovalBaai => "智源：项目通过院务会", "BAAI: a project passes the institute affairs meeting";
        ApprovalNational => "重大国家级项目：研究立项", "Major national project: study and approval";
        ApprovalCount => "国家级项目研究立项的{}里，至少能容下{}次{}的院务会决定。", "The {} a national project spends on approval could hold at least {} BAAI decisions taking {} each.";
        ApprovalLogNote => "对数刻度：每向右一大格，时间就长许多倍，所以几小时和几年能放在一起比。", "Log scale: each step to the right multiplies the time, so hours and years fit on one axis.";
        ApprovalLinearNote => "线性刻度：按真实长短来画，智源那一条短得几乎看不见。", "Linear scale: drawn to true length, BAAI's bar is too short to see.";
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
        CleaningRaw => "原始数据（来自电商、社交媒体、搜索）", "Raw data (from e-commerce, social media, search)";
        CleaningClean => "清洗后的高质量数据集", "High-quality dataset after cleaning";
        CleaningPeople => "{}博士生逐行标注、清洗", "{} PhD students labelled and cleaned it line by line";
        CleaningPhds => "做清洗的博士生", "PhD students cleaning";
        CleaningKept => "留下的比例", "Share kept";
        CleaningNote => "清洗之后，只留下原始数据的{}。", "After cleaning, {} of the raw data was left.";
        // ch5: talent.
        ScholarsTitle => "智源学者：一支年轻的“北京队”", "BAAI scholars: a young “Beijing team”";
        Scholars => "智源学者", "BAAI scholars";
        YoungScholars => "其中的青年学者", "Of whom young scholars";
        ScholarsNote => "每个圆点是一位智源学者；虚线条表示原文只给出约数。", "Each dot is one BAAI scholar; the dashed bar marks a number the story gives only roughly.";
        TitleRouteTitle => "从碰壁到破格：新的职称通道", "From dead end to a new route to a senior title";
        RouteLane => "林咏华的正高级职称之路", "Lin Yonghua's route to a senior title";
        RouteApply => "申报重点课题", "Applies for a key project";
        RouteApplyWho => "林咏华想申报科技部重点课题，初选却要求正高级职称。", "Lin Yonghua wants to apply for a key ministry project, but the first screening requires a senior title.";
        RouteStuck => "卡在职称", "Stuck on the title";
        RouteStuckWho => "她的方向太前沿：没有对得上的职称序列，也找不到评审专家。", "Her field is too new: no title track fits it, and there are no reviewers for it.";
        RouteStuckWhen => "按原有规则无路可走", "No way through under the old rules";
        RouteAsk => "向市人社局求助", "Asks the city for help";
        RouteAskWho => "黄铁军到北京市人力资源和社会保障局求助。", "Huang Tiejun asks Beijing's human resources and social security bureau for help.";
        RouteMeasures => "新办法出台", "New measures issued";
        RouteMeasuresWho => "北京市出台高级职称考核认定的新办法，准备了几把“钥匙”。", "Beijing issues new measures for assessing senior titles, with several “keys”.";
        RouteTitle => "获得正高级职称", "Senior title granted";
        RouteTitleWho => "林咏华拿到正高级职称，成为新办法的第一位受益者。", "Lin Yonghua gets her senior title, the first person to benefit from the measures.";
        RouteTitleWhen => "很快；同一年课题正式立项", "Soon after; her project was approved the same year";
        // ch6: impact.
        ImpactTitle => "从实验室到应用场：变化有多大", "From lab to real world: how much changed";
        OwnScale => "每一组按自己的最大值来画：只比较组内的长短，不跨组比较。", "Each pair is drawn to its own scale: compare bars within a pair, not across pairs.";
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_word_exists_in_both_languages_and_is_translated() {
        for word in Word::ALL {
            let (zh, en) = (word.get(Lang::Zh), word.get(Lang::En));
            assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{word:?} is empty");
            assert_ne!(zh, en, "{word:?} is not translated");
            assert_eq!(zh.matches("{}").count(), en.matches("{}").count(), "{word:?}: both forms take the same values");
        }
    }
}
