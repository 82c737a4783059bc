// The demo page: a <civic-stats> element with controls for dataset (or the reader's own CSV or
// JSON file, opened or dropped on the chart), chart kind, measure, sort, year, regions and
// indicators, a language switch, and the embed code for the current view.
// No inline script and no eval: the page runs under a strict Content-Security-Policy. Text
// from data is only ever set with textContent.

const ui = {
  kk: {
    heading: 'Өңірлердің азаматтық қоғамы',
    about: 'civic-stats: Rust пен WebAssembly негізіндегі ашық диаграммалар.',
    dataset: 'Деректер', datasetZhetysu: 'Жетісу облысы, 2023', datasetNational: 'Қазақстан: тіркелген ҮЕҰ, 2023', datasetExample: '20 өңір (көрнекі мысал)',
    openFile: 'Өз файлыңыз (CSV, JSON)', chooseFile: 'Файлды таңдау…', dropHint: 'Файлды диаграммаға сүйреп әкелуге болады',
    embedLocalFile: '{name} файлын сайтқа, осы беттің қасына орналастырыңыз',
    embedSelf: 'Сайттың өзінде (қатаң Content-Security-Policy кезінде де): civic-stats.min.js, civic-stats.min.css файлдарын және pkg/ қалтасын сайттағы /civic-stats/ қалтасына көшіріңіз.',
    embedFrame: 'Фрейм: сайттың Content-Security-Policy саясаты {host} фреймдеріне рұқсат етсе (frame-src)',
    chart: 'Диаграмма', kindBar: 'Бағандар', kindGrouped: 'Топталған', kindStacked: 'Жинақталған',
    kindShare: 'Үлестер, 100 %', kindPie: 'Дөңгелек', kindDonut: 'Сақина',
    kindCompare: 'Екі өңірді салыстыру', kindTrend: 'Жылдар бойынша',
    measure: 'Өлшем', measureCount: 'Саны', measurePer10k: '10 000 тұрғынға шаққанда',
    measureShareRegion: 'Өңір жиынтығындағы үлесі', measureShareTotal: 'Барлық өңірлер жиынтығындағы үлесі',
    sort: 'Реті', sortData: 'Файлдағыдай', sortDesc: 'Көбінен азына', sortAsc: 'Азынан көбіне',
    sortName: 'Әліпби бойынша', year: 'Жыл', selected: 'Ерекшеленген өңір', none: 'Жоқ', latestYear: 'Соңғы жыл',
    reference: 'Бағдар сызығы', average: 'Орташа мән', overall: 'Өңірлер бойынша жиынтық', referenceValue: 'Берілген мән', referenceAt: 'Сызықтың мәні', referenceHint: 'Сан, мысалы 1 000 не 5,2 (1,000 екіұшты: мыңдықтарды бос орынмен бөліңіз)', regions: 'Өңірлер', indicators: 'Көрсеткіштер',
    regionA: 'Бірінші өңір', regionB: 'Екінші өңір',
    checkAll: 'Барлығын белгілеу', checkNone: 'Белгілерді алып тастау',
    noneTicked: 'Ешқайсысы белгіленбеген: диаграмма барлығын көрсетеді',
    embedHeading: 'Сайтқа ендіру', copyEmbed: 'Ендіру кодын көшіру', embedCode: 'Ендіру коды',
    copied: 'Көшірілді', theme: 'Түс схемасы', themeSystem: 'Жүйедегідей', themeLight: 'Ашық',
    themeDark: 'Қараңғы', themeContrast: 'Жоғары контраст',
  },
  ru: {
    heading: 'Гражданское общество регионов',
    about: 'civic-stats: открытые диаграммы на Rust и WebAssembly.',
    dataset: 'Данные', datasetZhetysu: 'Область Жетісу, 2023', datasetNational: 'Казахстан: зарегистрированные НПО, 2023', datasetExample: '20 регионов (иллюстративный пример)',
    openFile: 'Свой файл (CSV, JSON)', chooseFile: 'Выбрать файл…', dropHint: 'Файл можно перетащить на диаграмму',
    embedLocalFile: 'Разместите файл {name} на сайте рядом с этой страницей',
    embedSelf: 'На самом сайте (и при строгой Content-Security-Policy): скопируйте civic-stats.min.js, civic-stats.min.css и папку pkg/ в папку /civic-stats/ сайта.',
    embedFrame: 'Фрейм: если Content-Security-Policy сайта разрешает фреймы с {host} (frame-src)',
    chart: 'Диаграмма', kindBar: 'Столбцы', kindGrouped: 'Сгруппированные', kindStacked: 'С накоплением',
    kindShare: 'Доли, 100 %', kindPie: 'Круговая', kindDonut: 'Кольцевая',
    kindCompare: 'Сравнение двух регионов', kindTrend: 'По годам',
    measure: 'Величина', measureCount: 'Количество', measurePer10k: 'На 10 000 жителей',
    measureShareRegion: 'Доля в итоге региона', measureShareTotal: 'Доля в сумме по всем регионам',
    sort: 'Порядок', sortData: 'Как в файле', sortDesc: 'По убыванию', sortAsc: 'По возрастанию',
    sortName: 'По алфавиту', year: 'Год', selected: 'Выделить регион', none: 'Нет', latestYear: 'Последний год',
    reference: 'Линия ориентира', average: 'Среднее', overall: 'В целом по регионам', referenceValue: 'Своё значение', referenceAt: 'Значение линии', referenceHint: 'Число, например 1 000 или 5,2 (1,000 неоднозначно: тысячи отделяйте пробелом)', regions: 'Регионы', indicators: 'Показатели',
    regionA: 'Первый регион', regionB: 'Второй регион',
    checkAll: 'Отметить все', checkNone: 'Снять все',
    noneTicked: 'Ничего не отмечено: диаграмма показывает все',
    embedHeading: 'Встроить на сайт', copyEmbed: 'Скопировать код для вставки', embedCode: 'Код для вставки',
    copied: 'Скопировано', theme: 'Цветовая схема', themeSystem: 'Как в системе', themeLight: 'Светлая',
    themeDark: 'Тёмная', themeContrast: 'Высокий контраст',
  },
  en: {
    heading: 'Civil society of the regions',
    about: 'civic-stats: open charts built with Rust and WebAssembly.',
    dataset: 'Data', datasetZhetysu: 'Zhetysu Region, 2023', datasetNational: 'Kazakhstan: registered NGOs, 2023', datasetExample: '20 regions (illustrative example)',
    openFile: 'Your own file (CSV, JSON)', chooseFile: 'Choose a file…', dropHint: 'A file can also be dropped on the chart',
    embedLocalFile: 'Put {name} on your site, next to this page',
    embedSelf: 'On the site itself (under a strict Content-Security-Policy too): copy civic-stats.min.js, civic-stats.min.css and the pkg/ folder into the site\'s /civic-stats/ folder.',
    embedFrame: 'A frame: where the site\'s Content-Security-Policy allows frames from {host} (frame-src)',
    chart: 'Chart', kindBar: 'Bars', kindGrouped: 'Grouped', kindStacked: 'Stacked',
    kindShare: 'Shares, 100%', kindPie: 'Pie', kindDonut: 'Donut',
    kindCompare: 'Compare two regions', kindTrend: 'Over the years',
    measure: 'Measure', measureCount: 'Count', measurePer10k: 'Per 10,000 residents',
    measureShareRegion: "Share of the region's total", measureShareTotal: 'Share of all regions',
    sort: 'Order', sortData: 'As in the file', sortDesc: 'Largest first', sortAsc: 'Smallest first',
    sortName: 'By name', year: 'Year', selected: 'Highlight region', none: 'None', latestYear: 'Latest year',
    reference: 'Reference line', average: 'Average', overall: 'Regions combined', referenceValue: 'A value', referenceAt: 'Line at', referenceHint: 'A number such as 1000 or 5.2 (1,000 is ambiguous: write 1000)', regions: 'Regions', indicators: 'Indicators',
    regionA: 'First region', regionB: 'Second region',
    checkAll: 'Select all', checkNone: 'Clear all',
    noneTicked: 'None ticked: the chart shows all of them',
    embedHeading: 'Embed on a site', copyEmbed: 'Copy embed code', embedCode: 'Embed code',
    copied: 'Copied', theme: 'Colours', themeSystem: 'As the system', themeLight: 'Light',
    themeDark: 'Dark', themeContrast: 'High contrast',
  },
};

const widget = document.getElementById('chart');
const form = document.getElementById('controls');
// The reader's own file, once opened: listed under the datasets by its name.
let openedFile = null;
const params = new URLSearchParams(location.search);
let lang = ['kk', 'ru', 'en'].includes(params.get('lang')) ? params.get('lang') : 'kk';

function applyLang() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = ui[lang][el.dataset.i18n];
  // A field's format, which its validation message and screen readers give.
  for (const el of document.querySelectorAll('[data-i18n-title]')) el.title = ui[lang][el.dataset.i18nTitle];
  for (const b of document.querySelectorAll('[data-lang]')) {
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  }
  widget.setAttribute('lang', lang);
}

function checked(name) {
  const boxes = [...form.querySelectorAll(`fieldset[name="${name}"] input`)];
  const on = boxes.filter((b) => b.checked).map((b) => b.value);
  return on.length === boxes.length ? '' : on.join(','); // all ticked: "all", the default
}

// The reference line the reader picked: kept while a chart cannot draw it, and drawn again
// when they switch back to one that can.
let wantedReference = '';
// So is the measure: rates per 10 000 need a population, which a file may not give.
let wantedMeasure = null;

// Pies and comparisons draw no reference line; an average is of two regions or more, one
// value each (a bar's, or a stack's total); the regions combined, of bars of one indicator
// of two regions or more per 10 000 residents.
function applyReferenceChoices() {
  const f = form.elements;
  f.reference.disabled = ['pie', 'donut', 'compare'].includes(f.chart.value);
  const ticked = (name) => {
    const boxes = [...form.querySelectorAll(`fieldset[name="${name}"] .options input`)];
    return boxes.filter((b) => b.checked).length || boxes.length;
  };
  const average = f.reference.querySelector('[value="average"]');
  // Stacks of shares have no totals to average (a region's add up to 100 %).
  const shareStacks = f.chart.value === 'stacked' && f.measure.value.startsWith('share') && ticked('indicators') > 1;
  average.disabled = !['bar', 'stacked'].includes(f.chart.value) || ticked('regions') < 2 || shareStacks;
  const overall = f.reference.querySelector('[value="overall"]');
  // Of one indicator's bars: a bar chart's, or a group or stack of one.
  const bars = f.chart.value === 'bar' || ['grouped', 'stacked'].includes(f.chart.value) && ticked('indicators') === 1;
  overall.disabled = !bars || ticked('regions') < 2 || f.measure.value !== 'per-10k' || f.measure.disabled;
  const off = f.reference.querySelector(`[value="${wantedReference}"]`)?.disabled;
  f.reference.value = off ? '' : wantedReference;
  f.referenceAt.disabled = f.reference.disabled || f.reference.value !== 'value';
}

// Controls → attributes; the element re-renders on each change.
function applyControls() {
  const f = form.elements;
  // What a chart kind does not use is greyed out rather than left to do nothing (shares,
  // pies and donuts have their own measure).
  f.measure.disabled = ['share', 'pie', 'donut'].includes(f.chart.value);
  wantedMeasure ??= f.measure.value;
  const rates = f.measure.querySelector('[value="per-10k"]');
  f.measure.value = wantedMeasure === 'per-10k' && rates.disabled ? 'count' : wantedMeasure;
  applyReferenceChoices();
  // A trend runs over every year, in time order.
  f.year.disabled = f.sort.disabled = f.chart.value === 'trend';
  // A comparison is of two regions, picked by name rather than by unticking eighteen.
  const compare = f.chart.value === 'compare';
  f.regionA.disabled = f.regionB.disabled = !compare;
  form.querySelector('fieldset[name="regions"]').disabled = compare;
  // Nothing ticked means every one, as no attribute does: said beside the boxes, which
  // otherwise contradict the chart.
  for (const set of form.querySelectorAll('fieldset[name="regions"], fieldset[name="indicators"]')) {
    const boxes = set.querySelectorAll('.options input');
    set.querySelector('.hint').hidden = !boxes.length || [...boxes].some((b) => b.checked);
  }
  const attrs = {
    chart: f.chart.value, measure: f.measure.value, sort: f.sort.disabled ? '' : f.sort.value,
    year: f.year.disabled ? '' : f.year.value,
    // A greyed-out control asks for nothing (the embed code said reference=average).
    selected: f.selected.value,
    // A number as people write it (7,5; 1 200); a typo keeps the line drawn until it is mended,
    // marked on the field, rather than replacing the chart with an error.
    reference: f.referenceAt.disabled ? (!f.reference.disabled && f.reference.value)
      : f.referenceAt.checkValidity() ? f.referenceAt.value.trim() : widget.getAttribute('reference'),
    theme: f.theme.value,
    regions: compare ? [f.regionA.value, f.regionB.value].filter(Boolean).join(',') : checked('regions'),
    indicators: checked('indicators'),
  };
  for (const [name, value] of Object.entries(attrs)) {
    if (value) widget.setAttribute(name, value);
    else widget.removeAttribute(name);
  }
  document.documentElement.dataset.theme = f.theme.value;
  updateEmbed();
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function checkboxes(name, choices, keep) {
  const box = form.querySelector(`fieldset[name="${name}"] .options`);
  box.replaceChildren(...choices.map((c) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = c.id;
    input.checked = keep.size === 0 || keep.has(c.id);
    label.append(input, document.createTextNode(c.name));
    return label;
  }));
}

// Rebuilds the data-dependent controls (names follow the language), keeping choices.
function fillControls() {
  const choices = widget.chart?.choices();
  if (!choices) return;
  const f = form.elements;
  const keepYear = f.year.value;
  const keepSelected = f.selected.value;
  const keep = (name) => new Set(checked(name).split(',').filter(Boolean));
  const regions = keep('regions');
  const indicators = keep('indicators');
  f.year.replaceChildren(option('', ui[lang].latestYear), ...choices.years.slice().reverse().map((y) => option(y, y)));
  f.year.value = choices.years.includes(Number(keepYear)) ? keepYear : '';
  f.selected.replaceChildren(option('', ui[lang].none), ...choices.regions.map((r) => option(r.id, r.name)));
  f.selected.value = choices.regions.some((r) => r.id === keepSelected) ? keepSelected : '';
  // The pair compared: kept when the data has them, else the first two regions.
  for (const [name, fallback] of [['regionA', 0], ['regionB', 1]]) {
    const keepPair = f[name].value;
    f[name].replaceChildren(...choices.regions.map((r) => option(r.id, r.name)));
    const id = choices.regions.some((r) => r.id === keepPair) ? keepPair : choices.regions[fallback]?.id;
    f[name].value = id ?? '';
  }
  checkboxes('regions', choices.regions, regions);
  checkboxes('indicators', choices.indicators, indicators);
  // Data without a population has no rates per 10 000: offered, the measure had refused the
  // chart ("the data has no population").
  f.measure.querySelector('[value="per-10k"]').disabled = !choices.population;
}

// The data-dependent controls emptied, for a new dataset: fillControls refills them on load.
function clearChoices() {
  for (const name of ['regions', 'indicators']) {
    form.querySelector(`fieldset[name="${name}"] .options`).replaceChildren();
  }
  for (const name of ['year', 'selected', 'regionA', 'regionB']) form.elements[name].replaceChildren();
}

// Shows the reader's file (CSV or JSON) instead of a listed dataset; the element reads it, and
// a broken file gets its located message in the chart like any other.
function openFile(file) {
  openedFile = file;
  const select = form.elements.dataset;
  let entry = select.querySelector('option[value="file"]');
  if (!entry) select.append((entry = option('file', '')));
  entry.textContent = file.name;
  select.value = 'file';
  clearChoices();
  applyControls();
  widget.data = file;
}

/** The frame's height in the embed code: the widget's on the page, last measured. */
let frameHeight = 560;

/** The last part of a URL's path, decoded where it can be. */
function fileName(url) {
  const last = new URL(url).pathname.split('/').pop();
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** `text` as an HTML attribute's value between double quotes. */
function attribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

// Two forms: a frame of embed.html on this host, for sites whose Content-Security-Policy allows
// it, and the element on the site itself, which a strict policy (script-src 'self') requires:
// its files and the data copied to the site, named relative to the page.
function embedSnippets() {
  const base = new URL('.', location.href);
  // No two hyphens in a row, so no text (a file's name) can end the comment.
  const comment = (text) => `<!-- ${text.replace(/-(?=-)/g, '- ')} -->\n`;
  const state = new URLSearchParams(widget.chart?.stateQuery() ?? '');
  // A height fitted to the screen while presenting is not the chart's own, nor is the theme
  // this reader's system gave it ("as the system" follows each visitor's own); the language
  // is always said, as a site's page may be in another.
  if (widget.hasAttribute('height')) state.set('height', widget.getAttribute('height'));
  else state.delete('height');
  if (!form.elements.theme.value) state.delete('theme');
  if (!state.has('lang')) state.set('lang', lang);
  const attrs = [...state].map(([k, v]) => ` ${k}="${attribute(v)}"`).join('');
  const local = form.elements.dataset.value === 'file' && openedFile;
  const src = local ? openedFile.name : new URL(widget.getAttribute('src'), location.href).href;
  // A local file's name as it is ("50%.csv", "data #1.csv"); a URL's last part, decoded.
  const name = local ? src : fileName(src);
  const own = comment(`${ui[lang].embedSelf} ${ui[lang].embedLocalFile.replace('{name}', () => name)}`)
    + '<script type="module" src="/civic-stats/civic-stats.min.js"></script>\n'
    + `<civic-stats src="${attribute(encodeURIComponent(name))}"${attrs}></civic-stats>`;
  // A local file has no address on this host, so the frame could not show it.
  if (local) return own;
  const query = new URLSearchParams({ src });
  for (const [k, v] of state) query.set(k, v);
  // The frame's accessible name is the chart's title, as screen readers announce it; its
  // height the widget's, so that the chart is not cut off inside it.
  const title = attribute(widget.chart?.texts()[0] || 'civic-stats');
  // Measured on the page, not while presenting or fullscreen fits the chart to the screen.
  if (!widget.presenting && document.fullscreenElement !== widget) {
    frameHeight = Math.max(320, Math.ceil(widget.getBoundingClientRect().height) + 16);
  }
  const height = frameHeight;
  const iframe = comment(ui[lang].embedFrame.replace('{host}', location.origin))
    + `<iframe src="${new URL(`embed.html?${query}`, base).href}" title="${title}" `
    + `width="100%" height="${height}" loading="lazy" allow="fullscreen"></iframe>`;
  return `${iframe}\n\n${own}`;
}

function updateEmbed() {
  document.getElementById('embed-code').value = embedSnippets();
}

function main() {
  for (const [key, value] of params) {
    const field = form.elements[key];
    if (field instanceof HTMLSelectElement && [...field.options].some((o) => o.value === value)) {
      field.value = value;
    }
  }
  if (params.get('src')) widget.setAttribute('src', params.get('src'));
  else widget.setAttribute('src', form.elements.dataset.value);
  applyLang();
  applyControls();

  widget.addEventListener('civic-stats:load', () => {
    // Rates need a population, an average or the regions combined two regions or more: the
    // new data greys them out or not, and the chart follows.
    const rates = form.elements.measure.querySelector('[value="per-10k"]');
    const hadRates = !rates.disabled;
    fillControls();
    const lines = () => [...form.elements.reference.options].map((o) => o.disabled).join();
    const before = lines();
    applyReferenceChoices();
    if (lines() !== before || !rates.disabled !== hadRates) applyControls();
    window.civicStats = widget.chart; // for the end-to-end tests and the curious
    updateEmbed();
  });
  widget.addEventListener('civic-stats:select', () => {
    form.elements.selected.value = new URLSearchParams(widget.chart?.stateQuery() ?? '').get('selected') ?? '';
    updateEmbed();
  });
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => {
      lang = button.dataset.lang;
      applyLang();
      fillControls();
      updateEmbed();
    });
  }
  // "Select all" and "Clear all" over a fieldset's boxes (twenty regions took twenty clicks).
  form.addEventListener('click', (event) => {
    const button = event.target.closest('[data-check]');
    if (!button) return;
    const on = button.dataset.check === 'all';
    for (const box of button.closest('fieldset').querySelectorAll('.options input')) box.checked = on;
    applyControls();
  });
  form.addEventListener('change', (event) => {
    if (event.target.name === 'dataset') {
      clearChoices();
      applyControls();
      if (event.target.value === 'file') {
        widget.data = openedFile;
      } else {
        // The new src first: while the opened file is still the data, that load only reads
        // the file again (local, and replaced at once); the dataset is fetched once, below.
        widget.setAttribute('src', event.target.value);
        widget.data = null;
      }
    } else if (event.target.name === 'file') {
      const [file] = event.target.files;
      // Cleared, so that opening the same file again after editing it reads it again.
      event.target.value = '';
      if (file) openFile(file);
    } else {
      if (event.target.name === 'reference') wantedReference = event.target.value;
      if (event.target.name === 'measure') wantedMeasure = event.target.value;
      applyControls();
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  // A file dropped on the chart opens like one picked above; one dropped beside it is not
  // left to the browser, which would open it in place of the page and lose the view.
  const dragging = (event) => event.dataTransfer?.types.includes('Files');
  for (const type of ['dragover', 'drop']) {
    document.addEventListener(type, (event) => { if (dragging(event)) event.preventDefault(); });
  }
  widget.addEventListener('dragover', (event) => {
    if (!dragging(event)) return;
    event.preventDefault();
    widget.classList.add('dropping');
  });
  widget.addEventListener('dragleave', () => widget.classList.remove('dropping'));
  widget.addEventListener('drop', (event) => {
    widget.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    openFile(file);
  });
  document.getElementById('copy-embed').addEventListener('click', async () => {
    updateEmbed();
    const status = document.getElementById('copy-status');
    try {
      await navigator.clipboard.writeText(document.getElementById('embed-code').value);
      status.textContent = ui[lang].copied;
    } catch {
      document.getElementById('embed-code').select();
    }
  });
}

main();

// Works offline after the first visit (see sw.js); without service workers it just doesn't.
if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
