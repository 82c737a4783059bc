//! Kazakhstan's first-level units, so datasets and CSV files can name a region by its ISO code
//! or by its name in any of the three languages.
//!
//! The table is compiled in (about 2 KB) rather than fetched: the widget must work offline and
//! under a strict CSP. `data/regions-kz.json` is its cited source of truth, and a test checks
//! that the two agree.

use super::dataset::Text;

/// A region (облыс) or a city of republican significance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    Region,
    City,
}

/// One unit of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegistryEntry {
    /// ISO 3166-2:KZ code, e.g. `KZ-33`.
    pub code: &'static str,
    pub kind: RegionKind,
    pub kk: &'static str,
    pub ru: &'static str,
    pub en: &'static str,
}

impl RegistryEntry {
    pub fn name(&self) -> Text {
        Text {
            kk: Some(self.kk.to_owned()),
            ru: Some(self.ru.to_owned()),
            en: Some(self.en.to_owned()),
        }
    }
}

/// The 20 units after the 2022 reform: 17 regions and Astana, Almaty, Shymkent.
#[rustfmt::skip]
pub const REGIONS: &[RegistryEntry] = &[
    RegistryEntry { code: "KZ-10", kind: RegionKind::Region, kk: "Абай облысы", ru: "область Абай", en: "Abai Region" },
    RegistryEntry { code: "KZ-11", kind: RegionKind::Region, kk: "Ақмола облысы", ru: "Акмолинская область", en: "Akmola Region" },
    RegistryEntry { code: "KZ-15", kind: RegionKind::Region, kk: "Ақтөбе облысы", ru: "Актюбинская область", en: "Aktobe Region" },
    RegistryEntry { code: "KZ-19", kind: RegionKind::Region, kk: "Алматы облысы", ru: "Алматинская область", en: "Almaty Region" },
    RegistryEntry { code: "KZ-23", kind: RegionKind::Region, kk: "Атырау облысы", ru: "Атырауская область", en: "Atyrau Region" },
    RegistryEntry { code: "KZ-27", kind: RegionKind::Region, kk: "Батыс Қазақстан облысы", ru: "Западно-Казахстанская область", en: "West Kazakhstan Region" },
    RegistryEntry { code: "KZ-31", kind: RegionKind::Region, kk: "Жамбыл облысы", ru: "Жамбылская область", en: "Zhambyl Region" },
    RegistryEntry { code: "KZ-33", kind: RegionKind::Region, kk: "Жетісу облысы", ru: "область Жетісу", en: "Zhetysu Region" },
    RegistryEntry { code: "KZ-35", kind: RegionKind::Region, kk: "Қарағанды облысы", ru: "Карагандинская область", en: "Karaganda Region" },
    RegistryEntry { code: "KZ-39", kind: RegionKind::Region, kk: "Қостанай облысы", ru: "Костанайская область", en: "Kostanay Region" },
    RegistryEntry { code: "KZ-43", kind: RegionKind::Region, kk: "Қызылорда облысы", ru: "Кызылординская область", en: "Kyzylorda Region" },
    RegistryEntry { code: "KZ-47", kind: RegionKind::Region, kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region" },
    RegistryEntry { code: "KZ-55", kind: RegionKind::Region, kk: "Павлодар облысы", ru: "Павлодарская область", en: "Pavlodar Region" },
    RegistryEntry { code: "KZ-59", kind: RegionKind::Region, kk: "Солтүстік Қазақстан облысы", ru: "Северо-Казахстанская область", en: "North Kazakhstan Region" },
    RegistryEntry { code: "KZ-61", kind: RegionKind::Region, kk: "Түркістан облысы", ru: "Туркестанская область", en: "Turkistan Region" },
    RegistryEntry { code: "KZ-62", kind: RegionKind::Region, kk: "Ұлытау облысы", ru: "область Ұлытау", en: "Ulytau Region" },
    RegistryEntry { code: "KZ-63", kind: RegionKind::Region, kk: "Шығыс Қазақстан облысы", ru: "Восточно-Казахстанская область", en: "East Kazakhstan Region" },
    RegistryEntry { code: "KZ-71", kind: RegionKind::City, kk: "Астана", ru: "Астана", en: "Astana" },
    RegistryEntry { code: "KZ-75", kind: RegionKind::City, kk: "Алматы", ru: "Алматы", en: "Almaty" },
    RegistryEntry { code: "KZ-79", kind: RegionKind::City, kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
];

/// The unit with this ISO code (case-insensitive).
pub fn by_code(code: &str) -> Option<&'static RegistryEntry> {
    let code = code.trim();
    REGIONS.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_matches_data_regions_kz_json() {
        let text = include_str!("../../data/regions-kz.json");
        let file: serde_json::Value = serde_json::from_str(text).unwrap();
        let listed = file["regions"].as_array().unwrap();
        assert_eq!(listed.len(), REGIONS.len());
        for (entry, row) in REGIONS.iter().zip(listed) {
            assert_eq!(row["id"], entry.code);
            assert_eq!(row["name"]["kk"], entry.kk);
            assert_eq!(row["name"]["ru"], entry.ru);
            assert_eq!(row["name"]["en"], entry.en);
            let kind = if entry.kind == RegionKind::City {
                "city"
            } else {
                "region"
            };
            assert_eq!(row["kind"], kind);
        }
        assert!(file["source"]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://"));
    }

    #[test]
    fn twenty_units_seventeen_regions_three_cities() {
        assert_eq!(REGIONS.len(), 20);
        let cities: Vec<&str> = REGIONS
            .iter()
            .filter(|r| r.kind == RegionKind::City)
            .map(|r| r.en)
            .collect();
        assert_eq!(cities, ["Astana", "Almaty", "Shymkent"]);
        assert_eq!(by_code("kz-33").unwrap().kk, "Жетісу облысы");
        assert!(by_code("KZ-99").is_none());
    }
}
