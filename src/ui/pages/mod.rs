//! One view per page of the app.

mod home;
mod not_found;
mod quiz;
mod read;
mod summary;

use leptos::prelude::*;

use crate::route::{Page, Route};

/// The view for a route. Unknown chapters and quizzes show the not-found page.
pub fn page(route: Route) -> AnyView {
    match route.page {
        Page::Home => view! { <home::Home/> }.into_any(),
        Page::Read { chapter, para, back } => read::read(&chapter, para, back),
        Page::Quiz { quiz, question } => quiz::quiz(&quiz, question),
        Page::Summary => view! { <summary::Summary/> }.into_any(),
        Page::NotFound => view! { <not_found::NotFound/> }.into_any(),
    }
}
