//! Finding a region of the registry from whatever a spreadsheet calls it.
//!
//! Tables from akimats, the Bureau of National Statistics and newspapers name the same
//! region as `Жетісу облысы`, `область Жетісу`, `Жетісу обл.`, `ZHETYSU REGION` or `KZ-33`.
//! Names are compared on their letters only, first whole (so `Алматы` is the city and
//! `Алматы облысы` the region), then without the words for "region" or "city". A name that
//! is still unknown is refused, with the closest registry name as a suggestion, because a
//! mistyped region must never become a new bar or vanish.

use super::super::registry::{RegionKind, RegistryEntry, REGIONS};
use super::fold::{distance, key, words};
use crate::locale::Lang;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const REGION_WORDS: &[&str] = &[
    "облысы",
    "облыс",
    "обл",
    "область",
    "region",
    "oblast",
    "oblysy",
];
/// With the city's own: `а` and `ә` of the Bureau of National Statistics' `г.а.` and `қ.ә.`
/// (its city administrations), `c` of `Almaty c.`.
const CITY_WORDS: &[&str] = &[
    "қаласы",
    "қала",
    "қ",
    "ә",
    "город",
    "гор",
    "г",
    "а",
    "city",
    "c",
    "qalasy",
];

/// Other names tables use, by ISO code: former names (Нур-Султан in 2019–2022, Алма-Ата),
/// the abbreviations of official tables (ВКО, ШҚО), Russian adjectives and spellings of the
/// regions made in 2022, and other romanisations. They never outrank a registry name.
const ALIASES: &[(&str, &str)] = &[
    ("KZ-71", "Нур-Султан"),
    ("KZ-71", "Нұр-Сұлтан"),
    ("KZ-71", "Nur-Sultan"),
    ("KZ-75", "Алма-Ата"),
    ("KZ-75", "Alma-Ata"),
    ("KZ-63", "ВКО"),
    ("KZ-63", "ШҚО"),
    ("KZ-27", "ЗКО"),
    ("KZ-27", "БҚО"),
    ("KZ-59", "СКО"),
    ("KZ-59", "СҚО"),
    ("KZ-10", "Абайская область"),
    ("KZ-33", "Жетысуская область"),
    ("KZ-33", "область Жетысу"),
    ("KZ-62", "Улытауская область"),
    ("KZ-62", "область Улытау"),
    ("KZ-15", "Aqtobe Region"),
    ("KZ-15", "Aktyubinsk Region"),
    ("KZ-31", "Jambyl Region"),
    ("KZ-35", "Qaragandy Region"),
    ("KZ-35", "Karagandy Region"),
    ("KZ-39", "Qostanai Region"),
    ("KZ-39", "Kostanai Region"),
    ("KZ-43", "Qyzylorda Region"),
    ("KZ-47", "Mangistau Region"),
    ("KZ-47", "Mangghystau Region"),
    ("KZ-61", "Turkestan Region"),
    ("KZ-63", "Shygys Kazakhstan Region"),
];

/// The words for a total, as keys: a row of totals starts or ends with one, and a column of
/// totals is headed by one.
pub(super) const TOTAL_WORDS: &[&str] = &["итого", "всего", "барлығы", "барлыгы", "жиыны", "total"];

/// What else tables write in a row of totals, as keys: the whole country (`Республика
/// Казахстан`).
const TOTALS: &[&str] = &[
    "grandtotal",
    "республикаказахстан",
    "қазақстанреспубликасы",
    "казахстан",
    "қазақстан",
    "kazakhstan",
    "republicofkazakhstan",
    "рк",
    "қр",
    "республика",
    "республикеказахстан",
    "казахстанреспубликасы",
];

/// Words around a total's name that leave it a total: `По Республике Казахстан`,
/// `Республика бойынша`.
const BY: &[&str] = &["по", "бойынша"];

/// Whether a region cell says the row is a total rather than a region: `Итого`, `Всего по
/// республике`, `Барлығы:`, `Total`, `Республика Казахстан`, and in Kazakh's and English's
/// order `Абай облысы бойынша барлығы`, `Region total`.
pub(super) fn is_total(text: &str) -> bool {
    let mut words = words(text);
    words.retain(|w| !BY.contains(&w.as_str()));
    let ends = [words.first(), words.last()];
    let whole = words.concat();
    TOTAL_WORDS.contains(&whole.as_str())
        || TOTALS.contains(&whole.as_str())
        || ends
            .iter()
            .flatten()
            .any(|w| TOTAL_WORDS.contains(&w.as_str()))
}

/// A registry entry found for a name, and the languages whose name it matched (none for a
/// code), which tell the file's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    pub entry: &'static RegistryEntry,
    pub langs: [bool; 3],
}

/// The registry, indexed by the keys of its codes and names.
pub(super) struct Regions {
    whole: HashMap<String, Found>,
    /// Regions' names without the words for "region" (`Алматы` is Almaty Region here).
    regions: HashMap<String, Found>,
    /// Cities' names without the words for "city" (`Алматы` is the city here).
    cities: HashMap<String, Found>,
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    }
}

fn names(entry: &RegistryEntry) -> [(Lang, &'static str); 3] {
    [
        (Lang::Kk, entry.kk),
        (Lang::Ru, entry.ru),
        (Lang::En, entry.en),
    ]
}

/// `name`'s key without the words of `drop`, nor a row's number before it (`2. г. Алматы`).
fn without(name: &str, drop: &[&str]) -> String {
    words(name)
        .into_iter()
        .filter(|w| !drop.contains(&w.as_str()) && !w.bytes().all(|b| b.is_ascii_digit()))
        .collect::<Vec<_>>()
        .concat()
}

fn add(
    map: &mut HashMap<String, Found>,
    k: String,
    entry: &'static RegistryEntry,
    lang: Option<Lang>,
) {
    let found = map.entry(k).or_insert(Found {
        entry,
        langs: [false; 3],
    });
    if let Some(lang) = lang {
        if found.entry.code == entry.code {
            found.langs[lang_index(lang)] = true;
        }
    }
}

impl Regions {
    /// The index, built once: every CSV file looks names up in the same 20 units.
    pub fn get() -> &'static Regions {
        static INDEX: OnceLock<Regions> = OnceLock::new();
        INDEX.get_or_init(Regions::new)
    }

    fn new() -> Self {
        let mut whole = HashMap::default();
        let mut regions = HashMap::default();
        let mut cities = HashMap::default();
        for entry in REGIONS {
            add(&mut whole, key(entry.code), entry, None);
            for (lang, name) in names(entry) {
                add(&mut whole, key(name), entry, Some(lang));
                match entry.kind {
                    RegionKind::Region => {
                        add(&mut regions, without(name, REGION_WORDS), entry, Some(lang))
                    }
                    RegionKind::City => {
                        add(&mut cities, without(name, CITY_WORDS), entry, Some(lang))
                    }
                }
            }
        }
        for &(code, alias) in ALIASES {
            let Some(entry) = REGIONS.iter().find(|e| e.code == code) else {
                continue;
            };
            add(&mut whole, key(alias), entry, None);
            match entry.kind {
                RegionKind::Region => add(&mut regions, without(alias, REGION_WORDS), entry, None),
                RegionKind::City => add(&mut cities, without(alias, CITY_WORDS), entry, None),
            }
        }
        Regions {
            whole,
            regions,
            cities,
        }
    }

    /// The registry entry `text` names, if exactly one.
    pub fn find(&self, text: &str) -> Option<Found> {
        if let Some(found) = self.whole.get(&key(text)) {
            return Some(*found);
        }
        let as_region = Some(without(text, REGION_WORDS)).filter(|k| !k.is_empty());
        let as_city = Some(without(text, CITY_WORDS)).filter(|k| !k.is_empty());
        let region = as_region.and_then(|k| self.regions.get(&k));
        let city = as_city.and_then(|k| self.cities.get(&k));
        match (region, city) {
            (Some(found), None) | (None, Some(found)) => Some(*found),
            _ => None,
        }
    }

    /// The registry name, in `lang`, closest to an unknown `text`, if close enough to be a
    /// likely typo. Both the whole name and the name without "region" / "city" are tried, so
    /// `Жетсу` and `Karaganda Reigon` both find theirs.
    ///
    /// A suggestion starts with the same letter (Kazakh's read as Russian's: `Караганды`
    /// finds `Қарағанды`), and is a city where the name says city or a region where it says
    /// region: `ЮКО` had been offered `ЗКО`, `Оңтүстік` (south) `Солтүстік` (north), and
    /// `Алматы г.а.` Almaty Region, each a wrong place to put a file's figures.
    pub fn suggest(&self, text: &str, lang: Lang) -> Option<&'static str> {
        let whole = key(text);
        let bare = without(text, &[REGION_WORDS, CITY_WORDS].concat());
        let written = words(text);
        let says = |list: &[&str]| written.iter().any(|w| list.contains(&w.as_str()));
        let kind = match (says(CITY_WORDS), says(REGION_WORDS)) {
            (true, false) => Some(RegionKind::City),
            (false, true) => Some(RegionKind::Region),
            _ => None,
        };
        let mut best: Option<(usize, &'static RegistryEntry)> = None;
        for (typed, table) in [
            (&whole, &self.whole),
            (&bare, &self.regions),
            (&bare, &self.cities),
        ] {
            let len = typed.chars().count();
            if len == 0 || len > 64 {
                continue;
            }
            let limit = (len / 3).clamp(1, 3);
            for (k, found) in table {
                if kind.is_some_and(|kind| found.entry.kind != kind) || initial(typed) != initial(k)
                {
                    continue;
                }
                let d = distance(typed, k);
                let better = match best {
                    None => true,
                    Some((b, e)) => (d, found.entry.code) < (b, e.code),
                };
                if d <= limit && better {
                    best = Some((d, found.entry));
                }
            }
        }
        best.map(|(_, entry)| names(entry)[lang_index(lang)].1)
    }
}

/// Whether `text` names South Kazakhstan Region, split in 2018 into Turkistan Region and
/// the city of Shymkent: neither of them alone holds its figures, so none is suggested.
pub(super) fn is_south_kazakhstan(text: &str) -> bool {
    const NAMES: &[&str] = &[
        "юко",
        "южноказахстанская",
        "оңтүстікқазақстан",
        "southkazakhstan",
        "ontustikqazaqstan",
        "kzyuz",
    ];
    NAMES.contains(&without(text, REGION_WORDS).as_str())
}

/// The first letter of a key, a Kazakh letter read as the Russian one it is typed as
/// without a Kazakh keyboard.
fn initial(key: &str) -> Option<char> {
    let c = key.chars().next()?;
    Some(crate::locale::russian_for(c).unwrap_or(c))
}

/// The language a name is written in, judged by its letters: Kazakh letters, other
/// Cyrillic, Latin.
pub(super) fn script_lang(text: &str) -> Option<Lang> {
    if text.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c)) {
        Some(Lang::Kk)
    } else if text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
        Some(Lang::Ru)
    } else if text.chars().any(|c| c.is_ascii_alphabetic()) {
        Some(Lang::En)
    } else {
        None
    }
}

/// The language most names matched; ties go to `hint`, then kk → ru → en.
pub(super) fn apparent_lang(votes: [usize; 3], hint: Lang) -> Lang {
    let most = votes.iter().copied().max().unwrap_or(0);
    if votes[lang_index(hint)] == most {
        return hint;
    }
    Lang::ALL
        .into_iter()
        .find(|&l| votes[lang_index(l)] == most)
        .unwrap_or(hint)
}

pub(super) fn vote(votes: &mut [usize; 3], lang: Lang) {
    votes[lang_index(lang)] += 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<&'static str> {
        Regions::get().find(text).map(|f| f.entry.code)
    }

    #[test]
    fn names_codes_and_short_forms() {
        let cases = [
            ("Жетісу", "KZ-33"),
            ("область Жетісу", "KZ-33"),
            ("ZHETYSU REGION", "KZ-33"),
            ("KZ-33", "KZ-33"),
            ("kz 33", "KZ-33"),
            ("  Жетісу  облысы ", "KZ-33"),
            ("Жетісу обл.", "KZ-33"),
            ("Алматы", "KZ-75"),
            ("г. Алматы", "KZ-75"),
            ("Алматы қаласы", "KZ-75"),
            ("Almaty city", "KZ-75"),
            ("Алматы облысы", "KZ-19"),
            ("Алматинская область", "KZ-19"),
            ("Алматинская", "KZ-19"),
            ("Almaty Region", "KZ-19"),
            ("Алматы обл", "KZ-19"),
            ("Западно-Казахстанская область", "KZ-27"),
            ("западно казахстанская", "KZ-27"),
            ("Астана", "KZ-71"),
            ("город Шымкент", "KZ-79"),
            ("Ұлытау", "KZ-62"),
            // Former names, abbreviations, Russian forms and other romanisations.
            ("Нур-Султан", "KZ-71"),
            ("г. Нур-Султан", "KZ-71"),
            ("Nur-Sultan", "KZ-71"),
            ("Алма-Ата", "KZ-75"),
            ("ВКО", "KZ-63"),
            ("ШҚО", "KZ-63"),
            ("Абайская область", "KZ-10"),
            ("область Жетысу", "KZ-33"),
            ("Aqtobe", "KZ-15"),
            ("Qaragandy Oblast", "KZ-35"),
            ("Mangistau", "KZ-47"),
            ("Kostanai", "KZ-39"),
            // The Bureau of National Statistics' city administrations, a numbered row.
            ("Алматы г.а.", "KZ-75"),
            ("г.Алматы (г.а.)", "KZ-75"),
            ("Алматы қ.ә.", "KZ-75"),
            ("Шымкент қ.ә.", "KZ-79"),
            ("Almaty c.", "KZ-75"),
            ("2. г. Алматы", "KZ-75"),
            ("12 Жетісу облысы", "KZ-33"),
        ];
        for (text, expected) in cases {
            assert_eq!(code(text), Some(expected), "{text}");
        }
        for text in [
            "Жетсу",
            "область",
            "",
            "Казахстан",
            "г.",
            "Алматы город область",
        ] {
            assert_eq!(code(text), None, "{text}");
        }
    }

    #[test]
    fn rows_of_totals() {
        for text in [
            "Итого",
            "Барлығы:",
            "Всего по республике",
            "Республика Казахстан",
            "По Республике Казахстан",
            "Республика бойынша",
            "Қазақстан Республикасы бойынша",
            "Total",
        ] {
            assert!(is_total(text), "{text}");
        }
        for text in ["Жетісу облысы", "Алматы", "Республиканский центр"]
        {
            assert!(!is_total(text), "{text}");
        }
    }

    #[test]
    fn the_language_of_the_name_that_matched() {
        let r = Regions::get();
        assert_eq!(r.find("Жетісу облысы").unwrap().langs, [true, false, false]);
        assert_eq!(
            r.find("Актюбинская область").unwrap().langs,
            [false, true, false]
        );
        assert_eq!(r.find("KZ-15").unwrap().langs, [false, false, false]);
        assert_eq!(r.find("Астана").unwrap().langs, [true, true, false]);
    }

    #[test]
    fn suggestions_for_typos() {
        let r = Regions::get();
        assert_eq!(r.suggest("Жетсу", Lang::Kk), Some("Жетісу облысы"));
        assert_eq!(r.suggest("Жетсу", Lang::Ru), Some("область Жетісу"));
        assert_eq!(r.suggest("Zhetisu", Lang::En), Some("Zhetysu Region"));
        assert_eq!(
            r.suggest("Караганды обл", Lang::Kk),
            Some("Қарағанды облысы")
        );
        assert_eq!(
            r.suggest("Karaganda Reigon", Lang::En),
            Some("Karaganda Region")
        );
        assert_eq!(r.suggest("Москва", Lang::Ru), None);
        // Never a neighbour's name: another compass point, a region for a city.
        assert_eq!(r.suggest("ЮКО", Lang::Ru), None);
        assert_eq!(r.suggest("Оңтүстік Қазақстан облысы", Lang::Kk), None);
        assert_eq!(r.suggest("Алмати гор.", Lang::En), Some("Almaty"));
        assert_eq!(r.suggest("Алмати обл", Lang::En), Some("Almaty Region"));
        assert_eq!(r.suggest("", Lang::Ru), None);
    }

    #[test]
    fn the_apparent_language() {
        assert_eq!(apparent_lang([3, 1, 0], Lang::En), Lang::Kk);
        assert_eq!(apparent_lang([1, 1, 0], Lang::Ru), Lang::Ru);
        assert_eq!(apparent_lang([1, 1, 0], Lang::En), Lang::Kk);
        assert_eq!(apparent_lang([0, 0, 0], Lang::En), Lang::En);
        assert_eq!(script_lang("Жетысу"), Some(Lang::Ru));
        assert_eq!(script_lang("Жетісу"), Some(Lang::Kk));
        assert_eq!(script_lang("Zhetysu"), Some(Lang::En));
    }
}
