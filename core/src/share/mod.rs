//! Sharing without a server: everything travels in a URL or in a code a
//! student copies back.
//!
//! - [`assignment`]: assignment links (what a teacher chose), versioned,
//!   compact, checked against the book.
//! - [`result`]: result codes (name, assignment, outcome per question, score,
//!   time) with a checksum that catches typos.
//! - [`class`]: codes found in pasted text, the class table, CSV.
//! - [`misses`]: which wrong choices a class picked, partial credit in parts.
//! - [`qr`]: QR codes as SVG path data.
//! - [`codec`], [`time`]: the byte and date formats underneath.
//!
//! Pure: no web-sys, tested natively. Every failure is a typed [`Error`] with
//! a message in both languages.

pub mod assignment;
pub mod class;
pub mod codec;
pub mod desk;
pub mod error;
pub mod mastery;
pub mod misses;
pub mod qr;
pub mod result;
pub mod time;

pub use assignment::Assignment;
pub use error::{Error, Reject};
pub use result::{Mark, ResultCode};
