//! Reading user files strictly (UTF-8, with a BOM and CRLF accepted) and writing them safely
//! (never over an existing file without `force`, always through a temporary file and a rename).

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Location, Result, line_column};

/// Decodes `bytes` read from `path` as UTF-8 text: strips a UTF-8 byte-order mark and turns CRLF
/// line ends into LF. Invalid UTF-8 is an error naming the byte offset, line and column.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let text = String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        let valid = std::str::from_utf8(&err.as_bytes()[..offset]).unwrap_or_default();
        let (line, column) = line_column(valid, offset);
        Error::new(
            Location::at(path, line, column),
            format!("not valid UTF-8 (invalid byte at offset {offset}); save the file as UTF-8"),
        )
    })?;
    Ok(if text.contains('\r') { text.replace("\r\n", "\n") } else { text })
}

/// A character XML 1.0 cannot carry, not even as a character reference: C0 controls other than
/// tab, line feed and carriage return, and U+FFFE, U+FFFF.
pub fn xml_forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// `text` for an XML 1.0 document, or an error naming `what` holds and the character XML cannot
/// carry (writers refuse rather than write a document no reader accepts, or drop the character).
pub fn xml_text<'t>(text: &'t str, what: &str) -> std::io::Result<&'t str> {
    match text.chars().find(|&c| xml_forbidden(c)) {
        None => Ok(text),
        Some(c) => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "{what} holds U+{:04X}, a character XML 1.0 cannot carry; remove it and run again",
                c as u32
            ),
        )),
    }
}

/// The path that means standard input (for inputs) or standard output (for outputs), for every
/// command.
pub const STDIO: &str = "-";

/// Whether `path` is `-`.
pub fn is_stdio(path: &Path) -> bool {
    path == Path::new(STDIO)
}

/// Writes `contents` to `path` (as [`write_file`]), or to standard output when `path` is `None` or
/// `-`.
pub fn write_output(path: Option<&Path>, contents: &[u8], force: bool) -> Result<()> {
    match path.filter(|p| !is_stdio(p)) {
        Some(p) => write_file(p, contents, force),
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            out.write_all(contents)
                .and_then(|()| out.flush())
                .map_err(|e| Error::io("<stdout>", "cannot write", &e))
        }
    }
}

/// Reads a text file, or standard input for `-`.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = if is_stdio(path) {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|e| Error::io("<stdin>", "cannot read", &e))?;
        buf
    } else {
        if path.is_dir() {
            return Err(Error::new(Location::file(path), "is a directory, expected a file"));
        }
        std::fs::read(path).map_err(|e| Error::io(path, "cannot read", &e))?
    };
    decode(path, bytes)
}

/// What kind of thing other than a regular file `meta` describes, if any.
fn special_kind(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_block_device() || t.is_char_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// The file an output path will be written to: the path itself, or the regular file a symbolic
/// link points to. Refuses, with or without `force`, a device, FIFO, socket or folder (and links to
/// them), a dangling link, a name ending in `/`, and a folder that does not exist; without `force`,
/// any existing file.
pub fn output_target(path: &Path, force: bool) -> Result<std::path::PathBuf> {
    let err = |m: String| Err(Error::new(Location::file(path), m));
    if path.as_os_str().to_string_lossy().ends_with(['/', std::path::MAIN_SEPARATOR]) {
        return err("names a folder; give the output a file name".into());
    }
    let mut target = path.to_path_buf();
    if let Ok(link) = std::fs::symlink_metadata(path) {
        let meta = if link.file_type().is_symlink() {
            match std::fs::metadata(path) {
                Ok(m) => {
                    target =
                        std::fs::canonicalize(path).map_err(|e| Error::io(path, "cannot resolve", &e))?;
                    m
                }
                Err(_) => return err("is a symbolic link to nothing; not written".into()),
            }
        } else {
            link
        };
        if let Some(kind) = special_kind(&meta) {
            return err(format!("is {kind}; duizhao only writes regular files (not even with --force)"));
        }
        if !force {
            return err("already exists; not overwritten (use --force to replace it)".into());
        }
    }
    if let Some(dir) = target.parent().filter(|p| !p.as_os_str().is_empty())
        && !dir.is_dir()
    {
        return Err(Error::new(Location::file(dir), "no such folder; create it first".to_string()));
    }
    Ok(target)
}

/// Refuses an output that is one of the run's inputs (after resolving links): a file given as an
/// input, or a file an input folder would be read for. Never allowed, even with `--force`.
pub fn refuse_input(output: &Path, inputs: &[&Path]) -> Result<()> {
    if is_stdio(output) {
        return Ok(());
    }
    let resolve = |p: &Path| -> Option<std::path::PathBuf> {
        std::fs::canonicalize(p).ok().or_else(|| {
            let parent = p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            Some(std::fs::canonicalize(parent).ok()?.join(p.file_name()?))
        })
    };
    let Some(out) = resolve(output) else { return Ok(()) };
    let read_by_folder = crate::corpus::is_quote_file(&out);
    for input in inputs.iter().filter(|p| !is_stdio(p)) {
        let Some(inp) = resolve(input) else { continue };
        let clash = if inp.is_dir() { read_by_folder && out.starts_with(&inp) } else { out == inp };
        if clash {
            return Err(Error::new(
                Location::file(output),
                format!("is an input of this run ({}); not overwritten, even with --force", input.display()),
            ));
        }
    }
    Ok(())
}

/// Writes `contents` to `path` through a temporary file in the same directory and a rename, so a
/// reader never sees a half-written file and an interrupted run leaves the old file intact.
/// An existing file is only replaced when `force` is set, and only a regular file (see
/// [`output_target`]); a link to a regular file is kept and its target replaced.
pub fn write_file(path: &Path, contents: &[u8], force: bool) -> Result<()> {
    let target = output_target(path, force)?;
    let path = target.as_path();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // A replaced file keeps its permissions; a new one gets the usual 0666 less the umask (a
    // temporary file alone would be 0600).
    let permissions = std::fs::metadata(path).ok().map(|m| m.permissions()).or_else(default_permissions);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".duizhao-").suffix(".tmp");
    if let Some(p) = permissions {
        builder.permissions(p);
    }
    let mut tmp =
        builder.tempfile_in(dir).map_err(|e| Error::io(dir, "cannot create a temporary file", &e))?;
    tmp.write_all(contents)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io(tmp.path(), "cannot write", &e))?;
    let result = if force { tmp.persist(path).map(|_| ()) } else { tmp.persist_noclobber(path).map(|_| ()) };
    result.map_err(|e| Error::io(path, "cannot write", &e.error))
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o666))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    // Elsewhere only the read-only flag exists, and a new temporary file is already writable.
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn new_files_are_not_private_and_replaced_files_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.txt");
        write_file(&path, b"a", false).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_ne!(mode, 0o600, "a new file gets 0666 less the umask, like any other program's");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_file(&path, b"b", true).unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
        assert_eq!(std::fs::read(&path).unwrap(), b"b");
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let text = decode(Path::new("x"), b"\xEF\xBB\xBFa\r\nb\r\n".to_vec()).unwrap();
        assert_eq!(text, "a\nb\n");
    }

    #[test]
    fn invalid_utf8_names_offset_line_and_column() {
        let err = decode(Path::new("x.txt"), b"ab\nc\xFFd".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.txt:2:2: not valid UTF-8 (invalid byte at offset 4); save the file as UTF-8"
        );
    }

    #[test]
    fn never_overwrites_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.yaml");
        write_file(&path, b"one", false).unwrap();
        let err = write_file(&path, b"two", false).unwrap_err();
        assert!(err.message.contains("--force"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write_file(&path, b"three", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
