//! The app as a SCORM package inside a learning platform (`scorm` in the
//! core says what is reported; `browser::scorm` makes the calls).
//!
//! At start, [`connect`] finds the platform, opens the session and merges
//! what the platform kept (its suspend data) into this browser's progress,
//! so a student continues on another computer. Then one effect, [`report`],
//! follows the progress: whenever an answer is checked (or a quiz
//! submitted, retried or merged from another tab) it sends the platform
//! what changed and commits; typing only updates the suspend data. Leaving
//! the page (`pagehide`) sends the session time and finishes. Without a
//! platform, or when it refuses, the app works exactly as on the web and
//! keeps progress in local storage as always.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::browser::{self, scorm::Lms};
use crate::content::Book;
use crate::i18n::Lang;
use crate::progress::merge::merge;
use crate::progress::Progress;
use crate::route::Route;
use crate::scorm::{suspend, Launch, Ledger};

/// A session with the platform.
pub struct Session {
    lms: Lms,
    launch: Launch<'static>,
    /// Which question each interaction slot holds.
    order: Vec<usize>,
    ledger: Ledger,
    passing: Option<f64>,
    started: f64,
    finished: bool,
}

/// Whether this page is a SCORM package (it then registers no service worker:
/// inside a platform's frame it would take over the platform's paths).
pub fn is_package() -> bool {
    browser::scorm::package().is_some()
}

/// Opens the session with the platform, if this is a package inside one.
/// Returns the progress to start from (this browser's, merged with what the
/// platform kept) and the session.
pub fn connect(book: &'static Book, saved: Progress) -> (Progress, Option<Rc<RefCell<Session>>>) {
    let Some(package) = browser::scorm::package() else { return (saved, None) };
    // Opened without a route (as platforms launch index.html): the quiz it launches.
    if browser::hash().trim_start_matches('#').is_empty() {
        browser::go(&package.launch);
    }
    let Ok(launch) = Launch::of(book, &Route::parse(&package.launch, Lang::default())) else { return (saved, None) };
    let Some(lms) = Lms::find(package.version).filter(Lms::initialize) else { return (saved, None) };
    let version = lms.version();
    let passing = lms.get(version.passing()).and_then(|text| version.read_passing(&text));
    let mut progress = saved;
    let mut order = Vec::new();
    if let Some(kept) = lms.get("cmi.suspend_data").and_then(|text| suspend::decode(&text, &launch.questions).ok()) {
        order = kept.order.clone();
        progress = merge(&progress, &launch.resumed(kept));
    }
    // Slots the platform no longer holds are filled again from the start.
    let held = lms.get("cmi.interactions._count").and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
    order.truncate(held);
    if launch.assignment {
        let (name, id) = version.learner();
        let now = browser::time();
        if progress.name.trim().is_empty() {
            if let Some(name) = lms.get(name) {
                progress.set_name(name.trim(), now);
            }
        }
        if progress.student_number.trim().is_empty() {
            if let Some(id) = lms.get(id) {
                progress.set_student_number(id.trim(), now);
            }
        }
    }
    let session = Session { lms, launch, order, ledger: Ledger::default(), passing, started: browser::time(), finished: false };
    (progress, Some(Rc::new(RefCell::new(session))))
}

impl Session {
    /// Sends what the platform has not been told yet; commits when more than
    /// the suspend data changed, or when `commit` asks for it anyway.
    fn send(&mut self, progress: &Progress, commit: bool) {
        if self.finished {
            return;
        }
        self.launch.assign_slots(progress, &mut self.order);
        let data = suspend::encode(&self.launch.suspended(progress, &self.order), &self.launch.questions);
        let values = self.launch.report(progress, &self.order).values(self.lms.version(), self.passing, &data, browser::utc_offset());
        let mut graded = false;
        for (key, value) in self.ledger.pending(&values) {
            if self.lms.set(key, value) {
                self.ledger.accepted(key, value);
            }
            graded |= key != "cmi.suspend_data";
        }
        if graded || commit {
            let _ = self.lms.commit();
        }
    }

    /// The last report, the session time, and the end of the session.
    fn finish(&mut self, progress: &Progress) {
        self.send(progress, false);
        if self.finished {
            return;
        }
        let (key, value) = self.lms.version().session_time(browser::time() - self.started);
        let _ = self.lms.set(&key, &value);
        let _ = self.lms.commit();
        let _ = self.lms.finish();
        self.finished = true;
    }
}

/// Reports to the platform as the progress changes, and finishes on leaving.
pub fn report(progress: RwSignal<Progress>, session: Rc<RefCell<Session>>) {
    let live = Rc::clone(&session);
    Effect::new(move |_| {
        progress.with(|p| live.borrow_mut().send(p, false));
    });
    let _ = window_event_listener(leptos::ev::pagehide, move |_| {
        progress.with_untracked(|p| session.borrow_mut().finish(p));
    });
}
