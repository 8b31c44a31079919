//! Content checks that `cargo test` runs over the embedded files. Each problem
//! names the file, the id and what is wrong, so a broken file is fixed before
//! it can reach a student.

use std::collections::{HashMap, HashSet};

use super::markup::{is_id, term_ids};
use super::model::*;
use super::Problem;
use crate::normalize::normalize;

/// Every problem in the book, or none.
pub fn validate(book: &Book) -> Vec<Problem> {
    let mut check = Checker::new(book);
    check.meta(&book.meta);
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
/// mechanism spanning all three levels; every question kind used.
pub fn check_bank(book: &Book, per_chapter: usize, total: usize, per_mechanism: usize) -> Vec<Problem> {
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
    }
    for kind in Kind::ALL {
        if !book.questions().any(|q| q.kind == kind) {
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

    fn meta(&mut self, meta: &Meta) {
        self.both(&meta.file, "", "title", &meta.title);
        self.both(&meta.file, "", "subtitle", &meta.subtitle);
        self.both(&meta.file, "", "hook", &meta.hook);
    }

    fn chapter(&mut self, c: &'a Chapter) {
        let file = c.file.as_ref();
        self.id(file, &c.id, "chapter");
        self.both(file, &c.id, "title", &c.title);
        self.both(file, &c.id, "why", &c.why);
        if !(2..=3).contains(&c.discussion.len()) {
            self.problem(file, &c.id, format!("{} discussion prompts, 2–3 wanted", c.discussion.len()));
        }
        for d in c.discussion.iter() {
            self.both(file, &c.id, "discussion", d);
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
        if q.kind != Kind::Single && q.kind != Kind::Multi {
            self.both(file, id, "wrong", &q.wrong);
        }
        self.unused_fields(file, q);
        match q.kind {
            Kind::Single | Kind::Multi => self.choices(file, q),
            Kind::TrueFalse if q.truth.is_none() => self.problem(file, id, "true/false question without `truth`"),
            Kind::TrueFalse => {}
            Kind::Order => self.order(file, q),
            Kind::Match => self.pairs(file, q),
            Kind::Numeric => self.numeric(file, q),
            Kind::Short => self.short(file, q),
        }
    }

    fn choices(&mut self, file: &str, q: &Question) {
        let correct = q.choices.iter().filter(|c| c.correct).count();
        if q.choices.len() < 2 {
            self.problem(file, &q.id, "fewer than two choices");
        }
        match (q.kind, correct) {
            (_, 0) => self.problem(file, &q.id, "no correct choice"),
            (Kind::Single, n) if n > 1 => self.problem(file, &q.id, format!("single choice with {n} correct choices")),
            (_, n) if n == q.choices.len() => self.problem(file, &q.id, "every choice is correct: nothing to tell apart"),
            _ => {}
        }
        self.unique(file, &q.id, "choice", q.choices.iter().map(|c| c.id.as_ref()));
        for c in q.choices.iter() {
            let at = format!("choices.{}", c.id);
            self.both(file, &q.id, &at, c);
            self.both(file, &q.id, &format!("{at}.feedback"), &c.feedback);
        }
    }

    fn order(&mut self, file: &str, q: &Question) {
        if q.items.len() < 3 {
            self.problem(file, &q.id, "an ordering needs at least three items");
        }
        self.unique(file, &q.id, "item", q.items.iter().map(|i| i.id.as_ref()));
        self.unique(file, &q.id, "item text", q.items.iter().map(|i| i.zh.as_ref()));
        for item in q.items.iter() {
            self.both(file, &q.id, &format!("items.{}", item.id), item);
        }
    }

    fn pairs(&mut self, file: &str, q: &Question) {
        if q.pairs.len() < 3 {
            self.problem(file, &q.id, "a matching needs at least three pairs");
        }
        self.unique(file, &q.id, "pair", q.pairs.iter().map(|p| p.id.as_ref()));
        self.unique(file, &q.id, "left side", q.pairs.iter().map(|p| p.left.zh.as_ref()));
        self.unique(file, &q.id, "right side", q.pairs.iter().map(|p| p.right.zh.as_ref()));
        for p in q.pairs.iter() {
            self.both(file, &q.id, &format!("pairs.{}.left", p.id), &p.left);
            self.both(file, &q.id, &format!("pairs.{}.right", p.id), &p.right);
        }
    }

    fn numeric(&mut self, file: &str, q: &Question) {
        if !q.number.is_some_and(f64::is_finite) {
            self.problem(file, &q.id, "numeric question without a `number`");
        }
        if !q.tolerance.is_some_and(|t| t.is_finite() && t >= 0.0) {
            self.problem(file, &q.id, "numeric question without a `tolerance` of 0 or more");
        }
        self.both(file, &q.id, "unit", &q.unit);
    }

    fn short(&mut self, file: &str, q: &Question) {
        if q.accept.is_empty() {
            self.problem(file, &q.id, "short answer without `accept`");
        }
        let normal: Vec<String> = q.accept.iter().map(|a| normalize(a)).collect();
        if normal.iter().any(String::is_empty) {
            self.problem(file, &q.id, "an accepted answer is empty after normalisation");
        }
        self.unique(file, &q.id, "accepted answer (after normalisation)", normal.iter().map(String::as_str));
    }

    /// Fields that belong to another kind are a sign of a wrong `kind`.
    fn unused_fields(&mut self, file: &str, q: &Question) {
        let used = [
            ("choices", !q.choices.is_empty(), matches!(q.kind, Kind::Single | Kind::Multi)),
            ("truth", q.truth.is_some(), q.kind == Kind::TrueFalse),
            ("items", !q.items.is_empty(), q.kind == Kind::Order),
            ("pairs", !q.pairs.is_empty(), q.kind == Kind::Match),
            ("number", q.number.is_some(), q.kind == Kind::Numeric),
            ("accept", !q.accept.is_empty(), q.kind == Kind::Short),
        ];
        for (field, present, belongs) in used {
            if present && !belongs {
                self.problem(file, &q.id, format!("`{field}` is not used by a {:?} question", q.kind));
            }
        }
    }

    fn unique<'s>(&mut self, file: &str, id: &str, what: &str, values: impl Iterator<Item = &'s str>) {
        let mut seen = HashSet::new();
        for v in values {
            if v.is_empty() {
                self.problem(file, id, format!("a {what} is empty"));
            } else if !seen.insert(v) {
                self.problem(file, id, format!("duplicate {what} {v:?}"));
            }
        }
    }
}
