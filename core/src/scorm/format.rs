//! The text forms SCORM gives times, durations and decimals, written with
//! integer arithmetic only (no float formatting in the wasm; see
//! ARCHITECTURE.md, Size).
//!
//! - SCORM 1.2 `CMITime` (time of day, `HH:MM:SS`) and `CMITimespan`
//!   (`HHHH:MM:SS.SS`, hours of two to four digits);
//! - SCORM 2004 `time (second,10,0)` (ISO 8601 date and time, here always
//!   UTC to the hundredth: `2026-03-05T14:07:09.25Z`) and
//!   `timeinterval (second,10,2)` (ISO 8601 duration: `PT1H2M3.45S`).

use crate::share::time::civil_from_days;

/// Milliseconds since 1970, as `Date.now()` gives them.
pub type Millis = f64;

/// Whole hundredths of a second in `ms`, never negative.
fn centis(ms: Millis) -> u64 {
    if ms.is_finite() && ms > 0.0 {
        (ms / 10.0).round() as u64
    } else {
        0
    }
}

/// SCORM 1.2 `CMITimespan`: `HHHH:MM:SS.SS`, at most 9999:59:59.99.
pub fn timespan_12(ms: Millis) -> String {
    let c = centis(ms).min(9999 * 360_000 + 359_999);
    let (h, m, s, cs) = (c / 360_000, c / 6000 % 60, c / 100 % 60, c % 100);
    format!("{h:02}:{m:02}:{s:02}.{cs:02}")
}

/// SCORM 2004 `timeinterval`: an ISO 8601 duration in hours, minutes and
/// seconds to the hundredth, e.g. `PT1H2M3.45S` (`PT0S` for nothing).
pub fn duration_2004(ms: Millis) -> String {
    let c = centis(ms);
    let (h, m, s, cs) = (c / 360_000, c / 6000 % 60, c / 100 % 60, c % 100);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || cs > 0 || (h == 0 && m == 0) {
        if cs > 0 {
            out.push_str(&format!("{s}.{cs:02}S"));
        } else {
            out.push_str(&format!("{s}S"));
        }
    }
    out
}

/// SCORM 1.2 `CMITime`: the time of day `HH:MM:SS`, local to `offset`
/// minutes east of UTC.
pub fn time_of_day_12(ms: Millis, offset: i32) -> String {
    let seconds = (centis(ms) / 100) as i64 + i64::from(offset) * 60;
    let in_day = seconds.rem_euclid(86_400);
    format!("{:02}:{:02}:{:02}", in_day / 3600, in_day / 60 % 60, in_day % 60)
}

/// SCORM 2004 `time`: `YYYY-MM-DDThh:mm:ss.ssZ` in UTC.
pub fn timestamp_2004(ms: Millis) -> String {
    let c = centis(ms);
    let (days, in_day) = ((c / 8_640_000) as i64, c % 8_640_000);
    let (y, mo, d) = civil_from_days(days);
    let (h, mi, s, cs) = (in_day / 360_000, in_day / 6000 % 60, in_day / 100 % 60, in_day % 100);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{cs:02}Z")
}

/// A decimal with at most `places` places (0 to 6), trailing zeros dropped:
/// `85.71`, `0.6`, `100`, `-3.5`. What SCORM's `CMIDecimal` and `real` accept.
pub fn decimal(x: f64, places: u32) -> String {
    let places = places.min(6);
    let unit = 10u64.pow(places);
    let x = if x.is_finite() { x } else { 0.0 };
    let scaled = (x.abs() * unit as f64).round() as u64;
    let (whole, mut part, mut digits) = (scaled / unit, scaled % unit, places as usize);
    let sign = if x < 0.0 && scaled > 0 { "-" } else { "" };
    if part == 0 {
        return format!("{sign}{whole}");
    }
    while part % 10 == 0 {
        part /= 10;
        digits -= 1;
    }
    format!("{sign}{whole}.{part:0digits$}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formats_follow_the_standards_examples() {
        assert_eq!(timespan_12(0.0), "00:00:00.00");
        assert_eq!(timespan_12(3_723_450.0), "01:02:03.45");
        assert_eq!(timespan_12(1e15), "9999:59:59.99");
        assert_eq!(duration_2004(0.0), "PT0S");
        assert_eq!(duration_2004(3_723_450.0), "PT1H2M3.45S");
        assert_eq!(duration_2004(120_000.0), "PT2M");
        assert_eq!(duration_2004(-5.0), "PT0S");
        // 2026-03-05 14:07:09.25 UTC
        let t = 1_772_719_629_250.0;
        assert_eq!(timestamp_2004(t), "2026-03-05T14:07:09.25Z");
        assert_eq!(time_of_day_12(t, 0), "14:07:09");
        assert_eq!(time_of_day_12(t, 480), "22:07:09");
        assert_eq!(time_of_day_12(t, 600), "00:07:09");
        assert_eq!(decimal(85.714_285, 2), "85.71");
        assert_eq!(decimal(100.0, 2), "100");
        assert_eq!(decimal(0.6, 4), "0.6");
        assert_eq!(decimal(-3.5, 2), "-3.5");
        assert_eq!(decimal(-0.0001, 2), "0");
        assert_eq!(decimal(f64::NAN, 2), "0");
    }

    /// Reads `CMITimespan` back, as a platform would.
    fn read_timespan_12(text: &str) -> Option<u64> {
        let (hms, cs) = text.split_once('.')?;
        let mut parts = hms.split(':');
        let (h, m, s) = (parts.next()?, parts.next()?, parts.next()?);
        if !(2..=4).contains(&h.len()) || m.len() != 2 || s.len() != 2 || cs.len() != 2 || parts.next().is_some() {
            return None;
        }
        Some(h.parse::<u64>().ok()? * 360_000 + m.parse::<u64>().ok()? * 6000 + s.parse::<u64>().ok()? * 100 + cs.parse::<u64>().ok()?)
    }

    /// Reads the 2004 duration back (hours, minutes, seconds only).
    fn read_duration_2004(text: &str) -> Option<u64> {
        let mut rest = text.strip_prefix("PT")?;
        let mut total = 0u64;
        for (unit, factor) in [('H', 360_000u64), ('M', 6000)] {
            if let Some((n, tail)) = rest.split_once(unit) {
                total += n.parse::<u64>().ok()? * factor;
                rest = tail;
            }
        }
        if let Some(seconds) = rest.strip_suffix('S') {
            let (s, cs) = seconds.split_once('.').unwrap_or((seconds, "0"));
            total += s.parse::<u64>().ok()? * 100 + format!("{cs:0<2}").parse::<u64>().ok()?;
        } else if !rest.is_empty() {
            return None;
        }
        Some(total)
    }

    proptest! {
        #[test]
        fn durations_read_back_to_the_hundredth(ms in 0u64..(9999 * 3_600_000)) {
            let c = (ms as f64 / 10.0).round() as u64;
            prop_assert_eq!(read_timespan_12(&timespan_12(ms as f64)), Some(c));
            prop_assert_eq!(read_duration_2004(&duration_2004(ms as f64)), Some(c));
        }

        #[test]
        fn timestamps_are_iso_8601_in_utc(ms in 1_577_836_800_000u64..2_145_916_800_000) {
            let t = timestamp_2004(ms as f64);
            let b = t.as_bytes();
            prop_assert_eq!(t.len(), 23);
            prop_assert!(b[4] == b'-' && b[7] == b'-' && b[10] == b'T' && b[13] == b':' && b[16] == b':' && b[19] == b'.' && b[22] == b'Z');
            let day = crate::share::time::days(ms as f64);
            prop_assert_eq!(&t[..10], crate::share::time::date(day));
            let clock = time_of_day_12(ms as f64, 0);
            // Equal unless the hundredths round up into the next second.
            if (ms / 10) % 100 < 99 { prop_assert_eq!(&t[11..19], clock); }
        }

        #[test]
        fn decimals_read_back_within_half_a_place(x in -1e6f64..1e6, places in 0u32..=4) {
            let text = decimal(x, places);
            let back: f64 = text.parse().unwrap();
            prop_assert!((back - x).abs() <= 0.5 / 10f64.powi(places as i32) + 1e-9);
            prop_assert!(!text.contains('e'));
            prop_assert!(!(text.contains('.') && text.ends_with('0')));
        }
    }
}
