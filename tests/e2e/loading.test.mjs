// Loading data as web admins and analysts will: Excel CSV exports through `src` (Windows-1251,
// `;`), broken files, HTTP failures with a retry, and hostile labels, all under the strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { withBrowser, open, loaded, chart, paintedPixels, ARTIFACTS } from './browser.mjs';

const env = withBrowser();

const error = (page) => page.evaluate(() => document.querySelector('civic-stats').chart?.error);

test('a Windows-1251, semicolon-separated Excel export loads through src and draws', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}embed.html?src=%2Fcsv%2Fgood%2Fwindows-1251.csv&lang=ru`, { scale: 2 });
  await loaded(page);
  assert.equal(await error(page), undefined);
  const texts = await chart(page, 'texts');
  for (const t of ['Акмолинская область', '415', 'Костанайская область', '1\u00a0001']) {
    assert.ok(texts.includes(t), `${t}: ${JSON.stringify(texts)}`);
  }
  assert.ok(await paintedPixels(page) > 5000);
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}csv-1251.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a broken CSV shows the located message in the reader\'s language', async () => {
  for (const [lang, expected] of [
    ['en', "line 4, column 'Region': unknown region 'Жетсу' — did you mean 'Жетісу облысы'?"],
    ['kk', '4-жол, «Region» бағаны: «Жетсу» өңірі белгісіз — «Жетісу облысы» болуы мүмкін бе?'],
  ]) {
    const { page, context, problems } = await open(env.browser, `${env.base}embed.html?src=%2Fcsv%2Fbad%2Funknown-region.csv&lang=${lang}`);
    await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
    assert.equal(await error(page), expected);
    assert.ok((await chart(page, 'texts')).join(' ').includes('Жетсу'));
    assert.ok(await paintedPixels(page) > 500);
    await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}csv-broken-${lang}.png` });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a JSON file saved as Windows-1251 ("ANSI") is refused at its first such letter, not drawn as "���"', async () => {
  const { page, context, problems } = await open(env.browser, 'about:blank');
  const json = readFileSync(new URL('../../data/zhetysu-2023.json', import.meta.url), 'utf8')
    .replace('"en": "Zhetysu Region"', '"en": "@"');
  const at = Buffer.from(json).indexOf('@');
  // "Семей" in Windows-1251, as Notepad's "ANSI" on Russian Windows writes it.
  const body = Buffer.concat([Buffer.from(json).subarray(0, at), Buffer.from([0xd1, 0xe5, 0xec, 0xe5, 0xe9]),
    Buffer.from(json).subarray(at + 1)]);
  await page.route('**/ansi.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(`${env.base}embed.html?src=ansi.json&lang=ru`);
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  const line = json.slice(0, json.indexOf('@')).split('\n').length;
  assert.match(await error(page), new RegExp(`^строка ${line}, столбец \\d+: текст не в кодировке UTF-8 .*сохраните файл в UTF-8$`));
  assert.ok(!(await chart(page, 'texts')).some((t) => t.includes('\ufffd')));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a JSON file saved as UTF-16 (Notepad\'s "Unicode") draws, by its byte-order mark', async () => {
  const { page, context, problems } = await open(env.browser, 'about:blank');
  const json = readFileSync(new URL('../../data/zhetysu-2023.json', import.meta.url), 'utf8');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
  const be = Buffer.from(le).swap16();
  await page.route('**/le.json', (route) => route.fulfill({ contentType: 'application/json', body: le }));
  await page.route('**/be.json', (route) => route.fulfill({ contentType: 'application/json', body: be }));
  for (const file of ['le.json', 'be.json']) {
    await page.goto(`${env.base}embed.html?src=${file}&lang=kk`);
    await loaded(page);
    assert.equal(await error(page), undefined, file);
    const texts = await chart(page, 'texts');
    assert.ok(texts.includes('377') && texts.includes('Жетісу облысы, 2023'), `${file}: ${JSON.stringify(texts)}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file past 20 MB is refused once 20 MB have come, not read to its end, from a server or a picker', async () => {
  // A server that never stops: the widget had read on (5.6 GB in 12 s) and said nothing.
  let sent = 0;
  let closed;
  const done = new Promise((ok) => { closed = ok; });
  const row = Buffer.from('KZ-33;2023;377\n');
  const chunk = Buffer.concat(Array.from({ length: 1 << 16 }, () => row));
  const endless = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    res.write('Region;Year;NGOs\n');
    const more = () => {
      while (sent < 400 * 1048576 && res.write(chunk)) sent += chunk.length;
    };
    res.on('drain', more);
    res.on('close', () => closed(sent));
    more();
  });
  await new Promise((ok) => endless.listen(0, '127.0.0.1', ok));
  endless.unref(); // a failed assertion must not leave the test run waiting on it
  const { page, context, problems } = await open(env.browser, 'about:blank');
  // Asked of the page's own origin, as the strict CSP requires, and answered by the endless one.
  await page.route('**/endless.csv', (route) => route.continue({ url: `http://127.0.0.1:${endless.address().port}/` }));
  await page.goto(`${env.base}embed.html?src=endless.csv&lang=ru`);
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  assert.equal(await error(page), 'файл слишком большой: больше 20 МБ');
  // Trying again would read the same file: no Retry (it had been offered, as for any failure).
  assert.ok(await page.locator('civic-stats .status').isVisible());
  assert.ok(await page.locator('civic-stats .status button').isHidden());
  assert.ok(await done < 100 * 1048576, `stopped reading: ${await done} bytes sent`);
  assert.ok(await paintedPixels(page) > 500);
  endless.close();
  // A picked file by its size, rounded up: 20 MB and a byte is not "20 MB, at most 20".
  for (const [bytes, said] of [[30 * 1048576, '30'], [20 * 1048576 + 1, '20.1']]) {
    await page.evaluate((n) => {
      const widget = document.querySelector('civic-stats');
      widget.setAttribute('lang', 'en');
      widget.data = new File([new Uint8Array(n)], 'big.csv', { type: 'text/csv' });
    }, bytes);
    await page.waitForFunction((s) => document.querySelector('civic-stats').chart?.error?.includes(`${s} MB`), said);
    assert.equal(await error(page), `the file is too large: ${said} MB, at most 20 MB`);
    assert.ok(await page.locator('civic-stats .status button').isHidden());
  }
  assert.deepEqual(problems.filter((p) => !/ERR_FAILED|net::/.test(p)), []);
  await context.close();
});

test('a file with many problems lists each on its own line and says more may follow', async () => {
  const { page, context, problems } = await open(env.browser, 'about:blank');
  const rows = Array.from({ length: 12 }, (_, i) => `KZ-33;${2000 + i};${i}x`).join('\n');
  await page.route('**/many.csv', (route) => route.fulfill({
    contentType: 'text/csv', body: `Region;Year;NGOs\n${rows}\n`,
  }));
  await page.goto(`${env.base}embed.html?src=many.csv&lang=en`);
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  const lines = (await error(page)).split('\n');
  assert.equal(lines.length, 11);
  assert.equal(lines[0], "line 2, column 'NGOs': '0x' is not a number");
  assert.equal(lines[10], 'The first 10 problems are shown: fix them and open the file again to see any others');
  const texts = await chart(page, 'texts');
  assert.equal(texts[0], 'Could not load the data');
  for (let n = 2; n <= 11; n++) {
    assert.ok(texts.some((t) => t.startsWith(`line ${n}, `)), `line ${n} starts a line: ${JSON.stringify(texts)}`);
  }
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}csv-many-problems.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the problems of a file that failed follow a language switch, on the canvas and for screen readers', async () => {
  const { page, context, problems } = await open(env.browser, 'about:blank');
  const rows = Array.from({ length: 12 }, (_, i) => `KZ-33;${2000 + i};${i}x`).join('\n');
  await page.route('**/many.csv', (route) => route.fulfill({
    contentType: 'text/csv', body: `Region;Year;NGOs\n${rows}\n`,
  }));
  await page.goto(`${env.base}embed.html?src=many.csv&lang=kk`);
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  assert.match(await error(page), /^2-жол, «NGOs» бағаны: /);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('lang', 'ru'));
  await page.waitForFunction(() => document.querySelector('civic-stats').chart.error.startsWith('строка 2'));
  const lines = (await error(page)).split('\n');
  assert.equal(lines.length, 11);
  assert.equal(lines[0], "строка 2, столбец «NGOs»: «0x» не число");
  assert.match(lines[10], /^Показаны первые 10 ошибок/);
  const texts = (await chart(page, 'texts')).join('\n');
  assert.doesNotMatch(texts, /жол|бағаны/, 'nothing left in Kazakh on the canvas');
  const summary = await page.evaluate(() => document.querySelector('civic-stats').shadowRoot.getElementById('summary').textContent);
  assert.doesNotMatch(summary, /жол|бағаны/, `summary: ${summary}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chart the data cannot make says so, not that loading failed', async () => {
  const { page, context } = await open(env.browser, `${env.base}embed.html?lang=en&chart=compare`);
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  assert.equal(await error(page), 'Choose two regions to compare');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.errorHeading),
    'This chart cannot be drawn');
  assert.equal((await chart(page, 'texts'))[0], 'This chart cannot be drawn');
  // A message has no table, download or steps.
  for (const [tool, shown] of [['Table', false], ['Download', false], ['Step through', false], ['Fullscreen', true]]) {
    assert.equal(await page.locator('civic-stats .toolbar button', { hasText: tool }).isVisible(), shown, tool);
  }
  await context.close();
});

test('HTTP errors and wrong content types say so, and Retry loads again', async () => {
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=missing.json&lang=en`);
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  assert.equal(await error(page), 'the server answered 404: missing.json');
  const retry = page.locator('civic-stats .status button');
  assert.equal(await retry.textContent(), 'Retry');
  // Said once on screen, in the canvas; the status line beside Retry holds it for screen
  // readers, which announce it.
  assert.ok((await page.locator('civic-stats .status span').boundingBox()).width <= 1, 'visually hidden');
  assert.equal(await page.locator('civic-stats .status').getAttribute('role'), 'status');
  assert.ok(await retry.isVisible());
  // In another language the failure is said again in it, on the canvas and in the status.
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('lang', 'ru'));
  await page.waitForFunction(() => !/server answered/.test(document.querySelector('civic-stats').chart.error));
  const status = () => page.locator('civic-stats .status span').textContent();
  assert.equal(await error(page), 'сервер вернул ошибку 404: missing.json');
  assert.equal(await status(), 'сервер вернул ошибку 404: missing.json');
  assert.equal(await retry.textContent(), 'Повторить');
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('lang', 'en'));
  // The file appears; Retry picks it up.
  await page.route('**/missing.json', (route) => route.fulfill({
    contentType: 'application/json', path: new URL('../../data/zhetysu-2023.json', import.meta.url).pathname,
  }));
  await retry.focus();
  await page.keyboard.press('Enter');
  await loaded(page);
  assert.equal(await error(page), undefined);
  assert.ok((await chart(page, 'texts')).includes('377'));
  // The focus goes to the chart, not to the page's start, as Retry is hidden.
  await page.waitForFunction(() => document.querySelector('civic-stats').shadowRoot.activeElement?.tagName === 'CANVAS');

  await page.goto(`${env.base}embed.html?src=index.html&lang=en`);
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  assert.equal(await error(page), 'index.html is not a data file (text/html)');
  await context.close();
});

test('labels from data are never HTML: tooltip, table and canvas carry them as text', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/two.html`, { height: 1600 });
  await loaded(page, '#b');
  const box = await page.evaluate(() => {
    const host = document.querySelector('#b');
    const i = host.chart.texts().findIndex(() => true);
    const [x, y, w, h] = host.chart.targetBox(0);
    const r = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { x: r.left + x + w / 2, y: r.top + y + h / 2, i };
  });
  await page.mouse.move(box.x, box.y);
  const tip = page.locator('#b .tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.textContent(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('#b img').count(), 0);
  assert.equal(await page.evaluate(() => window.alerted ?? false), false);
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * Loads the seed in embed.html with the response for `held` kept back 400 ms; returns when
 * each file was requested and when the held one was let through.
 */
async function loadHolding(held) {
  const { page, context, problems } = await open(env.browser, 'about:blank');
  const requested = {};
  page.on('request', (r) => (requested[r.url().split('/').pop()] ??= []).push(Date.now()));
  let released = 0;
  await page.route(`**/${held}`, async (route) => {
    await new Promise((ok) => setTimeout(ok, 400));
    released = Date.now();
    await route.continue();
  });
  await page.goto(`${env.base}embed.html?src=%2Fdata%2Fzhetysu-2023.json&lang=en`);
  await loaded(page);
  assert.ok((await chart(page, 'texts')).includes('377'));
  assert.deepEqual(problems, []);
  await context.close();
  return { requested, released };
}

test('the data file downloads while the module compiles, not after it', async () => {
  const { requested, released } = await loadHolding('civic_stats_json_bg.wasm');
  const data = requested['zhetysu-2023.json'] ?? [];
  assert.equal(data.length, 1, `requested once: ${JSON.stringify(requested)}`);
  assert.ok(data[0] < released, `data requested ${released - data[0]} ms before the module arrived`);
});

test('the WebAssembly module is requested alongside its JS glue, not after it', async () => {
  const { requested, released } = await loadHolding('pkg/civic_stats_json.js');
  const wasm = requested['civic_stats_json_bg.wasm'] ?? [];
  assert.equal(wasm.length, 1, `requested once: ${JSON.stringify(requested)}`);
  assert.ok(wasm[0] < released, `module requested ${released - wasm[0]} ms before the glue arrived`);
  // A page of JSON datasets never downloads the build with the CSV reader.
  assert.equal(requested['civic_stats_bg.wasm'], undefined, JSON.stringify(requested));
  assert.equal(requested['civic_stats.js'], undefined, JSON.stringify(requested));
});

test('a page whose chart names a CSV gets only the build with the CSV reader', async () => {
  const { page, context, problems } = await open(env.browser, 'about:blank');
  const requested = [];
  page.on('request', (r) => requested.push(r.url().split('/').pop()));
  await page.goto(`${env.base}fixtures/csv.html`);
  await loaded(page);
  assert.ok((await chart(page, 'texts')).includes('Акмолинская область'));
  assert.ok(requested.includes('civic_stats_bg.wasm'), JSON.stringify(requested));
  assert.ok(!requested.some((f) => f.startsWith('civic_stats_json')), JSON.stringify(requested));
  assert.deepEqual(problems, []);
  await context.close();
});

/** Serves the 1251 CSV export at `pattern` and points the element at `src`; the load's detail. */
async function loadCsvFrom(page, pattern, src) {
  await page.route(pattern, (route) => route.fulfill({
    contentType: 'text/csv', body: readFileSync(new URL('../data/csv/good/windows-1251.csv', import.meta.url)),
  }));
  return page.evaluate((url) => new Promise((ok) => {
    const widget = document.querySelector('civic-stats');
    widget.addEventListener('civic-stats:load', (e) => ok(e.detail), { once: true });
    widget.setAttribute('src', url);
  }), src);
}

test('a CSV arriving at a JSON-only chart fetches the CSV reader and remakes the chart in place', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}embed.html?src=%2Fdata%2Fzhetysu-2023.json&lang=ru&chart=pie&theme=dark`);
  await loaded(page);
  assert.equal(await page.evaluate(() => typeof document.querySelector('civic-stats').chart.loadCsv), 'undefined');
  // A URL without an extension that answers text/csv: only the response says it is CSV.
  assert.deepEqual(await loadCsvFrom(page, '**/export', '/export'), { error: null });
  const state = await page.evaluate(() => {
    const widget = document.querySelector('civic-stats');
    return { csv: typeof widget.chart.loadCsv, live: widget.constructor.liveCharts, query: widget.chart.stateQuery() };
  });
  assert.equal(state.csv, 'function');
  assert.equal(state.live, 1, 'the JSON-only chart was released');
  // The attributes carried over to the new chart.
  assert.match(state.query, /chart=pie/);
  assert.match(state.query, /theme=dark/);
  assert.match(state.query, /lang=ru/);
  // The CSV's figures, drawn as the pie the attributes asked for.
  const texts = (await chart(page, 'texts')).map((t) => t.replace(/\s/g, ' ')); // no-break spaces
  for (const t of ['Акмолинская область, 2023', '92,6 % (415)']) assert.ok(texts.includes(t), JSON.stringify(texts));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a CSV at a URL with a Windows-1251 percent-escape loads, named as it was', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}embed.html?src=%2Fdata%2Fzhetysu-2023.json&lang=ru`);
  await loaded(page);
  // "Дан.csv" escaped byte by byte in Windows-1251, which decodeURIComponent refuses.
  assert.deepEqual(await loadCsvFrom(page, '**/export/*', '/export/%C4%E0%ED.csv'), { error: null });
  assert.ok((await chart(page, 'texts')).includes('Акмолинская область'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a load replaced while it waits leaves the element neither busy nor showing the old data', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}embed.html?src=%2Fdata%2Fzhetysu-2023.json&lang=en`);
  await loaded(page);
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/slow.json', async (route) => {
    await held;
    await route.fulfill({ contentType: 'application/json', body: '{}' });
  });
  const json = readFileSync(new URL('../../data/zhetysu-2023.json', import.meta.url), 'utf8');
  // A URL that answers late, then a file while it waits: the file wins.
  const detail = await page.evaluate((text) => new Promise((ok) => {
    const widget = document.querySelector('civic-stats');
    widget.setAttribute('src', '/slow.json');
    widget.addEventListener('civic-stats:load', (e) => ok(e.detail), { once: true });
    widget.data = new File([text], 'zhetysu.json');
  }), json);
  assert.deepEqual(detail, { error: null });
  release();
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => {
    const widget = document.querySelector('civic-stats');
    return { busy: widget.getAttribute('aria-busy'), error: widget.chart.error ?? null };
  });
  assert.deepEqual(state, { busy: null, error: null });
  assert.ok((await chart(page, 'texts')).includes('377'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('an option mended while the data is on its way leaves no message behind', async () => {
  const { page, context, problems } = await open(env.browser, 'about:blank');
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/zhetysu-2023.json', async (route) => { await held; await route.continue(); });
  await page.goto(`${env.base}embed.html?src=%2Fdata%2Fzhetysu-2023.json&lang=en`);
  await page.waitForFunction(() => document.querySelector('civic-stats')?.chart);
  const shown = () => page.evaluate(() => {
    const widget = document.querySelector('civic-stats');
    const canvas = widget.shadowRoot.querySelector('canvas');
    return { error: widget.chart.error ?? null, label: canvas.getAttribute('aria-label'), height: canvas.height };
  });
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('chart', 'bars'));
  assert.match((await shown()).error, /unknown value 'bars' for 'chart'/);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('chart', 'bar'));
  // Back to waiting: no message on the canvas or for screen readers, "Loading…" above it.
  const waiting = await shown();
  assert.equal(waiting.error, null);
  assert.equal(waiting.height, 0);
  assert.doesNotMatch(waiting.label, /cannot be drawn/);
  release();
  await loaded(page);
  assert.ok((await chart(page, 'texts')).includes('377'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the CSV build cannot be fetched the chart says so, and Retry fetches it again', async () => {
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=%2Fdata%2Fzhetysu-2023.json&lang=en`);
  await loaded(page);
  let refused = 0;
  await page.route('**/pkg/civic_stats_bg.wasm', (route) => (refused++ ? route.continue() : route.abort()));
  await page.evaluate(() => {
    document.querySelector('civic-stats').setAttribute('src', '/csv/good/windows-1251.csv');
  });
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.error),
    'network error, the file could not be fetched: civic_stats_bg.wasm');
  assert.equal(await page.getAttribute('civic-stats', 'aria-busy'), null);
  await page.locator('civic-stats .status button').click();
  await page.waitForFunction(() => typeof document.querySelector('civic-stats').chart?.loadCsv === 'function'
    && !document.querySelector('civic-stats').chart.error);
  assert.ok((await chart(page, 'texts')).includes('Akmola Region'));
  assert.equal(refused, 2);
  await context.close();
});

test('a module that cannot start (pkg/ not uploaded) says so in the page\'s language, with no empty tools', async () => {
  const { page, context } = await open(env.browser, 'about:blank');
  await page.route('**/pkg/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${env.base}fixtures/two.html`);
  await page.waitForFunction(() => !document.querySelector('civic-stats').shadowRoot.querySelector('.status').hidden);
  const shown = await page.$eval('civic-stats', (host) => {
    const root = host.shadowRoot;
    const visible = (selector) => root.querySelector(selector).checkVisibility();
    return {
      lang: host.closest('[lang]')?.lang,
      status: root.querySelector('.status').textContent,
      tools: visible('.tools'),
      canvas: visible('canvas'),
    };
  });
  const opening = { kk: 'Диаграмма іске қосылмады: ', ru: 'Диаграмма не запустилась: ', en: 'The chart could not start: ' };
  assert.ok(shown.status.startsWith(opening[shown.lang.slice(0, 2)]), JSON.stringify(shown));
  assert.equal(shown.tools, false);
  assert.equal(shown.canvas, false);
  await context.close();
});

test('a canvas the browser gives no 2D context says the chart could not start, not "Loading…" for ever', async () => {
  // Too many canvases, or a browser that refuses them: the chart was never made, and the
  // error of making it was taken for a wrong attribute's.
  const { page, context } = await open(env.browser, 'about:blank');
  await page.addInitScript(() => { HTMLCanvasElement.prototype.getContext = () => null; });
  await page.goto(`${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=en`);
  await page.waitForFunction(() => !document.querySelector('civic-stats').shadowRoot.querySelector('.status').hidden
    && !document.querySelector('civic-stats').shadowRoot.querySelector('.status').textContent.startsWith('Loading'));
  const status = await page.$eval('civic-stats', (host) => host.shadowRoot.querySelector('.status').textContent);
  assert.match(status, /^The chart could not start: /);
  await context.close();
});

test('a chart that traps (a bug) says it stopped, rather than no longer answering', async () => {
  // After a trap every call of the chart fails: the canvas had stayed as it was, its tools
  // doing nothing, without a word.
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=en`);
  await loaded(page);
  const shown = await page.$eval('civic-stats', (host) => {
    host.chart.set = () => { throw new WebAssembly.RuntimeError('unreachable'); };
    host.setAttribute('sort', 'name');
    const root = host.shadowRoot;
    return { status: root.querySelector('.status span').textContent, canvas: root.querySelector('canvas').checkVisibility() };
  });
  assert.deepEqual(shown, { status: 'The chart stopped: unreachable', canvas: false });
  await context.close();
});

test('a src that is not a URL (a port typo) says the file could not be fetched, first or later', async () => {
  const { page, context, problems } = await open(env.browser,
    `${env.base}embed.html?src=${encodeURIComponent('http://localhost:99999/x.json')}&lang=en`);
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  assert.match(await page.evaluate(() => document.querySelector('civic-stats').chart.error), /could not be fetched: http:\/\/localhost:99999\/x.json/);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('src', '/data/zhetysu-2023.json'));
  await loaded(page);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('src', 'http://[bad'));
  await page.waitForFunction(() => document.querySelector('civic-stats').chart.error);
  assert.equal(await page.getAttribute('civic-stats', 'aria-busy'), null);
  assert.equal(await page.locator('civic-stats .status span').textContent(),
    'network error, the file could not be fetched: http://[bad');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file on another site that cannot be fetched says what that takes: CORS and connect-src', async () => {
  // The page's policy (default-src 'self') refuses the address before any network.
  const src = 'https://example.org/data.json';
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=${encodeURIComponent(src)}&lang=en`);
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.error),
    `network error, the file could not be fetched: ${src} (a file on another site needs that site's CORS and this page's connect-src)`);
  await context.close();
});

test('the preload hints README suggests are used: the module and the data come once each', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') problems.push(m.text()); });
  await page.goto(`${env.base}fixtures/preload.html`);
  await loaded(page);
  const times = (path) => fetched.filter((p) => p === path).length;
  // A hint the element's own request does not match would mean a second download.
  for (const path of ['/pkg/civic_stats_json_bg.wasm', '/pkg/civic_stats_json.js', '/data/zhetysu-2023.json']) {
    assert.equal(times(path), 1, `${path} in ${JSON.stringify(fetched)}`);
  }
  assert.ok(await paintedPixels(page) > 5000);
  assert.deepEqual(problems, []);
  await context.close();
});
