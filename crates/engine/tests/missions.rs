//! Missions are fair and need the idea: doing nothing loses, the reference plan wins with three
//! stars, no smaller plan wins, and the same plan always gives the same run.

use tfp_engine::mission::{Mission, PlanError, MISSIONS};
use tfp_engine::Factor;

/// Every plan of exactly `k` changes among the mission's unlocked switches.
fn plans(m: &Mission, k: usize) -> Vec<Vec<Factor>> {
    let free: Vec<Factor> = Factor::ALL.iter().copied().filter(|f| !m.locked.contains(f)).collect();
    (0u32..1 << free.len())
        .filter(|b| b.count_ones() as usize == k)
        .map(|b| free.iter().enumerate().filter(|(i, _)| b & (1 << i) != 0).map(|(_, f)| *f).collect())
        .collect()
}

#[test]
fn there_are_twelve_missions_with_unique_ids_from_one_factor_to_several() {
    assert!(MISSIONS.len() >= 12);
    for (i, m) in MISSIONS.iter().enumerate() {
        assert!(MISSIONS[..i].iter().all(|o| o.id != m.id), "{} twice", m.id);
        assert!(m.reference.len() <= m.budget, "{}: the reference fits the budget", m.id);
        assert!(m.violated.len() > m.budget || !m.locked.is_empty() || m.budget > m.reference.len(), "{}: the budget forces a choice", m.id);
    }
    assert!(MISSIONS.iter().any(|m| m.reference.len() == 1) && MISSIONS.iter().any(|m| m.reference.len() >= 3));
}

#[test]
fn doing_nothing_loses_and_the_reference_wins_with_three_stars() {
    for m in MISSIONS {
        let nothing = m.attempt(&[]).unwrap();
        assert!(!nothing.won && nothing.stars == 0, "{}: doing nothing won", m.id);
        assert!(nothing.broke.is_some() || nothing.lost > 0, "{}: the loss has a cause to show", m.id);
        let r = m.attempt(m.reference).unwrap();
        assert!(r.won && r.stars == 3, "{}: the reference plan got {r:?}", m.id);
    }
}

#[test]
fn no_smaller_plan_wins() {
    for m in MISSIONS {
        for k in 0..m.reference.len() {
            for p in plans(m, k) {
                assert!(!m.attempt(&p).unwrap().won, "{}: {p:?} wins with fewer changes than the reference", m.id);
            }
        }
    }
}

#[test]
fn a_plan_with_more_changes_wins_fewer_stars() {
    // Fixing the reference and one more harmless switch still wins, with one star less.
    for m in &MISSIONS.iter().filter(|m| m.budget > m.reference.len()).collect::<Vec<_>>() {
        let extra = Factor::ALL.iter().copied().find(|f| !m.reference.contains(f) && !m.locked.contains(f) && m.violated.contains(f));
        if let Some(extra) = extra {
            let mut p = m.reference.to_vec();
            p.push(extra);
            let o = m.attempt(&p).unwrap();
            if o.won {
                assert_eq!(o.stars, 1, "{}: {p:?}", m.id);
            }
        }
    }
}

#[test]
fn locked_switches_and_budgets_are_enforced() {
    let m = Mission::by_id("vendor-lock").unwrap();
    assert_eq!(m.plan(&[Factor::Config]), Err(PlanError::Locked(Factor::Config)));
    let too_many: Vec<Factor> = Factor::ALL.iter().copied().filter(|f| !m.locked.contains(f)).take(m.budget + 1).collect();
    assert_eq!(m.plan(&too_many), Err(PlanError::OverBudget { changes: m.budget + 1, budget: m.budget }));
    assert!(m.plan(&[Factor::Logs, Factor::Logs]).is_ok(), "the same switch named twice is one change");
}

#[test]
fn the_same_plan_is_the_same_run() {
    for m in MISSIONS {
        let p = m.plan(m.reference).unwrap();
        let (a, b) = (m.run(p), m.run(p));
        assert_eq!(a.world().counters(), b.world().counters(), "{}", m.id);
        assert_eq!(a.world().log().iter().copied().collect::<Vec<_>>(), b.world().log().iter().copied().collect::<Vec<_>>());
    }
}
