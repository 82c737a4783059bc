// civic-stats against Chart.js 4 in Debian's headless Chromium (issue 7): bytes, first paint,
// redraw, hover and memory, printed as one table and written to benches/results.md.
//
// Why it is built this way: the machine is shared and small, so every figure is a median and
// the two libraries are measured alternately within one run (never one after the other),
// so that a busy moment slows both. Pages are served by the project's own server, under the
// CSP a government site would send, because that is where the widget has to be fast. Each
// target of the issue is judged here, from the same numbers, so the verdict cannot drift
// from the table.
//
//   npm run bench                 # the full run (6 to 9 minutes on 2 shared cores)
//   npm run bench -- --quick      # fewer samples, to check the harness itself
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';

const path = (p) => fileURLToPath(new URL(p, import.meta.url));
const ROOT = path('../');
const quick = process.argv.includes('--quick');
const arg = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};

const DPR = arg('dpr', 2);
const LOADS = arg('loads', quick ? 2 : 16);
// First paint again over a phone's network, from a server that compresses as production ones
// do: Lighthouse's "slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), through
// Chromium's own throttling. Localhost hides what the bytes cost; this shows it.
const SLOW_LOADS = arg('slow-loads', quick ? 2 : 10);
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
// Redraws and hovers: ROUNDS × SAMPLES per library and case, alternating every round. Hovers
// over 10 000 bars take a tenth of a second or more each, so they get a quarter of the samples.
const ROUNDS = quick ? 2 : 10;
const SAMPLES = quick ? 5 : 20;
const SLOW_HOVER_SAMPLES = quick ? 2 : 5;
const REDRAWS = quick ? 500 : 10_000;
const CYCLES = quick ? 50 : 1_000;
// Heap growth allowed across create/destroy cycles after a forced GC: half a KiB per cycle.
// A leaked element keeps the JS wrappers of its twenty-odd nodes, its closures, listeners and
// chart handle, a few KiB, so 1 000 leaks would show as megabytes (and its nodes in the DOM
// node count); V8's own bookkeeping (feedback, compiled code) stays well below that.
const HEAP_TOLERANCE = CYCLES * 512;

const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--enable-precise-memory-info',
];

// ---------------------------------------------------------------- numbers and formatting

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const group = (n) => Math.round(n).toLocaleString('en').replace(/,/g, ' ');
const ms = (x) => {
  const a = Math.abs(x);
  return x.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3).replace('-', '−');
};
const kib = (b) => `${(b / 1024).toFixed(b < 10 * 1024 ? 1 : 0)} KiB`;
const mib = (b) => `${(b / 1024 / 1024).toFixed(2)} MiB`;
const ratio = (a, b) => {
  if (a == null || b == null || !b) return '—';
  const r = a / b;
  return `${r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}×`;
};
const signed = (b) => `${b >= 0 ? '+' : '−'}${kib(Math.abs(b))}`;

// ---------------------------------------------------------------- bytes

function gzipped(file) {
  return execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 64 << 20 }).length;
}

function bytes() {
  const chartjsDir = path('../node_modules/chart.js/dist/');
  // 4.x ships its UMD bundle as chart.umd.min.js (what jsdelivr and unpkg serve); early 4.x
  // releases called it chart.umd.js.
  const umd = ['chart.umd.min.js', 'chart.umd.js'].find((f) => statSync(chartjsDir + f, { throwIfNoEntry: false }));
  // What a page downloads: one build of the module (civic_stats_json on pages of JSON
  // datasets; civic_stats, every feature in, where charts read CSV), the element and its CSS.
  const element = ['www/civic-stats.min.js', 'www/civic-stats.min.css'];
  const build = (name) => [`www/pkg/${name}_bg.wasm`, `www/pkg/${name}.js`];
  const files = (list, base) => list.map((f) => ({ name: f, raw: statSync(base + f).size, gz: gzipped(base + f) }));
  const json = files([...build('civic_stats_json'), ...element], ROOT);
  const full = files(build('civic_stats'), ROOT).concat(json.slice(2));
  const chartjs = files([umd], chartjsDir).map((f) => ({ ...f, name: `chart.js/dist/${f.name}` }));
  const sum = (fs, k) => fs.reduce((s, f) => s + f[k], 0);
  return {
    civic: [...json.slice(0, 2), ...full], chartjs, umd,
    civicRaw: sum(full, 'raw'), civicGz: sum(full, 'gz'),
    jsonRaw: sum(json, 'raw'), jsonGz: sum(json, 'gz'),
    chartjsRaw: sum(chartjs, 'raw'), chartjsGz: sum(chartjs, 'gz'),
  };
}

// ---------------------------------------------------------------- browser helpers

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: DPR });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    // Chromium's hint about willReadFrequently is about our flushing readback, not a fault.
    if (m.type() === 'error' || (m.type() === 'warning' && !/willReadFrequently/.test(m.text()))) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, problems };
}

async function gc(cdp) {
  // Twice: the first pass runs finalizers (wasm-bindgen frees through a FinalizationRegistry).
  await cdp.send('HeapProfiler.collectGarbage');
  await new Promise((ok) => setTimeout(ok, 50));
  await cdp.send('HeapProfiler.collectGarbage');
}

async function snapshot(page, cdp) {
  await gc(cdp);
  const m = await page.evaluate(() => window.bench.memory());
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { ...m, nodes };
}

// ---------------------------------------------------------------- first paint

// The pages timed: the two-line embed, the same with preload hints (README, "Embedding it in
// a page"), and Chart.js drawing the same file.
const FIRST_PAGES = {
  civic: () => 'bench/first-civic.html',
  preload: () => 'bench/first-civic-preload.html',
  chartjs: (civicHeight) => `bench/first-chartjs.html?h=${civicHeight ?? 340}`,
};

async function firstPaint(browser, base, { loads = LOADS, network = null, order = ['civic', 'chartjs'] } = {}) {
  const results = Object.fromEntries(order.map((lib) => [lib, []]));
  const drawn = Object.fromEntries(order.map((lib) => [lib, []]));
  const response = Object.fromEntries(order.map((lib) => [lib, []]));
  let civicHeight = null;
  const checks = [];
  // One unrecorded load of each first (cold disk and server), then the pages in ABBA order
  // so that a drift in machine load cancels out.
  for (let i = -1; i < loads; i++) {
    const round = i % 2 === 0 ? order : [...order].reverse();
    for (const lib of i < 0 ? order : round) {
      const { context, page, cdp, problems } = await newPage(browser);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      if (network) await cdp.send('Network.emulateNetworkConditions', network);
      await page.goto(base + FIRST_PAGES[lib](civicHeight));
      const r = await page.waitForFunction(() => window.firstPaint, null, { timeout: 60_000 }).then((h) => h.jsonValue());
      await context.close();
      if (lib !== 'chartjs') civicHeight ??= r.css[1];
      if (i >= 0) {
        results[lib].push(r.paint);
        drawn[lib].push(r.drawn);
        response[lib].push(r.response);
      }
      if (i < 0 || !r.painted || problems.length) checks.push({ lib, ...r, problems });
    }
  }
  return { results, drawn, response, checks };
}

// ---------------------------------------------------------------- redraw and hover

async function alternate(page, kind, libs, perRound = SAMPLES) {
  const batches = {};
  for (const lib of libs) batches[lib] = await page.evaluate(([k, l]) => window.bench.calibrate(k, l), [kind, lib]);
  const samples = Object.fromEntries(libs.map((l) => [l, []]));
  for (let r = 0; r < ROUNDS; r++) {
    const round = r % 2 ? [...libs].reverse() : libs;
    for (const lib of round) {
      const xs = await page.evaluate(([k, l, n, b]) => window.bench.measure(k, l, n, b),
        [kind, lib, perRound, batches[lib].batch]);
      samples[lib].push(...xs);
    }
  }
  return Object.fromEntries(libs.map((l) => [l, {
    median: median(samples[l]), p10: quantile(samples[l], 0.1), p90: quantile(samples[l], 0.9),
    samples: samples[l].length, batch: batches[l].batch, ops: samples[l].length * batches[l].batch,
  }]));
}

async function timings(browser, base) {
  const { context, page, problems } = await newPage(browser);
  await page.goto(`${base}bench/bench.html`);
  await page.waitForFunction(() => window.benchReady, null, { timeout: 60_000 });
  const resolution = await page.evaluate(() => window.bench.resolution);
  const cases = {};
  for (const key of ['a', 'b', 'c']) {
    const hover = key !== 'a';
    const info = await page.evaluate(([k, e]) => window.bench.setup(k, { element: e }), [key, hover]);
    const redraw = await alternate(page, 'redraw', ['civic', 'chartjs']);
    // The library's share of a redraw, without Chromium's rasterisation (too slow for (c)).
    const draw = key === 'c' ? null : await alternate(page, 'draw', ['civic', 'chartjs']);
    // The browser's share: the same canvas calls replayed from JavaScript.
    const replay = key === 'c' ? null : await alternate(page, 'replay', ['civic', 'chartjs']);
    const hovers = hover
      ? await alternate(page, 'hover', ['civic', 'chartjs', 'element'], key === 'c' ? SLOW_HOVER_SAMPLES : SAMPLES)
      : null;
    cases[key] = { info, redraw, draw, replay, hover: hovers };
    process.stderr.write(`  ${info.label}: redraw ${ms(redraw.civic.median)} / ${ms(redraw.chartjs.median)} ms (${elapsed()})\n`);
  }
  await page.evaluate(() => window.bench.teardown());
  await context.close();
  return { resolution, cases, problems };
}

// ---------------------------------------------------------------- memory

async function memory(browser, base, lib) {
  const { context, page, cdp, problems } = await newPage(browser);
  await page.goto(`${base}bench/bench.html`);
  await page.waitForFunction(() => window.benchReady, null, { timeout: 60_000 });
  await page.evaluate(() => window.bench.setup('a'));
  const chunk = async (fn, n, size) => {
    for (let done = 0; done < n; done += size) await fn(Math.min(size, n - done));
  };
  // The seed chart throughout: a leak per redraw or per element shows the same on any data,
  // and the short run leaves the time to the 10 000-bar case. Warm-up: the first redraws
  // and cycles grow the wasm heap and V8's caches to their working size; growth after that
  // is what a long-lived page would keep paying.
  // The redraws here skip the timing loops' readback: rasterising allocates neither wasm
  // memory nor JS heap, and leaving it out keeps the run short.
  await page.evaluate((l) => window.bench.repeat('draw', l, 200), lib);
  const redraw0 = await snapshot(page, cdp);
  await chunk((n) => page.evaluate(([l, k]) => window.bench.repeat('draw', l, k), [lib, n]), REDRAWS, 500);
  const redraw1 = await snapshot(page, cdp);
  // As many again, the verdict's window: the module's allocator takes one more 64 KiB page
  // once, about 7 300 redraws in (its free lists settling; measured flat from there through
  // 50 000, and the same before this session's changes), which a 200-redraw warm-up missed.
  // A leak would grow here too. Chart.js's figures are the JS heap's, kept to the first run.
  let redraw2 = redraw1;
  if (lib === 'civic') {
    await chunk((n) => page.evaluate(([l, k]) => window.bench.repeat('draw', l, k), [lib, n]), REDRAWS, 500);
    redraw2 = await snapshot(page, cdp);
  }
  await page.evaluate((l) => window.bench.cycles(l, 20), lib);
  const cycle0 = await snapshot(page, cdp);
  await chunk((n) => page.evaluate(([l, k]) => window.bench.cycles(l, k), [lib, n]), CYCLES, 100);
  const cycle1 = await snapshot(page, cdp);
  await context.close();
  return { redraw: [redraw0, redraw1, redraw2], cycles: [cycle0, cycle1], problems };
}

// ---------------------------------------------------------------- the report

function machine(browserVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const nproc = execFileSync('nproc').toString().trim();
  // The last commit that changed the measured code or how it is built, not the benchmark's own.
  const measured = ['src', 'www', 'scripts/lib.sh', 'Cargo.toml', 'Cargo.lock', 'rust-toolchain.toml'];
  const commit = execFileSync('git', ['log', '-1', '--format=%h', '--', ...measured], { cwd: ROOT }).toString().trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', ...measured], { cwd: ROOT }).toString().trim();
  const chartjs = JSON.parse(readFileSync(path('../node_modules/chart.js/package.json'))).version;
  return { model, nproc, commit: dirty ? `${commit} + local changes` : commit, chromium: browserVersion, chartjs, node: process.version };
}

function report({ env, size, paint, slow, time, mem }) {
  const { cases } = time;
  const out = [];
  const row = (...cells) => out.push(`| ${cells.join(' | ')} |`);
  const fpCivic = median(paint.results.civic);
  const fpChart = median(paint.results.chartjs);

  out.push(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: civic-stats at ${env.commit}, Chart.js ${env.chartjs}, `
    + `${env.chromium} headless (--disable-gpu, software canvas), ${env.nproc} × ${env.model}, Node ${env.node}. `
    + `Canvas 800 CSS px wide, devicePixelRatio ${DPR}; Chart.js's box as tall as civic-stats' canvas.`);
  out.push('');
  row('figure', 'civic-stats', `Chart.js ${env.chartjs}`, 'civic / Chart.js');
  row('---', '---:', '---:', '---:');
  row('bytes, raw (wasm + glue + element JS + CSS / UMD bundle), every feature in', group(size.civicRaw), group(size.chartjsRaw), ratio(size.civicRaw, size.chartjsRaw));
  row('bytes, gzip -9, every feature in (the build with the CSV reader)', group(size.civicGz), group(size.chartjsGz), ratio(size.civicGz, size.chartjsGz));
  row('bytes, gzip -9, a page of JSON datasets (the build without it)', group(size.jsonGz), group(size.chartjsGz), ratio(size.jsonGz, size.chartjsGz));
  row(`first chart painted, ms after navigation start (median of ${LOADS} loads, cache off)`, ms(fpCivic), ms(fpChart), ratio(fpCivic, fpChart));
  const slowCivic = median(slow.results.civic);
  const slowChart = median(slow.results.chartjs);
  row(`first chart painted over slow 4G (150 ms RTT, 1.6 Mbit/s, gzip), ms (median of ${SLOW_LOADS} loads)`,
    ms(slowCivic), ms(slowChart), ratio(slowCivic, slowChart));
  const slowPreload = median(slow.results.preload);
  row('… the same page with preload hints for the module and the data (three `<link>` lines)',
    ms(slowPreload), ms(slowChart), ratio(slowPreload, slowChart));
  for (const key of ['a', 'b', 'c']) {
    const { info, redraw } = cases[key];
    const dead = !info.civic.painted || !info.chartjs.painted;
    row(`redraw ${info.label}, ms (median of ${redraw.civic.ops} / ${redraw.chartjs.ops})${dead ? ' ‡' : ''}`,
      ms(redraw.civic.median), ms(redraw.chartjs.median), ratio(redraw.civic.median, redraw.chartjs.median));
  }
  for (const key of ['a', 'b']) {
    const { info, draw } = cases[key];
    row(`redraw ${info.label}: drawing calls only, no rasterising readback, ms (median of ${draw.civic.ops} / ${draw.chartjs.ops})`,
      ms(draw.civic.median), ms(draw.chartjs.median), ratio(draw.civic.median, draw.chartjs.median));
  }
  for (const key of ['a', 'b']) {
    const { info, replay } = cases[key];
    row(`redraw ${info.label}: its canvas calls replayed from JavaScript, with the readback (the browser's share), ms (median of ${replay.civic.ops} / ${replay.chartjs.ops})`,
      ms(replay.civic.median), ms(replay.chartjs.median), ratio(replay.civic.median, replay.chartjs.median));
  }
  for (const key of ['b', 'c']) {
    const { info, hover } = cases[key];
    row(`hover ${info.label}, ms (median of ${hover.civic.ops} / ${hover.chartjs.ops})`,
      ms(hover.civic.median), ms(hover.chartjs.median), ratio(hover.civic.median, hover.chartjs.median));
  }
  for (const key of ['b', 'c']) {
    const { info, hover } = cases[key];
    row(`hover ${info.label}, whole element pointermove handler, ms`, ms(hover.element.median), '—', '—');
  }
  const c = mem.civic;
  const j = mem.chartjs;
  const grow = (pair, k) => pair[1][k] - pair[0][k];
  row(`wasm memory, before → after ${group(REDRAWS)} redraws of (a) → after as many again`,
    `${mib(c.redraw[0].wasm)} → ${mib(c.redraw[1].wasm)} → ${mib(c.redraw[2].wasm)}`, '—', '—');
  row(`JS heap after GC, before → after ${group(REDRAWS)} redraws of (a)`,
    `${mib(c.redraw[0].heap)} → ${mib(c.redraw[1].heap)} (${signed(grow(c.redraw, 'heap'))})`,
    `${mib(j.redraw[0].heap)} → ${mib(j.redraw[1].heap)} (${signed(grow(j.redraw, 'heap'))})`, '—');
  row(`wasm memory, before → after ${group(CYCLES)} create/destroy cycles of (a)`, `${mib(c.cycles[0].wasm)} → ${mib(c.cycles[1].wasm)}`, '—', '—');
  row(`JS heap after GC, before → after ${group(CYCLES)} create/destroy cycles`,
    `${mib(c.cycles[0].heap)} → ${mib(c.cycles[1].heap)} (${signed(grow(c.cycles, 'heap'))})`,
    `${mib(j.cycles[0].heap)} → ${mib(j.cycles[1].heap)} (${signed(grow(j.cycles, 'heap'))})`, '—');
  row(`DOM nodes after GC, before → after ${group(CYCLES)} create/destroy cycles`,
    `${c.cycles[0].nodes} → ${c.cycles[1].nodes}`, `${j.cycles[0].nodes} → ${j.cycles[1].nodes}`, '—');

  const dead = ['a', 'b', 'c'].filter((k) => !cases[k].info.civic.painted || !cases[k].info.chartjs.painted);
  if (dead.length) {
    out.push('');
    for (const k of dead) {
      const { info } = cases[k];
      out.push(`‡ ${info.label}: canvas ${info.civic.css.join(' × ')} CSS px, backing store ${info.civic.store.join(' × ')}; `
        + `painted: civic-stats ${info.civic.painted ? 'yes' : 'NO'}, Chart.js ${info.chartjs.painted ? 'yes' : 'NO'}. `
        + 'Chromium gives no canvas above 65 535 px a side or 16 384² pixels a backing store, so nothing reaches the '
        + 'screen and the time is that of computing the chart and issuing its drawing commands.');
    }
  }

  out.push('');
  out.push('| target (issue 7) | measured | met |');
  out.push('|---|---|---|');
  const target = (name, value, ok) => out.push(`| ${name} | ${value} | ${ok ? 'met' : '**not met**'} |`);
  target('wasm + glue + element gzip ≤ Chart.js gzip, every feature in',
    `${group(size.civicGz)} vs ${group(size.chartjsGz)} B (${ratio(size.civicGz, size.chartjsGz)}); `
    + `a page of JSON datasets downloads ${group(size.jsonGz)} B (${ratio(size.jsonGz, size.chartjsGz)})`,
    size.civicGz <= size.chartjsGz);
  target('… and ≤ 0.75 of it', `limit ${group(0.75 * size.chartjsGz)} B`, size.civicGz <= 0.75 * size.chartjsGz);
  // Loads alternate, so each civic-stats load has a Chart.js neighbour under the same
  // machine load: the verdict is the median of those paired differences, which cancels what
  // the pair shared (comparing the two medians let one busy stretch decide it); how often
  // civic-stats was first says whether the sign is noise.
  const pairs = paint.results.civic.map((t, i) => t - paint.results.chartjs[i]);
  const first = pairs.filter((d) => d < 0).length;
  const noise = first > 0.25 * pairs.length && first < 0.75 * pairs.length;
  target('first paint no later than Chart.js',
    `${ms(fpCivic)} vs ${ms(fpChart)} ms; civic-stats first in ${first} of ${pairs.length} paired loads, `
    + `median difference ${ms(median(pairs))} ms${noise ? ' (within the noise of this machine)' : ''}`,
    median(pairs) <= 0);
  const rc = cases.c;
  const cPainted = rc.info.civic.painted > 0;
  target('redraw (c) 10 000 bars < 8 ms median', `${ms(rc.redraw.civic.median)} ms${cPainted ? '' : ', and nothing is painted ‡'}`, rc.redraw.civic.median < 8 && cPainted);
  target('redraw (a) seed < 0.5 ms median', `${ms(cases.a.redraw.civic.median)} ms (its canvas calls alone, replayed: ${ms(cases.a.replay.civic.median)} ms)`, cases.a.redraw.civic.median < 0.5);
  target('hover (b) < 1 ms', `${ms(cases.b.hover.civic.median)} ms (element handler ${ms(cases.b.hover.element.median)} ms)`, cases.b.hover.civic.median < 1);
  const wasmGrowth = c.redraw[2].wasm - c.redraw[1].wasm;
  target(`no wasm memory growth after warm-up across ${group(REDRAWS)} redraws`,
    `${signed(wasmGrowth)} across the second ${group(REDRAWS)} (the first ${group(REDRAWS)}, warm-up: ${signed(grow(c.redraw, 'wasm'))})`,
    wasmGrowth === 0);
  const heapGrowth = grow(c.cycles, 'heap');
  const wasmCycleGrowth = grow(c.cycles, 'wasm');
  target(`no heap growth across ${group(CYCLES)} element create/destroy cycles (JS heap tolerance ${kib(HEAP_TOLERANCE)}; wasm memory exactly 0; no live charts left)`,
    `JS ${signed(heapGrowth)}, wasm ${signed(wasmCycleGrowth)}, live charts ${c.cycles[1].liveCharts}`,
    heapGrowth <= HEAP_TOLERANCE && wasmCycleGrowth === 0 && c.cycles[1].liveCharts === 0);

  out.push('');
  out.push('Bytes by file (gzip -9 of each file, as each is a separate response):');
  out.push('');
  out.push('| file | bytes | gzip |');
  out.push('|---|---:|---:|');
  for (const f of [...size.civic, ...size.chartjs]) out.push(`| \`${f.name}\` | ${group(f.raw)} | ${group(f.gz)} |`);

  out.push('');
  out.push('Canvas sizes, spread and batching (p10–p90 of the samples; a sample averages a batch of consecutive '
    + `operations so that it spans ≥ 50 steps of performance.now(), which moves in ${(time.resolution * 1000).toFixed(0)} µs steps here):`);
  out.push('');
  out.push('| case | canvas CSS px (civic / Chart.js) | civic-stats p10–p90 ms, batch | Chart.js p10–p90 ms, batch |');
  out.push('|---|---|---|---|');
  const fp = (lib) => `${ms(quantile(paint.results[lib], 0.1))}–${ms(quantile(paint.results[lib], 0.9))}; `
    + `HTML response at ${ms(median(paint.response[lib]))}, chart drawn at ${ms(median(paint.drawn[lib]))}`;
  out.push(`| first paint (a) | ${paint.checks[0]?.css.join('×')} / ${paint.checks[1]?.css.join('×')} | ${fp('civic')} | ${fp('chartjs')} |`);
  for (const key of ['a', 'b', 'c']) {
    const { info, redraw, hover } = cases[key];
    const spread = (x) => `${ms(x.p10)}–${ms(x.p90)}, ×${x.batch}`;
    out.push(`| redraw ${info.label} | ${info.civic.css.join('×')} / ${info.chartjs.css.join('×')} | ${spread(redraw.civic)} | ${spread(redraw.chartjs)} |`);
    if (hover) out.push(`| hover ${info.label} | | ${spread(hover.civic)} | ${spread(hover.chartjs)} |`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- main

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const size = bytes();
const mounts = [
  ['/bench/', path('./page')],
  ['/chartjs/', path('../node_modules/chart.js/dist')],
];
const { server, url } = await startServer(0, '127.0.0.1', mounts);
const compressing = await startServer(0, '127.0.0.1', mounts, { gzip: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
try {
  const env = machine(browser.version());
  process.stderr.write(`first paint: ${LOADS} loads of each\n`);
  const paint = await firstPaint(browser, url);
  process.stderr.write(`first paint over slow 4G: ${SLOW_LOADS} loads of each (${elapsed()})\n`);
  const slow = await firstPaint(browser, compressing.url,
    { loads: SLOW_LOADS, network: SLOW_4G, order: ['civic', 'preload', 'chartjs'] });
  process.stderr.write(`redraw and hover (${elapsed()})\n`);
  const time = await timings(browser, url);
  process.stderr.write(`memory (${elapsed()})\n`);
  const mem = { civic: await memory(browser, url, 'civic'), chartjs: await memory(browser, url, 'chartjs') };
  const table = report({ env, size, paint, slow, time, mem });
  console.log(table);
  const problems = [...time.problems, ...mem.civic.problems, ...mem.chartjs.problems,
    ...[...paint.checks, ...slow.checks].flatMap((c) => c.problems)];
  if (problems.length) console.error(`\npage problems:\n  ${[...new Set(problems)].join('\n  ')}`);
  if (!quick) {
    writeFileSync(path('./results.md'), `# Benchmark results\n\nWritten by \`npm run bench\` (benches/run.mjs); what each figure times is described in README.md, "Performance".\n\n${table}\n`);
  }
  process.stderr.write(`\nfinished in ${elapsed()}; first-paint checks: ${JSON.stringify(paint.checks)}\n`);
} finally {
  await browser.close();
  server.close();
  compressing.server.close();
}
