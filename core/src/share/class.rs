//! The class results page as data: result codes found in pasted text, the
//! table of students × questions, the share of right answers per question
//! (hardest first), every code left out with its reason, and CSV.

use super::result::{Mark, ResultCode, PREFIX};
use super::time::date_time;
use super::Reject;
use crate::i18n::{decimal, percent, Key, Lang};
use crate::route::{Page, Route};

/// Every word in pasted text that starts like a result code, in order: codes
/// one per line, or a whole chat log with codes among the messages.
pub fn find_codes(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).filter(|w| w.get(..PREFIX.len()).is_some_and(|p| p.eq_ignore_ascii_case(PREFIX))).collect()
}

/// The assignment code in a pasted assignment or class-results link
/// (`…#/zh/a/{code}…`), or a code on its own.
pub fn find_assignment(text: &str) -> Option<String> {
    for word in text.split_whitespace() {
        let Some(at) = word.find("#/") else { continue };
        if let Page::Assignment { code, .. } | Page::AnswerKey { code } | Page::Results { assignment: Some(code) } = Route::parse(&word[at..], Lang::Zh).page {
            return Some(code);
        }
    }
    let word = text.trim();
    (!word.is_empty() && !word.contains(|c: char| c.is_whitespace() || c == '/' || c == '#')).then(|| word.to_string())
}

/// A pasted code that is not in the table, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub text: String,
    pub reason: Reject,
}

/// How many students got a question right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stat {
    /// The question's place in the assignment, from 0.
    pub question: usize,
    pub right: usize,
    pub of: usize,
}

impl Stat {
    pub fn share(&self) -> f64 {
        self.right as f64 / self.of.max(1) as f64
    }
}

/// Which of a student's attempts the table counts, as the teacher chooses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Count {
    /// The first attempt (the default: what a test counts).
    #[default]
    First,
    /// The attempt with the highest score (the earliest of equals).
    Best,
    /// Every attempt, one row each.
    All,
}

impl Count {
    pub const ALL: [Count; 3] = [Count::First, Count::Best, Count::All];

    pub fn key(self) -> Key {
        match self {
            Count::First => Key::CountFirst,
            Count::Best => Key::CountBest,
            Count::All => Key::CountAll,
        }
    }
}

/// A student number and a name in lower case.
type Who = (String, String);

/// A code and the text it was pasted as.
type Sent<'a> = (ResultCode, &'a str);

/// Who sent a code: their student number and name when they gave a number
/// (so two students with one name are two students), else their name.
/// Names compare without ASCII case.
fn identity(code: &ResultCode) -> Who {
    (code.number.clone(), code.name.to_lowercase())
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Class {
    /// One row per student (per attempt, counting all), in the order pasted.
    pub rows: Vec<ResultCode>,
    pub rejected: Vec<Rejected>,
    /// Per question, fewest right first.
    pub stats: Vec<Stat>,
    /// Student numbers sent with more than one name: shown flagged.
    pub flagged: Vec<String>,
}

impl Class {
    /// Reads every code in the text for the assignment with this fingerprint
    /// and number of questions. A student who sent several attempts is
    /// counted by the first, the best or all of them, as `count` says; never
    /// silently by the latest, and nothing is dropped without a reason.
    pub fn from_text(text: &str, assignment: u32, questions: usize, count: Count) -> Class {
        let mut class = Class::default();
        // Each student's codes, with the text pasted, in the order first seen.
        let mut students: Vec<(Who, Vec<Sent>)> = Vec::new();
        for word in find_codes(text) {
            let reject = |reason| Rejected { text: word.to_string(), reason };
            let code = match ResultCode::decode(word) {
                Err(e) => {
                    class.rejected.push(reject(Reject::Invalid(e)));
                    continue;
                }
                Ok(c) if c.assignment != assignment || c.marks.len() != questions => {
                    class.rejected.push(reject(Reject::OtherAssignment));
                    continue;
                }
                Ok(c) => c,
            };
            let who = identity(&code);
            match students.iter_mut().find(|(w, _)| *w == who) {
                Some((_, codes)) if codes.iter().any(|(c, _)| *c == code) => class.rejected.push(reject(Reject::Duplicate)),
                Some((_, codes)) => codes.push((code, word)),
                None => students.push((who, vec![(code, word)])),
            }
        }
        for (_, mut codes) in students {
            // In the order taken: by attempt, then by time.
            codes.sort_by_key(|(c, _)| (c.attempt, c.at));
            let kept = match count {
                Count::All => None,
                Count::First => Some(0),
                Count::Best => codes.iter().enumerate().max_by_key(|(i, (c, _))| (c.tenths, std::cmp::Reverse(*i))).map(|(i, _)| i),
            };
            for (i, (code, word)) in codes.into_iter().enumerate() {
                if kept.is_none_or(|k| k == i) {
                    class.rows.push(code);
                } else {
                    class.rejected.push(Rejected { text: word.to_string(), reason: Reject::OtherAttempt });
                }
            }
        }
        let mut numbers: Vec<(&str, String)> = class.rows.iter().filter(|r| !r.number.is_empty()).map(|r| (r.number.as_str(), r.name.to_lowercase())).collect();
        numbers.sort_unstable();
        numbers.dedup();
        class.flagged = numbers.windows(2).filter(|w| w[0].0 == w[1].0).map(|w| w[0].0.to_string()).collect();
        class.flagged.dedup();
        class.stats = stats(&class.rows, questions);
        class
    }

    /// Whether this row's student number came with another name too.
    pub fn is_flagged(&self, row: &ResultCode) -> bool {
        !row.number.is_empty() && self.flagged.contains(&row.number)
    }

    /// The table as CSV (RFC 4180) in the page's language: name, student
    /// number, attempt, score, questions, percentage, time, then one column per question; a last row
    /// with the share right per question.
    pub fn csv(&self, ids: &[&str], lang: Lang, offset: i32) -> String {
        let mut head = vec![Key::Name, Key::StudentNumber, Key::Attempt, Key::Points, Key::OutOf, Key::Percent, Key::Submitted]
            .into_iter()
            .map(|k| k.get(lang).to_string())
            .collect::<Vec<_>>();
        head.extend(ids.iter().enumerate().map(|(i, id)| format!("{} {id}", i + 1)));
        let mut lines = vec![head];
        for row in &self.rows {
            let n = row.marks.len();
            let mut line = vec![
                row.name.clone(),
                row.number.clone(),
                row.attempt.to_string(),
                decimal(row.points()),
                n.to_string(),
                percent(row.points() / n.max(1) as f64),
                date_time(row.at, offset),
            ];
            line.extend(row.marks.iter().map(|m| mark_word(*m, lang).to_string()));
            lines.push(line);
        }
        let mut shares = vec![Key::PercentRight.get(lang).to_string()];
        shares.extend([""; 6].map(String::from));
        shares.extend((0..ids.len()).map(|i| self.stats.iter().find(|s| s.question == i).map(|s| percent(s.share())).unwrap_or_default()));
        lines.push(shares);
        lines.iter().map(|l| l.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",") + "\r\n").collect()
    }
}

fn stats(rows: &[ResultCode], questions: usize) -> Vec<Stat> {
    let mut stats: Vec<Stat> = (0..questions)
        .map(|question| Stat { question, right: rows.iter().filter(|r| r.marks.get(question) == Some(&Mark::Right)).count(), of: rows.len() })
        .collect();
    stats.sort_unstable_by_key(|s| (s.right, s.question));
    stats
}

/// A question's column heading in the class table: the first words of its
/// prompt (plain text), eight characters of Chinese or four English words,
/// with "…" when cut.
pub fn first_words(prompt: &str, lang: Lang) -> String {
    let prompt = prompt.trim();
    let cut: String = match lang {
        Lang::Zh => prompt.chars().take(8).collect(),
        Lang::En => prompt.split_whitespace().take(4).collect::<Vec<_>>().join(" "),
    };
    let whole = cut.chars().filter(|c| !c.is_whitespace()).count() == prompt.chars().filter(|c| !c.is_whitespace()).count();
    if whole {
        cut
    } else {
        format!("{}…", cut.trim_end_matches(|c: char| c.is_ascii_punctuation() || "，。、：；？！“”（）".contains(c)))
    }
}

/// The question columns of the printed class table, split into parts that fit
/// a landscape page: `per` questions each, the names repeated on every part.
pub fn print_parts(questions: usize, per: usize) -> Vec<std::ops::Range<usize>> {
    let per = per.max(1);
    (0..questions.div_ceil(per)).map(|i| i * per..((i + 1) * per).min(questions)).collect()
}

/// A mark in words, for CSV and screen readers.
pub fn mark_word(mark: Mark, lang: Lang) -> &'static str {
    match mark {
        Mark::Right => Key::Correct.get(lang),
        Mark::Partial => Key::PartlyCorrect.get(lang),
        Mark::Wrong => Key::Wrong.get(lang),
        Mark::Blank => Key::Blank.get(lang),
    }
}

/// One CSV cell: quoted when needed, and a leading `= + - @` made harmless so
/// a spreadsheet never runs a name as a formula.
fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::Error;
    use proptest::prelude::*;

    fn code(name: &str, at: u32, marks: &[Mark]) -> ResultCode {
        let tenths = marks.iter().filter(|m| **m == Mark::Right).count() as u16 * 10;
        ResultCode { name: name.into(), number: String::new(), attempt: 1, assignment: 7, at, tenths, marks: marks.to_vec(), details: Vec::new() }
    }

    fn numbered(name: &str, number: &str, attempt: u8, at: u32, marks: &[Mark]) -> ResultCode {
        ResultCode { number: number.into(), attempt, ..code(name, at, marks) }
    }

    use Mark::{Blank, Right, Wrong};

    #[test]
    fn codes_are_found_in_a_chat_log() {
        let a = code("Ann", 10, &[Right, Wrong]).encode();
        let log = format!("[09:14] Ann: done! {a}\n[09:15] Bo: wd-oops, here:\n{a}。谢谢");
        assert_eq!(find_codes(&log), vec![a.as_str(), "wd-oops", a.as_str()]);
    }

    #[test]
    fn assignment_codes_come_out_of_links() {
        let found = |text: &str| find_assignment(text);
        assert_eq!(found("see https://x.org/a/#/zh/a/AQMA_x-1?print=key thanks").as_deref(), Some("AQMA_x-1"));
        assert_eq!(found("#/en/results/AQMA").as_deref(), Some("AQMA"));
        assert_eq!(found(" AQMA ").as_deref(), Some("AQMA"));
        assert_eq!(found("#/zh/a/"), None);
        assert_eq!(found("two words"), None);
    }

    #[test]
    fn the_table_counts_the_first_attempt_and_lists_the_rest_with_reasons() {
        let ann_old = code("Ann", 10, &[Wrong, Wrong]).encode();
        let ann = code("ann", 20, &[Right, Wrong]).encode();
        let bo = code("Bo", 15, &[Right, Right]).encode();
        let other = ResultCode { assignment: 8, ..code("Cy", 1, &[Right, Right]) }.encode();
        let typo: String = bo
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i == 8 {
                    if c == '7' {
                        '8'
                    } else {
                        '7'
                    }
                } else {
                    c
                }
            })
            .collect();
        let mut damaged = bo.clone();
        damaged.pop();
        let text = [ann_old.as_str(), &bo, &ann, &bo, &other, &damaged, &typo].join("\n");
        let class = Class::from_text(&text, 7, 2, Count::First);
        assert_eq!(class.rows.iter().map(|r| (r.name.as_str(), r.at)).collect::<Vec<_>>(), [("Ann", 10), ("Bo", 15)], "the first, not the latest");
        let reasons: Vec<&Reject> = class.rejected.iter().map(|r| &r.reason).collect();
        assert!(reasons.contains(&&Reject::OtherAttempt));
        assert!(reasons.contains(&&Reject::Duplicate));
        assert!(reasons.contains(&&Reject::OtherAssignment));
        assert!(reasons.contains(&&Reject::Invalid(Error::Checksum)));
        assert_eq!(class.rows.len() + class.rejected.len(), find_codes(&text).len(), "none dropped");
        // Ann's first attempt (✗ ✗) and Bo (✓ ✓): each question one of two right.
        assert_eq!(class.stats, vec![Stat { question: 0, right: 1, of: 2 }, Stat { question: 1, right: 1, of: 2 }]);
        let best = Class::from_text(&text, 7, 2, Count::Best);
        // Ann's best (✓ ✗) and Bo: question 2 (index 1) is the hardest.
        assert_eq!(best.stats, vec![Stat { question: 1, right: 1, of: 2 }, Stat { question: 0, right: 2, of: 2 }]);
    }

    #[test]
    fn csv_has_a_row_per_student_and_quotes_what_needs_it() {
        let text = [code("Ann, \"A\"", 0, &[Right, Blank]).encode(), code("=1+1", 60, &[Wrong, Right]).encode()].join(" ");
        let csv = Class::from_text(&text, 7, 2, Count::First).csv(&["ch1-q1", "ch1-q2"], Lang::En, 0);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "Name,Student number,Attempt,Points,Questions,Percent,Submitted,1 ch1-q1,2 ch1-q2");
        assert_eq!(lines[1], "\"Ann, \"\"A\"\"\",,1,1,2,50%,2020-01-01 00:00,Correct,blank");
        assert_eq!(lines[2], "'=1+1,,1,1,2,50%,2020-01-01 01:00,Not correct,Correct");
        assert_eq!(lines[3], "% right,,,,,,,50%,50%");
    }

    #[test]
    fn column_headings_are_the_first_words_of_the_prompt() {
        assert_eq!(first_words("团队把50TB原始数据清洗之后，留下多少？", Lang::Zh), "团队把50TB原…");
        assert_eq!(first_words("谁领导智源？", Lang::Zh), "谁领导智源？");
        assert_eq!(first_words("When the Wenyuan team started, what share", Lang::En), "When the Wenyuan team…");
        assert_eq!(first_words("Who leads BAAI?", Lang::En), "Who leads BAAI?");
    }

    #[test]
    fn the_printed_table_keeps_every_question_in_parts() {
        assert_eq!(print_parts(0, 12), vec![]);
        assert_eq!(print_parts(12, 12), vec![0..12]);
        assert_eq!(print_parts(30, 12), vec![0..12, 12..24, 24..30]);
    }

    #[test]
    fn two_hundred_codes_make_two_hundred_rows() {
        let text: Vec<String> = (0..200).map(|i| code(&format!("学生{i}"), i, &[Right, Wrong]).encode()).collect();
        let class = Class::from_text(&text.join("\n"), 7, 2, Count::First);
        assert_eq!(class.rows.len(), 200);
        assert!(class.rejected.is_empty());
    }

    #[test]
    fn students_are_told_apart_by_number_and_a_number_with_two_names_is_flagged() {
        let text = [
            numbered("王芳", "01", 1, 10, &[Right, Wrong]).encode(),
            numbered("王芳", "02", 1, 11, &[Wrong, Wrong]).encode(),
            numbered("李雷", "03", 1, 12, &[Right, Right]).encode(),
            numbered("Li Lei", "03", 1, 13, &[Wrong, Right]).encode(),
        ]
        .join("\n");
        let class = Class::from_text(&text, 7, 2, Count::First);
        assert_eq!(class.rows.len(), 4, "{:?}", class.rejected);
        assert_eq!(class.flagged, vec!["03".to_string()]);
        assert!(!class.is_flagged(&class.rows[0]) && !class.is_flagged(&class.rows[1]));
        assert!(class.is_flagged(&class.rows[2]) && class.is_flagged(&class.rows[3]));
    }

    #[test]
    fn first_best_or_all_attempts_never_silently_the_latest() {
        let attempts =
            [numbered("Ann", "7", 1, 10, &[Wrong, Right]), numbered("Ann", "7", 2, 20, &[Right, Right]), numbered("Ann", "7", 3, 30, &[Wrong, Wrong])];
        // Pasted out of order.
        let text = [&attempts[2], &attempts[0], &attempts[1]].map(|c| c.encode()).join("\n");
        let rows = |count| Class::from_text(&text, 7, 2, count).rows.iter().map(|r| r.attempt).collect::<Vec<_>>();
        assert_eq!(rows(Count::First), [1]);
        assert_eq!(rows(Count::Best), [2]);
        assert_eq!(rows(Count::All), [1, 2, 3]);
        let first = Class::from_text(&text, 7, 2, Count::First);
        assert_eq!(first.rejected.iter().filter(|r| r.reason == Reject::OtherAttempt).count(), 2);
    }

    proptest! {
        #[test]
        fn any_paste_gives_rows_or_reasons(text in "\\PC{0,200}", salt in "(WD-[0-9A-Z]{0,40} ?){0,5}", count in 0usize..3) {
            let text = format!("{text}{salt}");
            let class = Class::from_text(&text, 7, 2, Count::ALL[count]);
            prop_assert_eq!(class.rows.len() + class.rejected.len(), find_codes(&text).len());
        }

        #[test]
        fn every_code_is_a_row_or_has_a_reason(codes in proptest::collection::vec((0u8..3, 0u8..3, 1u8..4, 0u32..5, proptest::collection::vec(0usize..4, 2)), 0..12), count in 0usize..3) {
            let names = ["Ann", "ann", "Bo"];
            let text = codes
                .iter()
                .map(|(n, num, attempt, at, marks)| {
                    let marks: Vec<Mark> = marks.iter().map(|&m| [Blank, Wrong, Mark::Partial, Right][m]).collect();
                    numbered(names[usize::from(*n)], ["", "1", "2"][usize::from(*num)], *attempt, *at, &marks).encode()
                })
                .collect::<Vec<_>>()
                .join(" ");
            let class = Class::from_text(&text, 7, 2, Count::ALL[count]);
            prop_assert_eq!(class.rows.len() + class.rejected.len(), codes.len());
            if Count::ALL[count] != Count::All {
                let mut who: Vec<_> = class.rows.iter().map(identity).collect();
                let n = who.len();
                who.sort();
                who.dedup();
                prop_assert_eq!(who.len(), n, "one row per student");
            }
        }
    }
}
