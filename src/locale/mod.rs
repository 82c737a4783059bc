//! Languages: every phrase, the way numbers are written and read, alphabetical order and
//! lower-casing in each.
//!
//! Every other module asks this one how to say or write something, so the rules for
//! Kazakh, Russian and English live in one place and a missing translation is a compile
//! error (the catalogue is an exhaustive `match`), not a blank label. This module depends on
//! nothing else in the crate.

mod case;
mod collate;
mod messages;
mod number;

pub use case::{lower, lowercase, mid_line, sentence};
pub use collate::compare as collate;
#[cfg(feature = "csv")]
pub(crate) use collate::russian_for;
pub use messages::Msg;
pub use number::{carried, format_number, format_percent, is_thousands, parse_decimal};

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language the widget speaks. Kazakh comes first: it is the state language and the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Kk,
    Ru,
    En,
}

impl Lang {
    /// Every language, in the order names fall back to when one is missing (kk → ru → en).
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The BCP 47 tag, as used in HTML `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language tag the widget does not speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language '{}' (expected kk, ru or en)", self.0)
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Accepts the bare tag and regional variants (`ru-KZ`, `kk_KZ`), case-insensitively.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let primary = s
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "kk" | "kz" => Ok(Lang::Kk),
            "ru" => Ok(Lang::Ru),
            "en" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags_and_regional_variants() {
        assert_eq!("kk".parse(), Ok(Lang::Kk));
        assert_eq!("ru-KZ".parse(), Ok(Lang::Ru));
        assert_eq!(" EN ".parse(), Ok(Lang::En));
        assert_eq!(
            "de".parse::<Lang>().unwrap_err().to_string(),
            "unknown language 'de' (expected kk, ru or en)"
        );
    }
}
