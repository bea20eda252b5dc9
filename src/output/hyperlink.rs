//! Terminal hyperlinks (OSC 8, as fd 10.2 writes them): each printed path
//! wrapped in `ESC ] 8 ; ; file://HOST/ABSOLUTE_PATH ESC \` … `ESC ] 8 ; ;
//! ESC \`. Every byte of the path outside the URL's unreserved set (and `/`,
//! `:`) is percent-encoded, so the link never carries a control byte or a
//! byte that is not ASCII, whatever the name holds.

/// What opens a link, up to its URL.
const OPEN: &[u8] = b"\x1b]8;;";

/// What ends a link's URL, and (after [`OPEN`]) the link.
const END: &[u8] = b"\x1b\\";

/// Makes the links of one search: `file://HOST` and the current folder
/// are looked up once.
#[derive(Debug, Clone)]
pub struct Links {
    /// `file://HOST`.
    base: Vec<u8>,
    /// The current folder, percent-encoded, for relative paths.
    cwd: Vec<u8>,
}

impl Links {
    /// The links for this machine and current folder; `None` when the
    /// current folder cannot be known (then nothing is linked, as in fd).
    pub fn new() -> Option<Links> {
        let cwd = std::env::current_dir().ok()?;
        let mut base = b"file://".to_vec();
        base.extend_from_slice(&crate::sys::hostname());
        let mut encoded = Vec::new();
        encode(&cwd_bytes(&cwd), &mut encoded);
        Some(Links { base, cwd: encoded })
    }

    /// Appends the opening of the link to the printed `path` (relative to
    /// the current folder or absolute) to `out`.
    pub fn open(&self, path: &[u8], out: &mut Vec<u8>) {
        out.extend_from_slice(OPEN);
        out.extend_from_slice(&self.base);
        if !is_absolute(path) {
            out.extend_from_slice(&self.cwd);
            out.push(b'/');
        }
        let relative = path.strip_prefix(b"./").unwrap_or(path);
        encode(relative, out);
        out.extend_from_slice(END);
    }

    /// The closing of a link.
    pub fn close() -> &'static [u8] {
        b"\x1b]8;;\x1b\\"
    }
}

/// The current folder's bytes, with `/` separators (and a leading `/`
/// before a Windows drive).
fn cwd_bytes(cwd: &std::path::Path) -> Vec<u8> {
    let bytes = crate::sys::os_bytes(cwd.as_os_str()).to_vec();
    if cfg!(windows) {
        let mut out = vec![b'/'];
        out.extend(bytes.iter().map(|&b| if b == b'\\' { b'/' } else { b }));
        out
    } else {
        bytes
    }
}

/// Whether `path` is absolute (on Windows, starts with a drive).
fn is_absolute(path: &[u8]) -> bool {
    path.first() == Some(&b'/') || (cfg!(windows) && path.get(1) == Some(&b':'))
}

/// Appends `bytes` to `out`, percent-encoding every byte but ASCII letters,
/// digits and `/ : - . _ ~` (fd's set); on Windows `\` becomes `/`.
fn encode(bytes: &[u8], out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in bytes {
        match byte {
            b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' | b'/' | b':' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte)
            }
            b'\\' if cfg!(windows) => out.push(b'/'),
            _ => out.extend_from_slice(&[
                b'%',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 15)],
            ]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        encode(bytes, &mut out);
        out
    }

    #[test]
    fn bytes_outside_the_unreserved_set_are_percent_encoded() {
        assert_eq!(
            encoded("$*\x1bßé/∫😃\x07".as_bytes()),
            b"%24%2A%1B%C3%9F%C3%A9/%E2%88%AB%F0%9F%98%83%07"
        );
        assert_eq!(encoded(b"a b\xff\n\x9b;"), b"a%20b%FF%0A%9B%3B");
        assert_eq!(encoded(b"Az09/:-._~"), b"Az09/:-._~");
    }

    #[cfg(unix)]
    #[test]
    fn relative_paths_are_joined_to_the_current_folder() {
        let links = Links {
            base: b"file://h".to_vec(),
            cwd: b"/w%20d".to_vec(),
        };
        let mut out = Vec::new();
        links.open(b"./a/b c", &mut out);
        assert_eq!(out, b"\x1b]8;;file://h/w%20d/a/b%20c\x1b\\");
        out.clear();
        links.open(b"/abs/x", &mut out);
        assert_eq!(out, b"\x1b]8;;file://h/abs/x\x1b\\");
        out.clear();
        links.open(b"src/x", &mut out);
        assert_eq!(out, b"\x1b]8;;file://h/w%20d/src/x\x1b\\");
    }
}
