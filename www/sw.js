// Offline support for classrooms: the first visit stores the widget, its WebAssembly module,
// the pages and the datasets they list; later visits work without a network. Network first,
// so a connected reader always gets fresh figures; the stored copy is the fallback. Only the
// build the pages use is stored up front; the one with the CSV reader is stored, like any
// file, once it has been used (up front it would be another 160 KB for every visitor).
//
// The embed page registers this worker for itself alone (scope embed.html), so on a site
// that hosts embed.html it never controls the site's other pages; the demo registers it for
// its folder. Either way it answers only for the widget's own files, and stores the demo's
// pages and datasets only when it is the demo's worker.
const CACHE = 'civic-stats-v5';
const WIDGET = [
  'embed.html', 'embed.js', 'embed.css', 'civic-stats.min.js', 'civic-stats.min.css',
  'pkg/civic_stats_json.js', 'pkg/civic_stats_json_bg.wasm',
];
const DEMO = [
  './', 'index.html', 'demo.js', 'demo.css', 'favicon.svg',
  'data/zhetysu-2023.json', 'data/kazakhstan-ngo-2023.json', 'data/examples/illustrative-regions.json',
];
const HOME = new URL('./', location.href).pathname;
const demo = () => !self.registration.scope.endsWith('embed.html');

/** Whether `url` is one of this widget's files (or the demo's, in the demo's worker). */
function own(url) {
  if (url.origin !== location.origin || !url.pathname.startsWith(HOME)) return false;
  const path = url.pathname.slice(HOME.length) || './';
  return WIDGET.includes(path) || /^(pkg|data)\//.test(path) || (demo() && DEMO.includes(path));
}

self.addEventListener('install', (event) => {
  // Each file on its own: a copy of the widget without the demo's pages still works offline.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all([...WIDGET, ...(demo() ? DEMO : [])]
      .map((file) => cache.add(file).catch(() => {}))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// A first visit's page fetched its data (and a CSV's module) before this worker had it, and
// a class offline the next day saw "network error": it lists what it fetched, and what of it
// is the widget's and not stored yet is fetched and stored.
self.addEventListener('message', (event) => {
  const urls = (event.data?.store ?? []).filter((url) => own(new URL(url)));
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map((url) =>
    cache.match(url).then((stored) => stored ?? cache.add(url)).catch(() => {})))));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !own(new URL(request.url))) return;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request, { ignoreSearch: request.mode === 'navigate' })
    .then((cached) => cached ?? Response.error())));
});
