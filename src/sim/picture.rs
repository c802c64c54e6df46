//! The SVG picture of the deployment: nodes with status colour, icon and words, the wires
//! between them, a badge on whatever failed, and requests as moving dots.

use super::layout::{self, Node, Scene, WIDTH};
use super::Sim;
use engine::{Shows, Status};
use leptos::prelude::*;

/// Which optional parts a simulation's picture shows.
pub fn shows_for(sim: &Sim) -> Shows {
    match sim.scenario() {
        Some(s) => s.shows,
        None => Shows { workers: true, session_store: true, staging: true, laptops: true, disks: true },
    }
}

/// The picture. With `reduced_motion`, requests are not drawn moving; counts say it instead.
#[component]
pub fn Picture(sim: Sim, reduced_motion: bool, #[prop(into)] label: String) -> impl IntoView {
    let shows = shows_for(&sim);
    let scene: Memo<Scene> = Memo::new(move |_| sim.with(|w| layout::scene(w, shows)));
    let dots = Memo::new(move |_| if reduced_motion { String::new() } else { scene.with(|sc| sim.with(|w| layout::dots(w, sc))) });
    let edges = move |alert: bool| {
        scene.with(|sc| {
            sc.edges.iter().filter(|e| e.alert == alert).map(|e| format!("M{} {}L{} {}", e.from.0, e.from.1, e.to.0, e.to.1)).collect::<String>()
        })
    };
    view! {
        <svg
            class="picture"
            viewBox=move || format!("0 0 {WIDTH} {}", scene.with(|s| s.height))
            role="img"
            aria-label=label
            preserveAspectRatio="xMidYMin meet"
        >
            <path class="edges" d=move || edges(false) />
            <path class="edges alert" d=move || edges(true) />
            <path class="dots" d=dots />
            <For each=move || scene.with(|s| s.nodes.clone()) key=|n| n.clone() let(node)>
                {node_view(node)}
            </For>
        </svg>
    }
}

fn node_view(n: Node) -> impl IntoView {
    let word = n.status.word();
    let class = format!("node {} status-{word}{}", n.role.class(), if n.compact { " compact" } else { "" });
    let title = format!("{}: {word}. {}{}", n.name, n.detail, n.badge.map(|b| format!(". {b}")).unwrap_or_default());
    let icon = layout::icon(n.status);
    let (w, h) = (n.w, n.h);
    let badge = n.badge.filter(|_| !n.compact).map(|b| {
        let text = format!("⚠ {b}");
        let width = (text.chars().count() as i32 * 6 + 14).min(layout::WIDTH - n.x - 4);
        view! {
            <g class="badge" transform=format!("translate(0 {})", h + 4)>
                <rect width=width height="18" rx="4" />
                <text x="7" y="13">{text}</text>
            </g>
        }
    });
    let body = if n.compact {
        view! {
            <rect width=w height=h rx="4" />
            <text class="icon" x=w / 2 y=h / 2 + 5 text-anchor="middle">{icon}</text>
        }
        .into_any()
    } else {
        view! {
            <rect width=w height=h rx="8" />
            <text class="icon" x="14" y=h / 2 + 6 text-anchor="middle">{icon}</text>
            <text class="name" x="28" y="19">{n.name.clone()}</text>
            <text class="detail" x="28" y="37">{if n.status == Status::Healthy { n.detail.clone() } else { format!("{word} · {}", n.detail) }}</text>
        }
        .into_any()
    };
    view! {
        <g class=class transform=format!("translate({} {})", n.x, n.y) data-node=n.name.clone()>
            <title>{title}</title>
            {body}
            {badge}
        </g>
    }
}
