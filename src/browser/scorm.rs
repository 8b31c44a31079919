//! The learning platform's SCORM API, found the standard way and called
//! through `js_sys::Reflect`, behind plain Rust values. A platform that
//! refuses a call (returns `"false"`), throws, or offers no such function
//! gets `false` or `None` back here, never a panic.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::scorm::{Package, Version, META};

/// The package this page was built into, from its `<meta name="zhiyuan-scorm">`;
/// `None` for the ordinary web app.
pub fn package() -> Option<Package> {
    let meta = super::window()?.document()?.query_selector(&format!("meta[name={META}]")).ok()??;
    Package::parse(&meta.get_attribute("content")?)
}

/// The platform's API object for one SCORM version.
pub struct Lms {
    api: JsValue,
    version: Version,
}

/// The API on `win` or the nearest of its parents (at most 500 up, as the
/// standard's own discovery code does). A parent of another origin cannot
/// be read and is passed over.
fn search(win: JsValue, version: Version) -> Option<JsValue> {
    let name = JsValue::from_str(version.api());
    let mut win = win;
    for _ in 0..500 {
        if let Ok(api) = Reflect::get(&win, &name) {
            if api.is_object() {
                return Some(api);
            }
        }
        let parent = Reflect::get(&win, &JsValue::from_str("parent")).ok()?;
        if parent.is_null() || parent.is_undefined() || Object::is(&parent, &win) {
            return None;
        }
        win = parent;
    }
    None
}

/// What SCORM calls return for success: `"true"` (or `true`).
fn is_true(value: &JsValue) -> bool {
    value.as_bool() == Some(true) || value.as_string().as_deref() == Some("true")
}

impl Lms {
    /// Walks up from this window to the top, then from the window that
    /// opened it, looking for the version's API object.
    pub fn find(version: Version) -> Option<Lms> {
        let own: JsValue = super::window()?.into();
        let opener = Reflect::get(&own, &JsValue::from_str("opener")).ok();
        let api = search(own, version).or_else(|| opener.filter(|o| o.is_object()).and_then(|o| search(o, version)))?;
        Some(Lms { api, version })
    }

    pub fn version(&self) -> Version {
        self.version
    }

    /// Calls one of the API's functions; `None` when it is missing or throws.
    fn call(&self, name: &str, args: &[&str]) -> Option<JsValue> {
        let f: Function = Reflect::get(&self.api, &JsValue::from_str(name)).ok()?.dyn_into().ok()?;
        let args: Vec<JsValue> = args.iter().map(|a| JsValue::from_str(a)).collect();
        match args.as_slice() {
            [a] => f.call1(&self.api, a),
            [a, b] => f.call2(&self.api, a, b),
            _ => f.call0(&self.api),
        }
        .ok()
    }

    pub fn initialize(&self) -> bool {
        self.call(self.version.methods().initialize, &[""]).is_some_and(|v| is_true(&v))
    }

    /// An element's value; `None` for an empty one or a refused call.
    pub fn get(&self, element: &str) -> Option<String> {
        self.call(self.version.methods().get, &[element]).and_then(|v| v.as_string()).filter(|s| !s.is_empty())
    }

    pub fn set(&self, element: &str, value: &str) -> bool {
        self.call(self.version.methods().set, &[element, value]).is_some_and(|v| is_true(&v))
    }

    pub fn commit(&self) -> bool {
        self.call(self.version.methods().commit, &[""]).is_some_and(|v| is_true(&v))
    }

    pub fn finish(&self) -> bool {
        self.call(self.version.methods().finish, &[""]).is_some_and(|v| is_true(&v))
    }
}
