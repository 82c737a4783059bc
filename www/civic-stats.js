// <civic-stats>: the embeddable chart element.
//
//   <script type="module" src="civic-stats.js"></script>
//   <civic-stats src="data/zhetysu-2023.json" lang="kk" chart="bar"></civic-stats>
//
// This file is the thin glue between the page and the WebAssembly chart: it owns the DOM
// (shadow root, buttons, tooltip, table), events and fetching; everything about what is drawn,
// in which words and where, comes from the Rust crate. It works under a strict CSP (no inline
// script or style, no eval): styles come from civic-stats.css next to this file, and text from
// data is only ever set with textContent.
const here = import.meta.url;
// civic-stats.css, or where this is civic-stats.min.js, civic-stats.min.css: the build
// (scripts/lib.sh) defines the global for the minified element.
const STYLES = typeof CIVIC_STATS_STYLES === 'string' ? CIVIC_STATS_STYLES : 'civic-stats.css';

// The chart module comes in two builds: civic_stats_json reads JSON datasets, civic_stats also
// reads CSV (Excel exports), 28 KB gzipped more. A page gets the first unless a chart on it
// names a CSV file when this script runs; a CSV that turns up later (a URL answering text/csv,
// a file the reader drops) fetches the second, and that chart is made again from it.
const WITH_CSV = 'civic_stats';
const JSON_ONLY = 'civic_stats_json';
// What says a file is CSV: its name, or the content type it was served with.
const CSV_PATH = /\.(csv|tsv|txt)$/i;
const CSV_TYPE = /csv|text\/plain|excel/;
const modules = new Map();

/** The module `name`, instantiated; fetched once per page. */
function module(name) {
  if (!modules.has(name)) {
    // The .wasm, the largest download, is requested at once, alongside its JS glue rather
    // than after it: on a phone's network that is a round trip less before the first chart.
    const wasm = fetch(new URL(`pkg/${name}_bg.wasm`, here));
    wasm.catch(() => {}); // reported through the glue's init
    const loading = import(`./pkg/${name}.js`).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      return glue;
    });
    // A failed download is forgotten, so that the next chart (or Retry) asks again.
    loading.catch(() => modules.get(name) === loading && modules.delete(name));
    modules.set(name, loading);
  }
  return modules.get(name);
}

function namesCsv(src) {
  try {
    return CSV_PATH.test(new URL(src, document.baseURI).pathname);
  } catch {
    return false;
  }
}

const ready = module([...document.querySelectorAll('civic-stats[src]')]
  .some((e) => namesCsv(e.getAttribute('src'))) ? WITH_CSV : JSON_ONLY);
// The phrase tables are the same in both builds.
let phrases;
ready.then((glue) => ({ phrases } = glue), () => {});

const OPTIONS = ['lang', 'chart', 'regions', 'indicators', 'measure', 'sort', 'theme', 'height',
  'year', 'selected', 'reference', 'hide'];

// Live charts, for tests and leak checks: created minus freed.
let live = 0;

/** Where ← → (and ↑ ↓ when `vertical`), Home and End go from `event.target` among
 *  `buttons`, wrapping; -1 for another key or target. */
function arrowed(event, buttons, vertical) {
  const at = buttons.indexOf(event.target);
  const keys = { ArrowRight: 1, ArrowLeft: -1, ...(vertical ? { ArrowDown: 1, ArrowUp: -1 } : {}) };
  const step = keys[event.key];
  if (at < 0) return -1;
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return buttons.length - 1;
  return step ? (at + step + buttons.length) % buttons.length : -1;
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') node.textContent = v;
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

/** Whether `element` is shown (checkVisibility, where the browser has it: Safari 17.4 and
 *  Chrome 105 first did, and before them the call threw on every change). */
function visible(element) {
  if (!element) return false;
  return element.checkVisibility ? element.checkVisibility() : element.getClientRects().length > 0;
}

/** The chart's language for a language tag (`ru-RU`, `kz`), if it speaks it. */
function spoken(tag) {
  const lang = (tag ?? '').toLowerCase().replace(/^kz/, 'kk');
  return ['kk', 'ru', 'en'].find((l) => lang === l || lang.startsWith(`${l}-`) || lang.startsWith(`${l}_`));
}

/** The last part of a path, as a file name (left encoded when it is not UTF-8). */
function lastPart(path) {
  const last = path.split('/').pop();
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The file name a URL ends in. */
function fileName(url) {
  return lastPart(new URL(url).pathname) || 'data.csv';
}

/** Whether a file holds JSON rather than CSV: by name, then type, then its first character. */
function isJson(name, type, bytes) {
  if (/\.json$/i.test(name) || /json/.test(type)) return true;
  if (CSV_PATH.test(name) || CSV_TYPE.test(type)) return false;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // UTF-8 BOM
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i])) i++;
  return bytes[i] === 0x7b; // {
}

/**
 * A JSON file's text: UTF-8, or UTF-16 by its byte-order mark (Notepad's "Unicode", which
 * had been read as UTF-8 and refused as Windows-1251). Bytes that are not UTF-8 become
 * U+FFFD, which the crate refuses at their place.
 */
function jsonText(bytes) {
  const bom = bytes[0] << 8 | bytes[1];
  return new TextDecoder(bom === 0xfffe ? 'utf-16le' : bom === 0xfeff ? 'utf-16be' : 'utf-8').decode(bytes);
}

/** The element that started presenting last, which a clicker's keys from the page step. */
let presenter = null;

// Said before the module, whose phrase tables hold every other word, has come: a reader on a
// slow connection had a blank box for the seconds it took.
const LOADING = { kk: 'Жүктелуде…', ru: 'Загрузка…', en: 'Loading…' };

/** A key pressed alone: Ctrl+PageDown is the browser's next tab, Shift+PageDown a selection. */
function plain(event) {
  return !(event.ctrlKey || event.metaKey || event.altKey || event.shiftKey);
}

/** The way a clicker's key steps (`next`, `back`), if it is one: PageDown or PageUp alone. */
function clickerWay(event) {
  return plain(event) && { PageDown: 'next', PageUp: 'back' }[event.key];
}

/** The crate's limit on a file (`MAX_INPUT_BYTES`), told here before a larger one is held. */
const MAX_BYTES = 20 * 1024 * 1024;
/** The limit as the messages write it, in MB. */
const MAX_MB = MAX_BYTES / 1048576;

/**
 * A response's body as bytes; false past MAX_BYTES, whose rest is not read (a server's 2 GB
 * answer had been held whole before the crate refused it, enough to take a phone's tab down),
 * or where `stale()` says a newer load took over (whose caller then asks no more of it).
 */
async function bodyOf(response, stale) {
  const reader = response.body?.getReader();
  const parts = [];
  let size = 0;
  for (let part; reader && !(part = await reader.read()).done;) {
    size += part.value.length;
    if (stale() || size > MAX_BYTES) {
      reader.cancel().catch(() => {});
      return false;
    }
    parts.push(part.value);
  }
  // Joined here: joined by a Blob, read back through the browser's process, the seed's
  // fetch took 9.7 ms (median of 60) where `arrayBuffer()` had taken 7.5; this, 7.7.
  const body = new Uint8Array(size);
  parts.reduce((at, part) => (body.set(part, at), at + part.length), 0);
  return body;
}

/**
 * Gives a tool its picture (drawn in 24 units), shown instead of its name where the widget is
 * too narrow for the names to be read (a phone's 360 px had them at 10 px); the name stays
 * the button's, for screen readers, in the span its text goes to.
 */
function pictured(button, d) {
  const [svg, path] = ['svg', 'path'].map((tag) => document.createElementNS('http://www.w3.org/2000/svg', tag));
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  path.setAttribute('d', d);
  svg.append(path);
  button.append(svg, el('span'));
  return button;
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export class CivicStats extends HTMLElement {
  static observedAttributes = ['src', 'heading', ...OPTIONS];

  /** How many charts are alive in the page (created and not yet released). */
  static get liveCharts() { return live; }

  #chart = null;
  #abort = null;
  #resize = null;
  #inline = null;
  // The data file's request, sent when the element is connected so the file downloads while
  // the module compiles rather than after it; #load takes it over if `src` is unchanged.
  #early = null;
  #loadToken = 0;
  #hover = null;
  #presenting = false;
  /** The last load's failure as #fail took it, until a load succeeds. */
  #failure = null;
  // The page's scroll position when presenting began.
  #scrolled = null;
  /** The message last announced, so that a redraw does not repeat it. */
  #announced = '';
  /** The legend toggle that holds the group's one Tab stop. */
  #toggleKey = null;
  /** The height last handed to the chart by #fit. */
  #fitted = null;
  #printing = false;
  #wasFullscreen = false;
  #width = 0;
  #textSize = 0;
  #frame = 0;
  #phraseCache = { lang: null, table: null };
  /** The table's sorted column (null: the chart's order) and its direction. */
  #tableSort = { column: null, descending: true };
  /** The chart and its `revision` the table was filled from: a redraw that changes neither
   *  (a resize, the focus ring moved) leaves it, since 10 000 rows take a second to rebuild. */
  #tableFrom = [];
  /** The language last given to the chart. */
  #langSet = null;
  /** The value of each attribute last checked by #check, so that each is told once. */
  #warned = {};
  #ui;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const u = (this.#ui = {});
    u.style = el('link', { rel: 'stylesheet', href: new URL(STYLES, here).href });
    u.table = pictured(el('button', { type: 'button', class: 'tool', 'aria-pressed': 'false' }), 'M4 5h16v14H4zM4 10h16M4 15h16M10 5v14');
    // A disclosure (aria-expanded), not an ARIA menu: its items are plain buttons in Tab order.
    u.export = pictured(el('button', { type: 'button', class: 'tool', 'aria-expanded': 'false', 'aria-controls': 'downloads' }),
      'M12 4v11M7 10l5 5 5-5M5 20h14');
    u.png = el('button', { type: 'button', 'data-format': 'png' });
    u.svg = el('button', { type: 'button', 'data-format': 'svg' });
    u.csv = el('button', { type: 'button', 'data-format': 'csv' });
    u.menu = el('div', { class: 'menu', id: 'downloads', hidden: true }, u.png, u.svg, u.csv);
    u.present = pictured(el('button', { type: 'button', class: 'tool', 'aria-pressed': 'false' }), 'M8 5l11 7-11 7z');
    // None in a frame that does not allow it (an embed's <iframe> without allow="fullscreen"),
    // nor on an iPhone, where it did nothing.
    u.fullscreen = pictured(el('button', { type: 'button', class: 'tool', hidden: !document.fullscreenEnabled }),
      'M4 9V4h5m6 0h5v5m0 6v5h-5m-6 0H4v-5');
    u.toolbar = el('div', { class: 'toolbar', role: 'toolbar' },
      u.table, el('div', { class: 'export' }, u.export, u.menu), u.present, u.fullscreen);
    // An application, not an image: screen readers in browse mode keep the arrow keys for
    // themselves on an image, and the arrows are how a reader moves from value to value.
    // No height of its own until drawn (the stage keeps the room): its 300 × 150 had made a
    // wide widget's room twice the chart's.
    u.canvas = el('canvas', { role: 'application', tabindex: '0', 'aria-describedby': 'summary keys', height: 0 });
    u.tooltip = el('div', { class: 'tooltip', role: 'tooltip', hidden: true });
    // An empty box over the mark the keyboard is on, scrolled into view in whatever scrolls.
    u.spot = el('div', { class: 'spot', 'aria-hidden': 'true' });
    // The legend's toggles as real buttons for keyboards and screen readers, each laid over
    // its entry on the canvas, so that its focus ring rings the entry it switches (shown
    // above the chart, they had covered its title). Before the canvas: first in Tab order.
    u.toggles = el('div', { class: 'toggles', role: 'group' });
    // "Loading…" as seen, in the middle of the chart's room; the status line says it.
    u.loading = el('div', { class: 'loading', 'aria-hidden': 'true' });
    u.stage = el('div', { class: 'stage' }, u.toggles, u.canvas, u.tooltip, u.spot, u.loading);
    // The title as a heading, for a screen reader's list of headings: drawn, it is only
    // pixels, and the canvas's name is no heading.
    u.heading = el('div', { role: 'heading', class: 'visually-hidden', hidden: true });
    // The canvas's description only: also read in the page's order, a screen reader said
    // each twice.
    u.summary = el('p', { id: 'summary', hidden: true });
    u.keys = el('p', { id: 'keys', hidden: true });
    u.live = el('div', { class: 'visually-hidden', 'aria-live': 'polite' });
    // The reveal's steps, with buttons either side of its count for a touch screen or a
    // mouse: a tablet in class has no arrow keys.
    u.hintText = el('p', { id: 'hint' });
    u.back = el('button', { type: 'button', class: 'tool' });
    u.next = el('button', { type: 'button', class: 'tool' });
    u.hint = el('div', { class: 'hint', hidden: true }, u.back, u.hintText, u.next);
    // The table scrolls sideways under its title, which stays whole (the caption, read by
    // screen readers, is hidden: a phone cut it off with the columns).
    u.tableTitle = el('p', { class: 'table-title', 'aria-hidden': 'true' });
    u.tableScroll = el('div', { class: 'table-scroll' });
    u.tableView = el('div', { class: 'table-view', hidden: true }, u.tableTitle, u.tableScroll);
    u.statusText = el('span');
    u.retry = el('button', { type: 'button', class: 'tool', hidden: true });
    u.status = el('div', { class: 'status', role: 'status' }, u.statusText, u.retry);
    // The toolbar's box is the query container its size rules ask (not the host, whose width
    // would then no longer follow the canvas in a shrink-to-fit layout such as a flex item).
    // Until a chart is drawn (`data-pending`), the tools keep their row unseen and the stage
    // a room the chart will fill (see #reserve), so the page below moves less.
    root.append(u.style, u.frame = el('div', { class: 'frame', part: 'frame', 'data-pending': '' }, u.heading,
      el('div', { class: 'tools' }, u.toolbar), u.status, u.stage, u.hint, u.summary, u.keys, u.live, u.tableView));
  }

  /**
   * Dataset given directly: an object in the v1 format, its JSON text, or a File or Blob (from
   * a file input or a drop) holding JSON or CSV, told apart by its name, its type or its
   * first character.
   */
  get data() { return this.#inline; }
  set data(value) {
    this.#inline = value;
    if (this.#chart) this.#load();
  }

  /** Whether the chart is being stepped through (the Step through button). */
  get presenting() { return this.#presenting; }

  /** The underlying WebAssembly chart (for advanced use and tests), or null. Set, it is the
   *  `chart` attribute, the kind: React 19 and Vue set a property where the element has one
   *  of an attribute's name, and a getter alone threw ("has only a getter") in React. */
  get chart() { return this.#chart; }
  set chart(kind) {
    if (kind == null) this.removeAttribute('chart');
    else this.setAttribute('chart', kind);
  }

  connectedCallback() {
    // A property set before this class was defined (an app's bundle ran before this file)
    // is the element's own, and hid the class's: `data` was never read.
    for (const name of ['data', 'chart']) {
      // (hasOwnProperty: Object.hasOwn is missing before Safari 15.4, and threw here.)
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this.#prefetch();
    if (!this.#chart) this.#status(LOADING[this.#lang]);
    this.#start().catch((err) => this.#failed(err));
  }

  /** Before the chart, the room it will take: the `height` asked for (the chart refuses one
   *  outside 120–4 000 px, and says so), else 20 em (the stylesheet's `data-pending`). Kept
   *  by the stage: the canvas's height is the chart's, and an empty one painted before the
   *  data (an attribute set meanwhile) is none. */
  #reserve() {
    const px = parseFloat(this.getAttribute('height'));
    this.#ui.stage.style.minHeight = px >= 120 && px <= 4000 ? `${px}px` : '';
  }

  /** A chart or a message is drawn: the room kept for it goes. */
  #drawn() {
    delete this.#ui.frame.dataset.pending;
    this.#ui.stage.style.minHeight = '';
  }

  // The module did not start: a site's Content-Security-Policy without 'wasm-unsafe-eval', or
  // pkg/ not copied beside this file. Said in the page's language (the phrase tables are in
  // the module), the browser's words after, and no empty toolbar or canvas. `stopped`: it
  // trapped (a bug), after which every call fails: said so, not a chart that no longer
  // answers.
  #failed(err, stopped = false) {
    const u = this.#ui;
    u.toolbar.parentElement.hidden = u.stage.hidden = true;
    this.#drawn();
    const text = stopped
      ? { kk: 'Диаграмма тоқтап қалды', ru: 'Диаграмма остановилась', en: 'The chart stopped' }
      : { kk: 'Диаграмма іске қосылмады', ru: 'Диаграмма не запустилась', en: 'The chart could not start' };
    this.#status(`${text[this.#lang]}: ${err.message}`, { error: true });
  }

  /** Requests `src` now if the chart is still starting (see #early). */
  #prefetch() {
    const src = this.getAttribute('src');
    if (!src || this.#chart || this.#inline != null || !this.isConnected) return;
    let url;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      return; // not a URL (`http://[bad`): #load says so
    }
    if (this.#early?.url === url) return;
    const response = fetch(url);
    response.catch(() => {}); // reported by #load, which awaits it
    this.#early = { url, response };
  }

  disconnectedCallback() {
    // Moved (a dashboard's drag and drop, a list reordered), it is connected again at once:
    // it keeps its chart, rather than loading again and losing the reader's highlight.
    queueMicrotask(() => this.isConnected || this.#stop());
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#chart) {
      if (name === 'src') this.#prefetch();
      if (name === 'height') this.#reserve();
      return;
    }
    if (name === 'src') {
      this.#load();
      return;
    }
    if (name === 'heading') {
      this.#checkAttributes();
      this.#describe();
      return;
    }
    // A page setting every attribute again (the demo's controls do) changes only what
    // changed: an unchanged kind had sent a class back to the first step. A highlight the
    // reader moved or cleared on the chart is set again, though the attribute kept its value.
    if (old === value && name !== 'selected') return;
    const data = ['chart', 'regions', 'indicators', 'year'].includes(name);
    if (name === 'lang') {
      this.#checkAttributes();
      this.#setLang();
      return;
    }
    const set = () => this.#chart.set(name, value ?? '');
    // Other values or another kind, while presenting: the steps start again; another measure
    // or order keeps the step reached.
    if (data) {
      this.#try(() => {
        set();
        if (this.#presenting) this.#chart.reveal(0);
      });
    } else {
      this.#keepingStep(set);
    }
    this.#animate();
    if (data) this.#showStep();
    if (name === 'theme' && value === null) this.#applySystemTheme(true);
  }

  // Without a theme attribute the chart follows the page, as form controls do: forced colours
  // (Windows high contrast) → contrast; dark where the page's CSS \`color-scheme\` allows dark
  // and the reader's system asks for it (or the page is only dark); else light, so that a
  // light site does not get a dark block on a reader's dark system.
  // A site's own switches are followed too: a dark-mode toggle changing `color-scheme`
  // through a class or style on <html> or <body>, a language switch changing `lang` on any
  // element around the widget (a CMS's section, a single-page app's <main>).
  #followSystemTheme(signal) {
    for (const query of ['(forced-colors: active)', '(prefers-color-scheme: dark)']) {
      matchMedia(query).addEventListener('change', () => this.#applySystemTheme(), { signal });
    }
    const page = new MutationObserver(() => {
      this.#applySystemTheme();
      // A site's "A+" switch, on the root's or the body's class or style.
      if (this.#readTextSize()) this.#redraw();
    });
    for (const node of [document.documentElement, document.body]) {
      if (node) page.observe(node, { attributes: true, attributeFilter: ['class', 'style'] });
    }
    const langs = new MutationObserver(() => this.#lang !== this.#langSet && this.#setLang());
    langs.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
    signal.addEventListener('abort', () => {
      page.disconnect();
      langs.disconnect();
    });
    this.#applySystemTheme(true);
  }

  /** Sets the theme the page and the system ask for (`force`: even if it was already set). */
  #applySystemTheme(force = false) {
    if (!this.#chart || this.hasAttribute('theme') || this.#printing) return;
    const scheme = getComputedStyle(this).colorScheme ?? ''; // older browsers: light
    const dark = scheme.includes('dark')
      && (!scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
    const theme = matchMedia('(forced-colors: active)').matches ? this.#contrast() : dark ? 'dark' : 'light';
    const frame = this.#ui.stage.parentElement;
    if (!force && frame.dataset.systemTheme === theme) return;
    frame.dataset.systemTheme = theme;
    this.#try(() => this.#chart.set('theme', theme));
  }

  /** The contrast theme the system's colours ask for: Windows' contrast themes are mostly
   *  light text on black, and the text colour it forces on the page tells which. */
  #contrast() {
    const [r, g, b] = (getComputedStyle(this).color.match(/\d+/g) ?? []).map(Number);
    return r + g + b > 382 ? 'contrast-dark' : 'contrast';
  }

  async #start() {
    // The build with the CSV reader when this chart's src names a CSV file; the page's first
    // build in any case, for the phrase tables.
    const csv = namesCsv(this.getAttribute('src') ?? '');
    const [{ Chart }] = await Promise.all([csv ? module(WITH_CSV) : ready, ready]);
    if (!this.isConnected || this.#chart) return;
    const abort = (this.#abort = new AbortController());
    const u = this.#ui;
    this.#create(Chart);
    this.#label();
    this.#listen(abort.signal);
    this.#followSystemTheme(abort.signal);
    this.#followPrint(abort.signal);
    this.#followRatio(abort.signal);
    // A window that only grows or shrinks in height (a phone's address bar) resizes a fitted
    // chart too.
    addEventListener('resize', () => { if (this.#fitted !== null) this.#fit(); }, { signal: abort.signal });
    this.#resize = new ResizeObserver(() => {
      const width = u.canvas.clientWidth;
      // The reader's default type size, changed in the browser's settings with the page
      // open, resizes the tools (sized in em) and so the host: the chart's text follows.
      const text = this.#readTextSize();
      if ((width && width !== this.#width) || text) {
        this.#width = width || this.#width;
        this.#redraw();
      }
      if (this.#fitted !== null) this.#fit();
      this.#tableEdges();
    });
    this.#resize.observe(this);
    await this.#load();
  }

  // Browser zoom, or a window moved to another screen, changes the pixel ratio; in a sidebar
  // of fixed width nothing else changes, and the canvas stayed blurred.
  #followRatio(signal) {
    matchMedia(`(resolution: ${devicePixelRatio}dppx)`).addEventListener('change', () => {
      this.#redraw();
      this.#followRatio(signal);
    }, { signal, once: true });
  }

  /** Makes the chart from `Chart` with the element's attributes. */
  #create(Chart) {
    const options = {};
    for (const name of OPTIONS) {
      const value = this.getAttribute(name);
      if (value !== null) options[name] = value;
    }
    options.lang = this.#langSet = this.#lang;
    this.#checkAttributes();
    // A chart that cannot be made (no 2D context) throws to the caller, which says so: caught
    // here, it had left no chart and "Loading…" for ever.
    this.#chart = new Chart(this.#ui.canvas, {});
    live++;
    this.#textSize = 0;
    this.#readTextSize();
    try {
      this.#chart.setOptions(options);
    } catch (err) {
      // An unknown attribute value: the chart already shows the message.
    }
  }

  /**
   * A chart from the JSON-only build is made again from the build with the CSV reader, with
   * the same attributes, system theme, presentation and printing (new data resets everything
   * else).
   * False when the element moved on (another load, removal) while the module came.
   */
  async #readCsv(token) {
    if (typeof this.#chart?.loadCsv === 'function') return true;
    let Chart;
    try {
      ({ Chart } = await module(WITH_CSV));
    } catch {
      if (token === this.#loadToken) this.#fail('NetworkError', { url: `${WITH_CSV}_bg.wasm` });
      return false;
    }
    if (token !== this.#loadToken || !this.#chart) return false;
    const old = this.#chart;
    this.#chart = null;
    old.free();
    live--;
    try {
      this.#create(Chart);
    } catch (err) {
      this.#failed(err);
      return false;
    }
    this.#applySystemTheme(true);
    if (this.#large) {
      this.#try(() => this.#chart.setPresentation(true));
      this.#fitted = null;
      this.#fit();
    }
    if (this.#printing) this.#try(() => this.#chart.setPrinting(true));
    return true;
  }

  #stop() {
    this.#early = null;
    cancelAnimationFrame(this.#frame);
    this.#abort?.abort();
    this.#abort = null;
    this.#resize?.disconnect();
    this.#resize = null;
    this.#printing = false;
    this.#loadToken++;
    // Added again, it loads again: the last chart's height is its room meanwhile.
    this.#ui.frame.dataset.pending = '';
    if (presenter === this) presenter = null;
    if (this.#chart) {
      this.#chart.free();
      this.#chart = null;
      live--;
    }
  }

  /** The chart in the language #lang says, with the element's own words. */
  #setLang() {
    this.#langSet = this.#lang;
    this.#try(() => this.#chart.set('lang', this.#langSet));
    // The last announcement is the old language's, which a screen reader would read out in
    // the new one's voice if the reader came to it.
    this.#ui.live.textContent = '';
    if (this.#failure) this.#fail(...this.#failure, true);
    this.#label();
  }

  /** Its own `lang`, else the page's (the nearest `lang` around it), else Kazakh. One it does
   *  not speak counts as none: `lang="de"` on a Russian page had drawn Kazakh. */
  get #lang() {
    let around;
    // Through the shadow roots of components it is inside (a design system's card).
    for (let at = this.parentElement ?? this.getRootNode().host; at && !around; at = at.getRootNode().host) {
      around = at.closest('[lang]')?.lang;
    }
    return spoken(this.getAttribute('lang')) ?? spoken(around) ?? 'kk';
  }

  /** Tells the page's author, once per value, of a `lang` the chart does not speak or a
   *  `heading` that is no level (`heading="7"` had been ignored without a word). */
  #checkAttributes() {
    this.#check('lang', spoken, 'not kk, ru or en; the page\'s language is used');
    this.#check('heading', (v) => /^([1-6]|none)$/.test(v), 'not 1 to 6 or none; the level follows the page\'s headings');
  }

  #check(name, ok, instead) {
    const value = this.getAttribute(name);
    if (value !== null && value !== this.#warned[name] && !ok(value)) {
      console.warn(`<civic-stats ${name}="${value}">: ${instead}`);
    }
    this.#warned[name] = value;
  }

  #t(key) {
    return this.#phrases[key] ?? key;
  }

  get #phrases() {
    const lang = this.#lang;
    if (this.#phraseCache.lang !== lang) this.#phraseCache = { lang, table: phrases(lang) };
    return this.#phraseCache.table;
  }

  // Button labels and the canvas's accessible name, in the chart's language.
  #label() {
    const u = this.#ui;
    u.stage.parentElement.lang = this.#lang; // so screen readers speak it in its language
    u.toolbar.setAttribute('aria-label', this.#t('Tools'));
    u.canvas.setAttribute('aria-roledescription', this.#t('Chart').toLowerCase());
    u.keys.textContent = this.#t('KeyboardHint');
    u.toggles.setAttribute('aria-label', this.#t('SeriesToggles'));
    u.table.lastChild.textContent = this.#t('ShowTable');
    u.export.lastChild.textContent = this.#t('Export');
    u.png.textContent = this.#t('ExportPng');
    u.svg.textContent = this.#t('ExportSvg');
    u.csv.textContent = this.#t('ExportCsv');
    u.present.lastChild.textContent = this.#t('Present');
    u.back.textContent = this.#t('StepBack');
    u.next.textContent = this.#t('StepNext');
    this.#showStep();
    u.retry.textContent = this.#t('Retry');
    u.fullscreen.lastChild.textContent = this.#t(document.fullscreenElement === this ? 'ExitFullscreen' : 'Fullscreen');
    this.#describe();
  }

  #describe() {
    const u = this.#ui;
    const chart = this.#chart;
    if (!chart) return;
    const focused = this.shadowRoot.activeElement;
    // A message has no steps: presenting ends, rather than leaving a pressed button hidden.
    if (chart.error && this.#presenting) this.#togglePresenting();
    // The whole title: its first drawn line was a phone's "Жетісу облысының азаматтық".
    u.canvas.setAttribute('aria-label', chart.error ? chart.errorHeading : (chart.title ?? this.#t('Chart')));
    // Named by its chart too: several widgets on a page had toolbars of one name.
    u.toolbar.setAttribute('aria-label', `${this.#t('Tools')}: ${u.canvas.getAttribute('aria-label')}`);
    const level = this.#headingLevel();
    u.heading.hidden = !level || !(chart.error || chart.title);
    u.heading.setAttribute('aria-level', String(level));
    u.heading.textContent = u.canvas.getAttribute('aria-label');
    // A message has no table, download or steps: only fullscreen stays.
    for (const tool of [u.table, u.export.parentElement, u.present]) tool.hidden = Boolean(chart.error);
    u.summary.textContent = chart.summary();
    // A message drawn in the canvas is announced once, when the status line has nothing to
    // say (it announces a failed load itself): a wrong attribute found while the status said
    // "Loading…" had been taken as announced, and never was.
    const error = chart.error ? `${chart.errorHeading}: ${chart.error}` : '';
    if (error !== this.#announced) {
      // A problem put right leaves the live region, where a reader browsing would find it.
      if (u.live.textContent === this.#announced) u.live.textContent = '';
      if (!error || u.status.hidden) {
        this.#announced = error;
        if (error) u.live.textContent = error;
      }
    }
    this.#fillToggles();
    const [from, revision] = this.#tableFrom;
    if (!u.tableView.hidden && (from !== chart || revision !== chart.revision)) this.#fillTable();
    // A control the change took away (a legend's button for a chart of one series, the
    // table's tool for a message) had taken the focus with it to the page's start.
    if (focused && !visible(this.shadowRoot.activeElement)) u.canvas.focus();
  }

  /** The line above the chart; `drawn`: the canvas shows the message too, so the line holds
   *  it for screen readers only, beside Retry (it was written twice, one above the other).
   *  "Loading…" is seen in the middle of the chart's room instead (a row above had moved the
   *  chart and the page under it down a line), and heard from the line. */
  #status(message, { error = false, retry = false, drawn = false } = {}) {
    const u = this.#ui;
    u.statusText.textContent = message;
    u.statusText.className = drawn ? 'visually-hidden' : '';
    u.loading.textContent = error ? '' : message;
    // Said on the canvas, and nothing to retry: the line is for screen readers alone (an
    // empty band of its padding had stood above the chart).
    u.status.classList.toggle('visually-hidden', !error || (drawn && !retry));
    u.status.dataset.kind = error ? 'error' : 'info';
    u.status.hidden = !message;
    u.retry.hidden = !retry;
  }

  // Runs a chart call; errors are already drawn on the canvas, so only the texts follow.
  // `describe`: false for a call that moves the focus ring only, which leaves the texts, the
  // legend's buttons and the table as they were (an arrow key had rebuilt them all).
  #try(action, describe = true) {
    try {
      action();
    } catch (err) {
      // The canvas shows the message; screen readers get it through the summary. A trap is
      // no message: the chart stopped, and answers nothing more (describing it would throw).
      if (err instanceof WebAssembly.RuntimeError) {
        this.#failed(err, true);
        return;
      }
    }
    this.#hideTooltip();
    if (describe) this.#describe();
  }

  // Values changed: bars glide from their old length to the new one in 250 ms, unless the
  // reader asked for reduced motion. The first frame is painted now, in the same task as the
  // change, so the final chart is never flashed before the transition.
  #animate() {
    const chart = this.#chart;
    cancelAnimationFrame(this.#frame);
    if (this.#printing) return;
    if (!chart || chart.error || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const start = performance.now();
    const step = (now) => {
      if (this.#chart !== chart) return;
      const t = Math.min(1, (now - start) / 250);
      try {
        chart.animate(t);
      } catch {
        return;
      }
      if (t < 1) this.#frame = requestAnimationFrame(step);
    };
    try {
      chart.animate(0);
    } catch {
      return;
    }
    this.#frame = requestAnimationFrame(step);
  }

  /** Gives the chart the reader's default type size (the host's `medium`), or the page's
   *  around it where that is larger (a site's "A+" version for low vision), which its text
   *  and the tools follow; true where it changed. */
  #readTextSize() {
    const own = parseFloat(getComputedStyle(this).fontSize);
    const page = this.parentElement ? parseFloat(getComputedStyle(this.parentElement).fontSize) : 0;
    const size = Math.max(own, page || 0);
    this.#ui.stage.parentElement.style.fontSize = size > own ? `${size}px` : '';
    if (!this.#chart || size === this.#textSize) return false;
    this.#textSize = size;
    this.#chart.setTextSize(size);
    return true;
  }

  #redraw() {
    if (this.#chart) this.#try(() => this.#chart.draw());
  }

  // Printing (or saving as PDF): a light chart unless the page chose a theme, since paper is
  // white and a system's dark mode is not the reader's choice for it; painted at printer
  // resolution (the chart's setPrinting); without the toolbar (civic-stats.css). Browsers
  // signal printing through the print media query, the before/afterprint events, or both:
  // the first to come starts it.
  #followPrint(signal) {
    const print = matchMedia('print');
    print.addEventListener('change', () => this.#print(print.matches), { signal });
    addEventListener('beforeprint', () => this.#print(true), { signal });
    addEventListener('afterprint', () => this.#print(false), { signal });
    if (print.matches) this.#print(true);
  }

  #print(on) {
    if (on === this.#printing || !this.#chart) return;
    this.#printing = on;
    // A transition is cut short: paper gets the final chart, not a frame of it.
    cancelAnimationFrame(this.#frame);
    this.#hideTooltip();
    if (on && !this.hasAttribute('theme')) {
      this.#ui.stage.parentElement.dataset.systemTheme = 'light';
      this.#try(() => this.#chart.set('theme', 'light'));
    }
    this.#try(() => this.#chart.setPrinting(on));
    if (!on) this.#applySystemTheme();
  }

  async #load() {
    if (!this.#chart) return;
    const token = ++this.#loadToken;
    try {
      await this.#loadData(token);
    } finally {
      // The current load says when loading is over; one a newer load replaced says nothing.
      if (token === this.#loadToken) this.removeAttribute('aria-busy');
    }
  }

  // Every await below may let a newer load start (or the element leave the page): each is
  // followed by a token check, and the chart is read from this.#chart again, since reading a
  // CSV may have replaced it (#readCsv).
  async #loadData(token) {
    this.#failure = null;
    const inline = this.#inline ?? this.querySelector('script[type="application/json"]')?.textContent;
    const src = this.getAttribute('src');
    if (inline instanceof Blob) {
      await this.#loadFile(inline, token);
      return;
    }
    if (inline != null && inline !== '') {
      this.#status('');
      // An app's object that is no JSON (circular, a BigInt, a function) had left a blank
      // canvas under the toolbar, and its error uncaught.
      let text;
      let thrown = null;
      try {
        text = typeof inline === 'string' ? inline : JSON.stringify(inline);
      } catch (err) {
        thrown = err;
      }
      if (typeof text !== 'string') {
        const reason = thrown ? thrown.message ?? String(thrown) : typeof inline;
        this.#fail('DataUnreadable', { reason });
        return;
      }
      this.#try(() => this.#chart.loadJson(text));
      this.#loaded();
      return;
    }
    if (!src) {
      // An app sets `data` once its own request is back: "Loading…" until then, and the
      // message only where nothing comes (it had flashed red on every such page).
      this.#status(LOADING[this.#lang]);
      this.setAttribute('aria-busy', 'true');
      await new Promise((ok) => setTimeout(ok, 2000));
      if (token !== this.#loadToken) return;
      this.#status('');
      this.#fail('NoDataGiven', {}, { status: false });
      return;
    }
    this.#status(LOADING[this.#lang]);
    this.setAttribute('aria-busy', 'true');
    const early = this.#early;
    this.#early = null;
    let url, response;
    try {
      url = new URL(src, document.baseURI).href;
      response = await (early?.url === url ? early.response : fetch(url));
    } catch {
      // From another site, the usual cause is not the network: say what it takes.
      const elsewhere = url && new URL(url).origin !== location.origin;
      if (token === this.#loadToken) this.#fail(elsewhere ? 'NetworkErrorElsewhere' : 'NetworkError', { url: src });
      return;
    }
    if (token !== this.#loadToken) return;
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    if (!response.ok) {
      // The number only: the status text is the server's English ("Not Found").
      this.#fail('HttpError', { status: response.status, url: src });
      return;
    }
    if (/^(text\/html|image\/|video\/|audio\/)/.test(type)) {
      this.#fail('WrongContentType', { url: src, type });
      return;
    }
    const csv = CSV_TYPE.test(type) || namesCsv(url);
    let body;
    try {
      // As bytes: the crate tells a CSV's encoding itself, `jsonText` a JSON file's.
      body = await bodyOf(response, () => token !== this.#loadToken);
    } catch {
      if (token === this.#loadToken) this.#fail('NetworkError', { url: src });
      return;
    }
    if (token !== this.#loadToken) return;
    if (body === false) {
      this.#fail('TooLargeOver', { limit: MAX_MB });
      return;
    }
    if (csv) {
      if (!(await this.#readCsv(token))) return;
      this.#status('');
      this.#try(() => this.#chart.loadCsv(body, fileName(url)));
    } else {
      this.#status('');
      this.#try(() => this.#chart.loadJson(jsonText(body)));
    }
    this.#loaded();
  }

  async #loadFile(file, token) {
    const name = file.name || 'data';
    this.#status(LOADING[this.#lang]);
    this.setAttribute('aria-busy', 'true');
    if (file.size > MAX_BYTES) {
      // In MB as the crate says it, rounded up ("20.1", not "20, at most 20").
      this.#fail('TooLarge', { size: Math.ceil(file.size / 104857.6) / 10, limit: MAX_MB });
      return;
    }
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      if (token === this.#loadToken) this.#fail('FileUnreadable', { name });
      return;
    }
    if (token !== this.#loadToken) return;
    if (isJson(name, file.type, bytes)) {
      this.#status('');
      this.#try(() => this.#chart.loadJson(jsonText(bytes)));
    } else {
      if (!(await this.#readCsv(token))) return;
      this.#status('');
      this.#try(() => this.#chart.loadCsv(bytes, name));
    }
    this.#loaded();
  }

  /** A load that failed, said on the canvas (and in the status line, with Retry where trying
   *  again may help: not for a file too large, nor for an app's object that is no JSON): kept
   *  as a phrase and its arguments, so that a language switch says it `again` in the new one. */
  #fail(key, args, { status = true } = {}, again = false) {
    this.#failure = [key, args, { status }];
    const message = this.#phrase(key, args);
    this.#try(() => this.#chart.showError(message));
    this.#drawn();
    const retry = !/^(TooLarge|DataUnreadable)/.test(key);
    if (status) this.#status(message, { error: true, retry, drawn: Boolean(this.#chart) });
    // A page waiting for the data (a spinner of its own) learns it will not come; with none
    // given, it may yet be set. Said again in another language, it is no new load.
    if (key !== 'NoDataGiven' && !again) this.#loadEvent(message);
  }

  #loadEvent(error) {
    this.#emit('load', { error });
  }

  // Each event goes by two names, `civic-stats:load` and `civic-stats-load`: Angular's
  // templates read a colon as a target (`(window:resize)`), and could not bind the first.
  #emit(name, detail) {
    for (const type of [`civic-stats:${name}`, `civic-stats-${name}`]) {
      this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
    }
  }

  /** A phrase filled in; numbers are written as the language writes them (`21,5`). */
  #phrase(key, args) {
    const number = new Intl.NumberFormat(this.#lang, { maximumFractionDigits: 1 });
    return this.#t(key).replace(/\{(\w+)\}/g, (_, name) => {
      const value = args[name] ?? '';
      return typeof value === 'number' ? number.format(value) : value;
    });
  }

  #loaded() {
    this.#failure = null;
    this.removeAttribute('aria-busy');
    this.#drawn();
    // New data while presenting: its steps start from the first.
    if (this.#presenting) this.#try(() => this.#chart.reveal(0));
    this.#showStep();
    this.#animate();
    this.#describe();
    this.#loadEvent(this.#chart?.error ?? null);
  }

  #listen(signal) {
    const u = this.#ui;
    const on = (target, type, handler) => target.addEventListener(type, handler, { signal });
    const at = (event) => {
      const rect = u.canvas.getBoundingClientRect();
      // A page's zoom or scale (a low-vision version) shows the canvas larger than laid out.
      const k = u.canvas.clientWidth / rect.width || 1;
      return [(event.clientX - rect.left) * k, (event.clientY - rect.top) * k];
    };
    const point = (event) => this.#chart?.hit(...at(event));
    const legendKey = (event) => this.#chart?.legendHit(...at(event));
    on(u.canvas, 'pointermove', (event) => {
      u.canvas.style.cursor = legendKey(event) ? 'pointer' : '';
      const index = point(event);
      if (index === undefined) this.#hideTooltip();
      else if (index !== this.#hover) this.#showTooltip(index);
    });
    on(u.canvas, 'pointerleave', () => this.#hideTooltip());
    // A tooltip over the chart's own values is dismissed by Escape wherever the focus is
    // (WCAG 1.4.13): hovered with a mouse, the canvas has no focus to take the key.
    on(document, 'keydown', (event) => {
      if (event.key === 'Escape') this.#hideTooltip();
      // While presenting, a clicker steps the chart wherever the page has the focus, but in a
      // field: a language link clicked in between had left it scrolling the page instead.
      // The chart presented last steps, where two are (the first had, out of sight).
      const way = clickerWay(event);
      const t = event.composedPath()[0]; // a field inside another component's shadow root too
      if (way && this.#presenting && presenter === this && event.target !== this && !event.defaultPrevented
        && !t.isContentEditable && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) {
        event.preventDefault();
        this.#step(way);
      }
    });
    on(u.canvas, 'click', (event) => {
      const key = legendKey(event);
      if (key) {
        // Legend entries switch their series off and on.
        this.#keepingStep(() => this.#chart.toggle(key));
        this.#animate();
        return;
      }
      const index = point(event);
      if (index === undefined) {
        this.#select(undefined);
      } else {
        this.#select(index);
        this.#showTooltip(index);
      }
    });
    on(u.canvas, 'keydown', (event) => this.#key(event));
    // A clicker's PageDown and PageUp step the chart wherever the focus is in the widget: on
    // the table or a tool (the focus a tap there leaves), they had scrolled the page instead.
    // In the table they scroll it until presenting: a reader's place there is kept.
    on(u.stage.parentElement, 'keydown', (event) => {
      const way = clickerWay(event);
      const start = !u.tableView.contains(event.target);
      if (way && event.target !== u.canvas && this.#clicker(way, start)) event.preventDefault();
    });
    on(u.canvas, 'blur', () => {
      this.#hideTooltip();
      this.#chart?.setFocus(undefined);
    });
    on(u.table, 'click', () => this.#toggleTable());
    on(u.tableView, 'click', (event) => {
      const column = event.target.closest('[data-column]')?.dataset.column;
      if (column !== undefined) this.#sortTable(Number(column));
    });
    on(u.tableScroll, 'scroll', () => this.#tableEdges());
    on(u.toggles, 'keydown', (event) => this.#moveToggle(event));
    // ← → Home End along the toolbar, which screen readers announce as one (the Download
    // button's ↓ is its list's).
    on(u.toolbar, 'keydown', (event) => {
      const tools = [u.table, u.export, u.present, u.fullscreen].filter((b) => !b.closest('[hidden]'));
      const to = arrowed(event, tools, false);
      if (to < 0) return;
      event.preventDefault();
      tools[to].focus();
    });
    on(u.toggles, 'click', (event) => {
      const key = event.target.closest('[data-key]')?.dataset.key;
      if (!key) return;
      this.#toggleKey = key;
      this.#keepingStep(() => this.#chart.toggle(key));
      this.#animate();
    });
    on(u.export, 'click', () => this.#toggleMenu());
    on(u.menu, 'click', (event) => {
      const format = event.target.closest('[data-format]')?.dataset.format;
      if (format) {
        this.#export(format);
        this.#toggleMenu(false);
        u.export.focus();
      }
    });
    // Tabbing away closes the list, and so does a press anywhere else. (Safari does not focus
    // a button it clicks, so a focusout without a new focus may be a click on the list.)
    const exports = u.export.parentElement;
    on(exports, 'focusout', (event) => {
      if (event.relatedTarget && !exports.contains(event.relatedTarget)) this.#toggleMenu(false);
    });
    on(document, 'pointerdown', (event) => {
      if (!u.menu.hidden && !event.composedPath().includes(exports)) this.#toggleMenu(false);
    });
    on(u.menu, 'keydown', (event) => {
      if (event.key === 'Escape') {
        this.#toggleMenu(false);
        u.export.focus();
      }
    });
    on(u.present, 'click', () => this.#togglePresenting());
    for (const [button, way] of [[u.back, 'back'], [u.next, 'next']]) {
      on(button, 'click', (event) => {
        this.#step(way);
        // Tapped or clicked, the chart keeps the keys (a clicker's, the arrows); pressed from
        // the keyboard, the button keeps its focus.
        if (event.detail > 0) u.canvas.focus({ preventScroll: true });
      });
      // Escape ends presenting from its own buttons too, and the focus goes back to the chart.
      on(button, 'keydown', (event) => {
        if (event.key !== 'Escape' || !this.#presenting) return;
        this.#togglePresenting();
        u.canvas.focus({ preventScroll: true });
        event.preventDefault();
      });
    }
    on(u.fullscreen, 'click', () => this.#toggleFullscreen());
    on(u.retry, 'click', async () => {
      await this.#load();
      // Hidden once the data came, Retry left the focus on the page's start: it goes to the
      // chart, announced with its name and summary.
      if (u.retry.hidden && !this.shadowRoot.activeElement && document.activeElement === document.body) {
        u.canvas.focus({ preventScroll: true });
      }
    });
    on(document, 'fullscreenchange', () => {
      this.#try(() => this.#chart.setPresentation(this.#large));
      this.#fit();
      this.#label();
      if (document.fullscreenElement === this) {
        // The keys a clicker sends go to the chart, not to the button that was clicked.
        u.canvas.focus();
      } else if (this.#wasFullscreen) {
        this.scrollTop = 0;
        this.scrollIntoView({ block: 'nearest' });
      }
      this.#wasFullscreen = document.fullscreenElement === this;
    });
  }

  #key(event) {
    const chart = this.#chart;
    if (!chart || chart.error) return;
    const count = chart.targetCount;
    const key = event.key;
    // F by its letter, or where it is on a Cyrillic layout, which types "а" there; not with
    // Ctrl or Cmd, the browser's find.
    const f = key === 'f' || key === 'F' || (event.code === 'KeyF' && !/^[a-z]$/i.test(key));
    if (f && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.#toggleFullscreen();
    } else if (this.#presenting && plain(event) && ['ArrowRight', 'ArrowDown', ' ', 'PageDown'].includes(key)) {
      this.#step('next');
    } else if (key === 'PageDown' && plain(event) && this.#clicker('next')) {
      // In fullscreen, a clicker's first press starts the step-through (see #clicker).
    } else if (this.#presenting && plain(event) && ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(key)) {
      this.#step('back');
    } else if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(key)) {
      if (!count) return;
      // Home and End go to the ends; arrows one by one, and up and down from line to line
      // at a trend's year, from row to row along a stack's series.
      const next = key === 'Home' ? 0 : key === 'End' ? count - 1 : chart.stepFocus(key);
      this.#try(() => chart.setFocus(next), false);
      this.#showTooltip(next, { reveal: true });
      this.#ui.live.textContent = `${chart.tooltip(next).join('. ')}. ${next + 1} / ${count}`;
    } else if ((key === 'Enter' || key === ' ') && chart.focus !== undefined) {
      const focus = chart.focus;
      this.#select(focus);
      this.#try(() => chart.setFocus(focus), false);
      this.#showTooltip(focus);
      this.#ui.live.textContent = `${this.#t('Selected')}: ${chart.tooltip(focus).join('. ')}`;
    } else if (key === 'Escape' && this.#presenting) {
      this.#togglePresenting();
    } else if (key === 'Escape') {
      // Said where a highlight went (the reader's or the `selected` attribute's), which a
      // screen reader's user would not otherwise know.
      const had = this.#select(undefined);
      this.#try(() => chart.setFocus(undefined), false);
      this.#ui.live.textContent = had ? this.#t('SelectionCleared') : '';
    } else {
      return;
    }
    event.preventDefault();
  }

  /** A clicker's key, `next` or `back`: a step while presenting. In fullscreen, Next starts
   *  the step-through, as the button would (a teacher who went fullscreen first pressed the
   *  clicker and nothing happened), unless `start` is false. Returns whether it was taken. */
  #clicker(way, start = true) {
    const chart = this.#chart;
    if (this.#presenting) this.#step(way);
    else if (start && way === 'next' && document.fullscreenElement === this && chart?.targetCount && !chart.error) {
      this.#togglePresenting();
    } else return false;
    return true;
  }

  /** One step of the reveal, `next` or `back`. */
  #step(way) {
    if (!this.#presenting || !this.#chart || this.#chart.error) return;
    this.#try(() => this.#chart.reveal(this.#stops()[way]));
    this.#announceReveal();
  }

  #announceReveal() {
    const chart = this.#chart;
    const shown = chart.revealed ?? chart.targetCount;
    const step = this.#showStep();
    const text = shown > 0 ? `${chart.tooltip(shown - 1).join('. ')}. ${step}` : step;
    // The same words again (→ at the last step) are told again: a live region set to what it
    // already says is not read out.
    const live = this.#ui.live;
    live.textContent = live.textContent === text ? `${text}\u00a0` : text;
  }

  /** The reveal's steps from where it is: the next, the one before, and how far it has come
   *  (`reached` steps; `progress` "3 / 20"; a trend of several lines steps a line at a time). */
  #stops() {
    const chart = this.#chart;
    const stops = [...chart.revealStops()];
    const shown = chart.revealed ?? chart.targetCount;
    const reached = stops.filter((k) => k > 0 && k <= shown).length;
    return {
      next: stops.find((k) => k > shown) ?? shown,
      back: stops.filter((k) => k < shown).pop() ?? shown,
      reached,
      total: stops.length - 1,
      progress: `${reached} / ${stops.length - 1}`,
    };
  }

  /** Runs a change of what is drawn (a legend entry switched, another measure) keeping a
   *  reveal's place: as many steps shown as before, counted again. Switching a line off had
   *  brought in another one unasked, under a count of steps that no longer held. */
  #keepingStep(change) {
    const chart = this.#chart;
    const reached = this.#presenting && chart?.revealed !== undefined ? this.#stops().reached : -1;
    this.#try(change);
    if (reached < 0 || chart.error) return;
    const stops = [...chart.revealStops()];
    this.#try(() => chart.reveal(stops[Math.min(reached, stops.length - 1)]));
    this.#showStep();
  }

  /** The step-through hint, with how far it has come ("3 / 20"), which it returns; a button
   *  with no step left that way is marked so. */
  #showStep() {
    const chart = this.#chart;
    const u = this.#ui;
    const stops = this.#presenting && chart && !chart.error ? this.#stops() : null;
    const progress = stops?.progress ?? '';
    // What came in last, in the hint's large type, where the chart is too dense to write its
    // values (80 bars appeared in class without a number); else the keys.
    const shown = chart?.revealed ?? 0;
    const unwritten = stops && shown > 0 && !chart.valueWritten(shown - 1);
    // A touch screen has no keys to name (a phone's hint took five lines): the buttons
    // either side say it. Named at the start only: on every step they took a second line.
    const keys = matchMedia('(hover: none)').matches || stops?.reached > 1 ? '' : this.#t('PresentHint');
    const said = unwritten ? chart.tooltip(shown - 1).join(' · ') : keys;
    u.hintText.textContent = [progress, said].filter(Boolean).join(' · ');
    u.back.setAttribute('aria-disabled', String(!stops || stops.reached === 0));
    u.next.setAttribute('aria-disabled', String(!stops || stops.reached === stops.total));
    return progress;
  }

  /** Highlights the region of value `index`, or clears the highlight (`undefined`), and tells
   *  the page, with a `detail` of null for a highlight cleared (an editor's form and embed code
   *  had kept one the reader took away). Returns whether there was one before. */
  #select(index) {
    const chart = this.#chart;
    if (!chart) return false;
    const had = new URLSearchParams(chart.stateQuery()).has('selected');
    const detail = index === undefined ? null : chart.selection(index);
    this.#try(() => chart.select(index));
    if (index !== undefined || had) {
      this.#emit('select', detail);
    }
    return had;
  }

  /** `reveal`: the keyboard moved there, so the mark and its tooltip scroll into view. */
  #showTooltip(index, { reveal = false } = {}) {
    const chart = this.#chart;
    const u = this.#ui;
    const lines = chart?.tooltip(index) ?? [];
    if (!lines.length) {
      this.#hideTooltip();
      return;
    }
    this.#hover = index;
    u.tooltip.replaceChildren(...lines.map((line, i) => el(i === 0 ? 'strong' : 'span', { text: line })));
    u.tooltip.hidden = false;
    // Never over the mark it describes: beside its end, else before it, else above or below
    // it, inside the widget and on screen (on a phone, above the first bar was off the top);
    // over it only where none of those has room.
    // The mark and the value written beside it, which the tooltip keeps clear of.
    const [mx, my, mw, mh, vx = mx, vy = my, vw = mw, vh = mh] = chart.targetBox(index);
    const [x, y] = [Math.min(mx, vx), Math.min(my, vy)];
    const [w, h] = [Math.max(mx + mw, vx + vw) - x, Math.max(my + mh, vy + vh) - y];
    if (reveal) {
      // The mark first (a tooltip above a bar below the screen had left the bar unseen).
      Object.assign(u.spot.style, { left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
      u.spot.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    // Boxes as laid out, in the stage's own pixels (a page's zoom shows them larger).
    const box = u.stage.getBoundingClientRect();
    const k = u.stage.clientWidth / box.width || 1;
    const stage = { top: box.top, width: box.width * k, height: box.height * k };
    // On a phone at most half the chart wide, so that it fits beside a short bar rather than
    // over the bars above it (18 em took two thirds of a 412 px chart).
    u.tooltip.style.maxWidth = stage.width < 600 ? `${Math.round(stage.width / 2)}px` : '';
    // Measured at the left edge: near the right one the box would shrink to fit.
    u.tooltip.style.left = '0px';
    const tip = { width: u.tooltip.offsetWidth, height: u.tooltip.offsetHeight };
    const clampTop = (t) => Math.min(Math.max(0, t), Math.max(0, stage.height - tip.height));
    const clampLeft = (l) => Math.min(Math.max(0, l), Math.max(0, stage.width - tip.width));
    const beside = clampTop(y + h / 2 - tip.height / 2);
    const centred = clampLeft(x + w / 2 - tip.width / 2);
    const inside = ([l, t]) => l >= 0 && t >= 0 && l + tip.width <= stage.width && t + tip.height <= stage.height;
    const seen = ([l, t]) => inside([l, t]) && stage.top + t / k >= 0 && stage.top + (t + tip.height) / k <= innerHeight;
    // Beside it after its value, also reaching down from its top or up from its bottom; else
    // after the mark alone, before it, above or below: the first on screen that covers least
    // of the marks near it, counting their values four times (a bar partly under it still
    // reads, its figure does not). The last bar's tooltip had covered its "7" and the "56"
    // above it; a grouped chart's, the "394" of the bar above where a place beside was free.
    const near = [-3, -2, -1, 1, 2, 3].map((d) => chart.targetBox(index + d)).filter((b) => b.length);
    const across = (a, size, b, length) => Math.max(0, Math.min(a + size, b + length) - Math.max(a, b));
    // Beside it means level with some of it: centred, from its top, up from its bottom, or
    // just clear of a neighbour's mark or figure above or below.
    // A box's last four are its figure's [x, y, width, height] where one is written, else its
    // mark's (`targetBox`).
    const outerTop = (b) => b[b.length - 3];
    const outerHeight = (b) => b[b.length - 1];
    const outerRight = (b) => b[b.length - 4] + b[b.length - 2];
    const edges = near.flatMap((b) => [outerTop(b) - tip.height - 2, outerTop(b) + outerHeight(b) + 2]);
    const tops = [beside, y, y + h - tip.height, ...edges].map(clampTop)
      .filter((t) => t <= y + h && t + tip.height >= y);
    // Beside, also past the figures of the marks it would reach down or up to ("70" under "40";
    // one it would graze is left to the count of what it covers).
    const past = (t) => Math.max(x + w, ...near.filter((b) => across(t, tip.height, outerTop(b), outerHeight(b)) > 4)
      .map(outerRight));
    const places = [
      ...tops.map((t) => [x + w + 10, t]), ...tops.map((t) => [past(t) + 10, t]),
      [mx + mw + 10, clampTop(my + mh / 2 - tip.height / 2)],
      [x - tip.width - 10, beside], [centred, y - tip.height - 8], [centred, y + h + 8],
    ];
    const overlap = ([l, t], [bx, by, bw, bh]) => across(l, tip.width, bx, bw) * across(t, tip.height, by, bh);
    const covered = (p) => near.reduce((sum, b) => sum + overlap(p, b) + (b.length > 4 ? 4 * overlap(p, b.slice(4)) : 0), 0);
    const onScreen = places.filter(seen);
    const least = onScreen.length ? onScreen.reduce((best, p) => (covered(p) < covered(best) ? p : best)) : null;
    const [left, top] = least ?? places.find(inside) ?? [clampLeft(x + w - tip.width), beside];
    u.tooltip.style.left = `${Math.round(left)}px`;
    u.tooltip.style.top = `${Math.round(top)}px`;
    if (reveal) u.tooltip.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  #hideTooltip() {
    this.#hover = null;
    this.#ui.tooltip.hidden = true;
  }

  #toggleMenu(open) {
    const u = this.#ui;
    const show = open ?? u.menu.hidden;
    u.menu.hidden = !show;
    u.export.setAttribute('aria-expanded', String(show));
    if (!show) return;
    // Under its button's right end, or moved right as far as keeps it inside the widget: a
    // phone's toolbar had put its first letters off the screen.
    u.menu.style.right = '';
    const spill = u.stage.getBoundingClientRect().left - u.menu.getBoundingClientRect().left;
    if (spill > 0) u.menu.style.right = `${-spill}px`;
    u.png.focus();
  }

  #fileName(extension) {
    const src = this.#inline instanceof File ? this.#inline.name : this.getAttribute('src');
    // Named as the reader knows the file (`Жетісу.csv`, not `%D0%96…`), without the controls
    // that turn a name around (`\u202e` made `…gnp.exe` read `…exe.png`).
    const base = lastPart((src ?? '').split(/[?#]/)[0])
      .replace(/[\u0000-\u001f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\.[a-z0-9]+$/i, '') || 'civic-stats';
    // What tells two downloads of one file apart: the kind, the measure, the year drawn (the
    // chart's, a trend's span) unless the file's name says it, the language.
    const kind = this.getAttribute('chart') ?? 'bar';
    let years = [];
    try {
      years = this.#chart?.choices().years ?? [];
    } catch {
      // No data: no year.
    }
    const span = kind === 'trend' && years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : this.#chart?.year ?? years[years.length - 1];
    const year = String(this.getAttribute('year') ?? span ?? '');
    const parts = [base, kind, this.getAttribute('measure'), base.includes(year) ? '' : year,
      this.#lang].filter((p) => p && p !== 'count');
    return `${parts.join('-')}.${extension}`;
  }

  #export(format) {
    const chart = this.#chart;
    if (!chart) return;
    if (format === 'svg') {
      download(new Blob([chart.toSvg()], { type: 'image/svg+xml' }), this.#fileName('svg'));
    } else if (format === 'csv') {
      // A byte-order mark so Excel reads the Cyrillic correctly.
      download(new Blob(['\ufeff', chart.toCsv()], { type: 'text/csv' }), this.#fileName('csv'));
    } else {
      const canvas = document.createElement('canvas');
      chart.drawTo(canvas, 2);
      canvas.toBlob((blob) => blob && download(blob, this.#fileName('png')), 'image/png');
    }
  }

  // One Tab stop for the whole group (a trend of 20 regions took 20 before the chart); the
  // arrow keys move between its buttons, the last one focused keeps the stop.
  #fillToggles() {
    const entries = this.#chart?.error ? [] : (this.#chart?.legend() ?? []);
    const current = entries.some((e) => e.key === this.#toggleKey) ? this.#toggleKey : entries[0]?.key;
    // A chart of one series has nothing to switch: no empty group for screen readers.
    this.#ui.toggles.hidden = entries.length < 2;
    // Made anew at every drawing: one in focus passes it on (a phone turned, or a step of a
    // reveal, had left the focus nowhere).
    const focused = this.#ui.toggles.contains(this.shadowRoot.activeElement);
    // An entry the canvas does not draw (a phone's trend names one "Other regions" for
    // the lines it greys out; a reveal has not come to it) shows its button under the drawn
    // ones, on focus: over that shared entry, or where the next entry will come.
    const all = entries.length ? this.#chart.legendAreas() : [];
    const areas = entries.map((_, i) => (all[4 * i] >= 0 ? all.slice(4 * i, 4 * i + 4) : []));
    const drawn = areas.filter((a) => a.length);
    const start = drawn.length ? [Math.min(...drawn.map(([x]) => x)), Math.max(...drawn.map(([, y, , h]) => y + h))] : [0, 0];
    this.#ui.toggles.replaceChildren(...entries.map((e, i) => {
      const area = areas[i];
      const button = el('button', {
        type: 'button', 'data-key': e.key, 'aria-pressed': String(!e.hidden), text: e.label,
        tabindex: e.key === current ? '0' : '-1', class: area.length ? 'over' : 'loose',
      });
      const [left, top, width, height] = area.length ? area : start;
      Object.assign(button.style, { left: `${left}px`, top: `${top}px` });
      if (area.length) Object.assign(button.style, { width: `${width}px`, height: `${height}px` });
      return button;
    }));
    if (focused) this.#ui.toggles.querySelector('[tabindex="0"]')?.focus();
  }

  #moveToggle(event) {
    const buttons = [...this.#ui.toggles.querySelectorAll('button')];
    const to = arrowed(event, buttons, true);
    if (to < 0) return;
    event.preventDefault();
    for (const [i, b] of buttons.entries()) b.tabIndex = i === to ? 0 : -1;
    this.#toggleKey = buttons[to].dataset.key;
    buttons[to].focus();
  }

  #toggleTable() {
    const u = this.#ui;
    const show = u.tableView.hidden;
    u.tableView.hidden = !show;
    u.table.setAttribute('aria-pressed', String(show));
    if (show) this.#fillTable();
  }

  #fillTable() {
    this.#tableFrom = [this.#chart, this.#chart?.revision];
    const data = this.#chart?.table();
    const u = this.#ui;
    if (!data) {
      u.tableTitle.textContent = '';
      u.tableScroll.replaceChildren();
      return;
    }
    // Sortable by any column, as analysts expect of a data table: a button in each header,
    // aria-sort on the sorted one; the chart's own order until one is pressed.
    const { column, descending } = this.#tableSort;
    const order = data.rows.map((row, i) => i);
    if (column !== null && column < data.columns.length) {
      // English groups thousands with commas ("1,419", which had sorted as 1.419); Kazakh and
      // Russian write a decimal comma. A change of nothing, "±0", is 0 (it had gone last).
      const marks = this.#lang === 'en' ? /[\s\u00a0\u202f%,±]/g : /[\s\u00a0\u202f%±]/g;
      const number = (text) => parseFloat(text.replace(marks, '').replace(',', '.').replace('\u2212', '-'));
      const key = (i) => data.rows[i][column] ?? '';
      // Cells without a figure ("no data") go last either way; names in the reader's alphabet.
      order.sort((a, b) => {
        const [x, y] = [number(key(a)), number(key(b))];
        if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
        const by = Number.isNaN(x) ? key(a).localeCompare(key(b), this.#lang) : x - y;
        return descending ? -by : by;
      });
    }
    // A header with a word too long for a phone's column ("Неправительственные") may be
    // hyphenated; short ones never are.
    const head = el('tr', {}, ...data.columns.map((c, i) => el('th', {
      scope: 'col', 'aria-sort': i === column ? (descending ? 'descending' : 'ascending') : 'none',
      ...(/\S{13}/.test(c) ? { class: 'long' } : {}),
    }, el('button', { type: 'button', class: 'sort', 'data-column': String(i), text: c }))));
    const rows = order.map((i) => data.rows[i]).map(([first, ...rest]) =>
      el('tr', {}, el('th', { scope: 'row', text: first }), ...rest.map((v) => el('td', { text: v }))));
    u.tableTitle.textContent = data.caption;
    u.tableScroll.replaceChildren(el('table', {},
      el('caption', { class: 'visually-hidden', text: data.caption }), el('thead', {}, head), el('tbody', {}, ...rows)));
    this.#tableEdges();
  }

  /** Marks the sides of a table wider than the widget with more of it beyond (`data-more`). */
  #tableEdges() {
    const view = this.#ui.tableScroll;
    if (this.#ui.tableView.hidden) return;
    const more = [];
    if (view.scrollLeft > 1) more.push('left');
    if (view.scrollLeft + view.clientWidth < view.scrollWidth - 1) more.push('right');
    view.dataset.more = more.join(' ');
  }

  /** Sorts the table by `column`: descending first for figures, again for the other way. */
  #sortTable(column) {
    const same = this.#tableSort.column === column;
    this.#tableSort = { column, descending: same ? !this.#tableSort.descending : column > 0 };
    this.#fillTable();
    this.#ui.tableView.querySelector(`[data-column="${column}"]`)?.focus();
  }

  #togglePresenting() {
    const chart = this.#chart;
    if (!chart) return;
    this.#presenting = !this.#presenting;
    if (this.#presenting) presenter = this;
    this.#ui.present.setAttribute('aria-pressed', String(this.#presenting));
    const u = this.#ui;
    u.hint.hidden = !this.#presenting;
    u.canvas.setAttribute('aria-describedby', this.#presenting ? 'summary hint' : 'summary keys');
    this.#try(() => {
      chart.setPresentation(this.#large);
      chart.reveal(this.#presenting ? 0 : undefined);
    });
    this.#fit();
    this.#showStep();
    if (this.#presenting) {
      this.#scrolled = [scrollX, scrollY];
      u.canvas.focus();
      this.scrollIntoView({ block: 'start' });
      u.live.textContent = `${this.#t('Present')}. ${u.hintText.textContent}`;
    } else {
      // Ended by a message (a broken file opened while presenting), it is said too: the
      // announcement of the end had replaced it.
      const error = chart.error ? `${chart.errorHeading}: ${chart.error}` : '';
      u.live.textContent = [this.#t('PresentEnded'), error].filter(Boolean).join('. ');
      if (this.#scrolled) {
        // Back where the reader was on the page before presenting.
        scrollTo(...this.#scrolled);
        this.#scrolled = null;
      }
    }
  }

  /** The title's heading level: the `heading` attribute's (1 to 6, or none where the page's
   *  own heading names the chart), else one below the page's last heading before the chart
   *  (2 after none), so that the chart takes its place among the page's headings. */
  #headingLevel() {
    const given = this.getAttribute('heading');
    if (given === 'none') return 0;
    if (/^[1-6]$/.test(given ?? '')) return Number(given);
    let level = 1;
    for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')) {
      if (!(h.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      level = Number(h.getAttribute('aria-level') || h.tagName.slice(1)) || level;
    }
    return Math.min(level + 1, 6);
  }

  /** Presenting or fullscreen: large type, and a chart that fits the screen. */
  get #large() {
    return this.#presenting || document.fullscreenElement === this;
  }

  /** Presenting or fullscreen, the chart is as tall as the screen leaves it, so a class sees
   *  all of it (bars step closer, labels thin out) rather than the top of a long page; back
   *  to the page, it takes the height its attribute asks, or its own. */
  #fit() {
    const chart = this.#chart;
    if (!chart) return;
    const u = this.#ui;
    // The step count under the chart grows with the chart's type, read from the back of a class.
    // So does a tooltip, which had stayed the page's 13 px over 25 px bars.
    const size = Math.round(Math.min(32, Math.max(16, u.canvas.clientWidth / 40)));
    u.hint.style.fontSize = this.#large ? `${size}px` : '';
    u.tooltip.style.fontSize = this.#large ? `${Math.round(size * 0.85)}px` : '';
    if (!this.#large) {
      if (this.#fitted !== null) this.#try(() => chart.set('height', this.getAttribute('height') ?? ''));
      this.#fitted = null;
      return;
    }
    const above = u.stage.getBoundingClientRect().top - this.getBoundingClientRect().top;
    const below = (u.hint.hidden ? 0 : u.hint.offsetHeight) + parseFloat(getComputedStyle(u.stage.parentElement).paddingBottom);
    const height = String(Math.round(Math.min(4000, Math.max(120, innerHeight - above - below - 8))));
    if (height !== this.#fitted) {
      this.#fitted = height;
      this.#try(() => chart.set('height', height));
    }
  }

  #toggleFullscreen() {
    if (document.fullscreenElement === this) document.exitFullscreen?.();
    else this.requestFullscreen?.().catch(() => {});
  }
}

if (!customElements.get('civic-stats')) customElements.define('civic-stats', CivicStats);
