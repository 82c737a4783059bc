// Offline support for classrooms: the first visit stores the widget, its WebAssembly module,
// the pages and the datasets they load; later visits work without a network. Network first,
// so a connected reader always gets fresh figures; the stored copy is the fallback. Only the
// build the pages use is stored up front; the one with the CSV reader is stored, like any
// file, once it has been used (up front it would be another 160 KB for every visitor).
const CACHE = 'civic-stats-v2';
const CORE = [
  './', 'index.html', 'embed.html', 'demo.js', 'demo.css', 'embed.js', 'embed.css', 'favicon.svg',
  'civic-stats.js', 'civic-stats.css', 'pkg/civic_stats_json.js', 'pkg/civic_stats_json_bg.wasm',
  'data/zhetysu-2023.json',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(CORE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request, { ignoreSearch: request.mode === 'navigate' })
    .then((cached) => cached ?? Response.error())));
});
