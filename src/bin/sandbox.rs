//! The sandbox's own bundle: only mounts; see `start_sandbox` in the library.
fn main() {
    twelve_factor_playground::start_sandbox();
}
