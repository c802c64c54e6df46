//! Words that both the static pages and the app show, so the two cannot drift apart, and the
//! one escaping both use.

/// The line above a lesson's title: which factor of the twelve, or, for a lesson that is not
/// a factor's, which lesson of the `lessons` after the introduction.
pub fn lesson_kicker(meta: &crate::Meta, lessons: usize) -> String {
    match meta.factor() {
        Some(f) => i18n::t!(LessonKickerFactor, number = f.number(), count = tfp_engine::Factor::COUNT),
        None => i18n::t!(LessonKickerLesson, number = meta.number, count = lessons),
    }
}

/// A factor's name in the page's language (the engine names factors by code).
pub fn factor_title(f: tfp_engine::Factor) -> String {
    use tfp_engine::Factor;
    let text: &i18n::Text = match f {
        Factor::Codebase => i18n::m!(FactorCodebase),
        Factor::Dependencies => i18n::m!(FactorDependencies),
        Factor::Config => i18n::m!(FactorConfig),
        Factor::BackingServices => i18n::m!(FactorBackingServices),
        Factor::BuildReleaseRun => i18n::m!(FactorBuildReleaseRun),
        Factor::Processes => i18n::m!(FactorProcesses),
        Factor::PortBinding => i18n::m!(FactorPortBinding),
        Factor::Concurrency => i18n::m!(FactorConcurrency),
        Factor::Disposability => i18n::m!(FactorDisposability),
        Factor::DevProdParity => i18n::m!(FactorDevProdParity),
        Factor::Logs => i18n::m!(FactorLogs),
        Factor::AdminProcesses => i18n::m!(FactorAdminProcesses),
    };
    text.get()
}

/// A factor with its number, as lists show it: `3. Config`.
pub fn factor_name(f: tfp_engine::Factor) -> String {
    format!("{}. {}", f.number(), factor_title(f))
}

/// The words of the link to a lesson's canonical text.
pub fn canonical_link(meta: &crate::Meta) -> String {
    if meta.factor().is_some() {
        i18n::t!(LessonCanonicalFactor)
    } else {
        i18n::t!(LessonCanonicalOther)
    }
}

/// The HTML a blog pastes to embed a lesson (the share bar's snippet and the oEmbed answer):
/// the frame at `page` (the lesson's embed address, absolute), `height` px tall so the post
/// lays out before the lesson loads, named `title`, and `embed.js` from `files` (the site's
/// root), which corrects the height at other widths.
pub fn embed_snippet(page: &str, files: &str, height: u32, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        esc(page),
        esc(title),
        esc(files)
    )
}

/// Escape text for HTML and SVG content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Words for a challenge condition: `requests lost ≤ 0`.
pub fn describe(check: &crate::Check) -> String {
    match check.metric.as_ref() {
        "compliant" if check.holds(|_| Some(1)) => i18n::t!(MetricSwitchCompliant),
        "compliant" => i18n::t!(MetricSwitchViolating),
        "broken" if check.holds(|_| Some(0)) => i18n::t!(MetricNothingBreaks),
        "broken" => i18n::t!(MetricDeploymentBreaks),
        other => format!("{} {} {}", crate::words::metric(other), check.cmp.sign(), check.value),
    }
}

/// The text of the challenge's note (the same words the app shows).
pub fn challenge_note() -> String {
    i18n::t!(ChallengeNote, seconds = tfp_engine::plan::HOLD_S)
}

/// A mission's size, as its card shows it: `3 violated · 2 changes allowed`.
pub fn mission_meta(m: &tfp_engine::mission::Mission) -> String {
    i18n::t!(MissionMeta, violated = m.violated.len(), budget = m.budget)
}

/// A best score in stars: filled, then empty (`★★☆`).
pub fn stars(n: u8) -> String {
    (0..3).map(|i| if i < n { '★' } else { '☆' }).collect()
}

/// The words a screen reader hears for a best score.
pub fn stars_label(n: u8) -> String {
    i18n::t!(MissionStarsLabel, stars = n)
}

/// One line of a mission's forecast: `at 20 s: Traffic spike`.
pub fn forecast_line(at_s: u64, input: tfp_engine::Input) -> String {
    i18n::t!(MissionForecastLine, seconds = at_s, event = &crate::words::event(input))
}

/// A mission's goal and forecast, as its plan starts (the same markup in the static page and
/// the app).
pub fn mission_plan_head(m: &tfp_engine::mission::Mission) -> String {
    let forecast = m.forecast.iter().map(|(s, i)| format!("<li>{}</li>", esc(&forecast_line(*s, *i)))).collect::<String>();
    format!(
        r#"<h2 id="plan-title">{}</h2><p><strong>{}</strong>{}</p><p><strong>{}</strong></p><ul class="forecast">{forecast}</ul>"#,
        esc(&i18n::t!(MissionPlanHeading)),
        esc(&i18n::t!(MissionGoal)),
        esc(&crate::words::goal(m.goal)),
        esc(&i18n::t!(MissionForecast)),
    )
}
