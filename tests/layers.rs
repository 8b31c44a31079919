//! The module graph has no cycle: in the core, top-level modules import each
//! other only one way (`crate::x` paths outside test code), and in the app,
//! pages and components never import each other in a circle. A cycle is how
//! a pure core grows into one lump; this test names it when it appears.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Every `.rs` file under `dir`, with its code up to its unit tests, comments left out.
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).expect("readable");
            let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
            let code: String = code.lines().filter(|l| !l.trim_start().starts_with("//")).map(|l| format!("{l}\n")).collect();
            out.push((path.display().to_string(), code));
        }
    }
}

/// The names `prefix` is followed by in `code` (`crate::content` → `content`).
fn uses(code: &str, prefix: &str) -> BTreeSet<String> {
    code.match_indices(prefix)
        .map(|(at, _)| code[at + prefix.len()..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect::<String>())
        .filter(|name| !name.is_empty())
        .collect()
}

/// A cycle in the graph, if there is one, as the path around it.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(node: &str, graph: &BTreeMap<String, BTreeSet<String>>, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            return Some(path[at..].iter().cloned().chain([node.to_string()]).collect());
        }
        if !done.insert(node.to_string()) {
            return None;
        }
        path.push(node.to_string());
        let found = graph.get(node).into_iter().flatten().find_map(|next| visit(next, graph, path, done));
        path.pop();
        found
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| {
        let mut path = Vec::new();
        let found = visit(node, graph, &mut path, &mut done);
        done.clear();
        found
    })
}

fn graph(root: &str, unit: impl Fn(&str) -> Option<String>, prefix: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    sources(Path::new(root), &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, code) in files {
        let Some(from) = unit(&path) else { continue };
        let to: BTreeSet<String> = uses(&code, prefix).into_iter().filter(|m| *m != from).collect();
        graph.entry(from).or_default().extend(to);
    }
    graph
}

#[test]
fn the_core_modules_import_one_way() {
    // core/src/content/model.rs → content; core/src/route.rs → route
    let top = |path: &str| path.strip_prefix("core/src/").and_then(|p| p.split(['/', '.']).next()).filter(|m| *m != "lib").map(str::to_string);
    let graph = graph("core/src", top, "crate::");
    assert!(graph.len() >= 9, "read the core's modules: {:?}", graph.keys());
    assert_eq!(cycle(&graph), None, "the core's modules import each other in a circle: {graph:#?}");
}

#[test]
fn pages_and_components_import_one_way() {
    // src/ui/pages/quiz.rs → pages::quiz; it imports `ui::components::question` → components::question
    let unit = |path: &str| path.strip_prefix("src/ui/").map(|p| p.trim_end_matches(".rs").trim_end_matches("/mod").replace('/', "::"));
    let mut files = Vec::new();
    sources(Path::new("src/ui"), &mut files);
    let mut units: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, code) in &files {
        let Some(from) = unit(path) else { continue };
        let to: BTreeSet<String> = ["pages::", "components::"]
            .iter()
            .flat_map(|kind| uses(code, &format!("ui::{kind}")).into_iter().map(move |m| format!("{kind}{m}")))
            .filter(|m| *m != from && !from.starts_with(&format!("{m}::")))
            .collect();
        units.entry(from).or_default().extend(to);
    }
    assert!(units.keys().any(|u| u.starts_with("pages::")), "read the pages: {:?}", units.keys());
    assert_eq!(cycle(&units), None, "pages or components import each other in a circle: {units:#?}");
}

#[test]
fn a_cycle_is_found() {
    let edges = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")];
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in edges {
        graph.entry(from.into()).or_default().insert(to.into());
    }
    assert_eq!(cycle(&graph), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
    graph.get_mut("c").map(|t| t.remove("a"));
    assert_eq!(cycle(&graph), None);
}
