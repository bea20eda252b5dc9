//! Writes the shell completions and the man page from the clap definition:
//! `cargo run --example generate`. `tests/generated.rs` checks they are
//! current.

#[path = "../tests/support/generate.rs"]
mod generate;

fn main() -> std::io::Result<()> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (path, contents) in generate::files() {
        std::fs::write(root.join(path), contents)?;
        println!("wrote {path}");
    }
    println!(
        "(`{}` regenerates them after a change to the options)",
        generate::REGENERATE
    );
    Ok(())
}
