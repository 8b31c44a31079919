//! QR codes as SVG path data, from Project Nayuki's `qrcodegen`.
//!
//! Error correction level M (15% of the code can be damaged or covered),
//! raised when it fits in the same size. Dark modules become one path, one
//! rectangle per run in a row, inside a quiet zone of four modules.

use qrcodegen::{QrCode, QrCodeEcc};

/// The empty border a scanner needs, in modules.
pub const QUIET: i32 = 4;

/// The largest QR version a link may need: 117 × 117 modules, still read
/// from the back of a classroom when projected 20 cm wide or more.
/// `tests/share.rs` checks the longest assignment link against it (today
/// version 21, with room for about 120 more questions).
pub const MAX_VERSION: u8 = 25;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// 1 to 40; the code is `17 + 4 × version` modules wide.
    pub version: u8,
    /// Width and height in modules, quiet zone included.
    pub size: i32,
    /// SVG path data for every dark module, in module units.
    pub path: String,
}

/// The QR code for a text, or `None` when the text is too long for any QR code.
pub fn qr(text: &str) -> Option<Qr> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            if x > start {
                path.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start));
            }
            x += 1;
        }
    }
    Some(Qr { version: code.version().value(), size: n + 2 * QUIET, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_makes_a_small_code_with_a_quiet_zone() {
        let q = qr("https://example.org/zhiyuan/app/#/zh/read/ch3").unwrap();
        assert!(q.version <= 4, "{}", q.version);
        assert_eq!(q.size, 17 + 4 * i32::from(q.version) + 8);
        assert!(q.path.starts_with("M4 4h7v1h-7z"), "the finder pattern's top row: {}", &q.path[..20]);
    }

    #[test]
    fn too_long_is_none() {
        assert_eq!(qr(&"x".repeat(3000)), None);
    }
}
