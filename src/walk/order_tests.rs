//! The walk keeps the original's order whatever its limits: a 1-byte
//! read-ahead budget, no or one held folder handle, 1, 2 or 8 threads, on a
//! deep comb and on a wide tree, and with the cold-cache readers working
//! throughout. The expected output comes from an
//! independent walk written here with `std::fs` (the order of
//! tests/cram/parallel.t's Python oracle), not from ffind.

use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::time::Duration;

use crate::cli;
use crate::config::Config;
use crate::env::Env;
use crate::output::printer::Printer;
use crate::walk::{self, ReadMode, WalkLimits};

/// The original's order: per folder the matching files, then the matching
/// folders, each sorted by name bytes, hidden names skipped; then each
/// folder in turn.
fn oracle(dir: &Path, word: &[u8], out: &mut Vec<u8>) {
    let mut names: Vec<(Vec<u8>, bool)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let is_dir = fs::metadata(e.path()).is_ok_and(|m| m.is_dir());
            (e.file_name().as_bytes().to_vec(), is_dir)
        })
        .filter(|(name, _)| !name.starts_with(b"."))
        .collect();
    names.sort();
    let path_of = |name: &[u8]| {
        let mut p = dir.as_os_str().as_bytes().to_vec();
        p.push(b'/');
        p.extend_from_slice(name);
        p
    };
    for want_dir in [false, true] {
        for (name, is_dir) in &names {
            if *is_dir == want_dir
                && (word.is_empty() || name.windows(word.len()).any(|w| w == word))
            {
                out.extend_from_slice(&path_of(name));
                out.push(b'\n');
            }
        }
    }
    for (name, is_dir) in &names {
        if *is_dir {
            oracle(
                Path::new(std::ffi::OsStr::from_bytes(&path_of(name))),
                word,
                out,
            );
        }
    }
}

/// ffind's output for `word` under `root`, with `-j threads` if given
/// (else the default threads and the cold-cache readers).
fn ffind(root: &Path, word: &str, threads: Option<usize>, limits: WalkLimits) -> Vec<u8> {
    let env = Env::default();
    let j = threads.map(|n| n.to_string());
    let mut argv = vec!["ffind", "-c"];
    if let Some(j) = &j {
        argv.extend(["-j", j]);
    }
    argv.extend([root.to_str().unwrap(), word]);
    let config: Config =
        Config::resolve(&cli::parse_from(&env, argv).unwrap(), &env, false, false).unwrap();
    assert_eq!(config.search.threads.at_once, threads.is_some());
    let mut out = Vec::new();
    let mut printer = Printer::new(&mut out, &config);
    let roots = walk::roots::Roots::as_given(&config.search);
    walk::walk(
        &config.search,
        roots,
        None,
        ReadMode::Ahead,
        limits,
        &mut printer,
    )
    .unwrap();
    printer.flush().unwrap();
    drop(printer);
    out
}

/// 200 levels, each with `a/` going on and `b/` holding two files.
fn comb(root: &Path) {
    let mut p = root.to_path_buf();
    for i in 0..200 {
        fs::create_dir_all(p.join("b")).unwrap();
        fs::write(p.join("b").join(format!("f{i}.txt")), "").unwrap();
        fs::write(p.join(format!("x{i}")), "").unwrap();
        p = p.join("a");
    }
}

/// 40 folders of 60 files, with a hidden folder and nested folders.
fn wide(root: &Path) {
    for d in 0..40 {
        let dir = root.join(format!("d{d:02}"));
        fs::create_dir_all(dir.join("inner")).unwrap();
        fs::create_dir_all(dir.join(".hidden")).unwrap();
        for f in 0..60 {
            fs::write(dir.join(format!("F{f}")), "").unwrap();
            fs::write(dir.join("inner").join(format!("f{f}.txt")), "").unwrap();
        }
    }
}

#[test]
fn order_survives_any_limits() {
    for (name, build) in [("comb", comb as fn(&Path)), ("wide", wide)] {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join(name);
        fs::create_dir(&root).unwrap();
        build(&root);
        for word in ["f", "1", ""] {
            let mut expected = Vec::new();
            oracle(&root, word.as_bytes(), &mut expected);
            assert!(!expected.is_empty(), "{name}: the oracle finds {word:?}");
            for threads in [1, 2, 8] {
                for held_handles in [0, 1] {
                    let limits = WalkLimits {
                        read_ahead: 1,
                        held_handles,
                        assume_cold: false,
                        // Every thread from the start.
                        workers_after: Duration::ZERO,
                    };
                    let got = ffind(&root, word, Some(threads), limits);
                    assert!(
                        got == expected,
                        "{name} {word:?} -j{threads} held {held_handles}: {} bytes, expected {}",
                        got.len(),
                        expected.len()
                    );
                }
            }
        }
    }
}

/// A walk over a cold cache: every read starts or extends a cold spell
/// (the path a read that waited for the disk takes), so the cold-cache
/// readers join and the read-ahead budget is multiplied, with budgets from 1 byte (every
/// reader pauses at once) to 64 KiB; the order stays the original's.
#[test]
fn order_survives_a_cold_cache() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("wide");
    fs::create_dir(&root).unwrap();
    wide(&root);
    comb(&root.join("d00"));
    for word in ["f", ""] {
        let mut expected = Vec::new();
        oracle(&root, word.as_bytes(), &mut expected);
        for read_ahead in [1, 4096, 64 << 10] {
            for _ in 0..5 {
                let limits = WalkLimits {
                    read_ahead,
                    held_handles: 64,
                    assume_cold: true,
                    // Every thread from the start.
                    workers_after: Duration::ZERO,
                };
                let got = ffind(&root, word, None, limits);
                assert!(
                    got == expected,
                    "cold {word:?} read-ahead {read_ahead}: {} bytes, expected {}",
                    got.len(),
                    expected.len()
                );
            }
        }
    }
}
