//! Step timings, printed (never asserted: this machine's timings jitter).
//! Also counts heap allocations in the steady state, which must be zero.
//! `cargo bench -p tfp-engine --bench step [-- --json FILE]`

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;
use tfp_engine::{Practices, World, SCENARIOS, TICK_HZ};

struct Counting;
static ALLOCS: AtomicU64 = AtomicU64::new(0);
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        System.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l)
    }
}
#[global_allocator]
static GLOBAL: Counting = Counting;

struct Figure {
    name: String,
    ns_per_step: f64,
    allocs: u64,
}

fn measure(name: &str, mut w: World) -> Figure {
    // Warm up into the steady state (queues filled, log ring full).
    for _ in 0..10 * TICK_HZ {
        w.step();
    }
    let steps = 20 * TICK_HZ;
    let before = ALLOCS.load(Ordering::Relaxed);
    let start = Instant::now();
    for _ in 0..steps {
        w.step();
    }
    let elapsed = start.elapsed();
    let allocs = ALLOCS.load(Ordering::Relaxed) - before;
    std::hint::black_box(&w);
    Figure { name: name.to_string(), ns_per_step: elapsed.as_nanos() as f64 / steps as f64, allocs }
}

fn main() {
    let json = std::env::args().skip_while(|a| a != "--json").nth(1);
    let mut figures = Vec::new();
    for s in &SCENARIOS {
        for violating in [false, true] {
            let mut w = World::for_scenario(s, violating, 7);
            w.apply(s.trigger());
            let name = format!("{}/{}", s.id(), if violating { "violating" } else { "compliant" });
            figures.push(measure(&name, w));
        }
    }
    figures.push(measure("100 instances/compliant", World::new(7, Practices::all_compliant(), 100, 0)));
    figures.push(measure("100 instances/all violating", World::new(7, Practices::from_bits(0xFFF), 100, 0)));
    println!("{:<36} {:>12} {:>14}", "world", "µs/step", "allocs/step");
    for f in &figures {
        println!("{:<36} {:>12.2} {:>14.3}", f.name, f.ns_per_step / 1000.0, f.allocs as f64 / (20 * TICK_HZ) as f64);
    }
    if let Some(path) = json {
        let rows: Vec<String> = figures
            .iter()
            .map(|f| {
                format!(
                    "{{\"world\":\"{}\",\"us_per_step\":{:.3},\"allocs_per_step\":{:.4}}}",
                    f.name,
                    f.ns_per_step / 1000.0,
                    f.allocs as f64 / (20 * TICK_HZ) as f64
                )
            })
            .collect();
        std::fs::write(&path, format!("[{}]\n", rows.join(","))).expect("write json");
        println!("wrote {path}");
    }
}
