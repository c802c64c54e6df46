//! Where things go in the picture: a pure function from the world and the width the picture
//! has (in CSS pixels, drawn 1:1, so text keeps its real size) to positioned nodes, edges and
//! request dots. Wide pictures run left to right (users, router, instances, services); narrow
//! ones (phones) run top to bottom. Instance slots are reserved for a rolling restart of the
//! whole formation, so the picture keeps its size while instances come and go. No browser
//! types here, so it is tested natively.

use engine::log::Source;
use engine::{Factor, Instance, Kind, Leg, Phase, Reason, Shows, Status, World};
use i18n::t;
use std::fmt::Write;

/// The width assumed before the picture has been measured.
pub const DEFAULT_WIDTH: i32 = 760;
/// The narrowest picture laid out (a 320 px phone leaves about this much).
pub const MIN_WIDTH: i32 = 260;
/// From this width on, the picture runs left to right.
pub const WIDE_FROM: i32 = 640;
/// Above this many live instances, instances are drawn as small numbered tiles.
pub const COMPACT_ABOVE: usize = 12;
/// Space between boxes.
const GAP: i32 = 12;
/// An instance box: a name line, two lines for what it does, two for why it failed.
const INSTANCE_H: i32 = 92;
/// A service, user, router or laptop box: a name line, a detail line, two reason lines.
const BOX_H: i32 = 76;
/// The narrowest instance box in a wide picture (its detail lines wrap): narrow enough that
/// a wide picture always has two columns of instances, never one tall column. (Guaranteed
/// by [`WIDE_FROM`]; the tests check it.) The services' column gives up room for a long name
/// only down to this.
const MIN_INSTANCE_W: i32 = 140;
/// The users' and router's boxes in a wide picture.
const FRONT_W: i32 = 124;
/// Instance boxes are at least this wide where there is room for two columns of them, so
/// their lines are cut as little as possible.
const ROOMY_INSTANCE_W: i32 = 178;
/// A tile, for many instances.
const TILE_W: i32 = 44;
const TILE_H: i32 = 28;

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
    /// Its name as the page's language writes it (instances keep their own: `web.2`).
    pub label: String,
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
    /// Why it failed, when it did (worded when drawn).
    pub badge: Option<Reason>,
    /// Drawn as a small tile with its number and status icon (many instances).
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
    /// Size of the coordinate system, in CSS pixels.
    pub width: i32,
    pub height: i32,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// Per instance slot: the point where its requests arrive and the box's corner, size.
    pub slots: Vec<Option<SlotBox>>,
    /// Where requests leave the router.
    pub router_out: (i32, i32),
}

/// Where an instance's box is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotBox {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
    /// Where its requests arrive.
    pub entry: (i32, i32),
}

/// The icon drawn with a status (never colour alone).
pub fn icon(status: Status) -> &'static str {
    match status {
        Status::Healthy => "✓",
        Status::Degraded => "!",
        Status::Broken => "✕",
    }
}

fn phase_word(i: &Instance) -> String {
    match i.phase {
        Phase::Booting if !i.reachable => t!(PhaseWaitingForPort),
        Phase::Booting => t!(PhaseBooting),
        Phase::Running => t!(PhaseRunning),
        Phase::Crashed if i.crash == Some(Reason::PortNotBound) => t!(PhaseFailed),
        Phase::Draining => t!(PhaseDraining),
        Phase::Crashed => t!(PhaseCrashed),
        Phase::Gone => t!(PhaseGone),
    }
}

/// A part's name in the page's language; instances and laptops keep their own (`web.2`).
fn label(name: &str) -> String {
    match name {
        "users" => t!(NodeUsers),
        "router" => t!(NodeRouter),
        "database" => t!(NodeDatabase),
        "session store" => t!(NodeSessionStore),
        "job queue" => t!(NodeJobQueue),
        "log sink" => t!(NodeLogSink),
        "staging" => t!(NodeStaging),
        "laptops" => t!(NodeLaptops),
        other => other.to_string(),
    }
}

/// The narrowest box that shows `name` whole (the name starts after the status icon).
pub fn name_w(name: &str) -> i32 {
    super::render::name_px(name) + NAME_X_ROOM
}

/// What a box's name line leaves for the name: the icon before it and the margin after it.
pub const NAME_X_ROOM: i32 = 34;

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

/// How many instance slots to keep room for: a rolling restart of the starting formation
/// (old and new side by side) plus a couple of scale-outs, and never fewer than are live.
fn reserved_slots(workers: bool, live: usize) -> usize {
    let formation = 3 + if workers { 2 } else { 0 };
    (2 * formation + 2).min(COMPACT_ABOVE).max(live)
}

/// Which way the picture runs.
struct Wide {
    wide: bool,
}

/// Lay out the whole picture for this world at `width` CSS pixels (clamped to
/// [`MIN_WIDTH`]). `shows` says which optional parts to draw.
pub fn scene(w: &World, shows: Shows, width: i32) -> Scene {
    let width = width.max(MIN_WIDTH);
    let p = w.practices();
    let incident = w.incident().map(|d| d.reason);
    let badge_for = |role: Role| incident.filter(|r| incident_role(*r) == Some(role));
    let mut live: Vec<(usize, &Instance)> = w.instances().iter().enumerate().filter(|(_, i)| i.is_live()).collect();
    live.sort_unstable_by_key(|(_, i)| (i.kind == Kind::Worker, i.number));
    let compact = live.len() > COMPACT_ABOVE;
    let shows_queue = shows.workers || live.iter().any(|(_, i)| i.kind == Kind::Worker);
    // The services' names as the page's language writes them: their boxes are made wide
    // enough for the longest. A wide picture gives its services' column the room only down to
    // two instance columns of `MIN_INSTANCE_W`; where that is not enough (a longer language
    // just above `WIDE_FROM`), the picture runs top to bottom instead.
    let svc_shown = [("database", true), ("session store", shows.session_store), ("job queue", shows_queue), ("log sink", true)];
    let svc_name_w = svc_shown.iter().filter(|(_, s)| *s).map(|(n, _)| name_w(&label(n))).max().unwrap_or(0);
    let svc_most = width - (FRONT_W + 2 * GAP) - 2 * GAP - (2 * MIN_INSTANCE_W + GAP);
    let f = Wide { wide: width >= WIDE_FROM && svc_name_w <= svc_most };
    let c = w.counters();
    let mut nodes = Vec::with_capacity(live.len() + 10);
    let mut edges = Vec::with_capacity(live.len() + 10);

    // Users and router: one above the other on the left (wide), side by side on top (narrow).
    let front_w = if f.wide { FRONT_W } else { (width - GAP) / 2 };
    let users_detail = if c.carts_lost > 0 { t!(DetailCartsLost, count = c.carts_lost) } else { t!(DetailShopping) };
    let users_status = if c.carts_lost > 0 { Status::Broken } else { Status::Healthy };
    let (served, failed) = w.recent();
    let running_web = w.running(Kind::Web);
    let router_status = if running_web == 0 || (failed > 0 && served == 0) {
        Status::Broken
    } else if failed > 0 {
        Status::Degraded
    } else {
        Status::Healthy
    };

    // The instance area: a grid of reserved slots, or tiles when there are many.
    let services = 2 + usize::from(shows.session_store) + usize::from(shows_queue);
    let (area_x, area_w) = if f.wide {
        let x = front_w + 2 * GAP;
        let services_w = (width / 5).clamp(168, 220).max(svc_name_w);
        (x, width - x - services_w - 2 * GAP)
    } else {
        (0, width)
    };
    let cols = if compact {
        (area_w / (TILE_W + 6)).max(1) as usize
    } else if f.wide {
        ((area_w + GAP) / (ROOMY_INSTANCE_W + GAP)).clamp(2, 4) as usize
    } else if area_w >= 240 {
        2
    } else {
        1
    };
    let slots_kept = if compact { live.len() } else { reserved_slots(shows.workers, live.len()) };
    let rows = slots_kept.div_ceil(cols).max(1) as i32;
    let (cell_w, cell_h) = if compact { (TILE_W + 6, TILE_H + 6) } else { ((area_w + GAP) / cols as i32, INSTANCE_H + GAP) };
    let area_h = rows * cell_h - if compact { 6 } else { GAP };
    let services_h = services as i32 * (BOX_H + GAP) - GAP;
    // Wide: everything centred on the tallest column. Narrow: rows one under another.
    let (area_y, body) = if f.wide {
        let body = area_h.max(services_h).max(2 * BOX_H + 2 * GAP);
        ((body - area_h) / 2, body)
    } else {
        (BOX_H + 2 * GAP, BOX_H + 2 * GAP + area_h)
    };
    let mid = if f.wide { body / 2 } else { BOX_H / 2 };
    let (users_at, router_at) = if f.wide { ((0, mid - BOX_H - GAP), (0, mid + GAP)) } else { ((0, 0), (front_w + GAP, 0)) };
    nodes.push(Node {
        name: "users".into(),
        label: label("users"),
        role: Role::Users,
        x: users_at.0,
        y: users_at.1,
        w: front_w,
        h: BOX_H,
        status: users_status,
        detail: users_detail,
        badge: badge_for(Role::Users),
        compact: false,
    });
    nodes.push(Node {
        name: "router".into(),
        label: label("router"),
        role: Role::Router,
        x: router_at.0,
        y: router_at.1,
        w: front_w,
        h: BOX_H,
        status: router_status,
        detail: t!(DetailInFlight, count = w.in_flight()),
        badge: badge_for(Role::Router),
        compact: false,
    });
    let (from, to) = if f.wide { ((front_w / 2, users_at.1 + BOX_H), (front_w / 2, router_at.1)) } else { ((front_w, BOX_H / 2), (router_at.0, BOX_H / 2)) };
    edges.push(Edge { from, to, alert: false });
    let router_out = if f.wide { (front_w, router_at.1 + BOX_H / 2) } else { (router_at.0 + front_w / 2, BOX_H) };

    // Old hand-built servers beside fresh hosts: say which is which, where the difference
    // matters (what is installed on them, or what listens for them).
    let webs = || live.iter().filter(|(_, i)| i.kind == Kind::Web);
    let hosts_matter = matches!(w.focus(), Some(Factor::Dependencies | Factor::PortBinding)) || webs().any(|(_, i)| i.missing_convert || !i.reachable);
    let mixed_hosts = hosts_matter && webs().any(|(_, i)| i.legacy) && webs().any(|(_, i)| !i.legacy);
    let mut slots = vec![None; w.instances().len()];
    for (k, (slot, inst)) in live.iter().enumerate() {
        let (col, row) = ((k % cols) as i32, (k / cols) as i32);
        let (bw, bh) = if compact { (TILE_W, TILE_H) } else { (cell_w - GAP, INSTANCE_H) };
        let (x, y) = (area_x + col * cell_w, area_y + row * cell_h);
        let entry = if f.wide { (x, y + bh / 2) } else { (x + bw / 2, y) };
        slots[*slot] = Some(SlotBox { x, y, w: bw, h: bh, entry });
        let status = inst.status();
        // What it is doing first, then what sets it apart in this lesson, then which release
        // and commit it runs (a hand-made hotfix is in none): where the box is narrow and the
        // lines are cut, the commit goes before the clue.
        let release = w.releases().get(usize::from(inst.release));
        let mut detail = phase_word(inst);
        if inst.hand_patched {
            detail.push_str(&t!(DetailNoCommit));
        }
        if inst.bad_change {
            detail.push_str(&t!(DetailEdited));
        }
        if mixed_hosts && inst.kind == Kind::Web {
            detail.push_str(&if inst.legacy { t!(DetailOldServer) } else { t!(DetailFreshHost) });
        }
        if inst.combined {
            detail.push_str(&t!(DetailThreads, busy = inst.busy + inst.active_jobs()));
        }
        if inst.logs_to_disk && inst.disk >= 40 {
            detail.push_str(&t!(DetailDisk, percent = inst.disk));
        }
        let _ = write!(detail, " · v{}", release.map_or(0, |r| r.number));
        if let Some(r) = release.filter(|_| !inst.hand_patched) {
            let _ = write!(detail, " · {:07x}", r.commit);
        }
        let badge = if status == Status::Healthy { None } else { inst.crash.or(inst.last_failure) };
        let name = inst.source().to_string();
        nodes.push(Node {
            label: name.clone(),
            name,
            role: if inst.kind == Kind::Web { Role::Web } else { Role::Worker },
            x,
            y,
            w: bw,
            h: bh,
            status,
            detail,
            badge,
            compact,
        });
    }
    // One wire from the router into the instance area, one from it to the services.
    let area_in = if f.wide { (area_x - GAP / 2, router_out.1) } else { (router_out.0, area_y - 4) };
    edges.push(Edge { from: router_out, to: area_in, alert: false });

    // Backing services: a column on the right (wide) or rows of two below (narrow), one a row
    // where a name would not fit half the width (a phone, a longer language), so no service
    // is drawn with its name cut.
    let svc_cols = if !f.wide && svc_name_w <= (width - GAP) / 2 { 2 } else { 1 };
    let (svc_x, svc_w, svc_y) = if f.wide {
        let x = area_x + area_w + 2 * GAP;
        (x, width - x, (body - services_h) / 2)
    } else {
        (0, (width - (svc_cols - 1) * GAP) / svc_cols, body + 2 * GAP)
    };
    let mut svc_k = 0;
    let mut place = |name: &str, role: Role, status: Status, detail: String, badge: Option<Reason>, nodes: &mut Vec<Node>| {
        let (col, row) = (svc_k % svc_cols, svc_k / svc_cols);
        svc_k += 1;
        let (x, y) = (svc_x + col * (svc_w + GAP), svc_y + row * (BOX_H + GAP));
        nodes.push(Node { name: name.into(), label: label(name), role, x, y, w: svc_w, h: BOX_H, status, detail, badge, compact: false });
        (x, y)
    };
    let s = w.services();
    let release = w.current_release();
    let needs = if release.new_column { engine::NEW_COLUMN } else { engine::OLD_COLUMN };
    let column_missing = s.columns & needs == 0;
    let db_down = !s.db_up(release.db);
    let mut db_detail = if db_down {
        let standby = s.primary != release.db && s.db_up(s.primary);
        t!(DetailDbDown, db = release.db) + &if standby { t!(DetailDbStandby, db = s.primary) } else { String::new() }
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
    let db_status = if db_down || column_missing || db_badge.is_some() { Status::Broken } else { Status::Healthy };
    let db_at = place("database", Role::Database, db_status, db_detail, db_badge, &mut nodes);
    if shows.session_store {
        let detail = if p.violates(Factor::Processes) { t!(DetailUnusedCarts) } else { t!(DetailHoldsCarts) };
        place("session store", Role::SessionStore, Status::Healthy, detail, None, &mut nodes);
    }
    if shows_queue {
        let status = if s.queue > 60 { Status::Degraded } else { Status::Healthy };
        let badge = badge_for(Role::Queue);
        place("job queue", Role::Queue, if badge.is_some() { Status::Broken } else { status }, t!(DetailJobsWaiting, count = s.queue), badge, &mut nodes);
    }
    let sink_status = if c.logs_lost > 0 { Status::Broken } else { Status::Healthy };
    let sink_detail = if p.violates(Factor::Logs) { t!(DetailSinkNothing, count = c.logs_lost) } else { t!(DetailSinkLines, count = s.sink_lines) };
    place("log sink", Role::LogSink, sink_status, sink_detail, badge_for(Role::LogSink), &mut nodes);
    let svc_bottom = if f.wide { body } else { svc_y + (services.div_ceil(svc_cols as usize) as i32) * (BOX_H + GAP) - GAP };
    if !live.is_empty() {
        let from = if f.wide { (area_x + area_w + GAP / 2, mid) } else { (width / 2, area_y + area_h + 4) };
        let to = if f.wide { (db_at.0, db_at.1 + BOX_H / 2) } else { (db_at.0 + svc_w / 2, db_at.1) };
        edges.push(Edge { from, to, alert: false });
    }

    // Environments and laptops along the bottom.
    let bottom = shows.staging || shows.laptops;
    let mut height = svc_bottom;
    if bottom {
        let by = svc_bottom + 2 * GAP;
        let per_row = if f.wide { 4 } else { 2 };
        let bw = (width - (per_row - 1) * GAP) / per_row;
        let mut items: Vec<(String, Role, Status, String, bool)> = Vec::new();
        if shows.staging {
            let (status, detail, alert) = match w.staging() {
                None => (Status::Healthy, t!(DetailNotDeployed), false),
                Some(st) if st.writes_to_prod => (Status::Broken, t!(DetailWroteProd, count = st.writes), true),
                Some(st) => (Status::Healthy, t!(DetailWroteOwn, count = st.writes), false),
            };
            items.push(("staging".into(), Role::Staging, status, detail, alert));
        }
        if shows.laptops {
            let laptops = w.laptops();
            if laptops.is_empty() {
                items.push(("laptops".into(), Role::Laptop, Status::Healthy, t!(DetailNoLaptops), false));
            }
            for l in laptops.iter().rev().take(if shows.staging { 3 } else { 4 }).rev() {
                let (status, detail) = match (l.works, l.sqlite) {
                    (false, _) => (Status::Broken, t!(DetailPhotosFail)),
                    _ if l.caught > 0 => (Status::Degraded, t!(DetailTestFailed)),
                    (true, true) => (Status::Healthy, t!(DetailRunsSqlite)),
                    (true, false) => (Status::Healthy, t!(DetailRunsPostgres)),
                };
                items.push((Source::Laptop(l.number).to_string(), Role::Laptop, status, detail, false));
            }
        }
        // Room for a full row of laptops, so a new one does not grow the picture.
        let rows = if f.wide { 1 } else { 2 };
        for (k, (name, role, status, detail, alert)) in items.into_iter().enumerate().take((per_row * rows) as usize) {
            let (x, y) = ((k as i32 % per_row) * (bw + GAP), by + (k as i32 / per_row) * (BOX_H + GAP));
            if alert {
                edges.push(Edge { from: (x + bw / 2, y), to: (db_at.0 + svc_w / 2, db_at.1 + BOX_H), alert: true });
            }
            nodes.push(Node { label: label(&name), name, role, x, y, w: bw, h: BOX_H, status, detail, badge: None, compact: false });
        }
        height = by + rows * (BOX_H + GAP) - GAP;
    }
    Scene { width, height: height + 2, nodes, edges, slots, router_out }
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
            // Waiting at the router: a small cluster on its edge.
            (Leg::Holding, _) | (_, None) => (rx - 8 - i32::from(r.user % 6) * 10, ry - 8 - i32::from(r.user / 6 % 3) * 10),
            (Leg::Travel, Some(b)) => {
                let t = r.progress();
                let (tx, ty) = (b.entry.0 as f32, b.entry.1 as f32);
                ((rx as f32 + (tx - rx as f32) * t) as i32, (ry as f32 + (ty - ry as f32) * t) as i32)
            }
            (Leg::Queued | Leg::Working, Some(b)) => {
                let k = &mut per_slot[usize::from(r.instance)];
                *k += 1;
                if b.w <= TILE_W {
                    continue; // tiles are too small to hold dots
                }
                // In the gap under its box, clear of any text: a row of at most eight.
                let k = i32::from(*k - 1);
                if k >= 8 {
                    continue;
                }
                (b.x + b.w - 6 - k * 8, b.y + b.h + GAP / 2)
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

    const WIDTHS: [i32; 8] = [260, 320, 358, 600, 640, 700, 760, 1200];

    fn overlap(a: &Node, b: &Node) -> bool {
        a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
    }

    #[test]
    fn every_node_fits_inside_the_picture_and_none_overlap_at_every_width() {
        for s in &engine::SCENARIOS {
            for violating in [false, true] {
                let mut w = World::for_scenario(s, violating, 3);
                for a in s.actions {
                    w.apply(a.input);
                    for _ in 0..4 * TICK_HZ {
                        w.step();
                    }
                }
                for width in WIDTHS {
                    let sc = scene(&w, s.shows, width);
                    for (k, n) in sc.nodes.iter().enumerate() {
                        assert!(
                            n.x >= 0 && n.y >= 0 && n.x + n.w <= sc.width && n.y + n.h <= sc.height,
                            "{} at {width}: {:?} outside {}x{}",
                            s.id(),
                            n,
                            sc.width,
                            sc.height
                        );
                        for m in &sc.nodes[k + 1..] {
                            assert!(!overlap(n, m), "{} at {width}: {} overlaps {}", s.id(), n.name, m.name);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn no_name_is_cut_in_a_shipped_language_at_any_width() {
        // (The pseudo-locale, longer on purpose than any language, is cut with an ellipsis;
        // the end-to-end tests check that it stays inside its box.)
        let mut cut = Vec::new();
        for lang in i18n::Lang::OFFERED {
            i18n::install(lang, lang.compiled()).unwrap();
            for s in &engine::SCENARIOS {
                let w = World::for_scenario(s, true, 3);
                for width in WIDTHS {
                    let sc = scene(&w, s.shows, width);
                    for n in sc.nodes.iter().filter(|n| !matches!(n.role, Role::Web | Role::Worker)) {
                        if name_w(&n.label) > n.w {
                            cut.push(format!("{} {} at {width}: {} in {} px", lang.code(), s.id(), n.label, n.w));
                        }
                    }
                }
            }
        }
        i18n::install(i18n::Lang::En, i18n::Lang::En.compiled()).unwrap();
        assert!(cut.is_empty(), "{cut:#?}");
    }

    #[test]
    fn a_wide_picture_has_at_least_two_columns_of_instances() {
        for s in &engine::SCENARIOS {
            let w = World::for_scenario(s, false, 1);
            for width in [WIDE_FROM, 700, 760, 900, 1200] {
                let sc = scene(&w, s.shows, width);
                let xs: std::collections::BTreeSet<i32> = sc.nodes.iter().filter(|n| matches!(n.role, Role::Web | Role::Worker)).map(|n| n.x).collect();
                assert!(xs.len() >= 2, "{} at {width}: instances in one column", s.id());
                let widest = sc.nodes.iter().filter(|n| n.role == Role::Web).map(|n| n.w).min().unwrap();
                assert!(widest >= MIN_INSTANCE_W, "{} at {width}: instance box {widest} px", s.id());
            }
        }
    }

    #[test]
    fn the_picture_keeps_its_size_through_restarts_and_scale_outs() {
        for s in &engine::SCENARIOS {
            for width in WIDTHS {
                let mut w = World::for_scenario(s, false, 5);
                let before = scene(&w, s.shows, width).height;
                w.apply(engine::Input::RestartAll);
                w.apply(engine::Input::ScaleOut);
                for _ in 0..3 * TICK_HZ {
                    w.step();
                    assert_eq!(scene(&w, s.shows, width).height, before, "{} at {width}: the picture changed height at tick {}", s.id(), w.tick());
                }
            }
        }
    }

    #[test]
    fn a_hundred_instances_become_tiles_and_fit() {
        let w = World::new(7, Practices::all_compliant(), 100, 0);
        for width in WIDTHS {
            let sc = scene(&w, Shows::default(), width);
            let tiles = sc.nodes.iter().filter(|n| n.compact).count();
            assert_eq!(tiles, 100);
            assert!(sc.nodes.iter().all(|n| n.x + n.w <= sc.width && n.y + n.h <= sc.height));
        }
    }

    #[test]
    fn broken_database_carries_the_badge() {
        let mut w = world("config", true);
        w.apply(engine::Input::DeployStaging);
        for _ in 0..20 * TICK_HZ {
            w.step();
        }
        let sc = scene(&w, Scenario::by_id("config").unwrap().shows, DEFAULT_WIDTH);
        let db = sc.nodes.iter().find(|n| n.role == Role::Database).unwrap();
        assert_eq!(db.status, Status::Broken);
        assert_eq!(db.badge, Some(Reason::WroteToProdDatabase));
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
        let sc = scene(&w, Scenario::by_id("logs").unwrap().shows, 358);
        let node = sc.nodes.iter().find(|n| n.role == Role::Web && n.status == Status::Broken).expect("a broken web node");
        assert!(node.detail.starts_with("crashed"), "{}", node.detail);
        assert_eq!(node.badge, Some(Reason::InstanceCrashed));
    }

    #[test]
    fn every_instance_says_which_commit_it_runs() {
        let w = world("codebase", true);
        let sc = scene(&w, Shows::default(), DEFAULT_WIDTH);
        assert!(sc.nodes.iter().filter(|n| n.role == Role::Web).all(|n| n.detail.contains("no commit")));
        let w = world("codebase", false);
        let sc = scene(&w, Shows::default(), DEFAULT_WIDTH);
        let commit = format!("{:07x}", w.releases()[0].commit);
        assert!(sc.nodes.iter().filter(|n| n.role == Role::Web).all(|n| n.detail.contains(&commit)));
    }

    #[test]
    fn dots_follow_requests() {
        let mut w = world("processes", false);
        for _ in 0..2 * TICK_HZ {
            w.step();
        }
        let sc = scene(&w, Shows::default(), DEFAULT_WIDTH);
        let d = dots(&w, &sc);
        assert!(w.in_flight() > 0);
        assert!(d.matches('M').count() <= w.in_flight() as usize);
        assert!(d.matches('M').count() > 0, "{d}");
    }
}
