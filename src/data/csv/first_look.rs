//! One look at every cell before any is read: what a comma that could group thousands
//! means in each column, and which columns hold words rather than figures. Decided from
//! the whole file, so that a cell is read the same wherever it stands.

use super::super::number::{parse_number, Comma};
use super::read::Opened;
use super::regions::script_lang;
use crate::locale::Lang;

/// What a column's cells hold, seen at a first look: whether a column of words is to be left
/// out rather than refused a cell at a time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Cells {
    /// Nothing yet, or only "no data" marks.
    None,
    /// Words alone (`Иванов И. И.`, `см. примечание`).
    Words,
    /// A figure in at least one cell.
    Figures,
}

impl Cells {
    /// What the column holds with `text` seen too.
    pub(super) fn and(self, text: &str) -> Cells {
        if self == Cells::Figures {
            return self;
        }
        // Letters and no digit: `56 ед.` stays a figure misread, `#DIV/0!` a formula's
        // error, `1.2.3` a number's; `нет данных` is no data.
        if words(text) {
            return match parse_number(text, Comma::Decimal, true) {
                Ok(None) => self,
                _ => Cells::Words,
            };
        }
        let number = |comma| matches!(parse_number(text, comma, true), Ok(Some(_)));
        if number(Comma::Decimal) || number(Comma::Thousands) {
            Cells::Figures
        } else {
            self
        }
    }
}

/// Whether `text` is words: letters, and no digit or formula's `#`.
fn words(text: &str) -> bool {
    text.contains(char::is_alphabetic) && !text.contains(|c: char| c.is_ascii_digit() || c == '#')
}

/// What a comma that could group thousands (`1,234`) means in each column of a file.
pub(super) struct Commas {
    columns: Vec<Comma>,
    file: Comma,
}

impl Commas {
    pub(super) fn of(&self, column: usize) -> Comma {
        self.columns.get(column).copied().unwrap_or(self.file)
    }

    /// For a widened table's columns, each of those of the file it comes `from`.
    pub(super) fn of_columns(&self, from: &[usize]) -> Commas {
        Commas {
            columns: from.iter().map(|&c| self.of(c)).collect(),
            file: self.file,
        }
    }
}

/// Decides [`Commas`]: from what a column's own cells show ([`Comma::shown_by`]), else from
/// what the whole file's cells show when they agree, else from the delimiter (Excel separates
/// fields with `;` where the comma is the decimal mark, and with `,` where it is not; but
/// LibreOffice writes `,` whatever the locale, so the numbers outrank it), else from the
/// script its words are written in (a tab-separated table with Cyrillic, or Kazakh Latin
/// letters, comes from a Kazakh or Russian spreadsheet). Never from the reader's language: a file's `1,250` means
/// the same to every reader of the page, and in every language they switch to.
///
/// The same look at every cell tells what each column holds ([`Cells`]).
pub(super) fn first_look(opened: &Opened<'_>) -> (Commas, Vec<Cells>) {
    // Per column: cells showing a decimal comma, cells showing a grouping one.
    let mut shown: Vec<[usize; 2]> = Vec::new();
    let mut cells: Vec<Cells> = Vec::new();
    opened.scan_fields(|column, text| {
        if cells.len() <= column {
            cells.resize(column + 1, Cells::None);
        }
        cells[column] = cells[column].and(text);
        let Some(comma) = Comma::shown_by(text) else {
            return;
        };
        if shown.len() <= column {
            shown.resize(column + 1, [0, 0]);
        }
        shown[column][usize::from(comma == Comma::Thousands)] += 1;
    });
    let one_way = |[decimal, thousands]: [usize; 2]| match (decimal > 0, thousands > 0) {
        (true, false) => Some(Comma::Decimal),
        (false, true) => Some(Comma::Thousands),
        _ => None,
    };
    let total = shown
        .iter()
        .fold([0, 0], |[d, t], [cd, ct]| [d + cd, t + ct]);
    let file = one_way(total).unwrap_or(match opened.delimiter {
        b';' => Comma::Decimal,
        b',' => Comma::Thousands,
        // Kazakh in the Latin alphabet of 2021 (Jetisu, Ülken, Şyğys) writes decimal commas.
        _ if opened.text().contains(|c| "äğñöūüışçÄĞÑÖŪÜŞÇİ".contains(c)) => {
            Comma::Decimal
        }
        _ => Comma::of(script_lang(opened.text()).unwrap_or(Lang::Kk)),
    });
    let commas = Commas {
        columns: shown
            .into_iter()
            .map(|s| one_way(s).unwrap_or(file))
            .collect(),
        file,
    };
    (commas, cells)
}
