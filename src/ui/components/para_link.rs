//! A link to one paragraph of the story, named by its chapter and place
//! ("WuDao is born ¶4"): where My progress says what to reread and where the
//! mechanism map says what shows each step.

use leptos::prelude::*;

use crate::content::{Bilingual, Book, ParaId};
use crate::i18n::Lang;
use crate::route::{href, Page};

/// The list item linking to `para`, or nothing for a paragraph the book lacks.
pub fn para_link(book: &Book, para: &ParaId, lang: Lang) -> Option<impl IntoView> {
    let chapter = book.chapter_of_para(para)?;
    let n = chapter.paras().position(|x| x.id == *para)? + 1;
    let link = href(lang, Page::para(&chapter.id, para));
    Some(view! { <li><a href=link>{chapter.title.get(lang).to_string()}" ¶"{n}</a></li> })
}
