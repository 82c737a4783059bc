// The demo page: loads the Zhetysu dataset into a civic-stats chart and switches language.
// No inline script, no eval: the page runs under a strict Content-Security-Policy.
import init, { Chart } from './pkg/civic_stats.js';

const ui = {
  kk: { heading: 'Өңірлердің азаматтық қоғамы', loading: 'Жүктелуде…',
        about: 'civic-stats: Rust пен WebAssembly негізіндегі ашық диаграммалар.',
        fetchFailed: 'Деректер файлын алу мүмкін болмады' },
  ru: { heading: 'Гражданское общество регионов', loading: 'Загрузка…',
        about: 'civic-stats: открытые диаграммы на Rust и WebAssembly.',
        fetchFailed: 'Не удалось получить файл данных' },
  en: { heading: 'Civil society of the regions', loading: 'Loading…',
        about: 'civic-stats: open charts built with Rust and WebAssembly.',
        fetchFailed: 'Could not fetch the data file' },
};

const canvas = document.getElementById('chart');
const status = document.getElementById('status');
const params = new URLSearchParams(location.search);
let lang = ['kk', 'ru', 'en'].includes(params.get('lang')) ? params.get('lang') : 'kk';
let chart;

// The chart draws its own messages; the status line repeats them for screen readers only.
function setState(state, message = '') {
  document.body.dataset.state = state;
  status.textContent = message; // never innerHTML: messages quote data
}

function describe() {
  // The canvas is an image to assistive technology; its name is the chart's own text.
  canvas.setAttribute('aria-label', chart.error ?? chart.texts().join('. '));
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

function redraw(action) {
  try {
    action();
    setState(chart.error ? 'error' : 'ready', chart.error ?? '');
  } catch (err) {
    setState('error', err.message);
  }
  describe();
}

async function main() {
  applyLang();
  await init();
  chart = new Chart(canvas, { lang });
  window.civicStats = chart; // for the end-to-end tests and the curious
  const src = params.get('src') ?? 'data/zhetysu-2023.json';
  let text;
  try {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (err) {
    redraw(() => chart.showError(`${ui[lang].fetchFailed}: ${src} (${err.message})`));
    return;
  }
  redraw(() => chart.loadJson(text));

  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => {
      lang = button.dataset.lang;
      applyLang();
      redraw(() => chart.setLang(lang));
    });
  }
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
