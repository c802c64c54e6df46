//! With `PLAYGROUND_SITE=<built site folder>` at compile time, the whole site is put inside
//! the binary, so the one file serves it with nothing beside it (`scripts/serve.sh` builds it
//! so). Without it the binary serves a folder (`--dir`, `SITE_DIR`, default `dist`).

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=PLAYGROUND_SITE");
    let mut code = String::from("/// The built site, compiled in (see build.rs): each file's path and bytes.\npub static FILES: &[(&str, &[u8])] = &[\n");
    if let Some(dir) = std::env::var_os("PLAYGROUND_SITE").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        let dir = dir.canonicalize().unwrap_or_else(|e| panic!("PLAYGROUND_SITE={}: {e}", dir.display()));
        assert!(dir.join("index.html").is_file(), "PLAYGROUND_SITE={} has no index.html: build the site first", dir.display());
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files = Vec::new();
        walk(&dir, &mut files);
        files.sort();
        for f in files {
            let rel = f.strip_prefix(&dir).unwrap().to_str().expect("file names are UTF-8").replace('\\', "/");
            let _ = writeln!(code, "    ({rel:?}, include_bytes!({:?})),", f.to_str().unwrap());
        }
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded.rs");
    std::fs::write(out, code).unwrap();
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}
