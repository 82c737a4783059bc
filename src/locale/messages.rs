//! Every sentence and word the widget shows, in Kazakh, Russian and English.
//!
//! The catalogue takes every phrase with its three languages, so a missing translation is a
//! compile error; the tests check that each language fills the same `{placeholders}`. A phrase
//! may carry a `cfg` attribute, so the CSV reader's phrases go where the reader goes.
//!
//! Each language's phrases are one table, in the order of the variants, and a phrase is its
//! variant's place in it: the module keeps each language's text together, where gzip finds
//! more of its words than in one `match` arm per phrase and language (1.4 KB gzipped less).

use super::Lang;

macro_rules! catalogue {
    ($($(#[$attr:meta])* $variant:ident => $kk:expr, $ru:expr, $en:expr;)*) => {
        /// A phrase of the user interface. `{name}` marks where [`Msg::fill`] puts a value.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($(#[$attr])* $variant,)* }

        impl Msg {
            /// Every phrase, for completeness tests and tooling.
            pub const ALL: &'static [Msg] = &[$($(#[$attr])* Msg::$variant,)*];

            /// The phrase in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                const KK: &[&str] = &[$($(#[$attr])* $kk,)*];
                const RU: &[&str] = &[$($(#[$attr])* $ru,)*];
                const EN: &[&str] = &[$($(#[$attr])* $en,)*];
                [KK, RU, EN][lang as usize][self as usize]
            }
        }
    };
}

catalogue! {
    // Chart furniture.
    Source => "Дереккөз", "Источник", "Source";
    NoData => "дерек жоқ", "нет данных", "no data";
    AllZero => "барлық мәндер — 0", "все значения — 0", "every value is 0";
    Illustrative => "Көрнекі деректер: нақты статистика емес", "Иллюстративные данные, а не реальная статистика", "Illustrative data, not real statistics";
    Count => "Саны", "Количество", "Count";
    Percent => "Үлесі, %", "Доля, %", "Share, %";
    Value => "Мәні", "Значение", "Value";
    TrendGaps => "Деректері жоқ жылдар үзік сызықпен көрсетілген: {gaps}", "Пунктиром показаны промежутки без данных: {gaps}", "Dashed lines bridge years with no data: {gaps}";
    PartialTotals => "Барлық өңірлер жиынтығына тек деректері бар өңірлер кірді: {totals}", "Сумма по всем регионам рассчитана только по регионам с данными: {totals}", "Totals of all regions add up the regions with data only: {totals}";
    PartOfRegions => "{with}/{all}", "{with} из {all}", "{with} of {all}";
    NoLine => "Сызығы жоқ: {regions}", "Без линии: {regions}", "No line: {regions}";
    OtherRegionsAll => "Басқа өңірлер", "Другие регионы", "Other regions";
    NamesFallback => "Кейбір атаулар осы тілде берілмеген", "Некоторые названия не даны на этом языке", "Some names are not given in this language";
    Per10k => "10\u{a0}000 тұрғынға шаққанда", "На 10\u{a0}000 жителей", "Per 10,000 residents";
    ShareOfRegion => "Өңір жиынтығындағы үлесі, %", "Доля в итоге региона, %", "Share of the region's total, %";
    ShareOfTotal => "Барлық өңірлер жиынтығындағы үлесі, %", "Доля в сумме по всем регионам, %", "Share of the total of all regions, %";
    PopulationUnknown => "халық саны белгісіз", "население неизвестно", "population unknown";
    PopulationSource => "Халық саны ({year})", "Население ({year})", "Population ({year})";
    PopulationYearDiffers => "{year} жылғы мәндер {pop_year} жылғы халық санына бөлінген", "Значения ({year}) отнесены к численности населения {pop_year} года", "{year} values are divided by the {pop_year} population";
    AverageOfRegions => "Өңірлер бойынша орташа", "Среднее по регионам", "Average of the regions";
    OverallOfRegions => "Өңірлер бойынша жиынтық", "В целом по регионам", "Regions combined";
    AverageOfComplete => "Толық бағандар бойынша орташа", "Среднее по полным столбцам", "Average of the complete stacks";
    Reference => "Бағдар мәні", "Ориентир", "Reference";
    Total => "Барлығы", "Всего", "Total";
    Difference => "Айырма", "Разница", "Difference";
    Incomplete => "толық емес", "неполные данные", "incomplete";
    Note => "Ескертпе", "Примечание", "Note";
    IncompleteTotals => "«Толық емес»: өңірде кейбір көрсеткіштер бойынша дерек жоқ, оның жиынтығына тек қалған көрсеткіштер кірген", "«Неполные данные»: у региона нет данных по части показателей, его итог рассчитан только по остальным показателям", "\"Incomplete\": the region lacks data for some indicators, and its total adds up the others only";
    IncompleteRegionNoShares => "{regions}: кейбір көрсеткіштер бойынша дерек жоқ, сондықтан үлесі көрсетілмеген", "{regions}: нет данных по части показателей, поэтому доля не показана", "{regions}: no data for some indicators, so no share is given";
    TotalIncomplete => "жиынтық толық емес", "итог неполный", "total incomplete";
    IncompleteRegionShares => "{regions}: кейбір көрсеткіштер бойынша дерек жоқ, үлестер қалған көрсеткіштердің жиынтығынан есептелген", "{regions}: нет данных по части показателей, доли рассчитаны от суммы остальных", "{regions}: no data for some indicators, so shares are of the others' sum only";
    IncompleteShares => "«Толық емес»: өңірде кейбір көрсеткіштер бойынша дерек жоқ, үлестер қалған көрсеткіштердің жиынтығынан есептелген", "«Неполные данные»: у региона нет данных по части показателей, доли рассчитаны от суммы остальных", "\"Incomplete\": the region lacks data for some indicators, and its shares are of the others' sum only";
    DifferenceOf => "Айырма: {a} минус {b}", "Разница: {a} минус {b}", "Difference: {a} minus {b}";
    DifferenceOfRelative => "Айырма: {a} минус {b}; пайыздар — «{b}» мәніне қатысты", "Разница: {a} минус {b}; проценты — относительно «{b}»", "Difference: {a} minus {b}; percentages relative to {b}";
    PercentagePoints => "{value}\u{a0}п.\u{a0}т.", "{value}\u{a0}п.\u{a0}п.", "{value}\u{a0}pp";
    OneIndicatorShown => "{count} көрсеткіштің ішінен тек «{name}» көрсетілген: бұл диаграмма бір уақытта біреуін ғана көрсетеді", "Показан только «{name}» (всего показателей: {count}): эта диаграмма показывает по одному", "Only '{name}' of the {count} indicators is shown: this chart shows one at a time";
    AllInGrouped => "барлығын топталған не жинақталған диаграмма көрсетеді", "все сразу — на диаграммах «Сгруппированные» и «С накоплением»", "grouped and stacked charts show them all";
    OneRegionShown => "{count} өңірдің ішінен тек «{name}» көрсетілген: дөңгелек диаграмма бір өңірдің көрсеткіштерін (ерекшеленгенін, болмаса біріншісін) не ең көбі 6 өңірдің бір көрсеткішін көрсетеді", "Показан только «{name}» (всего регионов: {count}): круговая диаграмма показывает показатели одного региона (выделенного, иначе первого) или один показатель не более чем 6 регионов", "Only '{name}' of the {count} regions is shown: a pie shows one region's indicators (the highlighted one, else the first), or one indicator of up to 6 regions";
    TwoRegionsShown => "{count} өңірдің алғашқы екеуі ғана салыстырылған", "Сравниваются только первые два региона (всего регионов: {count})", "Only the first two of the {count} regions are compared";
    ShareOfOneIndicator => "Бір ғана көрсеткіш таңдалған: оның өңір жиынтығындағы үлесі әрқашан 100\u{a0}%; үлестерді көру үшін бірнеше көрсеткіш таңдаңыз", "Выбран один показатель: его доля в итоге региона всегда 100\u{a0}%; чтобы увидеть доли, выберите несколько показателей", "One indicator is chosen, so its share of the region's total is always 100%: choose several to see shares";
    ShareOfRegionsInData => "Үлестер деректердегі {count} өңірдің жиынтығынан есептелді", "Доли рассчитаны от суммы по {count} регионам в данных", "Shares are of the total of the {count} regions in the data";
    ShareOfOneRegion => "Деректерде бір ғана өңір бар: оның барлық өңірлер жиынтығындағы үлесі әрқашан 100\u{a0}%", "В данных один регион: его доля в сумме по всем регионам всегда 100\u{a0}%", "The data has one region only, so its share of the total of all regions is always 100%";
    NotCountsLeftOut => "Саны емес көрсеткіштер жиынтыққа, үлестерге және 10\u{a0}000 тұрғынға шаққандағы мәндерге кірмейді: {names}", "Показатели, которые не являются количеством, не входят в суммы, доли и значения на 10\u{a0}000 жителей: {names}", "Indicators that are not counts are left out of sums, shares and figures per 10,000 residents: {names}";
    NotCountsAsGiven => "Саны емес көрсеткіштер өз мәнімен көрсетілген, «{measure}» өлшемі қолданылмайды: {names}", "Показатели, которые не являются количеством, показаны как есть, величина «{measure}» не применяется: {names}", "Indicators that are not counts are shown as they are; the measure '{measure}' does not apply: {names}";
    NotCountsApart => "Сан емес көрсеткіштер бұл жерде көрсетілмеген, олар санмен бір оське сыймайды; оларды жеке таңдаңыз: {names}", "Показатели, которые не являются количеством, здесь не показаны: у них не может быть общей оси с количествами; выберите их отдельно: {names}", "Indicators that are not counts are not drawn here, as they cannot share an axis with counts; choose them on their own: {names}";
    SharesSideBySide => "Әр көрсеткіштің өз жиынтығындағы үлестері қосылмайды, сондықтан олар бірінің үстіне бірі емес, қатар көрсетілген", "Доли от сумм разных показателей не складываются, поэтому они показаны рядом, а не друг на друге", "Shares of each indicator's own total do not add up, so they are drawn side by side, not stacked";
    ReferenceNotDrawn => "Дөңгелек диаграмма мен салыстыруда бағдар сызығы салынбайды", "На круговых диаграммах и сравнениях линия ориентира не рисуется", "Pies and comparisons draw no reference line";
    ReferenceOutOfScale => "Бағдар мәні бұл диаграмманың шкаласынан тыс, сондықтан сызық салынбаған", "Значение ориентира вне шкалы этой диаграммы, поэтому линия не нарисована", "The reference value is outside this chart's scale, so no line is drawn";
    OverallNotDrawn => "Өңірлер бойынша жиынтық сызығы 10\u{a0}000 тұрғынға шаққандағы бір көрсеткіштің бағандарына ғана салынады", "Линия «в целом по регионам» рисуется только для столбцов одного показателя на 10\u{a0}000 жителей", "A line of the regions combined is drawn only for bars of one indicator per 10,000 residents";
    AverageNotDrawn => "Орташа мән сызығы бір көрсеткіштің бағандарына не жинақталған бағандардың жиынтықтарына ғана салынады", "Линия среднего рисуется только для столбцов одного показателя или итогов столбцов с накоплением", "An average line is drawn only for bars of one indicator or for stacks' totals";
    MeasureNotApplied => "Бұл диаграмма өңір жиынтығын үлестерге бөледі, сондықтан «{measure}» өлшемі қолданылмайды", "Эта диаграмма делит итог региона на доли, поэтому величина «{measure}» не применяется", "This chart divides each region's total into shares, so the measure '{measure}' does not apply";
    HiddenInLegend => "Легендада жасырылған: {names}", "Скрыто в легенде: {names}", "Hidden in the legend: {names}";
    OneYearOnly => "Деректерде бір ғана жыл бар: өзгеріс көрсетілмейді", "В данных только один год: изменение не показано", "The data has one year only: no change is shown";
    ChangeOverYears => "{from}–{to} жылдардағы өзгеріс", "Изменение {from}–{to}", "Change {from}–{to}";
    Year => "Жыл", "Год", "Year";
    Region => "Өңір", "Регион", "Region";
    Indicator => "Көрсеткіш", "Показатель", "Indicator";
    Rank => "Орны", "Место", "Rank";
    SummaryExtremes => "Ең үлкені: {max}; ең кішісі: {min}.", "Наибольшее: {max}; наименьшее: {min}.", "Largest: {max}; smallest: {min}.";
    SummaryTotal => "Барлығы: {total}.", "Всего: {total}.", "Total: {total}.";
    Per10kShort => "(10\u{a0}000 тұрғынға шаққанда)", "на 10\u{a0}000 жителей", "per 10,000 residents";
    OfShown => "(көрсетілгендердің жиынтығындағы үлесі)", "от суммы показанных", "of those shown";
    SharesOfShown => "Үлестер мен жиынтық көрсетілгендерден есептелді; легендада жасырылған: {names}", "Доли и итог посчитаны по показанному; скрыто в легенде: {names}", "Shares and the total are of what is shown; hidden in the legend: {names}";
    OfRegionTotal => "(өңір жиынтығындағы үлесі)", "от итога региона", "of the region's total";
    OfAllRegions => "(барлық өңірлер жиынтығындағы үлесі)", "от суммы по всем регионам", "of all regions";
    RankOf => "{rank}-орын ({count} өңір ішінде)", "{rank}-е место из {count}", "rank {rank} of {count}";

    // The widget's own controls and states.
    Chart => "Диаграмма", "Диаграмма", "Chart";
    Tools => "Диаграмма құралдары", "Инструменты диаграммы", "Chart tools";
    ShowTable => "Кесте", "Таблица", "Table";
    Export => "Жүктеп алу", "Скачать", "Download";
    ExportPng => "Сурет (PNG)", "Изображение (PNG)", "Image (PNG)";
    ExportSvg => "Векторлық сурет (SVG)", "Векторное изображение (SVG)", "Vector (SVG)";
    ExportCsv => "Деректер (CSV)", "Данные (CSV)", "Data (CSV)";
    Fullscreen => "Толық экран", "Во весь экран", "Fullscreen";
    ExitFullscreen => "Толық экраннан шығу", "Выйти из полноэкранного режима", "Exit fullscreen";
    KeyboardHint => "Көрсеткі пернелері: мәннен мәнге өту, Enter: таңдау, Escape: таңдауды алып тастау, F: толық экран", "Стрелки: переход между значениями, Enter: выбрать, Escape: снять выбор, F: во весь экран", "Arrow keys: move between values, Enter: select, Escape: clear, F: fullscreen";
    Selected => "Таңдалды", "Выбрано", "Selected";
    SelectionCleared => "Таңдау алынып тасталды", "Выбор снят", "Selection cleared";
    Present => "Қадамдап көрсету", "Показ по шагам", "Step through";
    PresentEnded => "Қадамдап көрсету аяқталды", "Показ по шагам завершён", "Step-through ended";
    PresentHint => "→ немесе бос орын пернесі: келесі қадам, ←: алдыңғы қадам", "→ или пробел: дальше, ←: назад", "→ or space: next, ←: back";
    StepBack => "Артқа", "Назад", "Back";
    StepNext => "Келесі", "Дальше", "Next";
    Retry => "Қайталау", "Повторить", "Retry";
    HttpError => "сервер {status} қатесін қайтарды: {url}", "сервер вернул ошибку {status}: {url}", "the server answered {status}: {url}";
    NetworkError => "желі қатесі, файл алынбады: {url}", "ошибка сети, файл не получен: {url}", "network error, the file could not be fetched: {url}";
    NetworkErrorElsewhere => "желі қатесі, файл алынбады: {url} (басқа сайттан алу үшін сол сайттың CORS рұқсаты және осы беттің connect-src ережесі керек)", "ошибка сети, файл не получен: {url} (для файла с другого сайта нужны разрешение CORS того сайта и правило connect-src этой страницы)", "network error, the file could not be fetched: {url} (a file on another site needs that site's CORS and this page's connect-src)";
    WrongContentType => "{url} деректер файлы емес ({type})", "{url} не файл данных ({type})", "{url} is not a data file ({type})";
    DataUnreadable => "элементке берілген деректерді оқу мүмкін болмады: {reason}", "не удалось прочитать данные, заданные элементу: {reason}", "the data set on the element could not be read: {reason}";
    FileUnreadable => "файлды оқу мүмкін болмады: {name}", "не удалось прочитать файл: {name}", "the file could not be read: {name}";
    NoDataGiven => "деректер берілмеген: src атрибуты немесе ішкі JSON керек", "данные не заданы: нужен атрибут src или встроенный JSON", "no data given: set the src attribute or include JSON inside the element";
    SeriesToggles => "Көрсетілетін қатарлар", "Показываемые ряды", "Series shown";

    // Loading errors: the heading, then where, then what.
    LoadFailed => "Деректерді жүктеу мүмкін болмады", "Не удалось загрузить данные", "Could not load the data";
    CannotDraw => "Бұл диаграмманы салу мүмкін емес", "Не удаётся построить диаграмму", "This chart cannot be drawn";
    AtLineColumn => "{line}-жол, {column}-баған", "строка {line}, столбец {column}", "line {line}, column {column}";
    AtField => "«{path}» өрісі", "поле «{path}»", "field '{path}'";
    JsonUnexpectedEnd => "файл мәннің ортасында аяқталды: жақша не тырнақша жабылмаған", "файл обрывается посреди значения: не закрыта скобка или кавычка", "the file ends in the middle of a value: a bracket or a quote is not closed";
    JsonExpectedColon => "өріс атауынан кейін «:» керек", "после имени поля нужно «:»", "a ':' is needed after the field name";
    JsonExpectedComma => "мұнда «,» немесе «{close}» керек: жазбалар арасында үтір жетіспей ме, әлде мәтін ішіндегі тырнақша \\\" түрінде жазылмаған ба?", "здесь нужна «,» или «{close}»: не пропущена ли запятая между записями или кавычка внутри текста не записана как \\\"?", "a ',' or '{close}' is needed here: is a comma missing between two entries, or a quote inside a text not written as \\\"?";
    JsonExpectedValue => "мұнда мән керек: сан, қос тырнақшадағы мәтін, true, false, null, тізім немесе объект", "здесь нужно значение: число, текст в двойных кавычках, true, false, null, список или объект", "a value is needed here: a number, text in double quotes, true, false, null, a list or an object";
    JsonTrailingComma => "жабылатын жақшаның алдында артық үтір тұр", "лишняя запятая перед закрывающей скобкой", "a comma before a closing bracket: remove it";
    JsonTrailingCharacters => "деректер аяқталғаннан кейін артық мәтін бар", "после конца данных есть лишний текст", "there is more text after the end of the data";
    JsonBadNumber => "сан JSON ережесімен жазылмаған: алдында нөл болмайды (0377 емес, 377), нүктенің екі жағында да цифр болады (1. емес, 1.0)", "число записано не по правилам JSON: без нулей впереди (377, а не 0377) и с цифрами по обе стороны от точки (1.0, а не 1.)", "the number is not written as JSON wants it: no leading zeros (377, not 0377) and digits on both sides of the point (1.0, not 1.)";
    JsonNumberStyle => "JSON-да сан нүктемен, бос орынсыз және + белгісінсіз жазылады: «1,5», «1 000» не «+5» емес, «1.5», «1000» және «5»", "в JSON число пишется с точкой, без пробелов и без знака +: «1.5», «1000» и «5», а не «1,5», «1 000» или «+5»", "a number in JSON has a decimal point and no spaces or +: '1.5', '1000' and '5', not '1,5', '1 000' or '+5'";
    JsonNumberOutOfRange => "сан рұқсат етілген ауқымнан тыс", "число вне допустимого диапазона", "the number is out of range";
    JsonBadString => "тырнақшадағы мәтін дұрыс жазылмаған: жол ауысуы, табуляция мен кері қиғаш сызық \\n, \\t және \\\\ түрінде жазылады", "текст в кавычках записан неверно: перевод строки, табуляцию и обратную косую черту пишут как \\n, \\t и \\\\", "text in quotes is not written correctly: a line break, a tab and a backslash are written \\n, \\t and \\\\";
    JsonKeyNotString => "өріс атауы қос тырнақшада болуы керек", "имя поля должно быть в двойных кавычках", "a field name must be in double quotes";
    JsonWrongType => "мұнда {expected} керек, {found} емес", "здесь ожидается {expected}, а не {found}", "{expected} is expected here, not {found}";
    JsonMissingField => "«{field}» өрісі жоқ", "нет поля «{field}»", "the field '{field}' is missing";
    JsonDuplicateField => "«{field}» өрісі екі рет берілген", "поле «{field}» указано дважды", "the field '{field}' is given twice";
    JsonUnknownField => "«{field}» өрісі белгісіз; мұнда рұқсат етілген өрістер: {allowed}", "неизвестное поле «{field}»; возможные поля: {allowed}", "unknown field '{field}'; the fields allowed here: {allowed}";
    JsonUnknownValue => "«{value}» мәні белгісіз; мүмкін мәндер: {allowed}", "неизвестное значение «{value}»; возможные значения: {allowed}", "unknown value '{value}'; expected one of: {allowed}";
    JsonOther => "JSON қатесі: {detail}", "ошибка JSON: {detail}", "JSON error: {detail}";
    // Kinds of JSON value, for JsonWrongType.
    ShapeNumber => "сан", "число", "a number";
    ShapeWholeNumber => "бүтін сан", "целое число", "a whole number";
    ShapeFraction => "ондық бөлшек", "число с десятичной точкой", "a number with a decimal point";
    ShapeText => "қос тырнақшадағы мәтін", "текст в двойных кавычках", "text in double quotes";
    ShapeNames => "kk, ru, en атаулары бар объект", "объект с названиями kk, ru, en", "an object of kk, ru and en names";
    ShapeTextOrNames => "мәтін немесе kk, ru, en атаулары бар объект", "текст или объект с названиями kk, ru, en", "text in double quotes or an object of kk, ru and en names";
    ShapeList => "тік жақшадағы тізім", "список в квадратных скобках", "a list in square brackets";
    ShapeObject => "фигуралық жақшадағы объект", "объект в фигурных скобках", "an object in curly brackets";
    ShapeBoolean => "true немесе false", "true или false", "true or false";
    ShapeNull => "null (бос мән)", "null (пустое значение)", "null (no value)";
    UnsupportedFormat => "«{found}» пішіміне қолдау көрсетілмейді, «civic-stats/1» күтілді", "формат «{found}» не поддерживается, ожидался «civic-stats/1»", "format '{found}' is not supported, expected 'civic-stats/1'";
    MissingText => "мәтін бос: kk, ru немесе en тілінде кемінде бір атау керек", "пустой текст: нужно хотя бы одно название на kk, ru или en", "empty text: at least one name in kk, ru or en is needed";
    MissingSourceField => "дереккөздің «{field}» өрісі бос", "у источника пустое поле «{field}»", "the source has an empty '{field}'";
    NotWebAddress => "«{url}» веб-сайттың мекенжайы емес: ол http:// немесе https:// деп басталуы керек", "«{url}» — не адрес сайта: он должен начинаться с http:// или https://", "'{url}' is not a web address: it must start with http:// or https://";
    ControlCharacter => "U+{code} — басқару таңбасы, мәтін емес: оны алып тастаңыз", "U+{code} — управляющий символ, а не текст: удалите его", "U+{code} is a control character, not text: remove it";
    SourceNeedsLink => "дереккөзге «url» немесе «document» керек", "источнику нужен «url» или «document»", "the source needs a 'url' or a 'document'";
    NoIndicators => "көрсеткіштер тізімі бос", "список показателей пуст", "the list of indicators is empty";
    NoRegions => "өңірлер тізімі бос", "список регионов пуст", "the list of regions is empty";
    EmptyId => "идентификатор бос", "пустой идентификатор", "empty id";
    DuplicateId => "«{id}» идентификаторы қайталанады", "идентификатор «{id}» повторяется", "id '{id}' appears twice";
    NotARegionCode => "«{id}» KZ-55 сияқты өңір коды емес: кодты немесе өңірдің \"name\" атауын беріңіз", "«{id}» не код региона вида KZ-55: укажите код или \"name\" региона", "'{id}' is not a region code such as KZ-55: give a code, or the region's \"name\"";
    GivenTwice => "«{key}» екі рет берілген", "«{key}» указан дважды", "'{key}' is given twice";
    UnknownIndicator => "«{id}» деген көрсеткіш жоқ", "показателя «{id}» нет", "there is no indicator '{id}'";
    BadYear => "«{year}» жыл емес (1900–2100 аралығындағы сан күтілді)", "«{year}» не год (ожидалось число от 1900 до 2100)", "'{year}' is not a year (expected a number from 1900 to 2100)";
    NegativeValue => "теріс мән {value}: бұл көрсеткіш нөлден кем бола алмайды", "отрицательное значение {value}: количество не может быть меньше нуля", "negative value {value}: a count cannot be below zero";
    FractionalCount => "{value} бүтін сан емес, ал бұл көрсеткіш санды білдіреді", "{value} не целое число, а этот показатель — количество", "{value} is not a whole number, but this indicator is a count";
    PercentRange => "{value} 0–100 аралығынан тыс", "{value} вне диапазона 0–100", "{value} is outside 0–100";
    BadPopulation => "халық саны кемінде 1 болуы керек, {value} берілген", "численность населения должна быть не меньше 1, дано {value}", "population must be at least 1, got {value}";
    PopulationInThousands => "{value} тұрғын облыс үшін тым аз: халық санын мыңмен емес, толық жазыңыз ({full})", "{value} жителей — слишком мало для области: укажите численность полностью ({full}), а не в тысячах", "{value} residents is too few for a region: give the population in full ({full}), not in thousands";
    ValueTooLarge => "{value} тым үлкен: ең көбі {limit}", "{value} — слишком большое значение: не больше {limit}", "{value} is too large: at most {limit}";
    TooManyCells => "мәндер тым көп: өңірлер × жылдар × көрсеткіштер = {regions} × {years} × {indicators}, ең көбі {limit}", "слишком много значений: регионы × годы × показатели = {regions} × {years} × {indicators}, не больше {limit}", "too many values: regions × years × indicators = {regions} × {years} × {indicators}, at most {limit}";
    TooLarge => "файл тым үлкен: {size} МБ, ең көбі {limit} МБ", "файл слишком большой: {size} МБ, не больше {limit} МБ", "the file is too large: {size} MB, at most {limit} MB";
    TooLargeOver => "файл тым үлкен: ең көбі {limit} МБ", "файл слишком большой: больше {limit} МБ", "the file is too large: over {limit} MB";
    NotADataset => "бұл civic-stats деректер жиыны емес: онда \"format\": \"civic-stats/1\" өрісі жоқ (пішімі data/README.md файлында сипатталған)", "это не набор данных civic-stats: в нём нет поля \"format\": \"civic-stats/1\" (формат описан в data/README.md)", "this is not a civic-stats dataset: it has no \"format\": \"civic-stats/1\" field (data/README.md describes the format)";
    EmptyInput => "файл бос", "файл пуст", "the file is empty";
    NotUtf8 => "мәтін UTF-8 кодтауында емес (Windows-1251 немесе ANSI ретінде сақталған ба?): файлды UTF-8 ретінде сақтаңыз", "текст не в кодировке UTF-8 (сохранён как Windows-1251 или ANSI?): сохраните файл в UTF-8", "the text is not UTF-8 (saved as Windows-1251 or ANSI?): save the file as UTF-8";

    // Options that name something the dataset does not have.
    UnknownRegionOption => "деректерде «{id}» өңірі жоқ; бар өңірлер: {known}", "в данных нет региона «{id}»; есть: {known}", "the data has no region '{id}'; it has {known}";
    UnknownIndicatorOption => "деректерде «{id}» көрсеткіші жоқ; бар көрсеткіштер: {known}", "в данных нет показателя «{id}»; есть: {known}", "the data has no indicator '{id}'; it has {known}";
    NeedsTwoRegions => "Салыстыру үшін екі өңір таңдаңыз", "Для сравнения выберите два региона", "Choose two regions to compare";
    LaterYearPartial => "{year} жылғы деректер {total} өңірдің {count} өңірі бойынша ғана бар: {shown} жыл көрсетілген", "За {year} год данные только по {count} из {total} регионов: показан {shown}", "{year}: figures for only {count} of {total} regions; shown: {shown}";
    NoPopulation => "Деректерде халық саны жоқ, ал 10\u{a0}000 тұрғынға шаққандағы көрсеткіш үшін ол қажет", "В данных нет численности населения, а она нужна для расчёта на 10\u{a0}000 жителей", "The data has no population figures, which a rate per 10,000 residents needs";
    UnknownOption => "«{name}» деген баптау жоқ", "неизвестный параметр «{name}»", "unknown option '{name}'";
    BadOptionValue => "«{name}» үшін «{value}» мәні белгісіз; мүмкін мәндер: {expected}", "неизвестное значение «{value}» для «{name}»; возможные значения: {expected}", "unknown value '{value}' for '{name}'; expected one of: {expected}";
    UnknownYearOption => "деректерде {year} жыл жоқ; бар жылдар: {known}", "в данных нет {year} года; есть: {known}", "the data has no year {year}; it has {known}";
    ExpectedReference => "average, overall немесе сан, мысалы 1\u{a0}000 не 5,2", "average, overall или число, например 1\u{a0}000 или 5,2", "average, overall or a number such as 1000 or 5.2";
    ExpectedYear => "2023 сияқты жыл", "год, например 2023", "a year such as 2023";
    ExpectedHeight => "пиксельмен берілген биіктік, 120-дан 4000-ға дейін", "высота в пикселях, от 120 до 4000", "a height in pixels, 120 to 4000";
    NotCounts => "«{name}» — саны емес (мысалы, пайыз): оны қосуға, үлестерге бөлуге не 10\u{a0}000 тұрғынға шағуға болмайды; оны «Саны» өлшемімен бағаналы диаграммада көрсетіңіз", "«{name}» — не количество (например, процент): его нельзя суммировать, делить на доли или пересчитывать на 10\u{a0}000 жителей; покажите его с величиной «Количество» на столбчатой диаграмме", "'{name}' is not a count (a percentage, say): it cannot be added up, shared out or taken per 10,000 residents; show it as it is (measure 'Count') in a bar chart";

    // CSV loading: left out of the module built without the CSV reader.
    #[cfg(feature = "csv")]
    FirstProblems => "Алғашқы {count} қате көрсетілген: оларды түзетіп, файлды қайта ашсаңыз, қалғаны (бар болса) көрінеді", "Показаны первые {count} ошибок: исправьте их и откройте файл снова, чтобы увидеть остальные, если они есть", "The first {count} problems are shown: fix them and open the file again to see any others";
    #[cfg(feature = "csv")]
    CsvAtLine => "{line}-жол", "строка {line}", "line {line}";
    #[cfg(feature = "csv")]
    CsvAtLineColumn => "{line}-жол, «{column}» бағаны", "строка {line}, столбец «{column}»", "line {line}, column '{column}'";
    #[cfg(feature = "csv")]
    CsvNotText => "файл UTF-8 немесе Windows-1251 кодтауындағы мәтін емес", "файл не является текстом ни в UTF-8, ни в Windows-1251", "the file is neither UTF-8 nor Windows-1251 text";
    #[cfg(feature = "csv")]
    CsvWebPage => "бұл CSV емес, веб-бет (HTML): порталдар мен 1С-тің «Excel-ге экспорты» кестені осылай сақтайды. Оны Excel-де ашып, «CSV UTF-8» ретінде сақтаңыз", "это не CSV, а веб-страница (HTML): так сохраняет таблицы «экспорт в Excel» порталов и 1С. Откройте её в Excel и сохраните как «CSV UTF-8»", "this is a web page (HTML), not CSV: portals' and 1C's 'export to Excel' save tables so. Open it in Excel and save it as 'CSV UTF-8'";
    #[cfg(feature = "csv")]
    CsvOpenQuote => "осы жолда ашылған тырнақша (\") жабылмаған: файлдың қалғаны бір ұяшық болып оқылды", "открытая в этой строке кавычка (\") не закрыта: остаток файла прочитан как одна ячейка", "a quote (\") opened on this line is never closed: the rest of the file was read as one cell";
    #[cfg(feature = "csv")]
    CsvOnlyMetadata => "файлда тек «#» жолдары (атауы, дереккөзі) бар, олардың астында кесте жоқ", "в файле только строки «#» (название, источник), таблицы под ними нет", "the file has only '#' lines (title, source), and no table under them";
    #[cfg(feature = "csv")]
    CsvWorkbook => "бұл CSV емес, Excel кітабы (.xlsx, .xls): оны Excel-де ашып, «CSV UTF-8» ретінде сақтаңыз", "это не CSV, а книга Excel (.xlsx, .xls): откройте её в Excel и сохраните как «CSV UTF-8»", "this is an Excel workbook (.xlsx, .xls), not CSV: open it in Excel and save it as 'CSV UTF-8'";
    #[cfg(feature = "csv")]
    CsvNoDataRows => "файлда тақырып жолы ғана бар, деректер жолдары жоқ", "в файле есть только заголовок, строк с данными нет", "the file has a header but no data rows";
    #[cfg(feature = "csv")]
    CsvNoRegionColumn => "өңір бағаны жоқ: тақырыпта оны «Өңір», «Регион», «Region» немесе «id» (ISO коды) деп атаңыз", "нет столбца региона: назовите его в заголовке «Регион», «Өңір», «Region» или «id» (код ISO)", "no region column: name one in the header 'Region', 'Регион', 'Өңір' or 'id' (ISO code)";
    #[cfg(feature = "csv")]
    CsvDistricts => "аудандар CSV файлынан оқылмайды, ол Қазақстанның 20 облысы мен қаласын ғана таниды: аудандарға JSON деректер жиыны керек (data/README.md)", "районы не читаются из CSV, он знает только 20 областей и городов Казахстана: для районов нужен набор данных JSON (data/README.md)", "districts cannot be read from a CSV, which knows only Kazakhstan's 20 regions and cities: districts need a JSON dataset (data/README.md)";
    #[cfg(feature = "csv")]
    CsvNoIndicatorColumns => "көрсеткіш бағандары жоқ: тақырыпта тек өңір, жыл және халық саны бар", "нет столбцов показателей: в заголовке только регион, год и население", "no indicator columns: the header names only the region, year and population";
    #[cfg(feature = "csv")]
    CsvTooManyRows => "файлда деректер жолдары тым көп: ең көбі {limit}", "в файле больше {limit} строк с данными", "the file has more than {limit} data rows";
    #[cfg(feature = "csv")]
    CsvRaggedRow => "ұяшық саны: бұл жолда {found}, тақырыпта {expected}", "число ячеек: {found} в этой строке, {expected} в заголовке", "number of cells: {found} in this row, {expected} in the header";
    #[cfg(feature = "csv")]
    CsvUnnamedColumn => "{number}-бағанда мәндер бар, бірақ тақырыбы жоқ", "у столбца {number} есть значения, но нет заголовка", "column {number} has values but no header";
    #[cfg(feature = "csv")]
    CsvDuplicateColumn => "«{column}» бағанын қайталайды", "повторяет столбец «{column}»", "repeats column '{column}'";
    #[cfg(feature = "csv")]
    CsvMissingRegion => "өңір көрсетілмеген", "регион не указан", "the region is empty";
    #[cfg(feature = "csv")]
    CsvMissingYear => "жыл көрсетілмеген: Excel біріктірілген ұяшықтың мәнін тек бірінші жолға жазады, жылды әр жолға жазыңыз", "год не указан: Excel пишет значение объединённой ячейки только в её первую строку, укажите год в каждой строке", "the year is empty: Excel writes a merged cell's value in its first row only, so give the year in every row";
    #[cfg(feature = "csv")]
    CsvUnknownRegion => "«{name}» өңірі белгісіз (CSV Қазақстанның 20 облысы мен қаласын ғана таниды, аудандарға JSON керек)", "неизвестный регион «{name}» (CSV знает только 20 областей и городов Казахстана, для районов нужен JSON)", "unknown region '{name}' (a CSV knows only Kazakhstan's 20 regions and cities; districts need JSON)";
    #[cfg(feature = "csv")]
    CsvUnknownRegionSuggest => "«{name}» өңірі белгісіз — «{suggestion}» болуы мүмкін бе?", "неизвестный регион «{name}» — может быть, «{suggestion}»?", "unknown region '{name}' — did you mean '{suggestion}'?";
    #[cfg(feature = "csv")]
    CsvRegionMismatch => "«{here}» — «{column}» бағанындағы «{there}» емес, басқа өңір", "«{here}» — другой регион, чем «{there}» в столбце «{column}»", "'{here}' is another region than '{there}' in column '{column}'";
    #[cfg(feature = "csv")]
    CsvDuplicateRegion => "«{name}» өңірі қайталанады, ол {line}-жолда да бар", "регион «{name}» повторяется, он уже есть в строке {line}", "region '{name}' appears twice, also on line {line}";
    #[cfg(feature = "csv")]
    CsvDuplicateRegionYear => "«{name}» өңірінің {year} жылғы деректері қайталанады, олар {line}-жолда да бар", "регион «{name}» за {year} год повторяется, он уже есть в строке {line}", "region '{name}' for {year} appears twice, also on line {line}";
    #[cfg(feature = "csv")]
    CsvDuplicateValue => "«{indicator}» осы өңір мен жылға екі рет берілген, ол {line}-жолда да бар", "«{indicator}» для этого региона и года указан дважды, он уже есть в строке {line}", "'{indicator}' is given twice for this region and year, also on line {line}";
    #[cfg(feature = "csv")]
    CsvMissingIndicator => "көрсеткіш көрсетілмеген", "показатель не указан", "the indicator is empty";
    #[cfg(feature = "csv")]
    CsvNotANumber => "«{value}» сан емес", "«{value}» не число", "'{value}' is not a number";
    #[cfg(feature = "csv")]
    CsvFormulaError => "«{value}» — Excel формуласының қатесі, сан емес: формуланы түзетіңіз немесе ұяшықты бос қалдырыңыз", "«{value}» — ошибка формулы Excel, а не число: исправьте формулу или оставьте ячейку пустой", "'{value}' is an Excel formula error, not a number: correct the formula or leave the cell empty";
    #[cfg(feature = "csv")]
    CsvExponent => "«{value}» — Excel бағанға сыймаған санды қысқартып жазған: бағанды кеңейтіп немесе «Сандық» пішімін беріп, файлды қайта сақтаңыз", "«{value}» — так Excel сокращает число, не поместившееся в столбец: расширьте столбец или задайте ему формат «Числовой» и сохраните файл снова", "'{value}' is how Excel shortens a number too wide for its column: widen the column or format it as Number, and save the file again";
    #[cfg(feature = "csv")]
    CsvLookalike => "«{value}» сан емес: цифрлардың арасында «{letter}» әрпі тұр", "«{value}» не число: среди цифр стоит буква «{letter}»", "'{value}' is not a number: it has the letter '{letter}' among its digits";
    #[cfg(feature = "csv")]
    CsvPercentSign => "«{value}» мәнінде % белгісі бар, бірақ бұл баған пайыздық емес (тақырыптың соңына % қосыңыз)", "в «{value}» есть знак %, но этот столбец не процентный (добавьте % в конец заголовка)", "'{value}' has a % sign, but this column is not a percentage (end its header with %)";
    #[cfg(feature = "csv")]
    CsvNegative => "«{value}» теріс сан: бұл көрсеткіш нөлден кем бола алмайды", "«{value}» — отрицательное число: этот показатель не может быть меньше нуля", "'{value}' is negative: this figure cannot be below zero";
    #[cfg(feature = "csv")]
    CsvNotWhole => "«{value}» бүтін сан емес, ал бұл көрсеткіш санды білдіреді", "«{value}» не целое число, а этот показатель — количество", "'{value}' is not a whole number, but this indicator is a count";
    #[cfg(feature = "csv")]
    CsvNotWholeComma => "«{value}» бүтін сан емес (бұл файлда үтір — ондық бөлгіш), ал бұл көрсеткіш санды білдіреді: мың разрядтарын бос орынмен бөліңіз, «{whole}»", "«{value}» не целое число (запятая в этом файле отделяет дробную часть), а этот показатель — количество: тысячи отделяйте пробелом, «{whole}»", "'{value}' is not a whole number (in this file the comma is a decimal mark), but this indicator is a count: separate thousands with a space, '{whole}'";
    #[cfg(feature = "csv")]
    CsvTooLarge => "«{value}» тым үлкен: ең көбі {limit}", "«{value}» — слишком большое число: не больше {limit}", "'{value}' is too large: at most {limit}";
    #[cfg(feature = "csv")]
    CsvOverHundred => "«{value}» 100-ден асады, ал бұл баған пайыздық", "«{value}» больше 100, а этот столбец процентный", "'{value}' is over 100, but this column is a percentage";
    #[cfg(feature = "csv")]
    CsvYearsAsColumns => "жылдар бағандарда тұр ({years}), көрсеткіш бағандарымен ({names}) қатар: жылдары бағандарда тұрған кестеде бір ғана көрсеткіш қалдырыңыз немесе әр жылды «Жыл» бағанымен жеке жолға жазыңыз", "годы стоят в столбцах ({years}) рядом со столбцами показателей ({names}): оставьте в таблице с годами по столбцам один показатель или запишите каждый год отдельной строкой со столбцом «Год»", "the years are columns ({years}) beside indicator columns ({names}): keep one indicator in a table with a column per year, or give each year its own row with a 'Year' column";
    #[cfg(feature = "csv")]
    CsvNoYear => "жыл көрсетілмеген: «Жыл» бағанын немесе файлдың басына «# year: 2023» жолын қосыңыз", "год не указан: добавьте столбец «Год» или строку «# year: 2023» в начало файла", "no year given: add a 'Year' column or a '# year: 2023' line at the top";
    #[cfg(feature = "csv")]
    CsvUnknownMetadata => "«{key}» метадерек өрісі белгісіз (белгілілері: title, source, publisher, date, url, licence, note, year, illustrative; түсініктемені ## белгісінен бастаңыз)", "неизвестное поле метаданных «{key}» (известны: title, source, publisher, date, url, licence, note, year, illustrative; комментарий начинайте с ##)", "unknown metadata '{key}' (known: title, source, publisher, date, url, licence, note, year, illustrative; start a comment with ##)";
    #[cfg(feature = "csv")]
    CsvMetadataTwice => "«{key}» метадерек өрісі екі рет берілген", "поле метаданных «{key}» указано дважды", "metadata '{key}' is given twice";
    #[cfg(feature = "csv")]
    CsvBadMetadataValue => "«{value}» мәні «{key}» үшін жарамсыз", "«{value}» — недопустимое значение для «{key}»", "'{value}' is not a valid value for '{key}'";
    #[cfg(feature = "csv")]
    CsvUnreadable => "CSV файлын осы жерден әрі оқу мүмкін болмады", "дальше этого места CSV-файл прочитать не удалось", "the CSV file could not be read past this point";
    #[cfg(feature = "csv")]
    CsvLostLetters => "«{text}» ішінде әріптердің орнында «?» тұр: файл сақталғанда қазақ әріптері жоғалған. Excel-де «CSV UTF-8» түрінде қайта сақтаңыз", "в «{text}» вместо букв стоят «?»: при сохранении файла казахские буквы потерялись. Сохраните его в Excel как «CSV UTF-8»", "'{text}' has '?' in place of letters: Kazakh letters were lost when the file was saved. Save it from Excel as 'CSV UTF-8'";
    #[cfg(feature = "csv")]
    CsvTotalsLeftOut => "Жиынтық жолдар ({count}, мысалы {line}-жолдағы «{name}») диаграммада жоқ: жиынтықтар мен үлестер файлдағы өңірлерден есептеледі", "Строки итогов ({count}, например «{name}» в строке {line}) не показаны: суммы и доли считаются по регионам файла", "Rows of totals ({count}, such as '{name}' on line {line}) are not drawn: totals and shares are of the regions in the file";
    #[cfg(feature = "csv")]
    CsvTotalColumnLeftOut => "«{name}» бағаны диаграммада жоқ: ол басқа бағандардың жиынтығы", "Столбец «{name}» не показан: это итог остальных столбцов", "The column '{name}' is not drawn: it is the total of the other columns";
    #[cfg(feature = "csv")]
    CsvTextColumnLeftOut => "«{name}» бағаны диаграммада жоқ: онда сандар емес, мәтін жазылған", "Столбец «{name}» не показан: в нём текст, а не числа", "The column '{name}' is not drawn: it holds text, not figures";
    #[cfg(feature = "csv")]
    CsvChangeColumnLeftOut => "«{name}» бағаны диаграммада жоқ: онда өзгерістер берілген, ал диаграмма оларды деректердің өзінен есептейді", "Столбец «{name}» не показан: в нём изменения, а их диаграмма считает по самим данным", "The column '{name}' is not drawn: it holds changes, which the chart works out from the figures themselves";
    #[cfg(feature = "csv")]
    CsvSouthKazakhstan => "«{name}» — Оңтүстік Қазақстан облысы: 2018 жылдан бері оның орнында Түркістан облысы мен Шымкент қаласы бар, сандарды осы екеуінің әрқайсысына жеке беріңіз", "«{name}» — Южно-Казахстанская область: с 2018 года это Туркестанская область и город Шымкент, укажите цифры для каждого из них", "'{name}' is South Kazakhstan Region: since 2018 it is Turkistan Region and the city of Shymkent, so give the figures for each of them";
    #[cfg(feature = "csv")]
    CsvUnnamedSource => "«{file}» файлы, дереккөзі көрсетілмеген", "файл «{file}», источник не указан", "file '{file}', source not stated";
}

impl Msg {
    /// The phrase in `lang` with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
        let mut out = self.text(lang).to_owned();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(s: &str) -> Vec<&str> {
        let mut found: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_phrase_is_translated_with_the_same_placeholders() {
        for &msg in Msg::ALL {
            let english = placeholders(msg.text(Lang::En));
            for lang in Lang::ALL {
                let text = msg.text(lang);
                assert!(!text.trim().is_empty(), "{msg:?} is empty in {lang}");
                assert_eq!(
                    placeholders(text),
                    english,
                    "{msg:?} placeholders differ in {lang}"
                );
            }
            assert_ne!(
                msg.text(Lang::Kk),
                msg.text(Lang::En),
                "{msg:?} is not translated to kk"
            );
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        let at = Msg::AtLineColumn.fill(Lang::Kk, &[("line", "3"), ("column", "15")]);
        assert_eq!(at, "3-жол, 15-баған");
        let at = Msg::AtLineColumn.fill(Lang::Ru, &[("line", "3"), ("column", "15")]);
        assert_eq!(at, "строка 3, столбец 15");
    }
}
