//! Prints what happens in each lesson scenario, both ways, in English: a quick way to read the
//! engine (here, beside the words the log lines are written with).
//! `cargo run -p tfp-lessons --example walkthrough [slug [steps]]`: with a slug, the log too
//! (request lines left out, failures summed up per reason); `steps` is a plan such as
//! `bad-change,rollback@2` (see `plan`), by default each of the scenario's buttons once.

use tfp_engine::log::Msg;
use tfp_engine::{plan, Status, World, SCENARIOS, TICK_HZ};

fn main() {
    let only = std::env::args().nth(1);
    let steps = std::env::args().nth(2);
    for s in SCENARIOS.iter().filter(|s| only.as_deref().is_none_or(|o| o == s.id())) {
        let schedule = match &steps {
            Some(text) => plan::schedule(&text.split(',').collect::<Vec<_>>()).unwrap_or_else(|e| panic!("{}", tfp_lessons::parse::step_error(&e))),
            None => plan::each_once(s.actions.iter().map(|a| a.input)),
        };
        for violating in [false, true] {
            let mut w = World::for_scenario(s, violating, 42);
            let end = schedule.last().map_or(0, |(t, _)| *t) + 25 * TICK_HZ;
            let (mut next, mut seen, mut broke) = (0, 0, None);
            while w.tick() < end {
                while let Some((_, input)) = schedule.get(next).filter(|(t, _)| *t <= w.tick()) {
                    if only.is_some() {
                        println!("   {:>6.2}s >>> {}", w.seconds(), input.code());
                    }
                    w.apply(*input);
                    next += 1;
                }
                w.step();
                if broke.is_none() && w.status() == Status::Broken {
                    broke = Some(w.seconds());
                }
                if only.is_some() {
                    let new = (w.log().total() - seen) as usize;
                    seen = w.log().total();
                    let lines: Vec<_> = w.log().iter().rev().take(new).collect();
                    for l in lines.into_iter().rev().filter(|l| !matches!(l.msg, Msg::Served | Msg::Failed(_))) {
                        println!("   {:>6.2}s {:<10} {:<5} {}", l.tick as f64 / 64.0, l.source.to_string(), l.level.word(), tfp_lessons::words::log_text(l));
                    }
                }
            }
            let c = w.counters();
            println!(
                "{:<18} {:<9} broke at {:>6} by {:<20} served {:>4} failed {:>4} dropped {:>3} jobs twice {:>3} carts lost {:>3} logs lost {:>4}",
                s.id(),
                if violating { "violating" } else { "compliant" },
                broke.map(|t| format!("{:.1}s", t)).unwrap_or_else(|| "-".into()),
                w.incident().map(|d| format!("{:?}", d.reason)).unwrap_or_default(),
                c.served,
                c.failed,
                c.dropped,
                c.jobs_twice,
                c.carts_lost,
                c.logs_lost
            );
            if only.is_some() {
                for (d, n) in w.diagnoses() {
                    println!("     failures: {:?} ×{n}, first at {:.1}s ({:?})", d.reason, d.tick as f64 / 64.0, d.factor());
                }
            }
        }
    }
}
