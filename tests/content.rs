//! The content tests: the embedded story and quizzes are valid, the bank has
//! the size the course needs, and every kind of broken content is caught with
//! its file, id and problem named.

use serde::de::DeserializeOwned;
use zhiyuan::book::book;
use zhiyuan::content::markup::plain;
use zhiyuan::content::validate::{check_bank, validate};
use zhiyuan::content::{Book, Facet, Kind, Mechanism, Problem, Question, Text};

fn report(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}\n")).collect()
}

fn embedded() -> &'static Book {
    book()
}

#[test]
fn embedded_content_is_valid() {
    let problems = validate(embedded());
    assert!(problems.is_empty(), "content problems:\n{}", report(&problems));
}

#[test]
fn bank_has_the_size_and_spread_the_course_needs() {
    let book = embedded();
    assert_eq!(book.chapters.len(), 6, "six chapters follow the article's arc");
    let problems = check_bank(book, 8, 60, 8, 3);
    assert!(problems.is_empty(), "bank problems:\n{}", report(&problems));
}

/// The article's key facts appear in the story, in both languages.
#[test]
fn key_facts_are_in_the_story_in_both_languages() {
    let book = embedded();
    let text = |en: bool| -> String {
        book.chapters.iter().flat_map(|c| c.paras()).map(|p| if en { p.en.as_ref() } else { p.zh.as_ref() }).collect::<Vec<_>>().join("\n")
    };
    let (zh, en) = (text(false), text(true));
    let facts: &[(&str, &str)] = &[
        ("1.3%", "1.3%"),
        ("50TB", "50TB"),
        ("2.6TB", "2.6TB"),
        ("1000P", "1000P"),
        ("94", "94"),
        ("38", "38"),
        ("243", "243"),
        ("90%", "90%"),
        ("99%", "99%"),
        ("70%", "70%"),
        ("98%", "98%"),
        ("2500亿元", "250 billion yuan"),
        ("成府路150号", "150 Chengfu Road"),
        ("18个月", "18 months"),
        ("2018年11月", "November 2018"),
        ("2020年5月", "May 2020"),
        ("2020年11月", "November 2020"),
        ("2021年3月", "March 2021"),
        ("2023年3月", "March 2023"),
        ("2024年3月", "March 2024"),
        ("黄铁军", "Huang Tiejun 黄铁军"),
        ("林咏华", "Lin Yonghua 林咏华"),
        ("王仲远", "Wang Zhongyuan 王仲远"),
        ("唐杰", "Tang Jie 唐杰"),
        ("孙茂松", "Sun Maosong 孙茂松"),
        ("一事一议", "一事一议"),
        ("一人一策", "一人一策"),
        ("3+1", "3+1"),
        ("院务会", "院务会"),
        ("北京市高层次、急需紧缺、特殊特艺人才高级职称考核认定办法", "北京市高层次、急需紧缺、特殊特艺人才高级职称考核认定办法"),
        ("中关村人工智能联盟", "Zhongguancun"),
    ];
    let missing: Vec<String> = facts
        .iter()
        .flat_map(|(z, e)| {
            let a = (!zh.contains(z)).then(|| format!("zh lacks {z:?}"));
            let b = (!en.contains(e)).then(|| format!("en lacks {e:?}"));
            a.into_iter().chain(b)
        })
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");
}

// ---- broken fixtures: each kind of problem is caught and named ----

const BOOK: &str = include_str!("fixtures/content/book.toml");
const CHAPTER: &str = include_str!("fixtures/content/chapter.toml");
const QUIZ: &str = include_str!("fixtures/content/quiz.toml");
const MAP: &str = include_str!("fixtures/content/mechanisms.toml");

/// Reads one TOML file into the model, as the build script does.
fn parse<T: DeserializeOwned>(name: String, text: &str) -> Result<(String, T), Problem> {
    zhiyuan::content::files::parse(name, text)
}

fn parse_all<T: DeserializeOwned>(problems: &mut Vec<Problem>, files: Vec<(String, &str)>) -> Vec<(String, T)> {
    files.into_iter().filter_map(|(name, text)| parse(name, text).map_err(|p| problems.push(p)).ok()).collect()
}

/// Reads TOML files the way the build script does and assembles them.
fn book_of(chapters: &[&str], quizzes: &[&str]) -> (Book, Vec<Problem>) {
    let name = |dir: &str, i: usize| format!("content/{dir}/{}{i}.toml", &dir[..1]);
    let mut problems = Vec::new();
    let meta = parse("content/book.toml".into(), BOOK).expect("fixture book");
    let chapters = parse_all(&mut problems, chapters.iter().enumerate().map(|(i, t)| (name("chapters", i), *t)).collect());
    let quizzes = parse_all(&mut problems, quizzes.iter().enumerate().map(|(i, t)| (name("quizzes", i), *t)).collect());
    let (mut book, assembled) = Book::assemble(meta, chapters, quizzes);
    problems.extend(assembled);
    let map: (String, zhiyuan::content::MechanismsFile) = parse("content/mechanisms.toml".into(), MAP).expect("fixture map");
    book.mechanisms = map.1.mechanisms;
    (book, problems)
}

/// Reads TOML files the way the build script does, assembles and validates them.
fn problems_of(chapters: &[&str], quizzes: &[&str]) -> Vec<Problem> {
    let (book, mut problems) = book_of(chapters, quizzes);
    problems.extend(validate(&book));
    problems
}

/// The bytes the build script embedded are a fresh reading of the files,
/// with the visuals drawn from it, packed; the app reads them back as that book.
#[test]
fn embedded_book_equals_the_content_files() {
    let fresh = zhiyuan::content::files::read_book("content").unwrap_or_else(|p| panic!("{}", report(&p)));
    assert!(fresh == *book(), "the embedded book differs from the content files");
    let packed = zhiyuan::packed::pack_files("content").unwrap_or_else(|p| panic!("{p}"));
    assert!(packed.main == zhiyuan::book::MAIN, "the embedded bytes differ from packing the content files");
    assert!(packed.english == zhiyuan::book::ENGLISH, "the English part differs from packing the content files");
    assert_eq!(packed.english_file(), zhiyuan::book::ENGLISH_FILE);
}

fn assert_caught(problems: &[Problem], file: &str, id: &str, what: &str) {
    assert!(problems.iter().any(|p| p.file == file && p.id == id && p.what.contains(what)), "expected {file}: [{id}] …{what}…, got:\n{}", report(problems));
}

const C0: &str = "content/chapters/c0.toml";
const Q0: &str = "content/quizzes/q0.toml";

#[test]
fn the_fixture_itself_is_valid() {
    assert_eq!(problems_of(&[CHAPTER], &[QUIZ]), vec![]);
}

#[test]
fn duplicate_ids_are_caught() {
    let quiz = QUIZ.replace("id = \"ch1-q2\"", "id = \"ch1-q1\"");
    assert_caught(&problems_of(&[CHAPTER], &[&quiz]), Q0, "ch1-q1", "duplicate id");
    let other = CHAPTER
        .replace("id = \"ch1\"", "id = \"ch2\"")
        .replace("fig-hours", "fig-other")
        .replace("id = \"council\"", "id = \"council2\"")
        .replace("ch1-s1", "ch2-s1");
    let problems = problems_of(&[CHAPTER, &other], &[QUIZ]);
    assert_caught(&problems, "content/chapters/c1.toml", "ch1-p1", "duplicate id (also used in content/chapters/c0.toml)");
}

#[test]
fn a_zh_block_without_its_en_twin_is_caught() {
    let chapter = CHAPTER.replace("en = \"Led by a [council](council).\"", "");
    assert_caught(&problems_of(&[&chapter], &[QUIZ]), C0, "ch1-p1", "`text` has zh but lacks its en twin");
    let quiz = QUIZ.replace("en = \"Who leads?\"", "en = \"\"");
    assert_caught(&problems_of(&[CHAPTER], &[&quiz]), Q0, "ch1-q1", "`prompt` has zh but lacks its en twin");
}

#[test]
fn a_term_without_a_glossary_entry_is_caught() {
    let chapter = CHAPTER.replace("[理事会](council)", "[理事会](board)");
    assert_caught(&problems_of(&[&chapter], &[QUIZ]), C0, "ch1-p1", "uses term \"board\", which has no glossary entry");
}

#[test]
fn a_reference_to_nowhere_is_caught() {
    let quiz = QUIZ.replacen("para = \"ch1-p1\"", "para = \"ch1-p9\"", 1);
    assert_caught(&problems_of(&[CHAPTER], &[&quiz]), Q0, "ch1-q1", "points to no paragraph");
    let chapter = CHAPTER.replace("para = \"ch1-p1\"", "para = \"nowhere\"");
    assert_caught(&problems_of(&[&chapter], &[QUIZ]), C0, "fig-hours", "points to no paragraph");
    let quiz = QUIZ.replace("chapter = \"ch1\"", "chapter = \"ch7\"");
    assert_caught(&problems_of(&[CHAPTER], &[&quiz]), Q0, "ch7", "names no chapter");
}

#[test]
fn an_empty_required_field_is_caught() {
    let chapter = CHAPTER.replace("why = { zh = \"因为重要。\", en = \"Because it matters.\" }", "");
    assert_caught(&problems_of(&[&chapter], &[QUIZ]), C0, "ch1", "`why` is empty");
    let quiz = QUIZ.replace("explanation = { zh = \"两小时。\", en = \"Two hours.\" }", "");
    assert_caught(&problems_of(&[CHAPTER], &[&quiz]), Q0, "ch1-q2", "`explanation` is empty");
}

#[test]
fn a_map_step_out_of_order_or_pointing_nowhere_is_caught() {
    let (mut book, _) = book_of(&[CHAPTER], &[QUIZ]);
    book.mechanisms[0].steps.swap(0, 1);
    book.mechanisms[1].steps[2].paras = vec!["ch9-p9".into()];
    book.mechanisms[2].steps[3].questions = vec!["ch9-q9".into()];
    book.mechanisms[2].steps[1].paras.clear();
    let problems = validate(&book);
    for what in ["steps [How, Problem, Wudao, Limits]", "points to no paragraph", "\"ch9-q9\", which does not exist", "step how names no paragraph"] {
        assert!(problems.iter().any(|p| p.file == "content/mechanisms.toml" && p.what.contains(what)), "{what}: {}", report(&problems));
    }
    book.mechanisms.pop();
    assert!(validate(&book).iter().any(|p| p.what.contains("wanted each mechanism once")));
}

#[test]
fn a_mechanism_question_without_its_facet_is_caught() {
    let quiz = QUIZ.replacen("facet = \"what\"\n", "", 1);
    let problems = problems_of(&[CHAPTER], &[&quiz]);
    assert!(problems.iter().any(|p| p.what.contains("names no `facet`")), "{}", report(&problems));
}

#[test]
fn a_facet_short_of_questions_is_caught() {
    const BANK: &str = "content/quizzes";
    // The fixture's one mechanism question is on governance, facet what.
    let (book, _) = book_of(&[CHAPTER], &[QUIZ]);
    let problems = check_bank(&book, 0, 0, 0, 1);
    assert!(!problems.iter().any(|p| p.what.contains("on the facet what") && p.id == "governance"), "{}", report(&problems));
    assert_caught(&problems, BANK, "governance", "facet balance rule: 0 governance questions on the facet why, at least 1 needed");
    assert_caught(&problems, BANK, "talent", "0 talent questions on the facet limits");
    assert_caught(&check_bank(&book, 0, 0, 0, 2), BANK, "governance", "1 governance question on the facet what, at least 2 needed");
    // The real bank with only two questions left on why fast funding mattered for WuDao.
    let mut book = embedded().clone();
    let mut kept = 0;
    for c in book.chapters.iter_mut() {
        c.quiz.questions.retain(|q| {
            let why = q.mechanism == Some(Mechanism::Funding) && q.facet == Some(Facet::Why);
            kept += usize::from(why);
            !why || kept <= 2
        });
    }
    let problems = check_bank(&book, 8, 60, 8, 3);
    assert_eq!(problems.len(), 1, "only the facet is short:\n{}", report(&problems));
    assert_caught(&problems, BANK, "funding", "facet balance rule: 2 funding questions on the facet why, at least 3 needed");
}

#[test]
fn a_discussion_prompt_without_expected_points_or_rubric_is_caught() {
    let no_points = CHAPTER.replacen("points = [{ zh = \"要点甲。\", en = \"Point A.\" }, { zh = \"要点乙。\", en = \"Point B.\" }]", "", 1);
    assert_caught(&problems_of(&[&no_points], &[QUIZ]), C0, "ch1", "a discussion prompt with 0 expected points");
    let no_rubric = CHAPTER.replacen("rubric = { zh = \"好的回答两点都讲到。\", en = \"A strong answer makes both points.\" }", "", 1);
    assert_caught(&problems_of(&[&no_rubric], &[QUIZ]), C0, "ch1", "`discussion.rubric` is empty");
}

#[test]
fn malformed_questions_are_caught() {
    let quiz = QUIZ.replace("correct = true", "correct = false");
    assert_caught(&problems_of(&[CHAPTER], &[&quiz]), Q0, "ch1-q1", "no correct choice");
    let quiz = QUIZ.replace("tolerance = 0.0\n", "").replace("unit = { zh = \"小时\", en = \"hours\" }\n", "");
    let problems = problems_of(&[CHAPTER], &[&quiz]);
    assert_caught(&problems, Q0, "ch1-q2", "without a `tolerance`");
    assert_caught(&problems, Q0, "ch1-q2", "`unit` is empty");
    let quiz = QUIZ.replace("id = \"b\"\nzh = \"2020\"", "id = \"a\"\nzh = \"2020\"");
    assert_caught(&problems_of(&[CHAPTER], &[&quiz]), Q0, "ch1-q3", "duplicate item \"a\"");
    let quiz = QUIZ.replace("right = { zh = \"院长\", en = \"president\" }", "right = { zh = \"理事长\", en = \"chair\" }");
    assert_caught(&problems_of(&[CHAPTER], &[&quiz]), Q0, "ch1-q4", "duplicate right side");
    let quiz = QUIZ.replace("kind = \"numeric\"", "kind = \"short\"");
    assert_caught(&problems_of(&[CHAPTER], &[&quiz]), Q0, "ch1-q2", "`number` is not used by a Short question");
}

#[test]
fn a_file_of_the_wrong_shape_is_named_not_panicked_on() {
    let chapter = CHAPTER.replace("value = 2.0", "value = \"two\"");
    let problems = problems_of(&[&chapter], &[QUIZ]);
    assert!(problems.iter().any(|p| p.file == C0 && p.what.contains("invalid type")), "{}", report(&problems));
}

/// Every question's fingerprint, pinned (tests/fixtures/fingerprints.txt). A
/// refactor that changes one would reset students' saved answers: it fails
/// here. A real edit of what a question asks or accepts is blessed with
/// `ZHIYUAN_BLESS=1 cargo test --test content`.
#[test]
fn question_fingerprints_are_pinned() {
    const FILE: &str = "tests/fixtures/fingerprints.txt";
    let pinned = std::fs::read_to_string(FILE).expect("the golden file");
    let header: String = pinned.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    let now: String = embedded().questions().map(|q| format!("{} {:016x}\n", q.id, q.hash)).collect();
    let body: String = pinned.lines().filter(|l| !l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    if std::env::var_os("ZHIYUAN_BLESS").is_some() {
        std::fs::write(FILE, header + &now).expect("written");
        return;
    }
    let differ: Vec<&str> = now.lines().filter(|l| !body.lines().any(|b| b == *l)).collect();
    let gone: Vec<&str> = body.lines().filter(|l| !now.lines().any(|n| n == *l)).collect();
    assert!(
        differ.is_empty() && gone.is_empty(),
        "{FILE}: fingerprints changed for {differ:?} (pinned: {gone:?}). If these questions were edited on purpose \
         (students' answers to them will be reset), run ZHIYUAN_BLESS=1 cargo test --test content"
    );
}

// ---- Chinese typesetting: zh text takes full-width punctuation ----

/// One piece of zh text and where it sits: file, id and field.
struct Zh {
    file: String,
    id: String,
    field: String,
    text: String,
}

/// Every zh text of the book: front matter, chapters, discussion prompts,
/// sections, paragraphs, terms, figures, and every text of every question.
fn zh_texts(book: &Book) -> Vec<Zh> {
    let mut out = Vec::new();
    let mut add = |file: &str, id: &str, field: &str, text: &str| {
        out.push(Zh { file: file.to_string(), id: id.to_string(), field: field.to_string(), text: text.to_string() })
    };
    let m = &book.meta;
    for (field, t) in [("title", &m.title), ("subtitle", &m.subtitle), ("hook", &m.hook)] {
        add(&m.file, "", field, &t.zh);
    }
    for c in &book.chapters {
        let f = c.file.as_str();
        add(f, &c.id, "title", &c.title.zh);
        add(f, &c.id, "why", &c.why.zh);
        for d in &c.discussion {
            add(f, &c.id, "discussion", &d.zh);
            add(f, &c.id, "discussion.rubric", &d.rubric.zh);
            for p in &d.points {
                add(f, &c.id, "discussion.points", &p.zh);
            }
        }
        for s in &c.sections {
            add(f, &s.id, "title", &s.title.zh);
            for p in &s.paras {
                add(f, &p.id, "text", &p.zh);
            }
        }
        for t in &c.terms {
            add(f, &t.id, "term", &t.zh);
            add(f, &t.id, "def", &t.def.zh);
        }
        for g in &c.figures {
            add(f, &g.id, "display", &g.display.zh);
            add(f, &g.id, "label", &g.label.zh);
        }
        let f = c.quiz.file.as_str();
        for q in &c.quiz.questions {
            let texts: [(&str, &Text); 3] = [("prompt", &q.prompt), ("explanation", &q.explanation), ("wrong", &q.wrong)];
            for (field, t) in texts {
                add(f, &q.id, field, &t.zh);
            }
            for (field, t) in q.task.texts() {
                add(f, &q.id, &field, t.zh());
            }
        }
    }
    out
}

/// A Chinese character, or the Chinese punctuation around one.
fn is_chinese(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff5e}' | '“' | '”' | '‘' | '’' | '—' | '…')
}

/// ASCII `,` `:` `;` `?` `(` `)` `!` next to a Chinese character in a zh
/// text. Markup is read first (`[shown](term-id)`, `<q>…</q>`), so its ASCII
/// brackets are not punctuation; numbers and Latin words keep theirs.
fn zh_punctuation(book: &Book) -> Vec<Problem> {
    let mut problems = Vec::new();
    for zh in zh_texts(book) {
        for (c, snippet) in ascii_next_to_chinese(&plain(&zh.text)) {
            let what = format!("`{}` (zh): ASCII {c:?} next to Chinese in …{snippet}…; use full-width punctuation", zh.field);
            problems.push(Problem::new(&zh.file, &zh.id, what));
        }
    }
    problems
}

/// Each ASCII `,` `:` `;` `?` `(` `)` `!` next to a Chinese character, with the text around it.
fn ascii_next_to_chinese(text: &str) -> Vec<(char, String)> {
    let chars: Vec<char> = text.chars().collect();
    let near = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|&n| is_chinese(n));
    (0..chars.len())
        .filter(|&i| ",:;?()!".contains(chars[i]) && (near(i.checked_sub(1)) || near(Some(i + 1))))
        .map(|i| (chars[i], chars[i.saturating_sub(8)..(i + 9).min(chars.len())].iter().collect()))
        .collect()
}

/// The app's own words follow the same rule as the content: every UI
/// string, every word of the visuals, and the visuals as drawn (their
/// titles, descriptions, notes and steps), in Chinese.
#[test]
fn ui_strings_and_visual_words_use_full_width_punctuation() {
    use zhiyuan::i18n::{Key, Lang};
    use zhiyuan::visual::words::Word;
    let ui = Key::ALL.iter().map(|k| (format!("i18n::Key::{k:?}"), k.get(Lang::Zh)));
    let words = Word::ALL.iter().map(|w| (format!("visual::words::Word::{w:?}"), w.get(Lang::Zh)));
    let drawn = zhiyuan::book::visuals().iter().filter(|v| v.lang == Lang::Zh).flat_map(|v| {
        let steps = v.steps.iter().flat_map(|s| [&s.name, &s.detail]);
        [&v.title, &v.desc, &v.note].into_iter().chain(steps).map(move |text| (format!("visual {}", v.slug), text.as_str()))
    });
    let found: Vec<String> = ui
        .chain(words)
        .chain(drawn)
        .flat_map(|(name, zh)| ascii_next_to_chinese(zh).into_iter().map(move |(c, s)| format!("{name}: ASCII {c:?} in …{s}…")))
        .collect();
    assert!(found.is_empty(), "ASCII punctuation next to Chinese:\n{}", found.join("\n"));
}

#[test]
fn zh_text_uses_full_width_punctuation() {
    let problems = zh_punctuation(embedded());
    assert!(problems.is_empty(), "ASCII punctuation in Chinese text:\n{}", report(&problems));
}

#[test]
fn ascii_punctuation_in_zh_is_caught_but_markup_is_not() {
    let (book, _) = book_of(&[CHAPTER], &[QUIZ]);
    assert_eq!(zh_punctuation(&book), vec![], "the fixture uses full-width punctuation and term markup");
    let quiz = QUIZ.replace("zh = \"谁领导？\"", "zh = \"谁领导?\"");
    let (book, _) = book_of(&[CHAPTER], &[&quiz]);
    assert_caught(&zh_punctuation(&book), Q0, "ch1-q1", "`prompt` (zh): ASCII '?' next to Chinese in …谁领导?…");
    let chapter = CHAPTER.replace("[理事会](council)", "[理事会](council),领导");
    let (book, _) = book_of(&[&chapter], &[QUIZ]);
    let problems = zh_punctuation(&book);
    assert_eq!(problems.len(), 1, "only the comma, not the markup:\n{}", report(&problems));
    assert_caught(&problems, C0, "ch1-p1", "ASCII ',' next to Chinese");
}

// ---- Test-wiseness: the bank gives away no answer by its form ----

const CUES: &str = include_str!("fixtures/content/cues.toml");

/// The questions of the book, each with its quiz file.
fn questions_with_files(book: &Book) -> Vec<(&str, &Question)> {
    book.chapters.iter().flat_map(|c| c.quiz.questions.iter().map(move |q| (c.quiz.file.as_str(), q))).collect()
}

/// Length of a choice's text as a reader sees it, in characters.
fn length(text: &str) -> usize {
    plain(text).chars().count()
}

/// No authored position holds more than 40% of the keys of single- and
/// multi-choice items (the app may shuffle, but a file read in order, or a
/// question with `shuffle = false`, must not teach "it is always a").
fn key_positions(book: &Book) -> Vec<Problem> {
    let choice = |q: &&Question| matches!(q.kind(), Kind::Single | Kind::Multi);
    let all = questions_with_files(book);
    let keys: Vec<(&str, &str, usize)> = all
        .iter()
        .filter(|(_, q)| choice(q))
        .flat_map(|(f, q)| q.task.parts().choices.iter().enumerate().filter(|(_, c)| c.correct).map(move |(i, _)| (*f, q.id.as_str(), i)))
        .collect();
    let total = keys.len();
    let mut problems = Vec::new();
    for pos in 0..keys.iter().map(|k| k.2 + 1).max().unwrap_or(0) {
        let at: Vec<&(&str, &str, usize)> = keys.iter().filter(|k| k.2 == pos).collect();
        if at.len() * 10 > total * 4 {
            for (file, id, _) in at.iter().copied() {
                let what = format!(
                    "key position rule: the key sits at authored position {} of its choices, which holds {} of {total} keys (over 40%); vary the order",
                    pos + 1,
                    at.len()
                );
                problems.push(Problem::new(file, id, what));
            }
        }
    }
    problems
}

/// In each language the key of a single-choice item is strictly the longest
/// choice in at most a third of the items, and never more than 1.5× the mean
/// length of its distractors.
fn key_lengths(book: &Book) -> Vec<Problem> {
    let singles: Vec<(&str, &Question)> = questions_with_files(book).into_iter().filter(|(_, q)| q.kind() == Kind::Single).collect();
    let mut problems = Vec::new();
    for (lang, pick) in [("zh", (|c: &zhiyuan::content::Choice| c.zh.clone()) as fn(&zhiyuan::content::Choice) -> String), ("en", |c| c.en.clone())] {
        let mut longest = Vec::new();
        for (file, q) in singles.iter() {
            let Some(key) = q.task.parts().choices.iter().find(|c| c.correct) else { continue };
            let others: Vec<usize> = q.task.parts().choices.iter().filter(|c| !c.correct).map(|c| length(&pick(c))).collect();
            if others.is_empty() {
                continue;
            }
            let k = length(&pick(key));
            if others.iter().all(|&o| k > o) {
                longest.push((*file, q.id.as_str()));
            }
            let mean = others.iter().sum::<usize>() as f64 / others.len() as f64;
            if k as f64 > 1.5 * mean {
                let what = format!("key length rule: the key ({lang}) is {:.2}× the mean distractor length (at most 1.5×)", k as f64 / mean);
                problems.push(Problem::new(file, &q.id, what));
            }
        }
        if longest.len() * 3 > singles.len() {
            for (file, id) in &longest {
                let what = format!(
                    "key length rule: the key is strictly the longest choice ({lang}) in {} of {} single-choice items (at most a third)",
                    longest.len(),
                    singles.len()
                );
                problems.push(Problem::new(file, id, what));
            }
        }
    }
    problems
}

/// Between 40% and 60% of true/false statements are true.
fn true_false_balance(book: &Book) -> Vec<Problem> {
    let tf: Vec<(&str, &Question)> = questions_with_files(book).into_iter().filter(|(_, q)| q.kind() == Kind::TrueFalse).collect();
    let truths = tf.iter().filter(|(_, q)| q.task.parts().truth == Some(true)).count();
    let (n, t) = (tf.len(), truths);
    if n == 0 || (t * 10 >= n * 4 && t * 10 <= n * 6) {
        return Vec::new();
    }
    let majority = t * 2 > n;
    tf.iter()
        .filter(|(_, q)| q.task.parts().truth == Some(majority))
        .map(|(file, q)| Problem::new(file, &q.id, format!("true/false balance rule: {t} of {n} statements are true (40–60% wanted)")))
        .collect()
}

/// No choice is "all of the above" or "none of the above".
fn no_all_of_the_above(book: &Book) -> Vec<Problem> {
    const PHRASES: [&str; 4] = ["以上都", "以上皆", "all of the above", "none of the above"];
    let mut problems = Vec::new();
    for (file, q) in questions_with_files(book) {
        for c in q.task.parts().choices {
            for text in [&c.zh, &c.en] {
                let lower = text.to_lowercase();
                if let Some(p) = PHRASES.iter().find(|p| lower.contains(*p)) {
                    problems.push(Problem::new(file, &q.id, format!("all/none-of-the-above rule: choice {} says {p:?}", c.id)));
                }
            }
        }
    }
    problems
}

fn cue_problems(book: &Book) -> Vec<Problem> {
    [key_positions(book), key_lengths(book), true_false_balance(book), no_all_of_the_above(book)].concat()
}

#[test]
fn the_bank_gives_no_answer_away_by_its_form() {
    let problems = cue_problems(embedded());
    assert!(problems.is_empty(), "test-wiseness cues:\n{}", report(&problems));
}

#[test]
fn test_wiseness_cues_are_caught() {
    const Q: &str = "content/quizzes/q0.toml";
    let cues = |quiz: &str| cue_problems(&book_of(&[CHAPTER], &[quiz]).0);
    assert_eq!(cues(CUES), vec![], "the fixture has no cues");
    let quiz = CUES
        .replace("correct = false # q2a", "correct = true # q2a")
        .replace("correct = true # q2b", "correct = false # q2b")
        .replace("correct = false # q4a", "correct = true # q4a")
        .replace("correct = true # q4c", "correct = false # q4c");
    assert_caught(&cues(&quiz), Q, "ch1-q2", "key position rule: the key sits at authored position 1 of its choices, which holds 3 of 5 keys");
    let quiz = CUES.replace("zh = \"甲乙丙\"", "zh = \"甲乙丙丁戊\"").replace("zh = \"风雨雷\"", "zh = \"风雨雷电\"");
    let problems = cues(&quiz);
    assert_caught(&problems, Q, "ch1-q1", "strictly the longest choice (zh) in 2 of 3 single-choice items");
    assert_caught(&problems, Q, "ch1-q4", "strictly the longest choice (zh) in 2 of 3");
    let quiz = CUES.replace("zh = \"甲乙丙\"", "zh = \"甲乙丙丁戊己庚辛\"");
    assert_caught(&cues(&quiz), Q, "ch1-q1", "the key (zh) is 2.29× the mean distractor length");
    let quiz = CUES.replace("truth = false # q6", "truth = true # q6");
    assert_caught(&cues(&quiz), Q, "ch1-q5", "true/false balance rule: 2 of 2 statements are true");
    let quiz = CUES.replace("zh = \"己庚辛\"", "zh = \"以上都对\"");
    assert_caught(&cues(&quiz), Q, "ch1-q1", "all/none-of-the-above rule: choice c says \"以上都\"");
}

/// Questions travel: into the mechanism challenge and into assignments of
/// any chapters. No prompt may lean on "this chapter".
#[test]
fn prompts_make_sense_outside_their_chapter() {
    let leaning: Vec<String> = book()
        .questions()
        .filter(|q| ["本章", "这一章"].iter().any(|w| q.prompt.zh.contains(w)) || q.prompt.en.to_lowercase().contains("this chapter"))
        .map(|q| q.id.to_string())
        .collect();
    assert!(leaning.is_empty(), "prompts that say \"this chapter\": {leaning:?}");
}
