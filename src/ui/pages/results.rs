//! Class results: pasted result codes become a table of students ×
//! questions, the share right per question (hardest first), the codes left
//! out with their reasons, who on the class list has not submitted, a CSV
//! download and a print view. The pasted codes and the class list are kept
//! on the teacher's desk (localStorage), so they survive a reload. Names come from
//! codes anyone can make, so they are only ever text nodes.

use std::ops::Range;

use leptos::prelude::*;

use crate::browser::storage;
use crate::browser::{self, share::print};
use crate::content::{markup::plain, Bilingual, Question};
use crate::i18n::{fill, percent, points, Key, Lang};
use crate::route::{href, Page};
use crate::share::class::{find_assignment, first_words, mark_word, print_parts, Class, Count};
use crate::share::desk::{not_submitted, roster as desk_roster, Kept};
use crate::share::mastery::{by_mechanism, for_class, Tally};
use crate::share::misses::{parts_right, wrong_choices, Misses};
use crate::share::time::date_time;
use crate::share::{Assignment, Mark};
use crate::ui::components::assignment::{due_line, title, Broken};
use crate::ui::components::focus::focus_heading;
use crate::ui::components::rich::Rich;
use crate::ui::ctx;

pub fn results(assignment: Option<String>) -> AnyView {
    let ctx = ctx();
    let Some(code) = assignment else { return view! { <PickAssignment/> }.into_any() };
    match Assignment::open(&code, ctx.book()) {
        Err(error) => view! { <Broken error/> }.into_any(),
        Ok((a, list)) => view! { <ClassResults a list code/> }.into_any(),
    }
}

/// Without an assignment: ask for its link.
#[component]
fn PickAssignment() -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    focus_heading();
    let text = RwSignal::new(String::new());
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(code) = text.with_untracked(|t| find_assignment(t)) {
            browser::go(&href(lang, Page::Results { assignment: Some(code) }));
        }
    };
    view! {
        <section class="page results">
            <h1 id="page-heading" tabindex="-1">{Key::ClassResults.get(lang)}</h1>
            <form on:submit=open>
                <label for="assignment-input">{Key::PasteAssignment.get(lang)}</label>
                <div class="copy-row">
                    <input id="assignment-input" type="text" required spellcheck="false" on:input:target=move |ev| text.set(ev.target().value())/>
                    <button type="submit" class="button primary">{Key::ClassResults.get(lang)}</button>
                </div>
            </form>
            {saved_assignments(lang)}
        </section>
    }
}

/// The assignments with codes or a class list kept on this device: the teacher's desk.
fn saved_assignments(lang: Lang) -> Option<impl IntoView> {
    let desk = storage::load_desk();
    let items: Vec<(String, String)> = desk
        .listed()
        .into_iter()
        .filter(|(_, kept)| !kept.archived)
        .filter_map(|(code, _)| Assignment::decode(code).ok().map(|a| (code.to_string(), title(&a))))
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            <section class="saved-assignments" aria-labelledby="saved-heading">
                <h2 id="saved-heading">{Key::SavedAssignments.get(lang)}</h2>
                <ul>
                    {items.into_iter().map(|(code, t)| view! {
                        <li><a href=href(lang, Page::Results { assignment: Some(code) })>{t}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn ClassResults(a: Assignment, list: Vec<&'static Question>, code: String) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    focus_heading();
    let (fingerprint, n) = (a.fingerprint(), list.len());
    let kept = storage::load_desk().kept(&code);
    let (pasted, roster) = (RwSignal::new(kept.pasted), RwSignal::new(kept.roster));
    Effect::new(move |first: Option<()>| {
        let (pasted, roster) = (pasted.get(), roster.get());
        if first.is_some() {
            let mut desk = storage::load_desk();
            let kept = Kept { pasted, roster, ..desk.kept(&code) };
            desk.keep(&code, kept);
            storage::save_desk(&desk);
        }
    });
    let count = RwSignal::new(Count::First);
    let class = Memo::new(move |_| pasted.with(|t| Class::from_text(t, fingerprint, n, count.get())));
    let offset = browser::utc_offset();
    let ids: Vec<&'static str> = list.iter().map(|q| q.id.as_ref()).collect();
    let csv = move |_| {
        let csv = class.with(|c| c.csv(&ids, lang, offset));
        browser::download("class-results.csv", "text/csv", &format!("\u{feff}{csv}"));
    };
    let heading = title(&a);
    let list = StoredValue::new(list);
    view! {
        <section class="page results">
            <h1 id="page-heading" tabindex="-1">{fill(Key::ResultsFor.get(lang), heading)}</h1>
            {due_line(&a)}
            <p class="help">{Key::ChecksumNote.get(lang)}</p>
            <label for="pasted-codes">{Key::PasteCodes.get(lang)}</label>
            <textarea id="pasted-codes" rows="8" spellcheck="false" prop:value=move || pasted.get()
                on:input:target=move |ev| pasted.set(ev.target().value())></textarea>
            <fieldset class="mode-picker count-picker">
                <legend>{Key::CountLabel.get(lang)}</legend>
                {Count::ALL.map(|c| view! {
                    <label class="mode-option">
                        <input type="radio" name="count-attempts" value=format!("{c:?}").to_lowercase() prop:checked=move || count.get() == c on:change=move |_| count.set(c)/>
                        <span>{c.key().get(lang)}</span>
                    </label>
                })}
            </fieldset>
            <div class="table-actions">
                <p class="student-count" role="status">{move || Key::StudentCount.count(class.with(|c| c.rows.len()), lang)}</p>
                <button type="button" class="button download-csv" on:click=csv>{Key::DownloadCsv.get(lang)}</button>
                <button type="button" class="button" on:click=move |_| print()>{Key::Print.get(lang)}</button>
            </div>
            {move || class.with(|c| list.with_value(|qs| class_table(c, qs, &a, offset, lang)))}
            {move || class.with(|c| list.with_value(|qs| class_mastery(c, qs, lang)))}
            <details class="roster" open=roster.with_untracked(|r| !r.trim().is_empty())>
                <summary>{Key::ClassList.get(lang)}</summary>
                <label for="class-list">{Key::ClassListHelp.get(lang)}</label>
                <textarea id="class-list" rows="6" spellcheck="false" prop:value=move || roster.get()
                    on:input:target=move |ev| roster.set(ev.target().value())></textarea>
                {move || {
                    let missing = class.with(|c| roster.with(|r| not_submitted(&desk_roster(r), c)));
                    (!roster.with(|r| r.trim().is_empty())).then(|| view! {
                        <h2 id="missing-heading">{Key::NotSubmitted.count(missing.len(), lang)}</h2>
                        <ul class="not-submitted" aria-labelledby="missing-heading">
                            {missing.into_iter().map(|s| view! { <li>{[s.number, s.name].join(" ").trim().to_string()}</li> }).collect_view()}
                        </ul>
                    })
                }}
            </details>
            {hardest(class, list, lang)}
            {rejected(class, lang)}
        </section>
    }
}

/// Questions per printed part of the class table: what fits a landscape page.
const PRINT_PART: usize = 12;

/// Students × questions, with score and time: one table on screen (sticky
/// header and names). On paper, an assignment longer than [`PRINT_PART`]
/// prints in parts, each with the names again, so no question is cut off.
fn class_table(class: &Class, qs: &[&'static Question], a: &Assignment, offset: i32, lang: Lang) -> impl IntoView {
    let parts = print_parts(qs.len(), PRINT_PART);
    let split = parts.len() > 1;
    let printed = split.then(|| {
        parts
            .into_iter()
            .enumerate()
            .map(|(i, range)| {
                view! {
                    <div class="print-part print-only">
                        <h2>{fill(Key::TablePart.get(lang), i + 1)}</h2>
                        {table(class, qs, range, None, lang)}
                    </div>
                }
            })
            .collect_view()
    });
    view! {
        <div class="table-wrap" class:screen-only=split>{table(class, qs, 0..qs.len(), Some((a, offset)), lang)}</div>
        {printed}
    }
}

/// The table with the questions in `range`; `full` adds the mechanisms and
/// the time submitted (with late marks).
fn table(class: &Class, qs: &[&'static Question], range: Range<usize>, full: Option<(&Assignment, i32)>, lang: Lang) -> impl IntoView {
    let rows = class.rows.iter().map(|r| {
        let points = points(r.points(), r.marks.len());
        let extra = full.map(|(a, offset)| {
            let mechanisms = by_mechanism(qs, &r.marks).map(|t| view! { <td class="mech">{share(t)}</td> });
            view! {
                {mechanisms.into_iter().collect_view()}
                <td class="time">{date_time(r.at, offset)}{a.is_late(r.at).then(|| view! { <span class="late">" · "{Key::Late.get(lang)}</span> })}</td>
            }
        });
        let cells = range.clone().filter_map(|i| Some(mark_cell(*r.marks.get(i)?, qs.get(i).and_then(|q| parts_right(q, r.detail(i)?)), lang)));
        let flag = class.is_flagged(r).then(|| {
            view! { <span class="flag" role="img" aria-label=Key::SameNumberTwoNames.get(lang) title=Key::SameNumberTwoNames.get(lang)>" ⚠"</span> }
        });
        view! {
            <tr class:flagged=class.is_flagged(r)>
                <th scope="row" class="student">{r.name.clone()}{flag}</th>
                <td class="number">{r.number.clone()}</td>
                <td class="attempt">{r.attempt}</td>
                <td class="points">{points}</td>
                {extra}
                {cells.collect_view()}
            </tr>
        }
    });
    let heads = range.clone().map(|i| {
        let prompt = qs.get(i).map(|q| plain(q.prompt.get(lang))).unwrap_or_default();
        let (words, title) = (first_words(&prompt, lang), prompt.clone());
        view! {
            <th scope="col" class="q" title=title>
                <span class="q-n">{i + 1}</span>
                <span class="q-words" aria-hidden="true">{words}</span>
                <span class="sr-only">{prompt}</span>
            </th>
        }
    });
    let full_heads = full.is_some().then(|| {
        view! {
            {MECHANISMS.iter().map(|k| view! { <th scope="col" class="mech">{k.get(lang)}</th> }).collect_view()}
            <th scope="col">{Key::Submitted.get(lang)}</th>
        }
    });
    view! {
        <table class="class-table">
            <thead><tr>
                <th scope="col" class="student">{Key::Name.get(lang)}</th>
                <th scope="col">{Key::StudentNumber.get(lang)}</th>
                <th scope="col">{Key::Attempt.get(lang)}</th>
                <th scope="col">{Key::Points.get(lang)}</th>
                {full_heads}
                {heads.collect_view()}
            </tr></thead>
            <tbody>{rows.collect_view()}</tbody>
        </table>
    }
}

/// One question's mark; a partly right answer with its parts right ("◐ 2/3")
/// when the code says.
fn mark_cell(mark: Mark, parts: Option<(usize, usize)>, lang: Lang) -> impl IntoView {
    let (sign, class) = match mark {
        Mark::Right => ("✓", "mark-right"),
        Mark::Partial => ("◐", "mark-partial"),
        Mark::Wrong => ("✗", "mark-wrong"),
        Mark::Blank => ("·", "mark-blank"),
    };
    let parts = parts.filter(|_| mark == Mark::Partial).map(|(right, of)| format!(" {right}/{of}"));
    view! { <td class=class><span aria-hidden="true">{sign}{parts.clone()}</span><span class="sr-only">{mark_word(mark, lang)}{parts}</span></td> }
}

/// The mechanisms' names, in the order of `Mechanism::ALL`.
const MECHANISMS: [Key; 3] = [Key::MechGovernance, Key::MechFunding, Key::MechTalent];

/// "3/4": questions on a mechanism fully right, of those asked; "–" when none was asked.
fn share(t: Tally) -> String {
    if t.asked == 0 {
        "–".to_string()
    } else {
        format!("{}/{}", t.right, t.asked)
    }
}

/// The whole class per mechanism: what share of its questions were right.
fn class_mastery(class: &Class, qs: &[&'static Question], lang: Lang) -> impl IntoView {
    let totals = for_class(qs, class.rows.iter().map(|r| r.marks.as_slice()));
    (!class.rows.is_empty()).then(|| {
        view! {
            <section class="class-mastery" aria-labelledby="class-mastery-heading">
                <h2 id="class-mastery-heading">{Key::ClassMastery.get(lang)}</h2>
                <ul>
                    {MECHANISMS.iter().zip(totals).filter(|(_, t)| t.asked > 0).map(|(k, t)| view! {
                        <li><strong>{k.get(lang)}</strong>{lang.colon()}{percent(t.right as f64 / t.asked as f64)}{lang.bracket(share(t))}</li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// The share right per question, hardest first.
fn hardest(class: Memo<Class>, list: StoredValue<Vec<&'static Question>>, lang: Lang) -> impl IntoView {
    let items = move || {
        class.with(|c| {
            list.with_value(|l| {
                let mut misses = wrong_choices(c, l);
                c.stats
                    .iter()
                    .filter_map(|s| l.get(s.question).map(|q| (s.question, s.share(), *q)))
                    .map(|(i, share, q)| {
                        let missed = misses.iter().position(|m| m.question == i).map(|at| misses.swap_remove(at));
                        view! {
                            <li>
                                <span class="share-right">{percent(share)}</span>" "
                                <span class="q-number">{fill(Key::QuestionN.get(lang), i + 1)}</span>" · "
                                <Rich text=q.prompt.get(lang)/>
                                {missed.map(|m| picks(m, lang))}
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section class="hardest" aria-labelledby="hardest-heading">
            <h2 id="hardest-heading">{Key::HardestFirst.get(lang)}</h2>
            <ol class="stats">{items}</ol>
        </section>
    }
}

/// The wrong choices a class picked on one question, the most picked first.
fn picks(m: Misses<'static>, lang: Lang) -> impl IntoView {
    let unknown = (m.unknown > 0).then(|| view! { <li class="pick-unknown">{Key::PickUnknown.count(m.unknown, lang)}</li> });
    view! {
        <div class="wrong-picks">
            <span class="wrong-picks-label">{Key::WrongPicks.get(lang)}</span>
            <ul>
                {m.picked.into_iter().map(|p| view! {
                    <li><Rich text=p.choice.get(lang)/>" — "<span class="pick-count">{Key::StudentCount.count(p.students, lang)}</span></li>
                }).collect_view()}
                {unknown}
            </ul>
        </div>
    }
}

/// Every code that is not in the table, with its reason.
fn rejected(class: Memo<Class>, lang: Lang) -> impl IntoView {
    let items = move || {
        class.with(|c| {
            c.rejected
                .iter()
                .map(|r| {
                    view! {
                        <li><code class="code">{r.text.clone()}</code>" — "<span class="reason">{r.reason.message(lang)}</span></li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || class.with(|c| !c.rejected.is_empty())>
            <section class="rejected" aria-labelledby="rejected-heading">
                <h2 id="rejected-heading">{Key::NotCounted.get(lang)}</h2>
                <ul>{items}</ul>
            </section>
        </Show>
    }
}
