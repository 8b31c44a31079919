//! Bytes as text and back, written by hand (a few lines each, no crates):
//! base64url for links, Crockford base32 for codes people copy and type, a
//! CRC-16 that seals both, and a reader that fails with a typed error.

use super::Error;

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/// Crockford's base32: no I, L, O or U, so fewer misread characters.
const BASE32: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Writes bytes as characters of `bits` bits each (unpadded).
fn encode(bytes: &[u8], alphabet: &[u8], bits: u32) -> String {
    let mask = (1u32 << bits) - 1;
    let (mut acc, mut held) = (0u32, 0u32);
    let mut out = String::with_capacity((bytes.len() * 8).div_ceil(bits as usize));
    for &b in bytes {
        acc = (acc << 8 | u32::from(b)) & 0xffff;
        held += 8;
        while held >= bits {
            held -= bits;
            out.push(char::from(alphabet[(acc >> held & mask) as usize]));
        }
    }
    if held > 0 {
        out.push(char::from(alphabet[(acc << (bits - held) & mask) as usize]));
    }
    out
}

/// Reads characters of `bits` bits each back into bytes; leftover bits are padding.
fn decode(text: &str, bits: u32, value: impl Fn(char) -> Option<u8>) -> Result<Vec<u8>, Error> {
    let (mut acc, mut held) = (0u32, 0u32);
    let mut out = Vec::with_capacity(text.len() * bits as usize / 8);
    for c in text.chars() {
        let v = value(c).ok_or(Error::BadCharacter(c))?;
        acc = (acc << bits | u32::from(v)) & 0xffff;
        held += bits;
        if held >= 8 {
            held -= 8;
            out.push((acc >> held) as u8);
        }
    }
    Ok(out)
}

pub fn to_base64url(bytes: &[u8]) -> String {
    encode(bytes, BASE64URL, 6)
}

pub fn from_base64url(text: &str) -> Result<Vec<u8>, Error> {
    decode(text, 6, |c| BASE64URL.iter().position(|&a| char::from(a) == c).map(|p| p as u8))
}

pub fn to_base32(bytes: &[u8]) -> String {
    encode(bytes, BASE32, 5)
}

/// Case does not matter, and O, I and L read as 0, 1 and 1.
pub fn from_base32(text: &str) -> Result<Vec<u8>, Error> {
    decode(text, 5, |c| {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        BASE32.iter().position(|&a| char::from(a) == c).map(|p| p as u8)
    })
}

/// CRC-16/CCITT-FALSE. It catches every error in up to 16 neighbouring bits:
/// any one mistyped character, and two neighbours swapped.
pub fn crc16(bytes: &[u8]) -> u16 {
    bytes.iter().fold(0xffff, |crc, &b| (0..8).fold(crc ^ u16::from(b) << 8, |c, _| if c & 0x8000 != 0 { c << 1 ^ 0x1021 } else { c << 1 }))
}

/// Appends the checksum.
pub fn seal(mut bytes: Vec<u8>) -> Vec<u8> {
    let crc = crc16(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    bytes
}

/// The bytes before a matching checksum, or [`Error::Checksum`].
pub fn unseal(bytes: &[u8]) -> Result<&[u8], Error> {
    match bytes.len().checked_sub(2).map(|n| bytes.split_at(n)) {
        Some((body, crc)) if !body.is_empty() && crc16(body).to_be_bytes() == crc => Ok(body),
        _ => Err(Error::Checksum),
    }
}

/// Reads fields in order; running out of bytes is [`Error::Damaged`].
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes }
    }

    pub fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if n > self.bytes.len() {
            return Err(Error::Damaged);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    pub fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }

    pub fn u16(&mut self) -> Result<u16, Error> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    pub fn u32(&mut self) -> Result<u32, Error> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A string of `u8` length in UTF-8.
    pub fn text(&mut self) -> Result<String, Error> {
        let n = self.u8()?;
        let bytes = self.take(usize::from(n))?;
        String::from_utf8(bytes.to_vec()).map_err(|_| Error::Damaged)
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

/// Writes a string with its `u8` byte length, cut at a character boundary
/// to fit 255 bytes.
pub fn put_text(out: &mut Vec<u8>, text: &str) {
    let mut end = text.len().min(255);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    out.push(end as u8);
    out.extend_from_slice(&text.as_bytes()[..end]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_values() {
        assert_eq!(to_base64url(b"hi?"), "aGk_");
        assert_eq!(to_base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(to_base32(b"f"), "CR");
        assert_eq!(crc16(b"123456789"), 0x29b1);
        assert_eq!(from_base32("oil"), from_base32("011"));
    }

    proptest! {
        #[test]
        fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(from_base64url(&to_base64url(&bytes)).unwrap(), bytes);
        }

        #[test]
        fn base32_round_trips_in_any_case(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let text = to_base32(&bytes);
            prop_assert_eq!(from_base32(&text.to_lowercase()).unwrap(), bytes);
        }

        #[test]
        fn one_mistyped_character_is_caught(bytes in proptest::collection::vec(any::<u8>(), 1..60), at: usize, by in 1u8..32) {
            let text = to_base32(&seal(bytes));
            let at = at % text.len();
            let mut chars: Vec<char> = text.chars().collect();
            let old = BASE32.iter().position(|&a| char::from(a) == chars[at]).unwrap_or(0) as u8;
            chars[at] = char::from(BASE32[usize::from((old + by) % 32)]);
            let typo: String = chars.into_iter().collect();
            let read = from_base32(&typo).unwrap();
            // The last character may carry only padding bits; then nothing changed.
            prop_assume!(read != from_base32(&text).unwrap());
            prop_assert_eq!(unseal(&read), Err(Error::Checksum));
        }

        #[test]
        fn swapped_neighbours_are_caught(bytes in proptest::collection::vec(any::<u8>(), 1..60), at: usize) {
            let text = to_base32(&seal(bytes));
            let mut chars: Vec<char> = text.chars().collect();
            let at = at % (chars.len() - 1);
            chars.swap(at, at + 1);
            let read = from_base32(&chars.into_iter().collect::<String>()).unwrap();
            prop_assume!(read != from_base32(&text).unwrap());
            prop_assert_eq!(unseal(&read), Err(Error::Checksum));
        }
    }
}
