//! What is wrong with a JSON file, in the reader's language.
//!
//! serde_json says what went wrong in English sentences (`invalid type: string "377",
//! expected f64`), naming Rust types a dataset's author never wrote. The widget speaks Kazakh
//! first, so those sentences are read back into a closed set of problems that each language
//! words itself. Only a sentence this list does not know keeps the parser's text; the tests
//! pin each kind, so a serde_json release that rewords one fails them rather than a reader.

use crate::locale::{Lang, Msg};

/// One thing wrong with a JSON file, as the reader should hear it.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonProblem {
    /// The text stops inside an object, a list or a string.
    UnexpectedEnd,
    /// A field name not followed by `:`.
    ExpectedColon,
    /// Inside an object or a list, something other than `,` or the closing bracket.
    ExpectedComma {
        close: char,
    },
    /// Something that is not a value where one belongs (a misspelt `true`, a bare word).
    ExpectedValue,
    TrailingComma,
    /// More text after the closing bracket of the document.
    TrailingCharacters,
    BadNumber,
    NumberOutOfRange,
    /// A string with a raw line break or tab, or a broken `\` escape.
    BadString,
    /// An object key without double quotes.
    KeyNotString,
    WrongType {
        expected: Shape,
        found: Shape,
    },
    MissingField(String),
    UnknownField {
        field: String,
        allowed: Vec<String>,
    },
    DuplicateField(String),
    /// A word outside a fixed list (an indicator's `unit`).
    UnknownValue {
        value: String,
        allowed: Vec<String>,
    },
    /// A sentence not listed above, in the parser's own words.
    Other(String),
}

/// What kind of value a place in the file holds or wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Number,
    WholeNumber,
    Fraction,
    Text,
    /// An object of kk/ru/en names.
    Names,
    /// One text, or an object of kk/ru/en names.
    TextOrNames,
    List,
    Object,
    Boolean,
    Null,
}

impl JsonProblem {
    /// Reads serde_json's description of an error (without its " at line L column C").
    pub fn read(detail: &str) -> JsonProblem {
        use JsonProblem::*;
        let found_expected = |rest: &str| {
            let (found, expected) = rest.split_once(", expected ")?;
            Some((Shape::found(found)?, Shape::expected(expected)?))
        };
        let problem = match detail {
            "expected `:`" => Some(ExpectedColon),
            "expected `,` or `]`" => Some(ExpectedComma { close: ']' }),
            "expected `,` or `}`" => Some(ExpectedComma { close: '}' }),
            "expected value" | "expected ident" => Some(ExpectedValue),
            "trailing comma" => Some(TrailingComma),
            "trailing characters" => Some(TrailingCharacters),
            "invalid number" => Some(BadNumber),
            "number out of range" => Some(NumberOutOfRange),
            "key must be a string" => Some(KeyNotString),
            _ if detail.starts_with("EOF while parsing") => Some(UnexpectedEnd),
            _ if ["escape", "control character", "surrogate", "code point"]
                .iter()
                .any(|s| detail.contains(s)) =>
            {
                Some(BadString)
            }
            _ => None,
        };
        problem
            .or_else(|| {
                if let Some(rest) = detail.strip_prefix("invalid type: ") {
                    let (found, expected) = found_expected(rest)?;
                    return Some(WrongType { expected, found });
                }
                if let Some(rest) = detail.strip_prefix("invalid value: ") {
                    // Only numbers are refused by value: a year beyond a 32-bit integer.
                    let (found, _) = found_expected(rest)?;
                    return matches!(found, Shape::Number | Shape::Fraction)
                        .then_some(NumberOutOfRange);
                }
                if let Some(rest) = detail.strip_prefix("invalid length ") {
                    // An object written as a list: `"source": []`.
                    let (_, expected) = rest.split_once(", expected ")?;
                    return expected.starts_with("struct ").then_some(WrongType {
                        expected: Shape::Object,
                        found: Shape::List,
                    });
                }
                let (first, allowed) = quoted(detail);
                let first = first?;
                if detail.starts_with("missing field ") {
                    Some(MissingField(first))
                } else if detail.starts_with("duplicate field ") {
                    Some(DuplicateField(first))
                } else if detail.starts_with("unknown field ") {
                    Some(UnknownField {
                        field: first,
                        allowed,
                    })
                } else if detail.starts_with("unknown variant ") {
                    Some(UnknownValue {
                        value: first,
                        allowed,
                    })
                } else {
                    None
                }
            })
            .unwrap_or_else(|| Other(detail.to_owned()))
    }

    /// The problem worded in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        use JsonProblem::*;
        let list = |names: &[String]| names.join(", ");
        match self {
            UnexpectedEnd => Msg::JsonUnexpectedEnd.text(lang).to_owned(),
            ExpectedColon => Msg::JsonExpectedColon.text(lang).to_owned(),
            ExpectedComma { close } => {
                Msg::JsonExpectedComma.fill(lang, &[("close", &close.to_string())])
            }
            ExpectedValue => Msg::JsonExpectedValue.text(lang).to_owned(),
            TrailingComma => Msg::JsonTrailingComma.text(lang).to_owned(),
            TrailingCharacters => Msg::JsonTrailingCharacters.text(lang).to_owned(),
            BadNumber => Msg::JsonBadNumber.text(lang).to_owned(),
            NumberOutOfRange => Msg::JsonNumberOutOfRange.text(lang).to_owned(),
            BadString => Msg::JsonBadString.text(lang).to_owned(),
            KeyNotString => Msg::JsonKeyNotString.text(lang).to_owned(),
            WrongType { expected, found } => Msg::JsonWrongType.fill(
                lang,
                &[
                    ("expected", expected.msg().text(lang)),
                    ("found", found.msg().text(lang)),
                ],
            ),
            MissingField(field) => Msg::JsonMissingField.fill(lang, &[("field", field)]),
            DuplicateField(field) => Msg::JsonDuplicateField.fill(lang, &[("field", field)]),
            UnknownField { field, allowed } => {
                Msg::JsonUnknownField.fill(lang, &[("field", field), ("allowed", &list(allowed))])
            }
            UnknownValue { value, allowed } => {
                Msg::JsonUnknownValue.fill(lang, &[("value", value), ("allowed", &list(allowed))])
            }
            Other(detail) => Msg::JsonOther.fill(lang, &[("detail", detail)]),
        }
    }
}

impl Shape {
    /// The value serde_json found: `string "377"`, `integer `5``, `map`, `null`, …
    fn found(text: &str) -> Option<Shape> {
        let word = text.split(' ').next()?;
        Some(match word {
            "string" | "char" => Shape::Text,
            "integer" => Shape::Number,
            "floating" => Shape::Fraction,
            "boolean" => Shape::Boolean,
            "null" | "unit" => Shape::Null,
            "sequence" => Shape::List,
            "map" => Shape::Object,
            _ => return None,
        })
    }

    /// What the format wanted, as serde names it: a Rust type or a visitor's own words.
    fn expected(text: &str) -> Option<Shape> {
        Some(match text {
            "f64" | "f32" => Shape::Number,
            "i32" | "i64" | "u32" | "u64" | "usize" => Shape::WholeNumber,
            "a string" | "variant identifier" => Shape::Text,
            "struct Text" => Shape::Names,
            "a string or an object with kk, ru and en" => Shape::TextOrNames,
            "a sequence" => Shape::List,
            "a boolean" => Shape::Boolean,
            "an object" | "a map" => Shape::Object,
            _ if text.starts_with("struct ") => Shape::Object,
            _ => return None,
        })
    }

    fn msg(self) -> Msg {
        match self {
            Shape::Number => Msg::ShapeNumber,
            Shape::WholeNumber => Msg::ShapeWholeNumber,
            Shape::Fraction => Msg::ShapeFraction,
            Shape::Text => Msg::ShapeText,
            Shape::Names => Msg::ShapeNames,
            Shape::TextOrNames => Msg::ShapeTextOrNames,
            Shape::List => Msg::ShapeList,
            Shape::Object => Msg::ShapeObject,
            Shape::Boolean => Msg::ShapeBoolean,
            Shape::Null => Msg::ShapeNull,
        }
    }
}

/// The names serde puts in backticks: the first (the field or value at fault), then the rest
/// (what is allowed), as in "unknown field `de`, expected one of `kk`, `ru`, `en`".
fn quoted(detail: &str) -> (Option<String>, Vec<String>) {
    let mut names = detail.split('`').skip(1).step_by(2).map(str::to_owned);
    (names.next(), names.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_sentence_keeps_the_parsers_words() {
        let p = JsonProblem::read("expected `\"`");
        assert_eq!(p, JsonProblem::Other("expected `\"`".into()));
        assert_eq!(p.describe(Lang::Ru), "ошибка JSON: expected `\"`");
        // A known opening with an unknown type is not guessed at either.
        let p = JsonProblem::read("invalid type: string \"x\", expected a tuple of 3");
        assert!(matches!(p, JsonProblem::Other(_)), "{p:?}");
    }

    #[test]
    fn names_in_backticks_are_taken_out_whole() {
        let (first, rest) = quoted("unknown variant `kg`, expected one of `count`, `percent`");
        assert_eq!(first.as_deref(), Some("kg"));
        assert_eq!(rest, ["count", "percent"]);
        assert_eq!(quoted("expected value"), (None, vec![]));
    }
}
