// The demo page: a <civic-stats> element with controls for dataset, chart kind, measure, sort,
// year, regions and indicators, a language switch, and the embed code for the current view.
// No inline script and no eval: the page runs under a strict Content-Security-Policy. Text
// from data is only ever set with textContent.

const ui = {
  kk: {
    heading: 'Өңірлердің азаматтық қоғамы',
    about: 'civic-stats: Rust пен WebAssembly негізіндегі ашық диаграммалар.',
    dataset: 'Деректер', datasetZhetysu: 'Жетісу облысы, 2023', datasetExample: '20 өңір (көрнекі мысал)',
    chart: 'Диаграмма', kindBar: 'Бағандар', kindGrouped: 'Топталған', kindStacked: 'Жинақталған',
    kindShare: 'Үлестер, 100 %', kindPie: 'Дөңгелек', kindDonut: 'Сақина',
    kindCompare: 'Екі өңірді салыстыру', kindTrend: 'Жылдар бойынша',
    measure: 'Өлшем', measureCount: 'Саны', measurePer10k: '10 000 тұрғынға',
    measureShareRegion: 'Өңір жиынтығындағы үлесі', measureShareTotal: 'Барлық өңірлердегі үлесі',
    sort: 'Реті', sortData: 'Файлдағыдай', sortDesc: 'Көбінен азына', sortAsc: 'Азынан көбіне',
    sortName: 'Әліпби бойынша', year: 'Жыл', selected: 'Ерекшеленген өңір', none: '—',
    average: 'Орташа мән сызығы', regions: 'Өңірлер', indicators: 'Көрсеткіштер',
    embedHeading: 'Сайтқа ендіру', copyEmbed: 'Ендіру кодын көшіру', embedCode: 'Ендіру коды',
    copied: 'Көшірілді', theme: 'Түс схемасы', themeSystem: 'Жүйедегідей', themeLight: 'Ашық',
    themeDark: 'Қараңғы', themeContrast: 'Жоғары контраст',
  },
  ru: {
    heading: 'Гражданское общество регионов',
    about: 'civic-stats: открытые диаграммы на Rust и WebAssembly.',
    dataset: 'Данные', datasetZhetysu: 'Область Жетісу, 2023', datasetExample: '20 регионов (иллюстративный пример)',
    chart: 'Диаграмма', kindBar: 'Столбцы', kindGrouped: 'Группы', kindStacked: 'Накопление',
    kindShare: 'Доли, 100 %', kindPie: 'Круговая', kindDonut: 'Кольцевая',
    kindCompare: 'Сравнение двух регионов', kindTrend: 'По годам',
    measure: 'Мера', measureCount: 'Количество', measurePer10k: 'На 10 000 жителей',
    measureShareRegion: 'Доля в итоге региона', measureShareTotal: 'Доля в сумме регионов',
    sort: 'Порядок', sortData: 'Как в файле', sortDesc: 'По убыванию', sortAsc: 'По возрастанию',
    sortName: 'По алфавиту', year: 'Год', selected: 'Выделить регион', none: '—',
    average: 'Линия среднего', regions: 'Регионы', indicators: 'Показатели',
    embedHeading: 'Встроить на сайт', copyEmbed: 'Скопировать код для вставки', embedCode: 'Код для вставки',
    copied: 'Скопировано', theme: 'Цветовая схема', themeSystem: 'Как в системе', themeLight: 'Светлая',
    themeDark: 'Тёмная', themeContrast: 'Высокий контраст',
  },
  en: {
    heading: 'Civil society of the regions',
    about: 'civic-stats: open charts built with Rust and WebAssembly.',
    dataset: 'Data', datasetZhetysu: 'Zhetysu Region, 2023', datasetExample: '20 regions (illustrative example)',
    chart: 'Chart', kindBar: 'Bars', kindGrouped: 'Grouped', kindStacked: 'Stacked',
    kindShare: 'Shares, 100%', kindPie: 'Pie', kindDonut: 'Donut',
    kindCompare: 'Compare two regions', kindTrend: 'Over the years',
    measure: 'Measure', measureCount: 'Count', measurePer10k: 'Per 10,000 residents',
    measureShareRegion: "Share of the region's total", measureShareTotal: 'Share of all regions',
    sort: 'Order', sortData: 'As in the file', sortDesc: 'Largest first', sortAsc: 'Smallest first',
    sortName: 'By name', year: 'Year', selected: 'Highlight region', none: '—',
    average: 'Average line', regions: 'Regions', indicators: 'Indicators',
    embedHeading: 'Embed on a site', copyEmbed: 'Copy embed code', embedCode: 'Embed code',
    copied: 'Copied', theme: 'Colours', themeSystem: 'As the system', themeLight: 'Light',
    themeDark: 'Dark', themeContrast: 'High contrast',
  },
};

const widget = document.getElementById('chart');
const form = document.getElementById('controls');
const params = new URLSearchParams(location.search);
let lang = ['kk', 'ru', 'en'].includes(params.get('lang')) ? params.get('lang') : 'kk';

function applyLang() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = ui[lang][el.dataset.i18n];
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

// Controls → attributes; the element re-renders on each change.
function applyControls() {
  const f = form.elements;
  const attrs = {
    chart: f.chart.value, measure: f.measure.value, sort: f.sort.value, year: f.year.value,
    selected: f.selected.value, reference: f.reference.checked ? 'average' : '', theme: f.theme.value,
    regions: checked('regions'), indicators: checked('indicators'),
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
  f.year.replaceChildren(option('', '—'), ...choices.years.slice().reverse().map((y) => option(y, y)));
  f.year.value = choices.years.includes(Number(keepYear)) ? keepYear : '';
  f.selected.replaceChildren(option('', ui[lang].none), ...choices.regions.map((r) => option(r.id, r.name)));
  f.selected.value = choices.regions.some((r) => r.id === keepSelected) ? keepSelected : '';
  checkboxes('regions', choices.regions, regions);
  checkboxes('indicators', choices.indicators, indicators);
}

function embedSnippets() {
  const base = new URL('.', location.href);
  const src = new URL(widget.getAttribute('src'), location.href);
  const state = new URLSearchParams(widget.chart?.stateQuery() ?? '');
  const query = new URLSearchParams({ src: src.href });
  for (const [k, v] of state) query.set(k, v);
  const iframe = `<iframe src="${new URL(`embed.html?${query}`, base).href}" title="civic-stats" `
    + 'width="100%" height="560" loading="lazy"></iframe>';
  const attrs = [...state].map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('');
  const element = `<script type="module" src="${new URL('civic-stats.js', base).href}"></script>\n`
    + `<civic-stats src="${src.href}"${attrs}></civic-stats>`;
  return `${iframe}\n\n${element}`;
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
    fillControls();
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
  form.addEventListener('change', (event) => {
    if (event.target.name === 'dataset') {
      for (const name of ['regions', 'indicators']) {
        form.querySelector(`fieldset[name="${name}"] .options`).replaceChildren();
      }
      form.elements.year.replaceChildren();
      form.elements.selected.replaceChildren();
      applyControls();
      widget.setAttribute('src', event.target.value);
    } else {
      applyControls();
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());
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
