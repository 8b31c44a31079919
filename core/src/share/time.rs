//! Dates and times in codes, as whole days or minutes since 2020-01-01 UTC,
//! and written as `2026-12-01` or `2026-12-01 14:05`. Calendar arithmetic by
//! Howard Hinnant's `days_from_civil`; no float or date crates.

/// Days from 1970-01-01 to 2020-01-01.
const EPOCH_DAYS: i64 = 18_262;

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Reads `YYYY-MM-DD` (what a date input gives) as days since 2020-01-01.
/// Dates before 2020 or past 2199, and days a month lacks, are `None`.
pub fn parse_date(text: &str) -> Option<u16> {
    let mut parts = text.trim().splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let days = days_from_civil(y, m, d) - EPOCH_DAYS;
    let days = u16::try_from(days).ok()?;
    (civil_from_days(i64::from(days) + EPOCH_DAYS) == (y, m, d)).then_some(days)
}

/// Days since 2020-01-01 UTC for a time in milliseconds since 1970 (0 before 2020).
pub fn days(unix_ms: f64) -> u16 {
    u16::try_from(minutes(unix_ms) / 1440).unwrap_or(u16::MAX)
}

/// `YYYY-MM-DD` for days since 2020-01-01.
pub fn date(days: u16) -> String {
    let (y, m, d) = civil_from_days(i64::from(days) + EPOCH_DAYS);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Minutes since 2020-01-01 00:00 UTC, from the milliseconds of `Date.now()`.
pub fn minutes(unix_ms: f64) -> u32 {
    let m = (unix_ms / 60_000.0) as i64 - EPOCH_DAYS * 1440;
    m.clamp(0, i64::from(u32::MAX)) as u32
}

/// `YYYY-MM-DD HH:MM` in local time, `offset` minutes east of UTC.
pub fn date_time(minutes: u32, offset: i32) -> String {
    let local = i64::from(minutes) + EPOCH_DAYS * 1440 + i64::from(offset);
    let (days, in_day) = (local.div_euclid(1440), local.rem_euclid(1440));
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", in_day / 60, in_day % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_dates() {
        assert_eq!(parse_date("2020-01-01"), Some(0));
        assert_eq!(parse_date("2020-03-01"), Some(60));
        assert_eq!(date(60), "2020-03-01");
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("2019-12-31"), None);
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("soon"), None);
        assert_eq!(date_time(0, 480), "2020-01-01 08:00");
        assert_eq!(date_time(0, -60), "2019-12-31 23:00");
        // 2026-11-28 12:00 UTC.
        assert_eq!(minutes(1_795_867_200_000.0), (days_from_civil(2026, 11, 28) - EPOCH_DAYS) as u32 * 1440 + 720);
    }

    proptest! {
        #[test]
        fn dates_round_trip(days: u16) {
            prop_assert_eq!(parse_date(&date(days)), Some(days));
        }

        #[test]
        fn any_text_is_a_date_or_none(text in "\\PC{0,12}|[0-9]{4}-[0-9]{2}-[0-9]{2}") {
            // A date read back is written as what was typed (dates have one spelling).
            if let Some(days) = parse_date(&text) {
                prop_assert_eq!(date(days), text.trim());
            }
        }
    }
}
