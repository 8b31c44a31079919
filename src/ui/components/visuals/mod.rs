//! The story's visuals on screen. The charts come ready-made from the pure
//! `crate::visual` (data from the content figures, geometry, words); these
//! views only draw them: one frame for all (title, description, controls,
//! table alternative) and one painter for every scene.

mod draw;
mod frame;

use leptos::prelude::*;

use crate::ui::ctx;
use crate::visual::{build, Visual};

/// The visuals that follow a paragraph. A visual whose figures are missing
/// is left out (`cargo test` names the missing id long before that).
#[component]
pub fn Visuals(para: &'static str) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    Visual::after(para).filter_map(|v| build(ctx.book, v, lang).ok()).map(|chart| view! { <frame::Frame chart/> }).collect_view()
}
