//! Alphabetical order as each language has it.
//!
//! Unicode code-point order puts the Kazakh letters ә ғ қ ң ө ұ ү һ і after я, so a naive
//! sort lists «Қызылорда» after «Шымкент». Each language here sorts by its own alphabet;
//! characters outside it follow, in code-point order.

use super::Lang;
use std::cmp::Ordering;

const KAZAKH: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
const RUSSIAN: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

/// Kazakh letters in Russian text (names such as «область Ұлытау») and the Russian letter
/// each sorts after: Ұлытау among the У, not after Шымкент.
const KAZAKH_IN_RUSSIAN: [(char, char); 9] = [
    ('ә', 'а'),
    ('ғ', 'г'),
    ('қ', 'к'),
    ('ң', 'н'),
    ('ө', 'о'),
    ('ұ', 'у'),
    ('ү', 'у'),
    ('һ', 'х'),
    ('і', 'и'),
];

/// The Russian letter Kazakh letter `c` sorts after and is typed as without a Kazakh
/// keyboard (`қ` → `к`), if it is one.
pub(crate) fn russian_for(c: char) -> Option<char> {
    KAZAKH_IN_RUSSIAN.iter().find(|k| k.0 == c).map(|k| k.1)
}

/// Where `c` (already lower-case) falls in `lang`'s alphabet.
fn rank(c: char, lang: Lang) -> (u8, u32) {
    let alphabet = match lang {
        Lang::Kk => KAZAKH,
        Lang::Ru => RUSSIAN,
        Lang::En => "",
    };
    let (base, after) = match russian_for(c) {
        Some(base) if lang == Lang::Ru => (base, 1),
        _ => (c, 0),
    };
    match alphabet.chars().position(|a| a == base) {
        // Latin letters sort before Cyrillic in every language, as on a keyboard layout list.
        Some(i) => (1, 2 * i as u32 + after),
        None if c.is_ascii_alphanumeric() => (0, c as u32),
        None => (2, c as u32),
    }
}

/// Compares two names in `lang`'s alphabetical order, ignoring case.
pub fn compare(a: &str, b: &str, lang: Lang) -> Ordering {
    let key = |s: &str| {
        s.chars()
            .map(super::lower)
            .filter(|c| c.is_alphanumeric())
            .map(|c| rank(c, lang))
            .collect::<Vec<_>>()
    };
    key(a).cmp(&key(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: Lang, names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        v.sort_by(|a, b| compare(a, b, lang));
        v
    }

    #[test]
    fn kazakh_letters_sort_in_the_kazakh_alphabet() {
        let names = [
            "Шымкент",
            "Қызылорда",
            "Ақтөбе",
            "Алматы",
            "Ұлытау",
            "Үржар",
            "Іле",
        ];
        assert_eq!(
            sorted(Lang::Kk, &names),
            [
                "Ақтөбе",
                "Алматы",
                "Қызылорда",
                "Ұлытау",
                "Үржар",
                "Шымкент",
                "Іле"
            ]
        );
    }

    #[test]
    fn kazakh_letters_in_russian_sort_beside_their_russian_ones() {
        let names = [
            "Шымкент",
            "Ұлытау",
            "Уфа",
            "Улан",
            "Қостанай",
            "Кызыл",
            "Лиса",
        ];
        assert_eq!(
            sorted(Lang::Ru, &names),
            [
                "Кызыл",
                "Қостанай",
                "Лиса",
                "Улан",
                "Уфа",
                "Ұлытау",
                "Шымкент"
            ]
        );
    }

    #[test]
    fn russian_sorts_yo_after_ye() {
        let names = ["Ёлка", "Жук", "Ель", "Абай"];
        assert_eq!(sorted(Lang::Ru, &names), ["Абай", "Ель", "Ёлка", "Жук"]);
    }

    #[test]
    fn case_is_ignored() {
        assert_eq!(compare("абай", "Абай", Lang::Kk), Ordering::Greater);
        assert_eq!(compare("абай", "Бабай", Lang::Kk), Ordering::Less);
        assert_eq!(compare("apple", "Banana", Lang::En), Ordering::Less);
    }
}
