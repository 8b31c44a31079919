//! A sample kind, compiled only with the core's `sample-kind` feature: it
//! is in no content file and never in the app's default build. It exists to
//! prove that a question kind is one module plus the one list (`Task` and
//! `Kind` in `kinds/mod.rs`): `git log -p --follow` on this file and the
//! `#[cfg(feature = "sample-kind")]` lines show every place a kind touches
//! (ARCHITECTURE.md, "A new question kind").
//!
//! The kind: a count, typed as a whole number (how many chapters the story
//! has, how many labs took part). Right only when it is exactly the count:
//! all or nothing. Its file form is `kind = "sample"` with `count = 5`.

use super::{Outcome, Response, Unanswered};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sample {
    /// The count asked for.
    pub count: u64,
}

impl Sample {
    pub(super) fn grade(&self, response: &Response) -> Result<Outcome, Unanswered> {
        let Response::Text(text) = response else { return Err(Unanswered::WrongShape) };
        let text = text.trim();
        if text.is_empty() {
            return Err(Unanswered::Empty);
        }
        let count: u64 = text.parse().map_err(|_| Unanswered::NotANumber)?;
        Ok(Outcome::all_or_nothing(count == self.count))
    }

    pub(super) fn correct(&self) -> Response {
        Response::Text(self.count.to_string())
    }

    pub(super) fn answer_text(&self) -> String {
        self.count.to_string()
    }

    pub(super) fn problems(&self) -> Vec<String> {
        match self.count {
            0 => vec!["sample question with a `count` of 0 (nothing to count)".to_string()],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fingerprint::fingerprint;
    use crate::content::kinds::{Kind, Task, Verdict};
    use crate::content::{Question, QuestionFile};

    /// A sample question as a content file writes it, read as the build reads files.
    fn file(count: Option<u64>) -> (Question, Vec<String>) {
        let mut text = String::from(
            r#"
            id = "ch1-q99"
            kind = "sample"
            para = "ch1-p1"
            prompt = { zh = "故事有几章?", en = "How many chapters does the story have?" }
            "#,
        );
        if let Some(count) = count {
            text.push_str(&format!("count = {count}\n"));
        }
        toml::from_str::<QuestionFile>(&text).expect("a question file").question()
    }

    fn sample(count: u64) -> Question {
        let (q, problems) = file(Some(count));
        assert_eq!(problems, Vec::<String>::new());
        q
    }

    #[test]
    fn a_sample_question_reads_from_its_file_form() {
        let q = sample(5);
        assert_eq!(q.kind(), Kind::Sample);
        assert_eq!(q.task, Task::Sample(Sample { count: 5 }));
        assert_eq!(Kind::Sample.name(), "sample");
    }

    #[test]
    fn grading_counts_exactly_and_asks_about_what_is_no_count() {
        let q = sample(5);
        let grade = |text: &str| q.task.grade(&Response::Text(text.into()));
        assert_eq!(grade(" 5 ").map(|o| o.verdict), Ok(Verdict::Correct));
        assert_eq!(grade("6").map(|o| (o.verdict, o.score)), Ok((Verdict::Wrong, 0.0)));
        assert_eq!(grade(""), Err(Unanswered::Empty));
        assert_eq!(grade("five"), Err(Unanswered::NotANumber));
        assert_eq!(q.task.grade(&Response::Bool(true)), Err(Unanswered::WrongShape));
        assert_eq!(q.task.grade(&q.task.correct()).map(|o| o.verdict), Ok(Verdict::Correct));
        assert_eq!(q.task.answer_text(crate::i18n::Lang::En), "5");
    }

    #[test]
    fn validation_names_what_is_wrong() {
        let (missing, problems) = file(None);
        assert!(problems.iter().any(|p| p.contains("without `count`")), "{problems:?}");
        assert!(missing.task.problems().iter().any(|p| p.contains("`count` of 0")));
        let (_, problems) =
            toml::from_str::<QuestionFile>("id = \"x\"\nkind = \"short\"\npara = \"p\"\ncount = 3\naccept = [\"a\"]").expect("a question file").question();
        assert!(problems.iter().any(|p| p.contains("`count` is not used by a Short question")), "{problems:?}");
        assert_eq!(sample(5).task.problems(), Vec::<String>::new());
    }

    #[test]
    fn the_count_is_in_the_fingerprint_and_the_packed_form() {
        assert_ne!(fingerprint(&sample(5)), fingerprint(&sample(6)));
        let q = sample(12);
        assert_eq!(crate::packed::pack(&q.task).unpack::<Task>().ok(), Some(q.task));
    }
}
