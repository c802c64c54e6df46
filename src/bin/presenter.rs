//! The presenter bundle: only mounts; see `start_present` in the library.
fn main() {
    twelve_factor_playground::start_present();
}
