//! The module layout stays a layering: reads every file under `src/`, takes
//! the `crate::…` paths it uses (in `use` lines, groups expanded, and
//! inline), and fails on an import cycle between modules, when `config`
//! (which decides the settings) reaches up into the walk, the outputs or
//! the slip hints, or when the library (the builder, the iterator, the
//! walk and what it reads) uses the command line's modules outside its
//! tests: those are left out of a build without the `cli` feature.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The module a file under `src/` defines: `src/walk/mod.rs` is `walk`,
/// `src/walk/reader.rs` is `walk::reader`, `src/lib.rs` is the crate.
fn module_of(file: &Path, src: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts.join("::")
}

/// Every `.rs` file under `dir`.
fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its comments (line comments and docs).
fn code(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths of a use tree (`a::{b, c::{d, e}}`) after `prefix`.
fn expand(tree: &str, prefix: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    match tree.find('{') {
        None => {
            let path = tree.split(" as ").next().unwrap().trim();
            if !path.is_empty() {
                out.push(format!("{prefix}{path}"));
            }
        }
        Some(open) => {
            let head = &tree[..open];
            let body = &tree[open + 1..tree.rfind('}').unwrap()];
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in body.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&body[start..i], &format!("{prefix}{head}"), out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            expand(&body[start..], &format!("{prefix}{head}"), out);
        }
    }
}

/// The `crate::…` paths the code uses: in `use` statements and inline.
fn crate_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        let is_use = rest[..at].trim_end().ends_with("use");
        if is_use {
            let end = after.find(';').unwrap_or(after.len());
            expand(&after[..end], "", &mut paths);
            rest = &after[end..];
        } else {
            let end = after
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(after.len());
            paths.push(after[..end].trim_end_matches(':').to_owned());
            rest = &after[end..];
        }
    }
    paths
}

/// The modules whose file is named by `#[path = "FILE"]` in `code` (the
/// platform files, e.g. `exec` in `exec_unix.rs` and `exec_windows.rs`),
/// as (module, the file's own module) pairs, for the module `from`.
fn renamed(code: &str, from: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let mut lines = code.lines().map(str::trim);
    while let Some(line) = lines.next() {
        let Some(file) = line.strip_prefix("#[path = \"") else {
            continue;
        };
        let stem = file.trim_end_matches("\"]").trim_end_matches(".rs");
        let declared = lines.find(|l| l.contains("mod ")).unwrap_or_default();
        let name = declared
            .trim_end_matches(';')
            .rsplit(' ')
            .next()
            .unwrap_or_default();
        let join = |m: &str| [from, m].join("::").trim_start_matches(':').to_owned();
        pairs.push((join(name), join(stem)));
    }
    pairs
}

/// The modules among `modules` that `path` names: the longest one it
/// starts with, or the files standing for it (`#[path]`, in `aliases`).
fn targets(
    path: &str,
    modules: &BTreeSet<String>,
    aliases: &BTreeMap<String, Vec<String>>,
) -> Vec<String> {
    let parts: Vec<&str> = path.split("::").collect();
    for n in (1..=parts.len()).rev() {
        let module = parts[..n].join("::");
        if let Some(files) = aliases.get(&module) {
            return files.clone();
        }
        if modules.contains(&module) {
            return vec![module];
        }
    }
    Vec::new()
}

/// Which module imports which, from the files under `src/`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    graph_of(|_, code| code.to_owned())
}

/// The code of a module outside its tests: nothing for a module of tests
/// (`…_tests`), else the code before its `mod tests`.
fn without_tests(module: &str, code: &str) -> String {
    if module.ends_with("_tests") {
        return String::new();
    }
    let end = code.find("#[cfg(test)]\nmod tests").unwrap_or(code.len());
    code[..end].to_owned()
}

/// Which module imports which, from the code `keep` keeps of each file.
fn graph_of(keep: impl Fn(&str, &str) -> String) -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    files(&src, &mut paths);
    let modules: BTreeSet<String> = paths.iter().map(|p| module_of(p, &src)).collect();
    let codes: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let module = module_of(p, &src);
            let code = keep(&module, &code(&std::fs::read_to_string(p).unwrap()));
            (module, code)
        })
        .collect();
    let mut aliases: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (from, code) in &codes {
        for (module, file) in renamed(code, from) {
            aliases.entry(module).or_default().push(file);
        }
    }
    let mut graph = BTreeMap::new();
    for (from, code) in &codes {
        let edges: &mut BTreeSet<String> = graph.entry(from.clone()).or_default();
        for path in crate_paths(code) {
            for to in targets(&path, &modules, &aliases) {
                if &to != from && !to.is_empty() {
                    edges.insert(to);
                }
            }
        }
    }
    graph
}

/// A cycle in `graph`, as the modules along it, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        done: &mut BTreeSet<String>,
        route: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = route.iter().position(|n| n == node) {
            let mut found = route[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        route.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, done, route) {
                return Some(found);
            }
        }
        route.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

#[test]
fn no_module_imports_itself_through_others() {
    let graph = graph();
    assert!(graph["output::actions"].contains("output::exec_unix"));
    assert!(graph["config"].contains("template"));
    if let Some(found) = cycle(&graph) {
        panic!("import cycle: {}", found.join(" -> "));
    }
}

#[test]
fn config_reaches_nothing_above_it() {
    let graph = graph();
    let above = ["walk", "output", "slip", "listing"];
    let bad: Vec<&String> = graph["config"]
        .iter()
        .filter(|to| {
            above
                .iter()
                .any(|a| to == a || to.starts_with(&format!("{a}::")))
        })
        .collect();
    assert!(bad.is_empty(), "config imports {bad:?}");
}

#[test]
fn the_reader_finds_grouped_and_inline_paths() {
    let code = "use crate::a::{b, c::{d, e as f}};\nfn x() { crate::g::h(); }";
    assert_eq!(crate_paths(code), ["a::b", "a::c::d", "a::c::e", "g::h"]);
    let graph = BTreeMap::from([
        ("a".to_owned(), BTreeSet::from(["b".to_owned()])),
        ("b".to_owned(), BTreeSet::from(["a".to_owned()])),
    ]);
    assert_eq!(cycle(&graph).unwrap(), ["a", "b", "a"]);
}

#[test]
fn the_library_uses_nothing_of_the_command_line() {
    let graph = graph_of(without_tests);
    let library = [
        "search", "iter", "entry", "settings", "walk", "listing", "pattern", "criteria", "path",
        "sys", "error", "env",
    ];
    let command_line = ["cli", "config", "output", "run", "template"];
    let within = |module: &str, of: &[&str]| {
        of.iter()
            .any(|m| module == *m || module.starts_with(&format!("{m}::")))
    };
    assert!(
        graph["search"].contains("iter"),
        "the reader sees the library"
    );
    let bad: Vec<String> = graph
        .iter()
        .filter(|(from, _)| within(from, &library))
        .flat_map(|(from, to)| {
            to.iter()
                .filter(|to| within(to, &command_line))
                .map(move |to| format!("{from} -> {to}"))
        })
        .collect();
    assert!(bad.is_empty(), "the library uses the command line: {bad:?}");
}
