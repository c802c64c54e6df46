//! Prints what happens in each lesson scenario, both ways: a quick way to read the engine.
//! `cargo run -p tfp-engine --example walkthrough [slug]`

use tfp_engine::{Status, World, SCENARIOS, TICK_HZ};

fn main() {
    let only = std::env::args().nth(1);
    for s in SCENARIOS.iter().filter(|s| only.as_deref().map_or(true, |o| o == s.id())) {
        for violating in [false, true] {
            let mut w = World::for_scenario(s, violating, 42);
            for _ in 0..3 * TICK_HZ {
                w.step();
            }
            // Each of the scenario's buttons once, six seconds apart, then 20 s more.
            let mut broke = None;
            let mut seen = w.log().total();
            let mut show = |w: &World| {
                if only.is_none() {
                    return;
                }
                let new = (w.log().total() - seen) as usize;
                seen = w.log().total();
                let lines: Vec<_> = w.log().iter().rev().take(new).collect();
                for l in lines.into_iter().rev() {
                    let quiet = matches!(l.msg, tfp_engine::log::Msg::Served | tfp_engine::log::Msg::Failed(_));
                    if !quiet {
                        println!("   {:>6.2}s {:<10} {:<5} {}", l.tick as f64 / 64.0, l.source.to_string(), l.level.word(), l);
                    }
                }
            };
            for a in s.actions {
                w.apply(a.input);
                for _ in 0..6 * TICK_HZ {
                    w.step();
                    show(&w);
                    if broke.is_none() && w.status() == Status::Broken {
                        broke = Some(w.seconds());
                    }
                }
            }
            for _ in 0..20 * TICK_HZ {
                w.step();
                show(&w);
                if broke.is_none() && w.status() == Status::Broken {
                    broke = Some(w.seconds());
                }
            }
            let c = w.counters();
            println!(
                "{:<18} {:<9} broke at {:>6} by {:<22} served {:>4} failed {:>4} dropped {:>3} jobs twice {:>3} carts lost {:>3} logs lost {:>4}",
                s.id(),
                if violating { "violating" } else { "compliant" },
                broke.map(|t| format!("{:.1}s", t)).unwrap_or_else(|| "-".into()),
                w.incident().map(|d| format!("{:?}", d.reason)).unwrap_or_default(),
                c.served, c.failed, c.dropped, c.jobs_twice, c.carts_lost, c.logs_lost
            );
        }
    }
}
