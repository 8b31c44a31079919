//! A quiz page as plain HTML, in a few seeded arrangements: the file a first
//! visit from a quiz link fetches while the app's code is on its way. Its
//! choices, true/false, matching selects and typed answers are native
//! controls that work without the app; what the student does there is taken
//! over when the app starts (`form`). Ordering needs the app: its buttons
//! are disabled until then, like the feedback mode and the header's buttons.

use super::{header, rich, File, ID};
use crate::content::{fnv1a, Bilingual, Book, Choices, Matching, Order, Question, Task, Text};
use crate::i18n::{fill, Key, Lang};
use crate::quiz::shuffle::Arrangement;
use crate::quiz::{in_order, questions};
use crate::route::{href, Page, QuizRoute};
use crate::visual::svg::escape;

/// How many arrangements of each quiz are written: a first visit picks one
/// at random, so a class that opens the same link does not all see the
/// choices in one order.
pub const VARIANTS: usize = 4;

/// Every quiz (each chapter's and the challenge) in `lang`, in every
/// arrangement, named `{quiz}-{variant}.html` (the quiz as written in links;
/// `en-` before it in English).
pub(super) fn files(book: &Book, lang: Lang) -> Vec<File> {
    let routes = book.chapters.iter().map(|c| QuizRoute::Chapter(c.id.clone())).chain([QuizRoute::Challenge]);
    routes
        .flat_map(|route| (0..VARIANTS).map(move |k| (route.clone(), k)))
        .filter_map(|(route, k)| {
            let name = format!("{}{route}-{k}.html", super::prefix(lang));
            let seed = fnv1a(name.as_bytes());
            quiz(book, lang, &route, seed).map(|html| File { name, html })
        })
        .collect()
}

/// The header and quiz page as the app first shows them with `seed` (the
/// quiz's seed the app takes over), inside `<div id="prerender">`; `None`
/// for a chapter the book lacks.
pub fn quiz(book: &Book, lang: Lang, route: &QuizRoute, seed: u64) -> Option<String> {
    let key = route.key(book)?;
    let list = in_order(key, questions(book, key)?, seed);
    let page = Page::Quiz { quiz: route.clone(), question: None };
    let title = route.heading(book, lang)?;
    let t = |key: Key| escape(key.get(lang));
    let mut out = format!(
        concat!(
            r#"<div id="{id}" data-quiz="{route}" data-seed="{seed}">{header}<main tabindex="-1"><section class="page quiz">"#,
            r#"<h1 tabindex="-1">{title}</h1><details class="share"><summary>{share}</summary></details>"#,
            r#"<fieldset class="mode-picker"><legend>{mode}</legend>"#,
            r#"<label class="mode-option"><input type="radio" name="feedback-mode" checked disabled><span>{instant}</span></label>"#,
            r#"<label class="mode-option"><input type="radio" name="feedback-mode" disabled><span>{submit}</span></label></fieldset><ol class="dots">"#,
        ),
        id = ID,
        route = route,
        seed = seed,
        header = header(book, lang, page.clone()),
        title = escape(&title),
        share = t(Key::Share),
        mode = t(Key::Mode),
        instant = t(Key::ModeInstant),
        submit = t(Key::ModeSubmit),
    );
    for (i, q) in list.iter().enumerate() {
        let label = fill(Key::QuestionN.get(lang), i + 1);
        let link = href(lang, page.at_question(Some(q.id.clone())));
        out += &format!(r#"<li><a class="dot" href="{link}" aria-label="{label}">{}</a></li>"#, i + 1);
    }
    out += r#"</ol><div class="questions">"#;
    for (i, q) in list.iter().enumerate() {
        out += &card(q, i + 1, seed, lang);
    }
    out += "</div></section></main></div>";
    Some(out)
}

/// One question card, as `ui::components::question` draws it before an answer.
fn card(q: &Question, number: usize, seed: u64, lang: Lang) -> String {
    format!(
        concat!(
            r#"<section class="question" id="{id}" tabindex="-1" aria-labelledby="{id}-prompt"><h2 class="question-number">{number}</h2>"#,
            r#"<p class="prompt" id="{id}-prompt">{prompt}</p>{input}"#,
            r#"<div class="actions"><button type="button" class="button primary">{check}</button></div>"#,
            r#"<div class="feedback-region" role="status" aria-live="polite" tabindex="-1" id="{id}-feedback"></div></section>"#,
        ),
        id = escape(&q.id),
        number = escape(&fill(Key::QuestionN.get(lang), number)),
        prompt = rich(q.prompt.get(lang)),
        input = input(q, &Arrangement::of(q, seed, true), lang),
        check = escape(Key::Check.get(lang)),
    )
}

fn input(q: &Question, at: &Arrangement, lang: Lang) -> String {
    match &q.task {
        Task::Single(c) => choices(q, c, at, "radio", lang),
        Task::Multi(c) => choices(q, c, at, "checkbox", lang),
        Task::TrueFalse(_) => true_false(q, lang),
        Task::Order(o) => order(q, o, at, lang),
        Task::Match(m) => matching(q, m, at, lang),
        Task::Numeric(n) => typed(q, Some(&n.unit), lang),
        Task::Short(_) => typed(q, None, lang),
        #[cfg(feature = "sample-kind")]
        Task::Sample(_) => typed(q, None, lang),
    }
}

/// A fieldset of radio buttons or checkboxes, named by the question.
fn fieldset<'a>(q: &Question, kind: &str, options: impl Iterator<Item = (&'a str, &'a str)>, lang: Lang) -> String {
    let rows: String = options
        .map(|(value, text)| {
            format!(r#"<label class="choice"><input type="{kind}" name="{}" value="{}"><span>{}</span></label>"#, escape(&q.id), escape(value), escape(text))
        })
        .collect();
    format!(r#"<fieldset class="choices"><legend class="sr-only">{}</legend>{rows}</fieldset>"#, escape(q.prompt.get(lang)))
}

fn choices(q: &Question, kind: &Choices, at: &Arrangement, input: &str, lang: Lang) -> String {
    let options = at.choices.iter().filter_map(|&i| kind.choices.get(i)).map(|c| (c.id.as_str(), c.get(lang)));
    fieldset(q, input, options, lang)
}

fn true_false(q: &Question, lang: Lang) -> String {
    fieldset(q, "radio", [("true", Key::True.get(lang)), ("false", Key::False.get(lang))].into_iter(), lang)
}

/// The items in the student's starting order; moving them needs the app.
fn order(q: &Question, kind: &Order, at: &Arrangement, lang: Lang) -> String {
    let ids = at.start_order(q);
    let items = ids.iter().filter_map(|id| kind.items.iter().find(|i| &i.id == id)).enumerate();
    let rows: String = items
        .map(|(pos, item)| {
            let text = escape(item.get(lang));
            let button = |dir: &str, key: Key, mark: &str| {
                format!(
                    r#"<button type="button" class="icon-button" id="{}-{}-{dir}" disabled aria-label="{}{}{text}">{mark}</button>"#,
                    escape(&q.id),
                    escape(&item.id),
                    escape(key.get(lang)),
                    lang.colon(),
                )
            };
            format!(
                r#"<li class="order-item"><span class="order-pos" aria-hidden="true">{}</span><span class="order-text">{text}</span><span class="order-buttons">{}{}</span></li>"#,
                pos + 1,
                button("up", Key::MoveUp, "↑"),
                button("down", Key::MoveDown, "↓"),
            )
        })
        .collect();
    format!(r#"<ol class="order-list" aria-label="{}">{rows}</ol><p class="sr-only" aria-live="polite"></p>"#, escape(q.prompt.get(lang)))
}

/// One native select per left item, its options in the student's order.
fn matching(q: &Question, kind: &Matching, at: &Arrangement, lang: Lang) -> String {
    let options: String = at
        .rights
        .iter()
        .filter_map(|&r| kind.pairs.get(r))
        .map(|p| format!(r#"<option value="{}">{}</option>"#, escape(&p.id), escape(p.right.get(lang))))
        .collect();
    let rows: String = kind
        .pairs
        .iter()
        .map(|pair| {
            format!(
                r#"<div class="match-row"><label for="{id}-match-{pair}">{left}</label><select id="{id}-match-{pair}"><option value="" selected>{choose}</option>{options}</select></div>"#,
                id = escape(&q.id),
                pair = escape(&pair.id),
                left = escape(pair.left.get(lang)),
                choose = escape(Key::ChooseMatch.get(lang)),
            )
        })
        .collect();
    format!(r#"<div class="match-list">{rows}</div>"#)
}

/// A number with its unit, or a short text.
fn typed(q: &Question, unit: Option<&Text>, lang: Lang) -> String {
    let (label, mode) = if unit.is_some() { (Key::TypeNumber, "decimal") } else { (Key::TypeAnswer, "text") };
    format!(
        r#"<div class="typed"><label for="{id}-input">{label}</label><input id="{id}-input" type="text" inputmode="{mode}" autocomplete="off">{unit}</div>"#,
        id = escape(&q.id),
        label = escape(label.get(lang)),
        unit = unit.map(|u| format!(r#"<span class="unit">{}</span>"#, escape(u.get(lang)))).unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_book;

    /// The `data-seed` a file was drawn with.
    fn seed_of(html: &str) -> u64 {
        html.split(r#"data-seed=""#).nth(1).and_then(|r| r.split('"').next()).and_then(|s| s.parse().ok()).expect("a seed")
    }

    #[test]
    fn every_quiz_in_every_arrangement() {
        let book = test_book();
        let files = files(book, Lang::Zh);
        assert_eq!(files.len(), (book.chapters.len() + 1) * VARIANTS);
        for chapter in &book.chapters {
            let ours: Vec<_> = files.iter().filter(|f| f.name.starts_with(&format!("{}-", chapter.id))).collect();
            assert_eq!(ours.len(), VARIANTS, "{}", chapter.id);
            let first = &ours[0].html;
            assert!(first.starts_with(&format!(r#"<div id="prerender" data-quiz="{}" data-seed=""#, chapter.id)) && first.ends_with("</div>"));
            assert!(first.contains(&format!("<h1 tabindex=\"-1\">测验：{}</h1>", escape(&chapter.title.zh))));
            assert!(first.contains(r##"href="#/en/quiz/"##), "the language switch stays on the quiz");
            assert!(!first.contains("page-heading") && !first.contains("aria-busy"), "the app's marks of a page ready: tests wait for them");
            for (i, q) in chapter.quiz.questions.iter().enumerate() {
                assert!(first.contains(&format!(r#"<section class="question" id="{}""#, q.id)), "{}", q.id);
                assert!(first.contains(&format!("第{}题", i + 1)) && first.contains(&escape(&q.prompt.zh)), "{}", q.id);
            }
            assert_eq!(first.matches(r#"<section class="question""#).count(), chapter.quiz.questions.len());
            let distinct: std::collections::HashSet<_> = ours.iter().map(|f| f.html.split("data-seed").nth(1)).collect();
            assert_eq!(distinct.len(), VARIANTS, "{}: each arrangement is its own", chapter.id);
        }
        let challenge: Vec<_> = files.iter().filter(|f| f.name.starts_with("challenge-")).collect();
        assert_eq!(challenge.len(), VARIANTS);
        assert_eq!(challenge[0].html.matches(r#"<section class="question""#).count(), crate::quiz::CHALLENGE_SIZE);
    }

    #[test]
    fn in_english_the_same_quizzes_in_english() {
        let book = test_book();
        let english = files(book, Lang::En);
        assert_eq!(english.len(), files(book, Lang::Zh).len());
        let ch3 = english.iter().find(|f| f.name == "en-ch3-0.html").expect("en-ch3-0.html");
        let chapter = book.chapter("ch3").expect("ch3");
        assert!(ch3.html.contains(&format!("<h1 tabindex=\"-1\">Quiz: {}</h1>", escape(&chapter.title.en))));
        assert!(ch3.html.contains(&escape(&chapter.quiz.questions[0].prompt.en)) && ch3.html.contains(r##"href="#/zh/quiz/ch3" hreflang="zh-Hans""##));
        assert_ne!(seed_of(&ch3.html), seed_of(&files(book, Lang::Zh)[0].html), "arrangements of their own");
    }

    #[test]
    fn choices_and_matches_are_where_the_app_puts_them_for_the_seed() {
        let book = test_book();
        for file in files(book, Lang::Zh).iter().filter(|f| f.name.starts_with("ch")) {
            let seed = seed_of(&file.html);
            for q in book.questions().filter(|q| file.html.contains(&format!(r#"id="{}""#, q.id))) {
                let at = Arrangement::of(q, seed, true);
                let parts = q.task.parts();
                let card =
                    file.html.split(&format!(r#"<section class="question" id="{}""#, q.id)).nth(1).and_then(|r| r.split("</section>").next()).expect("card");
                let values: Vec<&str> = card.split(r#"value=""#).skip(1).filter_map(|r| r.split('"').next()).filter(|v| !v.is_empty()).collect();
                let expected: Vec<&str> = match &q.task {
                    Task::Single(_) | Task::Multi(_) => at.choices.iter().map(|&i| parts.choices[i].id.as_str()).collect(),
                    Task::TrueFalse(_) => vec!["true", "false"],
                    Task::Match(_) => parts.pairs.iter().flat_map(|_| at.rights.iter().map(|&i| parts.pairs[i].id.as_str())).collect(),
                    _ => Vec::new(),
                };
                assert_eq!(values, expected, "{} in {}", q.id, file.name);
                let items: Vec<&str> = card.split(r#"class="order-text">"#).skip(1).filter_map(|r| r.split('<').next()).collect();
                let start: Vec<String> = at.start_order(q).iter().filter_map(|id| parts.items.iter().find(|i| &i.id == id)).map(|i| escape(&i.zh)).collect();
                assert_eq!(items, start, "{} in {}", q.id, file.name);
            }
        }
    }
}
