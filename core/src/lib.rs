//! 悟道之路's pure core: every rule of the app as plain Rust, without web-sys,
//! built and tested natively. The app crate renders it and talks to the
//! browser; its build script uses it to pack the content.
//!
//! Modules, lowest layer first; each imports only from layers below it
//! (`tests/layers.rs` checks that the module graph has no cycle):
//! - `number`, `i18n`: reading typed numbers; languages and every UI string
//! - `normalize`: how typed answers are compared
//! - `content`: the story and quizzes as data, their fingerprints, validation, reading the files
//! - `visual`: the visuals drawn from the content
//! - `packed`: the compact form the content and visuals travel in
//! - `quiz`: grading, shuffling, which questions a quiz asks
//! - `route`: pages ⇄ URL hashes
//! - `progress`: what a student has done; saving, migrating, merging
//! - `share`: assignment links, result codes, the class table, QR codes
//! - `scorm`: reporting to a learning platform (SCORM 1.2 and 2004) from the launched quiz
//! - `title`: each page's document title
//! - `prerender`: pages as HTML for a first visit (home, chapters, quizzes), and a quiz's answers given there taken over

pub mod content;
pub mod i18n;
pub mod normalize;
pub mod number;
pub mod packed;
pub mod prerender;
pub mod progress;
pub mod quiz;
pub mod route;
pub mod scorm;
pub mod share;
pub mod title;
pub mod visual;
