//! Fails when a checked-in completion script or the man page no longer
//! matches the clap definition, naming the command that regenerates them.

#[path = "support/generate.rs"]
mod generate;

#[test]
fn generated_files_are_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let stale: Vec<&str> = generate::files()
        .into_iter()
        .filter(|(path, contents)| std::fs::read(root.join(path)).ok().as_ref() != Some(contents))
        .map(|(path, _)| path)
        .collect();
    assert!(
        stale.is_empty(),
        "stale generated files: {}\nregenerate them with: {}",
        stale.join(", "),
        generate::REGENERATE
    );
}
