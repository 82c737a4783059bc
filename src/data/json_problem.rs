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
    /// A number JSON does not read: `0377`, `1.`, `1e`.
    BadNumber,
    /// A number written the way a Kazakh or Russian spreadsheet shows it, `1,5` or `1 000`,
    /// or with a `+`: JSON reads a different sentence into it (a comma, a missing comma).
    NumberStyle,
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
    /// Reads serde_json's description of an error (without its " at line L column C"):
    /// `syntax` for a file that is not well-formed JSON, otherwise a value the format refuses.
    pub fn read(detail: &str, syntax: bool) -> JsonProblem {
        let problem = if syntax {
            JsonProblem::syntax(detail)
        } else {
            JsonProblem::data(detail)
        };
        problem.unwrap_or_else(|| JsonProblem::Other(detail.to_owned()))
    }

    fn syntax(detail: &str) -> Option<JsonProblem> {
        use JsonProblem::*;
        Some(match detail {
            "expected `:`" => ExpectedColon,
            "expected `,` or `]`" => ExpectedComma { close: ']' },
            "expected `,` or `}`" => ExpectedComma { close: '}' },
            "expected value" | "expected ident" => ExpectedValue,
            "trailing comma" => TrailingComma,
            "trailing characters" => TrailingCharacters,
            "invalid number" => BadNumber,
            "number out of range" => NumberOutOfRange,
            "key must be a string" => KeyNotString,
            "invalid escape"
            | "invalid unicode code point"
            | "lone leading surrogate in hex escape"
            | "unexpected end of hex escape"
            | "control character (\\u0000-\\u001F) found while parsing a string" => BadString,
            _ if detail.starts_with("EOF while parsing") => UnexpectedEnd,
            _ => return None,
        })
    }

    // The reader's own text (a key, a refused string) sits inside these sentences and may
    // hold anything, ", expected " and backticks included: each is cut at serde's words
    // from the end, where only the format's names follow.
    fn data(detail: &str) -> Option<JsonProblem> {
        use JsonProblem::*;
        let found_expected = |rest: &str| {
            let (found, expected) = split_at_last(rest, ", expected ")?;
            Some((Shape::found(found)?, Shape::expected(expected)?))
        };
        if let Some(rest) = detail.strip_prefix("invalid type: ") {
            let (found, expected) = found_expected(rest)?;
            return Some(WrongType { expected, found });
        }
        if let Some(rest) = detail.strip_prefix("invalid value: ") {
            // Only numbers are refused by value: a year beyond a 32-bit integer.
            let (found, _) = found_expected(rest)?;
            return matches!(found, Shape::Number | Shape::Fraction).then_some(NumberOutOfRange);
        }
        if let Some(rest) = detail.strip_prefix("invalid length ") {
            // An object written as a list: `"source": []`.
            let (_, expected) = split_at_last(rest, ", expected ")?;
            return expected.starts_with("struct ").then_some(WrongType {
                expected: Shape::Object,
                found: Shape::List,
            });
        }
        if let Some(rest) = detail.strip_prefix("missing field `") {
            return Some(MissingField(rest.strip_suffix('`')?.to_owned()));
        }
        if let Some(rest) = detail.strip_prefix("duplicate field `") {
            return Some(DuplicateField(rest.strip_suffix('`')?.to_owned()));
        }
        if let Some(rest) = detail.strip_prefix("unknown field `") {
            let (field, allowed) = named(rest)?;
            return Some(UnknownField { field, allowed });
        }
        if let Some(rest) = detail.strip_prefix("unknown variant `") {
            let (value, allowed) = named(rest)?;
            return Some(UnknownValue { value, allowed });
        }
        None
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
            NumberStyle => Msg::JsonNumberStyle.text(lang).to_owned(),
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

/// `text` split around the last `words` in it: `str::rsplit_once` without the reverse
/// substring searcher it links (0.4 KB gzipped) for a few short messages.
pub(super) fn split_at_last<'a>(text: &'a str, words: &str) -> Option<(&'a str, &'a str)> {
    let at = (0..=text.len().checked_sub(words.len())?)
        .rev()
        .find(|&i| text.is_char_boundary(i) && text[i..].starts_with(words))?;
    Some((&text[..at], &text[at + words.len()..]))
}

/// Splits what follows "unknown field `" (or "unknown variant `") into the reader's name and
/// the names allowed: "colour`, expected one of `id`, `name`, `unit`".
fn named(rest: &str) -> Option<(String, Vec<String>)> {
    if let Some(name) = rest.strip_suffix("`, there are no fields") {
        return Some((name.to_owned(), Vec::new()));
    }
    let (name, expected) = split_at_last(rest, "`, expected ")?;
    let allowed = expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    Some((name.to_owned(), allowed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_at_last_cuts_where_rsplit_once_does() {
        for (text, words) in [
            (
                "unknown field `a, expected b`, expected `id`",
                "`, expected ",
            ),
            ("a at line at line 3 column 5", " at line "),
            ("Қате at line 1 column 2", " at line "),
            ("short", "longer words"),
            ("no words here", ", expected "),
        ] {
            assert_eq!(
                split_at_last(text, words),
                text.rsplit_once(words),
                "{text}"
            );
        }
    }

    #[test]
    fn an_unknown_sentence_keeps_the_parsers_words() {
        let p = JsonProblem::read("expected `\"`", true);
        assert_eq!(p, JsonProblem::Other("expected `\"`".into()));
        assert_eq!(p.describe(Lang::Ru), "ошибка JSON: expected `\"`");
        // A known opening with an unknown type is not guessed at either.
        let p = JsonProblem::read("invalid type: string \"x\", expected a tuple of 3", false);
        assert!(matches!(p, JsonProblem::Other(_)), "{p:?}");
    }

    #[test]
    fn the_readers_text_inside_a_sentence_is_taken_whole() {
        let p = JsonProblem::read(
            "unknown field `a`b, expected c`, expected `kk`, `ru`",
            false,
        );
        let want = JsonProblem::UnknownField {
            field: "a`b, expected c".into(),
            allowed: vec!["kk".into(), "ru".into()],
        };
        assert_eq!(p, want);
        let p = JsonProblem::read(
            "invalid type: string \"a, expected b\", expected f64",
            false,
        );
        let want = JsonProblem::WrongType {
            expected: Shape::Number,
            found: Shape::Text,
        };
        assert_eq!(p, want);
        // A key named like a syntax problem is still a key.
        let p = JsonProblem::read("unknown field `escape`, expected `kk` or `en`", false);
        assert!(matches!(p, JsonProblem::UnknownField { .. }), "{p:?}");
    }
}
