//! The site compiled into the binary, when it was built with `PLAYGROUND_SITE` (see
//! `build.rs`). It is unpacked once, at start, into a folder of its own under the system's
//! temporary folder, and served from there like any other build (so the same well-tested file
//! serving applies); the folder is removed when the server stops.

use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Whether this binary carries a site.
pub fn present() -> bool {
    !FILES.is_empty()
}

/// A folder holding the embedded site, removed when dropped.
pub struct Unpacked(PathBuf);

impl Unpacked {
    /// Write the embedded site into a fresh folder.
    pub fn new() -> std::io::Result<Unpacked> {
        let dir = std::env::temp_dir().join(format!("playground-site-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (rel, bytes) in FILES {
            let path = dir.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, bytes)?;
        }
        Ok(Unpacked(dir))
    }

    /// Where it is.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Unpacked {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
