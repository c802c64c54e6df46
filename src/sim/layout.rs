//! Where things go in the picture: a pure function from the world to positioned nodes,
//! edges and request dots. No browser types here, so it is tested natively.

use engine::log::Source;
use engine::{Factor, Instance, Kind, Leg, Phase, Reason, Shows, Status, World};
use std::fmt::Write;

/// Width of the picture's coordinate system.
pub const WIDTH: i32 = 760;
/// Vertical distance between backing services (room for a badge between them).
const SERVICE_GAP: i32 = 76;
/// Above this many live instances, instances are drawn as small tiles.
pub const COMPACT_ABOVE: usize = 12;

/// What a node in the picture stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Users,
    Router,
    Web,
    Worker,
    Database,
    SessionStore,
    Queue,
    LogSink,
    Staging,
    Laptop,
}

impl Role {
    /// A CSS-friendly name.
    pub fn class(self) -> &'static str {
        match self {
            Role::Users => "users",
            Role::Router => "router",
            Role::Web => "web",
            Role::Worker => "worker",
            Role::Database => "database",
            Role::SessionStore => "session-store",
            Role::Queue => "queue",
            Role::LogSink => "log-sink",
            Role::Staging => "staging",
            Role::Laptop => "laptop",
        }
    }
}

/// One box in the picture.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Node {
    /// Stable name, also the label (`web.2`, `database`).
    pub name: String,
    /// What it is.
    pub role: Role,
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
    /// Health: drawn as colour, icon and word.
    pub status: Status,
    /// Second line: what it is doing.
    pub detail: String,
    /// Why it failed, when it did.
    pub badge: Option<&'static str>,
    /// Drawn as a small tile without text (many instances).
    pub compact: bool,
}

/// A line between two nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Edge {
    pub from: (i32, i32),
    pub to: (i32, i32),
    /// Drawn as a warning (e.g. staging wired to production).
    pub alert: bool,
}

/// Everything the picture draws except the moving dots.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scene {
    /// Height of the coordinate system (width is [`WIDTH`]).
    pub height: i32,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// Per instance slot: the point where its requests arrive and the box's corner, size.
    pub slots: Vec<Option<SlotBox>>,
    /// The router's right-hand side, where requests leave.
    pub router_out: (i32, i32),
}

/// Where an instance's box is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotBox {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

/// The icon drawn with a status (never colour alone).
pub fn icon(status: Status) -> &'static str {
    match status {
        Status::Healthy => "✓",
        Status::Degraded => "!",
        Status::Broken => "✕",
    }
}

fn phase_word(i: &Instance) -> &'static str {
    match i.phase {
        Phase::Booting if !i.reachable => "waiting for $PORT",
        Phase::Booting => "booting",
        Phase::Running => "running",
        Phase::Crashed if i.crash == Some(Reason::PortNotBound) => "failed",
        Phase::Draining => "draining",
        Phase::Crashed => "crashed",
        Phase::Gone => "gone",
    }
}

/// The node a failure belongs on, for reasons that are not an instance's own.
fn incident_role(reason: Reason) -> Option<Role> {
    use Reason::*;
    Some(match reason {
        WroteToProdDatabase | CredentialRejected | DatabaseUnreachable | SchemaMismatch | ProdOnlyQueryError | DatabaseDown | ColumnDropped => Role::Database,
        CartLost => Role::Users,
        LogsLost => Role::LogSink,
        JobRanTwice => Role::Queue,
        PortNotBound | NoInstances | SlowStart | Overloaded => Role::Router,
        _ => return None,
    })
}

/// Lay out the whole picture for this world. `shows` says which optional parts to draw.
pub fn scene(w: &World, shows: Shows) -> Scene {
    let p = w.practices();
    let incident = w.incident().map(|d| d.reason);
    let badge_for = |role: Role| incident.filter(|r| incident_role(*r) == Some(role)).map(Reason::headline);
    let mut live: Vec<(usize, &Instance)> = w.instances().iter().enumerate().filter(|(_, i)| i.is_live()).collect();
    live.sort_unstable_by_key(|(_, i)| (i.kind == Kind::Worker, i.number));
    let compact = live.len() > COMPACT_ABOVE;
    // Old hand-built servers beside fresh hosts: say which is which, where the difference
    // matters (what is installed on them, or what listens for them).
    let webs = || live.iter().filter(|(_, i)| i.kind == Kind::Web);
    let hosts_matter = matches!(w.focus(), Some(Factor::Dependencies | Factor::PortBinding)) || webs().any(|(_, i)| i.missing_convert || !i.reachable);
    let mixed_hosts = hosts_matter && webs().any(|(_, i)| i.legacy) && webs().any(|(_, i)| !i.legacy);
    // One wide column for a small formation, two narrower ones up to twelve, tiles beyond.
    // Instance boxes have a third line for the reason they failed.
    let (cell_w, cell_h, box_w, box_h, rows) = if compact {
        (30, 30, 26, 26, 12)
    } else if live.len() <= 6 {
        (300, 70, 290, 60, 6)
    } else {
        (152, 70, 144, 60, 6)
    };
    let shows_queue = shows.workers || live.iter().any(|(_, i)| i.kind == Kind::Worker);
    let services = 2 + usize::from(shows.session_store) + usize::from(shows_queue);
    let inst_rows = live.len().clamp(1, rows) as i32;
    let body = (inst_rows * cell_h).max(services as i32 * SERVICE_GAP).max(150) + 24;
    let bottom = shows.staging || shows.laptops;
    let height = body + if bottom { 84 } else { 0 };
    let mid = body / 2;

    let mut nodes = Vec::with_capacity(live.len() + 10);
    let mut edges = Vec::with_capacity(live.len() + 10);
    let c = w.counters();

    let users_detail = if c.carts_lost > 0 { format!("{} carts lost", c.carts_lost) } else { "shopping".to_string() };
    let users_status = if c.carts_lost > 0 { Status::Broken } else { Status::Healthy };
    nodes.push(Node { name: "users".into(), role: Role::Users, x: 8, y: mid - 28, w: 96, h: 56, status: users_status, detail: users_detail, badge: badge_for(Role::Users), compact: false });

    let (served, failed) = w.recent();
    let running_web = w.running(Kind::Web);
    let router_status = if running_web == 0 || (failed > 0 && served == 0) {
        Status::Broken
    } else if failed > 0 {
        Status::Degraded
    } else {
        Status::Healthy
    };
    let router_detail = format!("{} in flight", w.in_flight());
    nodes.push(Node { name: "router".into(), role: Role::Router, x: 128, y: mid - 28, w: 110, h: 56, status: router_status, detail: router_detail, badge: badge_for(Role::Router), compact: false });
    edges.push(Edge { from: (104, mid), to: (128, mid), alert: false });
    let router_out = (238, mid);

    // Instances: a grid of columns, web first, then workers.
    let grid_x = 272;
    let top = (body - inst_rows * cell_h) / 2;
    let mut slots = vec![None; w.instances().len()];
    for (k, (slot, inst)) in live.iter().enumerate() {
        let (col, row) = ((k / rows) as i32, (k % rows) as i32);
        let (x, y) = (grid_x + col * cell_w, top + row * cell_h + (cell_h - box_h) / 2);
        slots[*slot] = Some(SlotBox { x, y, w: box_w, h: box_h });
        let status = inst.status();
        // Which release, and which commit's code, it runs: a hand-made hotfix is in none.
        let release = w.releases().get(usize::from(inst.release));
        let mut detail = format!("{} · v{}", phase_word(inst), release.map_or(0, |r| r.number));
        if inst.hand_patched {
            detail.push_str(" · no commit");
        } else if let Some(r) = release {
            let _ = write!(detail, " · {:07x}", r.commit);
        }
        if inst.bad_change {
            detail.push_str(" · edited");
        }
        if mixed_hosts && inst.kind == Kind::Web {
            detail.push_str(if inst.legacy { " · old server" } else { " · fresh host" });
        }
        if inst.combined {
            let _ = write!(detail, " · {}/8 threads", inst.busy + inst.active_jobs());
        }
        if inst.logs_to_disk && inst.disk >= 40 {
            let _ = write!(detail, " · disk {}%", inst.disk);
        }
        let badge = if status == Status::Healthy { None } else { inst.crash.or(inst.last_failure).map(Reason::headline) };
        let name = inst.source().to_string();
        nodes.push(Node { name, role: if inst.kind == Kind::Web { Role::Web } else { Role::Worker }, x, y, w: box_w, h: box_h, status, detail, badge, compact });
        if inst.kind == Kind::Web && !compact {
            edges.push(Edge { from: router_out, to: (x, y + box_h / 2), alert: false });
        }
    }
    if compact {
        edges.push(Edge { from: router_out, to: (grid_x - 6, mid), alert: false });
    }

    // Backing services on the right.
    let sx = 596;
    let mut sy = (body - services as i32 * SERVICE_GAP) / 2 + 8;
    let s = w.services();
    let release = w.current_release();
    let needs = if release.new_column { engine::NEW_COLUMN } else { engine::OLD_COLUMN };
    let column_missing = s.columns & needs == 0;
    let db_down = !s.db_up(release.db);
    let db_status = if db_down || column_missing { Status::Broken } else { Status::Healthy };
    let mut db_detail = if db_down {
        let standby = s.primary != release.db && s.db_up(s.primary);
        format!("db-{} DOWN{}", release.db, if standby { format!(" · db-{} ready", s.primary) } else { String::new() })
    } else {
        format!("postgres · db-{}", release.db)
    };
    if w.focus() == Some(Factor::AdminProcesses) || s.columns != engine::OLD_COLUMN {
        db_detail.push_str(match s.columns {
            c if c == engine::OLD_COLUMN => " · total",
            c if c == engine::NEW_COLUMN => " · total_cents",
            _ => " · total + total_cents",
        });
    }
    let db_badge = badge_for(Role::Database);
    let db_status = if db_badge.is_some() { Status::Broken } else { db_status };
    let db_at = (sx, sy + 24);
    nodes.push(Node { name: "database".into(), role: Role::Database, x: sx, y: sy, w: 156, h: 48, status: db_status, detail: db_detail, badge: db_badge, compact: false });
    sy += SERVICE_GAP;
    if shows.session_store {
        let detail = if p.violates(Factor::Processes) { "unused: carts in memory" } else { "holds every cart" };
        nodes.push(Node { name: "session store".into(), role: Role::SessionStore, x: sx, y: sy, w: 156, h: 48, status: Status::Healthy, detail: detail.into(), badge: None, compact: false });
        sy += SERVICE_GAP;
    }
    if shows_queue {
        let status = if s.queue > 60 { Status::Degraded } else { Status::Healthy };
        nodes.push(Node { name: "job queue".into(), role: Role::Queue, x: sx, y: sy, w: 156, h: 48, status, detail: format!("{} jobs waiting", s.queue), badge: None, compact: false });
        sy += SERVICE_GAP;
    }
    let sink_status = if c.logs_lost > 0 { Status::Broken } else { Status::Healthy };
    let sink_detail = if p.violates(Factor::Logs) { format!("gets nothing · {} lost", c.logs_lost) } else { format!("{} lines", s.sink_lines) };
    nodes.push(Node { name: "log sink".into(), role: Role::LogSink, x: sx, y: sy, w: 156, h: 48, status: sink_status, detail: sink_detail, badge: badge_for(Role::LogSink), compact: false });
    if !compact && !live.is_empty() {
        edges.push(Edge { from: (grid_x + cell_w * ((live.len() as i32 - 1) / rows as i32) + box_w, mid), to: (sx, db_at.1), alert: false });
    }

    // Environments and laptops along the bottom.
    if bottom {
        let mut bx = 128;
        let by = body + 18;
        if shows.staging {
            let (status, detail, alert) = match w.staging() {
                None => (Status::Healthy, "not deployed yet".to_string(), false),
                Some(st) if st.writes_to_prod => (Status::Broken, format!("wrote {} orders to PROD", st.writes), true),
                Some(st) => (Status::Healthy, format!("{} orders to its own db", st.writes), false),
            };
            nodes.push(Node { name: "staging".into(), role: Role::Staging, x: bx, y: by, w: 170, h: 48, status, detail, badge: None, compact: false });
            if alert {
                edges.push(Edge { from: (bx + 170, by + 24), to: (sx + 78, db_at.1 + 24), alert: true });
            }
            bx += 186;
        }
        if shows.laptops {
            let laptops = w.laptops();
            if laptops.is_empty() {
                nodes.push(Node { name: "laptops".into(), role: Role::Laptop, x: bx, y: by, w: 130, h: 48, status: Status::Healthy, detail: "none set up yet".into(), badge: None, compact: false });
            }
            for l in laptops.iter().rev().take(3).rev() {
                let (status, detail) = match (l.works, l.sqlite) {
                    (false, _) => (Status::Broken, "photos fail"),
                    _ if l.caught > 0 => (Status::Degraded, "test failed: fixing"),
                    (true, true) => (Status::Healthy, "runs · SQLite"),
                    (true, false) => (Status::Healthy, "runs · postgres"),
                };
                nodes.push(Node { name: Source::Laptop(l.number).to_string(), role: Role::Laptop, x: bx, y: by, w: 130, h: 48, status, detail: detail.into(), badge: None, compact: false });
                bx += 142;
            }
        }
    }
    Scene { height, nodes, edges, slots, router_out }
}

/// The requests in flight as one SVG path of round dots (`M x y h0` draws a dot with round
/// line caps), so a frame updates one attribute however many requests there are.
pub fn dots(w: &World, scene: &Scene) -> String {
    let mut out = String::with_capacity(w.requests().len() * 12);
    let mut per_slot = vec![0u16; scene.slots.len()];
    let (rx, ry) = scene.router_out;
    for r in w.requests() {
        let target = scene.slots.get(usize::from(r.instance)).copied().flatten();
        let (x, y) = match (r.leg, target) {
            (Leg::Holding, _) | (_, None) => (rx - 16 - i32::from(r.user % 6) * 12, ry - 12 + i32::from(r.user / 6 % 3) * 12),
            (Leg::Travel, Some(b)) => {
                let t = r.progress();
                let (tx, ty) = (b.x as f32, (b.y + b.h / 2) as f32);
                ((rx as f32 + (tx - rx as f32) * t) as i32, (ry as f32 + (ty - ry as f32) * t) as i32)
            }
            (Leg::Queued | Leg::Working, Some(b)) => {
                let k = &mut per_slot[usize::from(r.instance)];
                *k += 1;
                if b.w < 40 {
                    continue; // tiles are too small to hold dots
                }
                let k = i32::from(*k - 1);
                (b.x + b.w - 8 - (k % 8) * 8, b.y + b.h + 6 + (k / 8).min(1) * 7)
            }
        };
        let _ = write!(out, "M{x} {y}h0");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::{Practices, Scenario, TICK_HZ};

    fn world(scenario: &str, violating: bool) -> World {
        World::for_scenario(Scenario::by_id(scenario).unwrap(), violating, 1)
    }

    #[test]
    fn every_node_fits_inside_the_picture() {
        for s in &engine::SCENARIOS {
            for violating in [false, true] {
                let mut w = World::for_scenario(s, violating, 3);
                for a in s.actions {
                    w.apply(a.input);
                    for _ in 0..4 * TICK_HZ {
                        w.step();
                    }
                }
                let sc = scene(&w, s.shows);
                for n in &sc.nodes {
                    assert!(n.x >= 0 && n.y >= 0 && n.x + n.w <= WIDTH && n.y + n.h <= sc.height, "{}: {:?} outside {}x{}", s.id(), n, WIDTH, sc.height);
                }
            }
        }
    }

    #[test]
    fn a_hundred_instances_become_tiles_and_fit() {
        let w = World::new(7, Practices::all_compliant(), 100, 0);
        let sc = scene(&w, Shows::default());
        let tiles = sc.nodes.iter().filter(|n| n.compact).count();
        assert_eq!(tiles, 100);
        assert!(sc.nodes.iter().all(|n| n.x + n.w <= WIDTH && n.y + n.h <= sc.height));
    }

    #[test]
    fn broken_database_carries_the_badge() {
        let mut w = world("config", true);
        w.apply(engine::Input::DeployStaging);
        for _ in 0..20 * TICK_HZ {
            w.step();
        }
        let sc = scene(&w, Scenario::by_id("config").unwrap().shows);
        let db = sc.nodes.iter().find(|n| n.role == Role::Database).unwrap();
        assert_eq!(db.status, Status::Broken);
        assert_eq!(db.badge, Some(Reason::WroteToProdDatabase.headline()));
        assert!(sc.edges.iter().any(|e| e.alert), "staging should be drawn wired to production");
    }

    #[test]
    fn a_crash_is_drawn_at_the_tick_the_log_reports_it() {
        let mut w = world("logs", false);
        for _ in 0..TICK_HZ {
            w.step();
        }
        w.apply(engine::Input::CrashInstance);
        let line = *w.log().iter().last().unwrap();
        assert!(matches!(line.msg, engine::log::Msg::Crashed(_)));
        let sc = scene(&w, Scenario::by_id("logs").unwrap().shows);
        let node = sc.nodes.iter().find(|n| n.role == Role::Web && n.status == Status::Broken).expect("a broken web node");
        assert!(node.detail.starts_with("crashed"), "{}", node.detail);
        assert_eq!(node.badge, Some(Reason::InstanceCrashed.headline()));
    }

    #[test]
    fn every_instance_says_which_commit_it_runs() {
        let w = world("codebase", true);
        let sc = scene(&w, Shows::default());
        assert!(sc.nodes.iter().filter(|n| n.role == Role::Web).all(|n| n.detail.contains("no commit")));
        let w = world("codebase", false);
        let sc = scene(&w, Shows::default());
        let commit = format!("{:07x}", w.releases()[0].commit);
        assert!(sc.nodes.iter().filter(|n| n.role == Role::Web).all(|n| n.detail.contains(&commit)));
    }

    #[test]
    fn dots_follow_requests() {
        let mut w = world("processes", false);
        for _ in 0..2 * TICK_HZ {
            w.step();
        }
        let sc = scene(&w, Shows::default());
        let d = dots(&w, &sc);
        assert!(w.in_flight() > 0);
        assert!(d.matches('M').count() <= w.in_flight() as usize);
        assert!(d.matches('M').count() > 0, "{d}");
    }
}
