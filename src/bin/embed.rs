//! The embed's own bundle: only mounts; see `start_embed` in the library.
fn main() {
    twelve_factor_playground::start_embed();
}
