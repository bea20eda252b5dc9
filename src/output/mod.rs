//! The outputs: what happens to each folder's [`crate::listing::Listing`]
//! once the walk hands it over.
//!
//! - [`printer`]: writes the matches (colour, escaping, streaming) — where
//!   a new output format goes;
//! - [`actions`]: `--delete`, `--exec`, `--exec-batch`, `--module`,
//!   `--command` — where a new action goes;
//! - [`template`]: `--exec` templates for `sh`, parsed once
//!   ([`sh_lexer`], [`sh_commands`]), a reference in the line for each
//!   placeholder and the values beside it;
//! - [`tokens`]: the parsed templates of `sh` and `cmd` alike;
//! - [`exec`]: running the lines, one per match or in batches;
//! - [`delete`]: removals relative to the walk's folder handles;
//! - [`python`]: the one Python interpreter behind `--module`/`--command`;
//! - [`cmd`]: the same templates read and quoted for `cmd.exe` (built
//!   everywhere, run on Windows).
//!
//! Each output is a [`crate::walk::Consumer`]. On Windows the lines run
//! through `cmd.exe` (`exec_windows.rs`), `--delete` is refused at run
//! time (`no_delete.rs`), and the Python bridge talks over two pipes
//! (`bridge_windows.rs`) instead of a socket pair (`bridge_unix.rs`).

pub mod actions;
#[cfg(unix)]
#[path = "bridge_unix.rs"]
mod bridge;
#[cfg(windows)]
#[path = "bridge_windows.rs"]
mod bridge;
pub mod cmd;
#[cfg(unix)]
pub mod delete;
#[cfg(windows)]
#[path = "no_delete.rs"]
pub mod delete;
#[cfg(unix)]
pub mod exec;
#[cfg(windows)]
#[path = "exec_windows.rs"]
pub mod exec;
pub mod printer;
pub mod python;
pub mod sh_commands;
pub mod sh_lexer;
pub mod template;
pub mod tokens;

/// The `--exec` template of this platform: read as `/bin/sh` reads it on
/// Unix, as `cmd.exe` does on Windows.
#[cfg(windows)]
pub use cmd::Template;
/// The `--exec` template of this platform: read as `/bin/sh` reads it on
/// Unix, as `cmd.exe` does on Windows.
#[cfg(unix)]
pub use template::Template;
