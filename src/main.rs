//! The binary only mounts the app; everything else lives in the library.
fn main() {
    twelve_factor_playground::start();
}
