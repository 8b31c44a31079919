//! The content tests: the embedded story and quizzes are valid, the bank has
//! the size the course needs, and every kind of broken content is caught with
//! its file, id and problem named.

use serde::de::DeserializeOwned;
use zhiyuan::book::book;
use zhiyuan::content::validate::{check_bank, validate};
use zhiyuan::content::{Book, Problem};

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
    let problems = check_bank(book, 8, 60, 8);
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

/// Reads one TOML file into the model, as the build script does.
fn parse<T: DeserializeOwned>(name: String, text: &str) -> Result<(String, T), Problem> {
    zhiyuan::content::files::parse(name, text)
}

fn parse_all<T: DeserializeOwned>(problems: &mut Vec<Problem>, files: Vec<(String, &str)>) -> Vec<(String, T)> {
    files.into_iter().filter_map(|(name, text)| parse(name, text).map_err(|p| problems.push(p)).ok()).collect()
}

/// Reads TOML files the way the build script does, assembles and validates them.
fn problems_of(chapters: &[&str], quizzes: &[&str]) -> Vec<Problem> {
    let name = |dir: &str, i: usize| format!("content/{dir}/{}{i}.toml", &dir[..1]);
    let mut problems = Vec::new();
    let meta = parse("content/book.toml".into(), BOOK).expect("fixture book");
    let chapters = parse_all(&mut problems, chapters.iter().enumerate().map(|(i, t)| (name("chapters", i), *t)).collect());
    let quizzes = parse_all(&mut problems, quizzes.iter().enumerate().map(|(i, t)| (name("quizzes", i), *t)).collect());
    let (book, assembled) = Book::assemble(meta, chapters, quizzes);
    problems.extend(assembled);
    problems.extend(validate(&book));
    problems
}

/// The bytes the build script embedded are a fresh reading of the files,
/// with the visuals drawn from it, packed; the app reads them back as that book.
#[test]
fn embedded_book_equals_the_content_files() {
    let fresh = zhiyuan::content::files::read_book("content").unwrap_or_else(|p| panic!("{}", report(&p)));
    assert!(fresh == *book(), "the embedded book differs from the content files");
    let visuals = zhiyuan::visual::drawn::draw_all(Box::leak(Box::new(fresh.clone()))).expect("visuals draw");
    let packed = zhiyuan::packed::pack(&zhiyuan::packed::Embedded { book: fresh, visuals });
    assert!(packed == zhiyuan::book::PACKED, "the embedded bytes differ from packing the content files");
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
