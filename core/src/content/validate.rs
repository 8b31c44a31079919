//! Content checks that `cargo test` runs over the embedded files. Each problem
//! names the file, the id and what is wrong, so a broken file is fixed before
//! it can reach a student.

use std::collections::{HashMap, HashSet};

use super::markup::{is_id, term_ids};
use super::model::*;
use super::Problem;

/// Every problem in the book, or none.
pub fn validate(book: &Book) -> Vec<Problem> {
    let mut check = Checker::new(book);
    check.meta(&book.meta);
    check.map(book);
    for chapter in book.chapters.iter() {
        check.chapter(chapter);
        for question in chapter.quiz.questions.iter() {
            check.question(&chapter.quiz.file, question);
        }
    }
    check.problems
}

/// The bank's size and spread, as the course requires: at least `per_chapter`
/// questions in every chapter, `total` in all, and `per_mechanism` for each
/// mechanism spanning all three levels, with `per_facet` on each of its
/// facets (what it is, how it differs, why it mattered for WuDao, its
/// limits); every question kind used.
pub fn check_bank(book: &Book, per_chapter: usize, total: usize, per_mechanism: usize, per_facet: usize) -> Vec<Problem> {
    let mut problems = Vec::new();
    for c in book.chapters.iter() {
        let n = c.quiz.questions.len();
        if n < per_chapter {
            problems.push(Problem::new(&c.quiz.file, &c.id, format!("{n} questions, at least {per_chapter} needed")));
        }
    }
    let n = book.questions().count();
    if n < total {
        problems.push(Problem::new("content/quizzes", "", format!("{n} questions in all, at least {total} needed")));
    }
    for m in Mechanism::ALL {
        let on: Vec<&Question> = book.questions().filter(|q| q.mechanism == Some(m)).collect();
        if on.len() < per_mechanism {
            let what = format!("{} questions on {m:?}, at least {per_mechanism} needed", on.len());
            problems.push(Problem::new("content/quizzes", "", what));
        }
        for level in [Level::Recall, Level::Understanding, Level::Application] {
            if !on.iter().any(|q| q.level == level) {
                problems.push(Problem::new("content/quizzes", "", format!("no {level:?} question on {m:?}")));
            }
        }
        // Facet balance: a mechanism taught only as "what it is" is not understood.
        let mechanism = format!("{m:?}").to_lowercase();
        for facet in Facet::ALL {
            let n = on.iter().filter(|q| q.facet == Some(facet)).count();
            if n < per_facet {
                let facet = format!("{facet:?}").to_lowercase();
                let what =
                    format!("facet balance rule: {n} {mechanism} question{} on the facet {facet}, at least {per_facet} needed", if n == 1 { "" } else { "s" });
                problems.push(Problem::new("content/quizzes", &mechanism, what));
            }
        }
    }
    for kind in Kind::ALL {
        if !book.questions().any(|q| q.kind() == kind) {
            problems.push(Problem::new("content/quizzes", "", format!("no question of kind {kind:?}")));
        }
    }
    problems
}

struct Checker<'a> {
    problems: Vec<Problem>,
    /// Every id seen, with the file that first used it.
    ids: HashMap<&'a str, &'a str>,
    terms: HashSet<&'a str>,
    paras: HashSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn new(book: &'a Book) -> Self {
        Checker {
            problems: Vec::new(),
            ids: HashMap::new(),
            terms: book.terms().map(|t| t.id.as_ref()).collect(),
            paras: book.chapters.iter().flat_map(|c| c.paras()).map(|p| p.id.as_ref()).collect(),
        }
    }

    fn problem(&mut self, file: &str, id: &str, what: impl Into<String>) {
        self.problems.push(Problem::new(file, id, what));
    }

    /// Records a book-wide id; it must be well formed and unique.
    fn id(&mut self, file: &'a str, id: &'a str, what: &str) {
        if !is_id(id) {
            self.problem(file, id, format!("{what} id {id:?} is not lowercase letters, digits and '-'"));
        } else if let Some(first) = self.ids.insert(id, file) {
            self.problem(file, id, format!("duplicate id (also used in {first})"));
        }
    }

    /// Both languages present, and every term the text marks is defined.
    fn text(&mut self, file: &str, id: &str, field: &str, zh: &str, en: &str) {
        match (zh.trim().is_empty(), en.trim().is_empty()) {
            (true, true) => self.problem(file, id, format!("`{field}` is empty")),
            (false, true) => self.problem(file, id, format!("`{field}` has zh but lacks its en twin")),
            (true, false) => self.problem(file, id, format!("`{field}` has en but lacks its zh twin")),
            (false, false) => {}
        }
        for term in term_ids(zh).into_iter().chain(term_ids(en)) {
            if !self.terms.contains(term) {
                self.problem(file, id, format!("`{field}` uses term {term:?}, which has no glossary entry"));
            }
        }
    }

    fn both(&mut self, file: &str, id: &str, field: &str, text: &impl Bilingual) {
        self.text(file, id, field, text.zh(), text.en());
    }

    fn para_ref(&mut self, file: &str, id: &str, para: &str) {
        if !self.paras.contains(para) {
            self.problem(file, id, format!("`para` = {para:?} points to no paragraph"));
        }
    }

    /// The mechanism map: each mechanism once, in order, with its four steps
    /// in order, each shown by at least one paragraph, every id resolving.
    fn map(&mut self, book: &Book) {
        const FILE: &str = "content/mechanisms.toml";
        let ids: Vec<Mechanism> = book.mechanisms.iter().map(|m| m.id).collect();
        if ids != Mechanism::ALL {
            self.problem(FILE, "", format!("the map lists {ids:?}, wanted each mechanism once: {:?}", Mechanism::ALL));
        }
        for m in &book.mechanisms {
            let id = format!("{:?}", m.id).to_lowercase();
            self.both(FILE, &id, "title", &m.title);
            let steps: Vec<Step> = m.steps.iter().map(|s| s.step).collect();
            if steps != Step::ALL {
                self.problem(FILE, &id, format!("steps {steps:?}, wanted {:?}", Step::ALL));
            }
            for s in &m.steps {
                let field = format!("{:?}", s.step).to_lowercase();
                self.both(FILE, &id, &field, &s.text);
                if s.paras.is_empty() {
                    self.problem(FILE, &id, format!("step {field} names no paragraph"));
                }
                for p in &s.paras {
                    self.para_ref(FILE, &id, p);
                }
                for q in &s.questions {
                    if book.question(q).is_none() {
                        self.problem(FILE, &id, format!("step {field} names question \"{q}\", which does not exist"));
                    }
                }
            }
        }
    }

    fn meta(&mut self, meta: &Meta) {
        self.both(&meta.file, "", "title", &meta.title);
        self.both(&meta.file, "", "subtitle", &meta.subtitle);
        self.both(&meta.file, "", "hook", &meta.hook);
    }

    fn chapter(&mut self, c: &'a Chapter) {
        let file = c.file.as_ref();
        self.id(file, &c.id, "chapter");
        // Quiz keys and quiz links name a chapter by its id, beside `challenge`
        // and `a-{fingerprint}` (`quiz::key`): a chapter may be neither.
        if c.id == "challenge" || c.id.starts_with("a-") {
            self.problem(file, &c.id, "a chapter id may not be `challenge` or start with `a-` (quiz keys and links use those)");
        }
        self.both(file, &c.id, "title", &c.title);
        self.both(file, &c.id, "why", &c.why);
        if !(2..=3).contains(&c.discussion.len()) {
            self.problem(file, &c.id, format!("{} discussion prompts, 2–3 wanted", c.discussion.len()));
        }
        for d in c.discussion.iter() {
            self.both(file, &c.id, "discussion", d);
            if !(2..=4).contains(&d.points.len()) {
                self.problem(file, &c.id, format!("a discussion prompt with {} expected points, 2–4 wanted", d.points.len()));
            }
            for p in &d.points {
                self.both(file, &c.id, "discussion.points", p);
            }
            self.both(file, &c.id, "discussion.rubric", &d.rubric);
        }
        if c.sections.is_empty() {
            self.problem(file, &c.id, "no sections");
        }
        if c.quiz.file.is_empty() {
            self.problem(file, &c.id, "no quiz file names this chapter");
        }
        for s in c.sections.iter() {
            self.id(file, &s.id, "section");
            self.both(file, &s.id, "title", &s.title);
            if s.paras.is_empty() {
                self.problem(file, &s.id, "no paragraphs");
            }
            for p in s.paras.iter() {
                self.id(file, &p.id, "paragraph");
                self.both(file, &p.id, "text", p);
            }
        }
        for t in c.terms.iter() {
            self.id(file, &t.id, "term");
            self.both(file, &t.id, "term", t);
            self.both(file, &t.id, "def", &t.def);
        }
        for f in c.figures.iter() {
            self.id(file, &f.id, "figure");
            self.both(file, &f.id, "display", &f.display);
            self.both(file, &f.id, "label", &f.label);
            self.para_ref(file, &f.id, &f.para);
            if !f.value.is_finite() {
                self.problem(file, &f.id, "`value` is not a number");
            }
        }
    }

    fn question(&mut self, file: &'a str, q: &'a Question) {
        let id = q.id.as_ref();
        self.id(file, id, "question");
        self.both(file, id, "prompt", &q.prompt);
        self.both(file, id, "explanation", &q.explanation);
        self.para_ref(file, id, &q.para);
        match (q.mechanism, q.facet) {
            (Some(_), None) => self.problem(file, id, "a question on a mechanism names no `facet` (what, differs, why, limits)"),
            (None, Some(_)) => self.problem(file, id, "a `facet` without a `mechanism`"),
            _ => {}
        }
        if !q.task.has_choice_feedback() {
            self.both(file, id, "wrong", &q.wrong);
        }
        for what in q.task.problems() {
            self.problem(file, id, what);
        }
        for (field, text) in q.task.texts() {
            self.text(file, id, &field, text.zh(), text.en());
        }
    }
}
