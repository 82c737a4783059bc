// The demo page: a civic-stats chart with controls for dataset, chart kind, measure, sort,
// year, regions and indicators, in Kazakh, Russian and English. No inline script and no eval:
// the page runs under a strict Content-Security-Policy. Text from data is only ever set with
// textContent, never as HTML.
import init, { Chart } from './pkg/civic_stats.js';

const ui = {
  kk: {
    heading: 'Өңірлердің азаматтық қоғамы', loading: 'Жүктелуде…',
    about: 'civic-stats: Rust пен WebAssembly негізіндегі ашық диаграммалар.',
    fetchFailed: 'Деректер файлын алу мүмкін болмады',
    dataset: 'Деректер', datasetZhetysu: 'Жетісу облысы, 2023', datasetExample: '20 өңір (көрнекі мысал)',
    chart: 'Диаграмма', kindBar: 'Бағандар', kindGrouped: 'Топталған', kindStacked: 'Жинақталған',
    kindShare: 'Үлестер, 100 %', kindPie: 'Дөңгелек', kindDonut: 'Сақина',
    kindCompare: 'Екі өңірді салыстыру', kindTrend: 'Жылдар бойынша',
    measure: 'Өлшем', measureCount: 'Саны', measurePer10k: '10 000 тұрғынға',
    measureShareRegion: 'Өңір жиынтығындағы үлесі', measureShareTotal: 'Барлық өңірлердегі үлесі',
    sort: 'Реті', sortData: 'Файлдағыдай', sortDesc: 'Көбінен азына', sortAsc: 'Азынан көбіне',
    sortName: 'Әліпби бойынша', year: 'Жыл', selected: 'Ерекшеленген өңір', none: '—',
    average: 'Орташа мән сызығы', regions: 'Өңірлер', indicators: 'Көрсеткіштер',
  },
  ru: {
    heading: 'Гражданское общество регионов', loading: 'Загрузка…',
    about: 'civic-stats: открытые диаграммы на Rust и WebAssembly.',
    fetchFailed: 'Не удалось получить файл данных',
    dataset: 'Данные', datasetZhetysu: 'Область Жетісу, 2023', datasetExample: '20 регионов (иллюстративный пример)',
    chart: 'Диаграмма', kindBar: 'Столбцы', kindGrouped: 'Группы', kindStacked: 'Накопление',
    kindShare: 'Доли, 100 %', kindPie: 'Круговая', kindDonut: 'Кольцевая',
    kindCompare: 'Сравнение двух регионов', kindTrend: 'По годам',
    measure: 'Мера', measureCount: 'Количество', measurePer10k: 'На 10 000 жителей',
    measureShareRegion: 'Доля в итоге региона', measureShareTotal: 'Доля в сумме регионов',
    sort: 'Порядок', sortData: 'Как в файле', sortDesc: 'По убыванию', sortAsc: 'По возрастанию',
    sortName: 'По алфавиту', year: 'Год', selected: 'Выделить регион', none: '—',
    average: 'Линия среднего', regions: 'Регионы', indicators: 'Показатели',
  },
  en: {
    heading: 'Civil society of the regions', loading: 'Loading…',
    about: 'civic-stats: open charts built with Rust and WebAssembly.',
    fetchFailed: 'Could not fetch the data file',
    dataset: 'Data', datasetZhetysu: 'Zhetysu Region, 2023', datasetExample: '20 regions (illustrative example)',
    chart: 'Chart', kindBar: 'Bars', kindGrouped: 'Grouped', kindStacked: 'Stacked',
    kindShare: 'Shares, 100%', kindPie: 'Pie', kindDonut: 'Donut',
    kindCompare: 'Compare two regions', kindTrend: 'Over the years',
    measure: 'Measure', measureCount: 'Count', measurePer10k: 'Per 10,000 residents',
    measureShareRegion: "Share of the region's total", measureShareTotal: 'Share of all regions',
    sort: 'Order', sortData: 'As in the file', sortDesc: 'Largest first', sortAsc: 'Smallest first',
    sortName: 'By name', year: 'Year', selected: 'Highlight region', none: '—',
    average: 'Average line', regions: 'Regions', indicators: 'Indicators',
  },
};

const canvas = document.getElementById('chart');
const status = document.getElementById('status');
const form = document.getElementById('controls');
const params = new URLSearchParams(location.search);
let lang = ['kk', 'ru', 'en'].includes(params.get('lang')) ? params.get('lang') : 'kk';
let chart;

// The chart draws its own messages; the status line repeats them for screen readers only.
function setState(state, message = '') {
  document.body.dataset.state = state;
  status.textContent = message;
}

function describe() {
  // The canvas is an image to assistive technology; its name is the chart's own text.
  canvas.setAttribute('aria-label', chart.error ?? chart.texts().join('. '));
}

function redraw(action) {
  try {
    action();
    setState(chart.error ? 'error' : 'ready', chart.error ?? '');
  } catch (err) {
    setState('error', err.message);
  }
  describe();
}

function applyLang() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    if (el !== status) el.textContent = ui[lang][el.dataset.i18n];
  }
  for (const b of document.querySelectorAll('[data-lang]')) {
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  }
}

function checked(name) {
  const boxes = [...form.querySelectorAll(`fieldset[name="${name}"] input`)];
  const on = boxes.filter((b) => b.checked).map((b) => b.value);
  return on.length === boxes.length ? [] : on; // all ticked: "all", as the widget's default
}

function options() {
  const f = form.elements;
  const year = Number(f.year.value);
  return {
    lang,
    chart: f.chart.value,
    measure: f.measure.value,
    sort: f.sort.value,
    year: Number.isFinite(year) && year > 0 ? year : undefined,
    selected: f.selected.value || undefined,
    reference: f.reference.checked ? 'average' : undefined,
    regions: checked('regions'),
    indicators: checked('indicators'),
  };
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function checkboxes(name, choices) {
  const box = form.querySelector(`fieldset[name="${name}"] .options`);
  const before = new Set(checked(name));
  box.replaceChildren(...choices.map((c) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = c.id;
    input.checked = before.size === 0 || before.has(c.id);
    label.append(input, document.createTextNode(c.name));
    return label;
  }));
}

// Rebuilds the data-dependent controls (names follow the language), keeping choices.
function fillControls() {
  const choices = chart.choices();
  if (!choices) return;
  const f = form.elements;
  const keepYear = f.year.value;
  const keepSelected = f.selected.value;
  f.year.replaceChildren(...choices.years.slice().reverse().map((y) => option(y, y)));
  if (choices.years.includes(Number(keepYear))) f.year.value = keepYear;
  f.selected.replaceChildren(option('', ui[lang].none), ...choices.regions.map((r) => option(r.id, r.name)));
  f.selected.value = keepSelected;
  checkboxes('regions', choices.regions);
  checkboxes('indicators', choices.indicators);
}

async function loadDataset(src) {
  setState('loading', ui[lang].loading);
  let text;
  try {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (err) {
    redraw(() => chart.showError(`${ui[lang].fetchFailed}: ${src} (${err.message})`));
    return;
  }
  for (const name of ['regions', 'indicators']) {
    form.querySelector(`fieldset[name="${name}"] .options`).replaceChildren();
  }
  form.elements.year.replaceChildren();
  redraw(() => chart.loadJson(text));
  fillControls();
  redraw(() => chart.setOptions(options()));
}

async function main() {
  applyLang();
  await init();
  for (const [key, value] of params) {
    const field = form.elements[key];
    if (field instanceof HTMLSelectElement && [...field.options].some((o) => o.value === value)) {
      field.value = value;
    }
  }
  chart = new Chart(canvas, { lang });
  window.civicStats = chart; // for the end-to-end tests and the curious
  await loadDataset(params.get('src') ?? form.elements.dataset.value);

  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => {
      lang = button.dataset.lang;
      applyLang();
      redraw(() => chart.setOptions(options()));
      fillControls();
    });
  }
  form.addEventListener('change', (event) => {
    if (event.target.name === 'dataset') loadDataset(event.target.value);
    else redraw(() => chart.setOptions(options()));
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  let width = canvas.clientWidth;
  new ResizeObserver(() => {
    if (canvas.clientWidth !== width) {
      width = canvas.clientWidth;
      redraw(() => chart.draw());
    }
  }).observe(canvas);
}

// Only reached when the module itself cannot load: then the status line is all there is.
main().catch((err) => setState('broken', err.message));
