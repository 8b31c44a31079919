//! What a student understands of each mechanism: the questions on it that
//! they got right, in a chapter's quiz or the mechanism challenge, and the
//! paragraphs to reread for the ones they did not.

use super::{Progress, Standing};
use crate::content::{Book, Facet, Mechanism, ParaId, Question};
use crate::quiz::QuizKey;

/// One mechanism's standing.
#[derive(Clone, Debug, PartialEq)]
pub struct Mastery<'a> {
    pub mechanism: Mechanism,
    /// Questions on it in the bank.
    pub questions: usize,
    /// Of those, answered and checked.
    pub checked: usize,
    /// Of those, fully right.
    pub right: usize,
    /// Where the story answers the ones checked and not right, each once,
    /// in story order.
    pub reread: Vec<&'a ParaId>,
    /// Per facet (in the order of [`Facet::ALL`]): checked, right.
    pub facets: [(usize, usize); 4],
}

impl Mastery<'_> {
    /// Right out of checked, from 0 to 1; `None` before any is checked.
    pub fn share(&self) -> Option<f64> {
        (self.checked > 0).then(|| self.right as f64 / self.checked as f64)
    }
}

/// Each mechanism's standing, in the order of [`Mechanism::ALL`].
pub fn mastery<'a>(progress: &Progress, book: &'a Book) -> Vec<Mastery<'a>> {
    Mechanism::ALL
        .iter()
        .map(|&mechanism| {
            let mut m = Mastery { mechanism, questions: 0, checked: 0, right: 0, reread: Vec::new(), facets: [(0, 0); 4] };
            for c in &book.chapters {
                for q in c.quiz.questions.iter().filter(|q| q.mechanism == Some(mechanism)) {
                    m.questions += 1;
                    let facet = q.facet.and_then(|f| Facet::ALL.iter().position(|x| *x == f));
                    let standing = standing(progress, &c.id, q);
                    if let (Some(at), Standing::Right | Standing::Wrong) = (facet, standing) {
                        m.facets[at].0 += 1;
                        m.facets[at].1 += usize::from(standing == Standing::Right);
                    }
                    match standing {
                        Standing::Right => {
                            m.checked += 1;
                            m.right += 1;
                        }
                        Standing::Wrong => {
                            m.checked += 1;
                            if !m.reread.contains(&&q.para) {
                                m.reread.push(&q.para);
                            }
                        }
                        Standing::Open | Standing::Answered => {}
                    }
                }
            }
            m
        })
        .collect()
}

/// A question's best standing in its chapter's quiz and the challenge.
fn standing(progress: &Progress, chapter: &str, q: &Question) -> Standing {
    let here = Standing::of(progress.answer(QuizKey::Chapter(chapter), q), q);
    let there = Standing::of(progress.answer(QuizKey::Challenge, q), q);
    [Standing::Right, Standing::Wrong].into_iter().find(|s| here == *s || there == *s).unwrap_or(here)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_book;
    use crate::quiz::correct_response;

    #[test]
    fn mastery_counts_right_answers_per_mechanism_and_names_what_to_reread() {
        let book = test_book();
        let mut p = Progress::new();
        assert!(mastery(&p, book).iter().all(|m| m.checked == 0 && m.share().is_none() && m.questions >= 5));
        let (chapter, q) = book
            .chapters
            .iter()
            .flat_map(|c| c.quiz.questions.iter().map(move |q| (c, q)))
            .find(|(_, q)| q.mechanism == Some(Mechanism::Funding) && !q.task.parts().choices.is_empty())
            .expect("a funding question with choices");
        let key = QuizKey::Chapter(&chapter.id);
        let wrong = q.task.parts().choices.iter().find(|c| !c.correct).expect("a wrong choice").id.clone();
        let quiz = p.quiz_mut(key, 1, 1.0);
        quiz.respond(q, crate::quiz::Response::Choices(vec![wrong]), 2.0);
        let _ = quiz.check(q, 3.0);
        let funding = |p: &Progress| mastery(p, book).into_iter().find(|m| m.mechanism == Mechanism::Funding).expect("funding");
        assert_eq!((funding(&p).checked, funding(&p).right, funding(&p).reread), (1, 0, vec![&q.para]));
        let at = Facet::ALL.iter().position(|f| Some(*f) == q.facet).expect("a mechanism question has a facet");
        assert_eq!(funding(&p).facets[at], (1, 0));
        assert_eq!(funding(&p).facets.iter().map(|f| f.0).sum::<usize>(), 1);
        // Right in the challenge counts too, and there is nothing left to reread.
        let challenge = p.quiz_mut(QuizKey::Challenge, 1, 4.0);
        challenge.respond(q, correct_response(q), 5.0);
        let _ = challenge.check(q, 6.0);
        assert_eq!((funding(&p).checked, funding(&p).right, funding(&p).share()), (1, 1, Some(1.0)));
        assert!(funding(&p).reread.is_empty());
        let governance = mastery(&p, book).into_iter().find(|m| m.mechanism == Mechanism::Governance).expect("governance");
        assert_eq!(governance.checked, 0, "other mechanisms are untouched");
    }
}
