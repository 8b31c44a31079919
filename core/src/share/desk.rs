//! The teacher's desk, kept in the teacher's browser (its own localStorage
//! key, apart from a student's progress): the codes pasted for each
//! assignment and each assignment's class list, so both survive a reload,
//! and who on the class list has not submitted yet.

use serde::{Deserialize, Serialize};

use super::class::Class;
use super::result::{clip_name, clip_number};
use crate::progress::Map;

/// What the teacher keeps per assignment, by its code.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Desk {
    #[serde(rename = "assignments")]
    pub assignments: Map<Kept>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Kept {
    /// The result codes pasted (or the chat log they came in).
    #[serde(rename = "pasted")]
    pub pasted: String,
    /// The class list: one student a line, "number name", "name" or "number".
    #[serde(rename = "roster")]
    pub roster: String,
    /// When the teacher kept it from the builder (0: not kept from there).
    #[serde(rename = "built")]
    pub built: f64,
    /// Put away by the teacher: still kept, listed apart.
    #[serde(rename = "archived")]
    pub archived: bool,
}

impl Desk {
    /// Reads a saved desk; anything unreadable is an empty desk (there is
    /// nothing a teacher would lose that the pasted codes do not still hold).
    pub fn from_json(text: &str) -> Desk {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn kept(&self, code: &str) -> Kept {
        self.assignments.get(code).cloned().unwrap_or_default()
    }

    /// Every assignment kept, the most recently built first (then by code).
    pub fn listed(&self) -> Vec<(&str, &Kept)> {
        let mut listed: Vec<(&str, &Kept)> = self.assignments.iter().map(|(code, kept)| (code.as_str(), kept)).collect();
        listed.sort_by(|a, b| b.1.built.total_cmp(&a.1.built).then_with(|| a.0.cmp(b.0)));
        listed
    }

    /// Archives an assignment, or brings it back; nothing is removed.
    pub fn set_archived(&mut self, code: &str, archived: bool) {
        if let Some(kept) = self.assignments.get_mut(code) {
            kept.archived = archived;
        }
    }

    /// Keeps the pasted codes and the class list for an assignment; an
    /// assignment with neither, not kept from the builder, is forgotten.
    pub fn keep(&mut self, code: &str, kept: Kept) {
        if kept.pasted.trim().is_empty() && kept.roster.trim().is_empty() && kept.built == 0.0 {
            self.assignments.retain(|c, _| c != code);
        } else {
            self.assignments.insert(code.to_string(), kept);
        }
    }
}

/// One student on a class list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub number: String,
    pub name: String,
}

/// Reads a class list: a line is "number name" when its first word has a
/// digit, else a name. Blank lines are skipped; a spreadsheet's tabs and
/// commas separate like spaces.
pub fn roster(text: &str) -> Vec<Listed> {
    text.lines()
        .map(|l| l.replace(['\t', ',', ';'], " "))
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let line = line.trim();
            match line.split_once(' ') {
                Some((first, rest)) if first.chars().any(|c| c.is_ascii_digit()) => Listed { number: clip_number(first), name: clip_name(rest) },
                _ if line.chars().all(|c| c.is_ascii_digit() || c == '-') => Listed { number: clip_number(line), name: String::new() },
                _ => Listed { number: String::new(), name: clip_name(line) },
            }
        })
        .collect()
}

/// Who on the class list has no code in the table: matched by student
/// number when both have one, else by name (without ASCII case).
pub fn not_submitted(list: &[Listed], class: &Class) -> Vec<Listed> {
    let sent = |s: &Listed| {
        class.rows.iter().any(|r| {
            if !s.number.is_empty() && !r.number.is_empty() {
                r.number == s.number
            } else {
                !s.name.is_empty() && r.name.to_lowercase() == s.name.to_lowercase()
            }
        })
    };
    list.iter().filter(|s| !sent(s)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::class::Count;
    use crate::share::{Mark, ResultCode};
    use proptest::prelude::*;

    fn code(name: &str, number: &str) -> String {
        ResultCode { name: name.into(), number: number.into(), attempt: 1, assignment: 7, at: 1, tenths: 10, marks: vec![Mark::Right], details: Vec::new() }
            .encode()
    }

    #[test]
    fn a_class_list_reads_numbers_and_names_and_says_who_has_not_submitted() {
        let list = roster("2026-01 王芳\n2026-02\t李雷\n\n韩梅梅\n2026-04\nAnn Lee\n");
        assert_eq!(list.len(), 5);
        assert_eq!(list[0], Listed { number: "2026-01".into(), name: "王芳".into() });
        assert_eq!(list[2], Listed { number: String::new(), name: "韩梅梅".into() });
        assert_eq!(list[3], Listed { number: "2026-04".into(), name: String::new() });
        assert_eq!(list[4], Listed { number: String::new(), name: "Ann Lee".into() });
        let pasted = [code("王芳", "2026-01"), code("Li Lei", "2026-02"), code("ann lee", "")].join("\n");
        let class = Class::from_text(&pasted, 7, 1, Count::First);
        let missing: Vec<String> = not_submitted(&list, &class).into_iter().map(|s| format!("{}{}", s.number, s.name)).collect();
        assert_eq!(missing, ["韩梅梅", "2026-04"], "matched by number, else by name");
    }

    #[test]
    fn the_desk_keeps_what_was_pasted_and_forgets_an_empty_assignment() {
        let mut desk = Desk::default();
        desk.keep("AQ", Kept { pasted: "WD-1".into(), ..Kept::default() });
        let back = Desk::from_json(&desk.to_json());
        assert_eq!(back.kept("AQ").pasted, "WD-1");
        desk.keep("AQ", Kept::default());
        assert!(desk.assignments.is_empty());
        desk.keep("AB", Kept { built: 5.0, ..Kept::default() });
        assert_eq!(Desk::from_json(&desk.to_json()).kept("AB").built, 5.0, "an assignment kept from the builder stays");
        assert_eq!(Desk::from_json("{not json"), Desk::default());
    }

    #[test]
    fn the_desk_lists_the_latest_first_and_archives_without_losing_anything() {
        let mut desk = Desk::default();
        desk.keep("OLD", Kept { built: 1.0, pasted: "WD-1".into(), ..Kept::default() });
        desk.keep("NEW", Kept { built: 9.0, ..Kept::default() });
        desk.keep("PASTED", Kept { pasted: "WD-2".into(), ..Kept::default() });
        let order = |d: &Desk| d.listed().iter().map(|(c, _)| c.to_string()).collect::<Vec<_>>();
        assert_eq!(order(&desk), ["NEW", "OLD", "PASTED"]);
        desk.set_archived("OLD", true);
        desk.set_archived("GONE", true);
        let back = Desk::from_json(&desk.to_json());
        assert!(back.kept("OLD").archived && back.kept("OLD").pasted == "WD-1", "archived, codes kept");
        assert_eq!(order(&back), ["NEW", "OLD", "PASTED"], "nothing removed, nothing added");
        desk.set_archived("OLD", false);
        assert!(!desk.kept("OLD").archived);
    }

    proptest! {
        #[test]
        fn any_saved_text_reads_as_a_desk(text in "\\PC{0,80}") {
            let desk = Desk::from_json(&text);
            prop_assert_eq!(Desk::from_json(&desk.to_json()), desk);
        }

        #[test]
        fn any_class_list_reads_without_panicking(text in "\\PC{0,200}") {
            let list = roster(&text);
            prop_assert!(list.len() <= text.lines().count());
            prop_assert!(list.iter().all(|s| !s.number.is_empty() || !s.name.is_empty()));
        }
    }
}
