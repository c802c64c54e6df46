//! The missions and drills bundle: only mounts; see `start_practice` in the library.
fn main() {
    twelve_factor_playground::start_practice();
}
