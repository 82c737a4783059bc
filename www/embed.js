// The iframe embed: the whole view comes from the query string (src, chart, regions,
// indicators, measure, sort, year, selected, reference, lang, theme, height, hide), so a link
// reproduces exactly what its author saw. Unknown values are shown by the widget itself.
const widget = document.getElementById('chart');
const params = new URLSearchParams(location.search);
const lang = (params.get('lang') ?? 'kk').slice(0, 2);
document.documentElement.lang = ['kk', 'ru', 'en'].includes(lang) ? lang : 'kk';
// Only the widget's own attributes: a crafted link must not set event handlers or styles.
const allowed = new Set(['src', 'lang', 'chart', 'regions', 'indicators', 'measure', 'sort', 'year',
  'selected', 'reference', 'theme', 'height', 'hide']);
for (const [name, value] of params) {
  if (allowed.has(name)) widget.setAttribute(name, value);
}
if (!params.has('src')) widget.setAttribute('src', 'data/zhetysu-2023.json');

// A frame shorter than the chart (its snippet measured on a wide screen, read on a phone,
// where names and the source wrap onto more lines) cut off the source line: in a frame the
// chart fits it, as fullscreen fits the screen, unless the link sets a height itself. Opened
// as a page of its own, the page scrolls.
function fit() {
  const canvas = widget.shadowRoot?.querySelector('canvas');
  if (params.has('height') || !widget.chart || !canvas || widget.presenting || document.fullscreenElement) return;
  // An open table scrolls in the frame; the chart keeps the height it had.
  if (!widget.shadowRoot.querySelector('.table-view')?.hidden) return;
  widget.removeAttribute('height');
  const over = document.documentElement.scrollHeight - innerHeight;
  if (over > 0) widget.setAttribute('height', String(Math.max(120, canvas.clientHeight - over)));
}
if (window.parent !== window) {
  widget.addEventListener('civic-stats:load', fit);
  addEventListener('resize', fit);
}

// The frame's title names the chart, whole, for browser tabs (its heading is the element's).
widget.addEventListener('civic-stats:load', () => {
  const title = widget.chart?.title;
  if (title && !widget.chart.error) document.title = `${title} — civic-stats`;
});

// Works offline after the first visit (see sw.js); without service workers it just doesn't.
// Scoped to this page alone: a site hosting embed.html keeps its other pages to itself.
if ('serviceWorker' in navigator) {
  const sw = navigator.serviceWorker;
  sw.register('sw.js', { scope: 'embed.html' }).catch(() => {});
  // On the first visit the data (and a CSV's module) came before the worker did: the worker
  // is told what the page fetched before it had the page, and stores what of it is the
  // widget's (see sw.js); what the page fetches after, it sees itself. Told as each fetch
  // ends: in the list at the chart's load event the data was missing one first visit in
  // six (the chart can have read a response before the browser lists it).
  if (!sw.controller && window.PerformanceObserver) {
    let since = Infinity;
    let before = [];
    const tell = (urls) => urls.length && sw.controller?.postMessage({ store: urls });
    try {
      new PerformanceObserver((list) => {
        const urls = list.getEntries().filter((e) => e.startTime < since).map((e) => e.name);
        if (sw.controller) tell(urls);
        else before.push(...urls);
      }).observe({ type: 'resource', buffered: true });
    } catch {
      // An older browser: it stores what it fetches from the second visit on.
    }
    sw.addEventListener('controllerchange', () => {
      since = performance.now();
      tell(before);
      before = [];
    }, { once: true });
  }
}
