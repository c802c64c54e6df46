//! The tools bundle: only mounts; see `start_tools` in the library.
fn main() {
    twelve_factor_playground::start_tools();
}
