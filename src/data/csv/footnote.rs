//! Lines under a table that are notes, not rows: Excel keeps a table's footnotes and its
//! source in the sheet below it, where a reader of the table expects them.

use super::read::CsvRecord;

/// What a footnote labelled as the table's source names: `Источник: БНС` → `БНС`.
pub(super) fn source_line(text: &str) -> Option<&str> {
    let (label, rest) = text.split_once(':')?;
    let label = crate::locale::lowercase(label.trim());
    let sources = [
        "источник",
        "источники",
        "дереккөз",
        "дереккөзі",
        "source",
        "sources",
    ];
    (sources.contains(&label.as_str()) && !rest.trim().is_empty()).then(|| rest.trim())
}

/// The text of a row that reads as a footnote: one cell filled in, marked as one (`*`, `¹`),
/// labelled (`Примечание: …`) or a sentence of four words or more, where a region's name
/// with its figures missing is none of these.
pub(super) fn footnote(record: &CsvRecord) -> Option<&str> {
    let mut filled = record
        .fields
        .iter()
        .map(|f| f.trim())
        .filter(|f| !f.is_empty());
    let text = filled.next().filter(|_| filled.next().is_none())?;
    let marked = matches!(text.chars().next(), Some('*' | '¹' | '²' | '³')) || text.contains(':');
    (marked || text.split(' ').filter(|w| !w.is_empty()).count() >= 4).then_some(text)
}
