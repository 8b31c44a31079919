//! One view per page of the app.

mod assignment;
mod elsewhere;
mod home;
mod map;
mod not_found;
mod print;
mod project;
mod quiz;
mod read;
mod results;
mod summary;
mod teacher;

pub use teacher::Draft;

use leptos::prelude::*;

use crate::route::{Page, Route};

/// The view for a route, every page: the teacher's bundle (`teacher.html`)
/// and the browser tests. Unknown chapters and quizzes show the not-found
/// page; a damaged assignment link says what is wrong with it.
pub fn page(route: Route) -> AnyView {
    match route.page {
        Page::Teacher => view! { <teacher::Teacher/> }.into_any(),
        Page::Results { assignment } => results::results(assignment),
        Page::AnswerKey { code } => print::answer_key(code),
        Page::Project { code } => project::project(code),
        _ => students(route),
    }
}

/// The view for a route in the student's bundle (`index.html`): the
/// teacher's tools are not in it, and a link to one opens `teacher.html`.
pub fn student(route: Route) -> AnyView {
    if route.page.is_teachers() {
        view! { <elsewhere::TeacherTools route/> }.into_any()
    } else {
        students(route)
    }
}

/// The pages both bundles have.
fn students(route: Route) -> AnyView {
    match route.page {
        Page::Home => view! { <home::Home/> }.into_any(),
        Page::Read { chapter, para, back } => read::read(&chapter, para, back),
        Page::Quiz { quiz, question } => quiz::quiz(quiz, question),
        Page::Summary => view! { <summary::Summary/> }.into_any(),
        Page::Map => view! { <map::Map/> }.into_any(),
        Page::Assignment { code, question, print } => assignment::assignment(code, question, print),
        Page::Teacher | Page::Results { .. } | Page::AnswerKey { .. } | Page::Project { .. } | Page::NotFound => view! { <not_found::NotFound/> }.into_any(),
    }
}
