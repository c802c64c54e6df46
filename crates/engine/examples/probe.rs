use tfp_engine::{plan, Scenario, World, TICK_HZ};
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let s = Scenario::by_id(&args[1]).unwrap();
    let violating = args[2] == "v";
    let steps: Vec<&str> = args[3].split(',').collect();
    let p = plan::schedule(&steps).unwrap();
    for seed in 1..=8 {
        let mut w = World::for_scenario(s, violating, seed);
        let end = p.last().unwrap().0 + 30 * TICK_HZ;
        let mut next = 0;
        while w.tick() < end {
            while next < p.len() && p[next].0 <= w.tick() { w.apply(p[next].1); next += 1; }
            w.step();
        }
        let m: Vec<String> = ["failed","dropped","broken","jobs_twice","slowest_rollout","web","uncommitted","old_servers"].iter().map(|k| format!("{k}={}", w.metric(k).unwrap())).collect();
        println!("seed {seed}: {} {:?}", m.join(" "), w.incident().map(|d| d.reason));
    }
}
