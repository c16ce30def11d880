//! Scoring: a sentence's certainty and label from its cues alone.
//!
//! Certainty starts at the profile's `neutral` value and each cue moves it in log-odds by its
//! `effect` (`±scale × weight`: hedges down, boosters up), so one cue and ten both give a
//! meaningful number in (0, 1), and the sum of the listed effects explains the score exactly.
//! The `uncertain` label looks at hedges only: their combined strength `1 - Π(1 - weight)` must
//! reach the profile's label threshold.

use crate::lexicon::{CueKind, Settings};
use crate::report::Cue;

/// Certainty, hedge strength and label of a sentence with these cues.
pub(crate) fn sentence(cues: &[Cue], settings: &Settings) -> (f64, f64, bool) {
    let log_odds = logit(settings.neutral) + cues.iter().map(|c| c.effect).sum::<f64>();
    let hedge = strength(
        cues.iter()
            .filter(|c| c.kind == CueKind::Hedge)
            .map(|c| c.weight),
    );
    (
        logistic(log_odds),
        hedge,
        hedge > 0.0 && hedge + 1e-9 >= settings.label_threshold,
    )
}

/// Noisy-or of weights: the strength of several cues together.
pub(crate) fn strength(weights: impl Iterator<Item = f64>) -> f64 {
    1.0 - weights.fold(1.0, |acc, w| acc * (1.0 - w.clamp(0.0, 1.0)))
}

pub(crate) fn logit(p: f64) -> f64 {
    let p = p.clamp(1e-6, 1.0 - 1e-6);
    (p / (1.0 - p)).ln()
}

pub(crate) fn logistic(x: f64) -> f64 {
    let v = 1.0 / (1.0 + (-x).exp());
    // Keep the JSON tidy and the value inside [0, 1] whatever the sum.
    (v * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::CueClass;
    use crate::span::Span;

    fn cue(kind: CueKind, weight: f64) -> Cue {
        let sign = if kind == CueKind::Hedge { -1.0 } else { 1.0 };
        Cue {
            text: String::new(),
            start: 0,
            end: 0,
            kind,
            class: CueClass::None,
            weight,
            negated: false,
            negator: None,
            scope: Span::new(0, 0),
            effect: sign * 3.0 * weight,
            origin: None,
        }
    }

    #[test]
    fn no_cue_is_neutral() {
        let (c, h, u) = sentence(&[], &Settings::default());
        assert_eq!((c, h, u), (0.8, 0.0, false));
    }

    #[test]
    fn hedges_lower_boosters_raise_and_many_cues_stay_in_range() {
        let s = Settings::default();
        let one = sentence(&[cue(CueKind::Hedge, 0.5)], &s);
        let ten = sentence(&vec![cue(CueKind::Hedge, 0.5); 10], &s);
        let boost = sentence(&[cue(CueKind::Booster, 0.5)], &s);
        assert!(ten.0 < one.0 && one.0 < 0.8 && 0.8 < boost.0 && boost.0 < 1.0);
        assert!(ten.0 >= 0.0 && one.2 && ten.2 && !boost.2);
        assert!((ten.1 - (1.0 - 0.5f64.powi(10))).abs() < 1e-12);
    }

    #[test]
    fn weak_hedge_below_threshold_is_not_a_label() {
        let (_, h, u) = sentence(&[cue(CueKind::Hedge, 0.1)], &Settings::default());
        assert!((h - 0.1).abs() < 1e-12 && !u);
    }
}
