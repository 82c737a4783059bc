//! Turning a file's bytes into text without asking the reader which encoding it is in.
//!
//! Excel in Kazakhstan and Russia saves "CSV (разделители — точка с запятой)" in the ANSI code
//! page, Windows-1251, and "Unicode text" as UTF-16 with a byte-order mark; everything else
//! writes UTF-8. Valid UTF-8 is taken as is: Cyrillic text in Windows-1251 is practically
//! never valid UTF-8. Otherwise the bytes are read as Windows-1251 only when the result looks
//! like text (no control characters, letters that are Latin or Cyrillic, Cyrillic words not
//! changing case mid-word), so a spreadsheet saved as `.xlsx` or an image gets a clear
//! message instead of a page of mojibake.

use std::borrow::Cow;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes Windows-1251 bytes, or `None` for a byte the code page leaves undefined.
///
/// Natively this is `encoding_rs`. The WebAssembly build does not link `encoding_rs` (its
/// tables for every legacy encoding would triple the module); the web layer passes the
/// browser's own `TextDecoder` instead, which implements the same WHATWG Encoding Standard.
pub type LegacyDecoder = fn(&[u8]) -> Option<String>;

/// Windows-1251 through `encoding_rs`.
#[cfg(not(target_arch = "wasm32"))]
pub fn windows_1251(bytes: &[u8]) -> Option<String> {
    encoding_rs::WINDOWS_1251
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(Cow::into_owned)
}

/// Without a decoder from the web layer, legacy bytes are "not text".
#[cfg(target_arch = "wasm32")]
pub fn windows_1251(_bytes: &[u8]) -> Option<String> {
    None
}

/// The text of the file without any byte-order mark, or `None` when it is not text.
pub(super) fn decode(bytes: &[u8], windows_1251: LegacyDecoder) -> Option<Cow<'_, str>> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return std::str::from_utf8(rest).ok().map(Cow::Borrowed);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return text_only(Cow::Owned(utf16(rest, u16::from_le_bytes)?));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return text_only(Cow::Owned(utf16(rest, u16::from_be_bytes)?));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text_only(Cow::Borrowed(text));
    }
    let text = windows_1251(bytes)?;
    (looks_like_text(&text) && mostly_plain(&text)).then_some(Cow::Owned(text))
}

/// UTF-16 code units to text; `None` for an odd length or an unpaired surrogate.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    if bytes.len() % 2 != 0 {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

fn text_only(text: Cow<'_, str>) -> Option<Cow<'_, str>> {
    looks_like_text(&text).then_some(text)
}

/// No control characters but tab and line breaks: binary files almost always have some.
fn looks_like_text(text: &str) -> bool {
    !text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// Whether Windows-1251 output reads like a table written by a person: almost every
/// character is ASCII, a Cyrillic letter or common typography, and Cyrillic words do not
/// switch from lower to upper case in the middle (random bytes do so constantly).
fn mostly_plain(text: &str) -> bool {
    let (mut total, mut odd) = (0usize, 0usize);
    let (mut pairs, mut case_flips) = (0usize, 0usize);
    let mut previous = ' ';
    for c in text.chars() {
        total += 1;
        let usual = c.is_ascii()
            || is_cyrillic(c)
            || matches!(
                c,
                '«' | '»' | '–' | '—' | '№' | '…' | '“' | '”' | '„' | '‘' | '’'
            )
            || matches!(
                c,
                '\u{a0}' | '°' | '±' | '•' | '·' | '‰' | '§' | '©' | '®' | '™'
            );
        if !usual {
            odd += 1;
        }
        if is_cyrillic(previous) && is_cyrillic(c) && c.is_alphabetic() {
            pairs += 1;
            if previous.is_lowercase() && c.is_uppercase() {
                case_flips += 1;
            }
        }
        previous = c;
    }
    odd * 20 <= total && (pairs < 20 || case_flips * 10 <= pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode("Өңір;ҮЕҰ".as_bytes(), windows_1251).as_deref(),
            Some("Өңір;ҮЕҰ")
        );
        assert_eq!(
            decode("\u{feff}Регион".as_bytes(), windows_1251).as_deref(),
            Some("Регион")
        );
    }

    #[test]
    fn windows_1251_when_it_reads_as_text() {
        // "Регион;НПО\r\nобласть Абай;12" in Windows-1251.
        let mut bytes = vec![0xD0, 0xE5, 0xE3, 0xE8, 0xEE, 0xED, b';', 0xCD, 0xCF, 0xCE];
        bytes.extend_from_slice(b"\r\n");
        bytes.extend_from_slice(&[0xEE, 0xE1, 0xEB, 0xE0, 0xF1, 0xF2, 0xFC]);
        bytes.extend_from_slice(b" \xC0\xE1\xE0\xE9;12");
        assert_eq!(
            decode(&bytes, windows_1251).as_deref(),
            Some("Регион;НПО\r\nобласть Абай;12")
        );
    }

    #[test]
    fn utf16_with_a_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("Регион\t1".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&bytes, windows_1251).as_deref(), Some("Регион\t1"));
    }

    #[test]
    fn binary_and_random_bytes_are_not_text() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(decode(png, windows_1251), None);
        let zip = b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0";
        assert_eq!(decode(zip, windows_1251), None);
        // High bytes only: Cyrillic letters in Windows-1251, but not words.
        let mut state = 0x2545_f491_u32;
        let noise: Vec<u8> = (0..400)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                0xC0 | (state as u8 & 0x3F)
            })
            .collect();
        assert_eq!(decode(&noise, windows_1251), None);
    }
}
