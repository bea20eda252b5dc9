//! Windows: what is done through an open folder's handle rather than by
//! path, so that a folder swapped for a link or junction meanwhile cannot
//! redirect it — opening an entry relative to its folder (`NtOpenFile`
//! with the folder as its root directory, never through a reparse point),
//! listing a folder, marking an entry for deletion. The unsafe calls of
//! the Windows folder code are here, each small.

use std::fs::File;
use std::io;
use std::ops::ControlFlow;
use std::os::windows::io::{AsRawHandle, FromRawHandle};

use windows_sys::Wdk::Foundation::OBJECT_ATTRIBUTES;
use windows_sys::Wdk::Storage::FileSystem::{
    FILE_DIRECTORY_FILE, FILE_OPEN_FOR_BACKUP_INTENT, FILE_OPEN_REPARSE_POINT,
    FILE_SYNCHRONOUS_IO_NONALERT, NtOpenFile,
};
use windows_sys::Win32::Foundation::{
    ERROR_ACCESS_DENIED, ERROR_INVALID_FUNCTION, ERROR_INVALID_PARAMETER, ERROR_NO_MORE_FILES,
    ERROR_NOT_SUPPORTED, HANDLE, RtlNtStatusToDosError, UNICODE_STRING,
};
use windows_sys::Win32::Storage::FileSystem::{
    DELETE, FILE_ATTRIBUTE_NORMAL, FILE_ATTRIBUTE_READONLY, FILE_BASIC_INFO,
    FILE_DISPOSITION_FLAG_DELETE, FILE_DISPOSITION_FLAG_IGNORE_READONLY_ATTRIBUTE,
    FILE_DISPOSITION_FLAG_POSIX_SEMANTICS, FILE_DISPOSITION_INFO, FILE_DISPOSITION_INFO_EX,
    FILE_ID_BOTH_DIR_INFO, FILE_LIST_DIRECTORY, FILE_READ_ATTRIBUTES, FILE_SHARE_DELETE,
    FILE_SHARE_READ, FILE_SHARE_WRITE, FILE_WRITE_ATTRIBUTES, FileBasicInfo, FileDispositionInfo,
    FileDispositionInfoEx, FileIdBothDirectoryInfo, FileIdBothDirectoryRestartInfo,
    GetFileInformationByHandleEx, SYNCHRONIZE, SetFileInformationByHandle,
};
use windows_sys::Win32::System::IO::IO_STATUS_BLOCK;

/// The access a folder is opened with for listing.
pub const LIST_ACCESS: u32 = FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES | SYNCHRONIZE;

/// Opens the subfolder `name` (UTF-16) of `dir` for listing, relative to
/// `dir`'s handle; a reparse point (link, junction) is opened itself, not
/// followed (the caller refuses it).
pub fn open_dir_at(dir: &File, name: &[u16]) -> io::Result<File> {
    open_at(
        dir,
        name,
        LIST_ACCESS,
        FILE_DIRECTORY_FILE | FILE_OPEN_REPARSE_POINT,
    )
}

/// Opens the entry `name` (UTF-16) of `dir` to delete it, relative to
/// `dir`'s handle: a reparse point is opened (and so removed) itself,
/// never its target. With the right to clear its read-only attribute when
/// that is granted.
pub fn open_for_delete(dir: &File, name: &[u16]) -> io::Result<File> {
    let access = DELETE | FILE_READ_ATTRIBUTES | SYNCHRONIZE;
    match open_at(
        dir,
        name,
        access | FILE_WRITE_ATTRIBUTES,
        FILE_OPEN_REPARSE_POINT,
    ) {
        Err(err) if err.raw_os_error() == Some(ERROR_ACCESS_DENIED as i32) => {
            open_at(dir, name, access, FILE_OPEN_REPARSE_POINT)
        }
        opened => opened,
    }
}

/// `NtOpenFile` of `name` relative to `dir`, shared with every other
/// opener, synchronous, with backup intent (folders), and `options`.
/// `name` must be one entry's name: empty (`dir` itself) or holding a
/// separator (a path beneath) it is refused.
fn open_at(dir: &File, name: &[u16], access: u32, options: u32) -> io::Result<File> {
    let separator = |&unit: &u16| unit == u16::from(b'\\') || unit == u16::from(b'/');
    if name.is_empty() || name.iter().any(separator) {
        return Err(io::Error::from(io::ErrorKind::InvalidFilename));
    }
    let bytes = u16::try_from(name.len() * 2)
        .map_err(|_| io::Error::from(io::ErrorKind::InvalidFilename))?;
    let object_name = UNICODE_STRING {
        Length: bytes,
        MaximumLength: bytes,
        Buffer: name.as_ptr().cast_mut(),
    };
    let attributes = OBJECT_ATTRIBUTES {
        Length: size_of::<OBJECT_ATTRIBUTES>() as u32,
        RootDirectory: dir.as_raw_handle(),
        ObjectName: &object_name,
        ..OBJECT_ATTRIBUTES::default()
    };
    let mut handle: HANDLE = std::ptr::null_mut();
    let mut status_block = IO_STATUS_BLOCK::default();
    // SAFETY: every pointer is to a live local (the name's buffer outlives
    // the call; `NtOpenFile` does not write to it), `dir`'s handle is open
    // while `dir` is borrowed, and the sizes are those of the structures.
    let status = unsafe {
        NtOpenFile(
            &mut handle,
            access,
            &attributes,
            &mut status_block,
            FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
            options | FILE_SYNCHRONOUS_IO_NONALERT | FILE_OPEN_FOR_BACKUP_INTENT,
        )
    };
    if status < 0 {
        // SAFETY: a plain conversion of a status code.
        let code = unsafe { RtlNtStatusToDosError(status) };
        return Err(io::Error::from_raw_os_error(code as i32));
    }
    // SAFETY: `NtOpenFile` succeeded, so `handle` is a new open handle
    // that nothing else owns.
    Ok(unsafe { File::from_raw_handle(handle) })
}

/// Marks the entry open as `file` for deletion (it goes when its last
/// handle closes, at once from its folder with POSIX semantics). A
/// read-only file is deleted too, as on Unix: with Windows 10's
/// `FileDispositionInfoEx` by its flag, else by clearing the attribute
/// first (restored if the deletion still fails).
pub fn mark_deleted(file: &File) -> io::Result<()> {
    let ex = FILE_DISPOSITION_INFO_EX {
        Flags: FILE_DISPOSITION_FLAG_DELETE
            | FILE_DISPOSITION_FLAG_POSIX_SEMANTICS
            | FILE_DISPOSITION_FLAG_IGNORE_READONLY_ATTRIBUTE,
    };
    match set_info(file, FileDispositionInfoEx, &ex) {
        Err(err)
            if [
                ERROR_INVALID_PARAMETER,
                ERROR_NOT_SUPPORTED,
                ERROR_INVALID_FUNCTION,
            ]
            .iter()
            .any(|&code| err.raw_os_error() == Some(code as i32)) => {}
        done => return done,
    }
    let plain = FILE_DISPOSITION_INFO { DeleteFile: true };
    match set_info(file, FileDispositionInfo, &plain) {
        Err(err) if err.raw_os_error() == Some(ERROR_ACCESS_DENIED as i32) => {
            let mut basic = FILE_BASIC_INFO::default();
            // SAFETY: `basic` is a live, writable FILE_BASIC_INFO of the
            // size given; `file`'s handle is open.
            let got = unsafe {
                GetFileInformationByHandleEx(
                    file.as_raw_handle(),
                    FileBasicInfo,
                    (&raw mut basic).cast(),
                    size_of::<FILE_BASIC_INFO>() as u32,
                )
            };
            if got == 0 || basic.FileAttributes & FILE_ATTRIBUTE_READONLY == 0 {
                return Err(err);
            }
            let kept = basic;
            basic.FileAttributes &= !FILE_ATTRIBUTE_READONLY;
            if basic.FileAttributes == 0 {
                basic.FileAttributes = FILE_ATTRIBUTE_NORMAL;
            }
            set_info(file, FileBasicInfo, &basic).map_err(|_| clone(&err))?;
            set_info(file, FileDispositionInfo, &plain).inspect_err(|_| {
                let _ = set_info(file, FileBasicInfo, &kept);
            })
        }
        done => done,
    }
}

/// `SetFileInformationByHandle` of `info`, of the class `class`.
fn set_info<T>(file: &File, class: i32, info: &T) -> io::Result<()> {
    // SAFETY: `info` is a live value of the structure `class` names, of
    // the size given; `file`'s handle is open.
    let done = unsafe {
        SetFileInformationByHandle(
            file.as_raw_handle(),
            class,
            (info as *const T).cast(),
            size_of::<T>() as u32,
        )
    };
    if done == 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

fn clone(err: &io::Error) -> io::Error {
    match err.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code),
        None => io::Error::new(err.kind(), err.to_string()),
    }
}

/// A buffer for a batch of directory entries, aligned as their records.
#[repr(C, align(8))]
struct Records([u8; 64 * 1024]);

/// Calls `f` with the name (UTF-16), attributes and reparse tag of every
/// entry of the folder open as `dir` (but `.` and `..`), until it breaks;
/// read through the handle, from the start.
pub fn list(dir: &File, mut f: impl FnMut(&[u16], u32, u32) -> ControlFlow<()>) -> io::Result<()> {
    let mut records = Box::new(Records([0; 64 * 1024]));
    let mut class = FileIdBothDirectoryRestartInfo;
    let mut name = Vec::new();
    loop {
        // SAFETY: the buffer is live, writable, 8-byte aligned and of the
        // size given; `dir`'s handle is open.
        let got = unsafe {
            GetFileInformationByHandleEx(
                dir.as_raw_handle(),
                class,
                records.0.as_mut_ptr().cast(),
                records.0.len() as u32,
            )
        };
        if got == 0 {
            let err = io::Error::last_os_error();
            if err.raw_os_error() == Some(ERROR_NO_MORE_FILES as i32) {
                return Ok(());
            }
            return Err(err);
        }
        class = FileIdBothDirectoryInfo;
        let mut at = 0;
        loop {
            let record = records.0.get(at..).ok_or_else(malformed)?;
            let next = field(
                record,
                std::mem::offset_of!(FILE_ID_BOTH_DIR_INFO, NextEntryOffset),
            )?;
            let attributes = field(
                record,
                std::mem::offset_of!(FILE_ID_BOTH_DIR_INFO, FileAttributes),
            )?;
            let length = field(
                record,
                std::mem::offset_of!(FILE_ID_BOTH_DIR_INFO, FileNameLength),
            )?;
            let tag = field(record, std::mem::offset_of!(FILE_ID_BOTH_DIR_INFO, EaSize))?;
            let start = std::mem::offset_of!(FILE_ID_BOTH_DIR_INFO, FileName);
            let bytes = record
                .get(start..start + length as usize)
                .ok_or_else(malformed)?;
            name.clear();
            name.extend(
                bytes
                    .chunks_exact(2)
                    .map(|pair| u16::from_le_bytes([pair[0], pair[1]])),
            );
            let dots = name == [u16::from(b'.')] || name == [u16::from(b'.'); 2];
            if !dots && f(&name, attributes, tag).is_break() {
                return Ok(());
            }
            if next == 0 {
                break;
            }
            at += next as usize;
        }
    }
}

/// The `u32` at `at` in `record`.
fn field(record: &[u8], at: usize) -> io::Result<u32> {
    let bytes = record.get(at..at + 4).ok_or_else(malformed)?;
    Ok(u32::from_le_bytes(bytes.try_into().expect("four bytes")))
}

fn malformed() -> io::Error {
    io::Error::other("malformed folder listing")
}
