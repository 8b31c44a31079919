//! Views shared by several pages.

pub mod assignment;
pub mod display;
pub mod focus;
pub mod header;
pub mod notice;
pub mod para_link;
pub mod question;
pub mod rich;
pub mod share;
pub mod visuals;
