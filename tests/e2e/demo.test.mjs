// The demo page as a visitor meets it: served over HTTP with a strict CSP, opened in
// headless Chromium, chart drawn in Kazakh, switched to Russian and English, and fed the
// analyst's own files (picked, dropped, unreadable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withBrowser, open, loaded, chart, paintedPixels, ARTIFACTS } from './browser.mjs';

const env = withBrowser();
const csv = new URL('../data/csv/', import.meta.url).pathname;

/** The widget's next `civic-stats:load` event's detail. */
function nextLoad(page) {
  return page.evaluate(() => new Promise((ok) =>
    document.querySelector('civic-stats').addEventListener('civic-stats:load', (e) => ok(e.detail), { once: true })));
}

test('the demo draws the Zhetysu chart in Kazakh, crisp at DPR 2, with no console errors', async () => {
  const { page, context, problems } = await open(env.browser, env.base, { scale: 2 });
  await loaded(page);
  const texts = await chart(page, 'texts');
  for (const t of ['Үкіметтік емес ұйымдар', 'Этномәдени орталықтар', 'Бұқаралық ақпарат құралдары',
                   '377', '30', '56', '7', 'Жетісу облысының азаматтық қоғамы']) {
    assert.ok(texts.includes(t), `chart lacks "${t}": ${JSON.stringify(texts)}`);
  }
  assert.ok(texts.some((t) => t.startsWith('Дереккөз:')), 'footer names the source');

  // The backing store follows devicePixelRatio: twice the CSS size.
  const size = await page.$eval('civic-stats', (host) => {
    const c = host.shadowRoot.querySelector('canvas');
    return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
  });
  assert.equal(size.w, size.cssW * 2, JSON.stringify(size));
  assert.ok(Math.abs(size.h - size.cssH * 2) <= 1, JSON.stringify(size));
  assert.ok(await paintedPixels(page) > 5000, 'the canvas is painted');

  const label = await page.locator('civic-stats canvas').getAttribute('aria-label');
  assert.equal(label, 'Жетісу облысының азаматтық қоғамы');
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}demo-kk-dpr2.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language switch redraws the chart in Russian and English', async () => {
  const { page, context, problems } = await open(env.browser, env.base);
  await loaded(page);

  await page.getByRole('button', { name: 'Русский' }).click();
  let texts = await chart(page, 'texts');
  assert.ok(texts.includes('Неправительственные организации'), JSON.stringify(texts));
  assert.ok(texts.some((t) => t.startsWith('Источник:')));
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.equal(await page.getAttribute('[data-lang="ru"]', 'aria-pressed'), 'true');
  assert.equal(await page.locator('civic-stats .toolbar button').first().textContent(), 'Таблица');
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}demo-ru.png` });

  await page.getByRole('button', { name: 'English' }).click();
  texts = await chart(page, 'texts');
  assert.ok(texts.includes('Non-governmental organisations'), JSON.stringify(texts));
  assert.ok(texts.includes('Civil society of Zhetysu Region'));
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}demo-en.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the file picker speaks the page\'s language, and opens from a click or the keyboard', async () => {
  const { page, context, problems } = await open(env.browser, env.base);
  await loaded(page);
  // The input's own button and "No file chosen" are the browser's English; the page's
  // button stands for them, and the field is named by its label.
  const button = page.locator('.file-button');
  assert.equal(await button.textContent(), 'Файлды таңдау…');
  await page.getByRole('button', { name: 'Русский' }).click();
  assert.equal(await button.textContent(), 'Выбрать файл…');
  const input = page.getByLabel('Свой файл (CSV, JSON)');
  assert.equal(await input.getAttribute('type'), 'file');
  assert.ok(!(await input.isVisible()) || (await input.boundingBox()).width <= 1, 'the native control is not shown');
  const [clicked] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  assert.ok(clicked);
  // Closed, as a reader would (one still open can keep the browser from opening another: a
  // clean-clone run timed out waiting for the second).
  await clicked.setFiles([]);
  // Tabbed to, the page's button shows the focus ring; Space opens the picker.
  await input.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await button.evaluate((b) => getComputedStyle(b).outlineStyle), 'solid');
  // Headless Chromium now and then opens no chooser for a press moments after the last one
  // closed (two clean-clone runs timed out here, none of many local ones): a second press
  // stands for a reader pressing again, and one that opens nothing twice still fails.
  const press = async (timeout) => (await Promise.all([
    page.waitForEvent('filechooser', { timeout }).catch(() => null), page.keyboard.press('Space')]))[0];
  const pressed = (await press(5000)) ?? (await press(10000));
  assert.ok(pressed, 'Space opens the file chooser');
  // Every field's name on one line, the file's too (its hint had lifted it above the row).
  const tops = await page.$$eval('.controls > label > span:first-child', (spans) =>
    spans.slice(0, 2).map((s) => Math.round(s.getBoundingClientRect().top)));
  assert.equal(new Set(tops).size, 1, JSON.stringify(tops));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a malformed dataset shows a located message in the widget, not a blank canvas', async () => {
  const { page, context } = await open(env.browser, `${env.base}?src=broken.json`);
  await page.route('**/broken.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{\n  "format": "civic-stats/1",\n  "title": }' }));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  const error = await page.evaluate(() => document.querySelector('civic-stats').chart.error);
  assert.equal(error, '3-жол, 12-баған («title» өрісі): мұнда мән керек: сан, қос тырнақшадағы мәтін, '
    + 'true, false, null, тізім немесе объект');
  // A figure written as text: the release build words the type error itself, in Kazakh.
  const typed = await page.evaluate(async () => {
    const text = await (await fetch('/data/zhetysu-2023.json')).text();
    try {
      document.querySelector('civic-stats').chart.loadJson(text.replace('"ngo": 377', '"ngo": "377"'));
    } catch (e) {
      return e.message;
    }
  });
  const line = readFileSync(new URL('../../data/zhetysu-2023.json', import.meta.url), 'utf8')
    .split('\n').findIndex((l) => l.includes('"ngo": 377')) + 1;
  assert.equal(typed, `${line}-жол, 30-баған («regions[0].values.2023.ngo» өрісі): мұнда сан керек, `
    + 'қос тырнақшадағы мәтін емес');
  const texts = await chart(page, 'texts');
  assert.ok(texts.includes('Деректерді жүктеу мүмкін болмады'), JSON.stringify(texts));
  assert.ok(await paintedPixels(page) > 500, 'the message is drawn on the canvas');
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}demo-error-kk.png` });
  await context.close();
});

test('printed, the demo page is its title, the chart and the sources, without the controls', async () => {
  const { page, context, problems } = await open(env.browser, env.base);
  await loaded(page);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const shown = await page.evaluate(() => Object.fromEntries(['h1', '.langs', '#controls', '.embed', 'civic-stats']
    .map((s) => [s, getComputedStyle(document.querySelector(s)).display !== 'none'])));
  assert.deepEqual(shown, { h1: true, '.langs': false, '#controls': false, '.embed': false, 'civic-stats': true });
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(background, 'rgb(255, 255, 255)', 'white paper under a dark system theme');
  await page.pdf({ path: `${ARTIFACTS}demo-print.pdf` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a 320 px phone the demo page does not scroll sideways, in any language', async () => {
  const { page, context } = await open(env.browser, env.base, { width: 320, height: 640, scale: 2 });
  await loaded(page);
  for (const lang of ['kk', 'ru', 'en']) {
    await page.click(`button[data-lang="${lang}"]`);
    await loaded(page);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 320, `${lang}: the page is ${wide} px wide`);
  }
  await page.keyboard.press('Tab');
  await page.locator('civic-stats canvas').focus();
  await page.screenshot({ path: `${ARTIFACTS}demo-320-focus.png`, fullPage: true });
  await context.close();
});

test('controls a chart kind does not use are greyed out, not left doing nothing', async () => {
  const { page, context } = await open(env.browser, `${env.base}?lang=en`);
  await loaded(page);
  // The seed has one region, of which no average is drawn.
  const averageOff = () => page.$eval('select[name="reference"] [value="average"]', (o) => o.disabled);
  assert.equal(await averageOff(), true);
  await page.selectOption('select[name="dataset"]', 'data/examples/illustrative-regions.json');
  await page.waitForFunction(() => document.querySelector('select[name="regionB"]').options.length === 20);
  assert.equal(await averageOff(), false);
  const state = () => page.evaluate(() => {
    const f = document.querySelector('#controls').elements;
    return {
      measure: f.measure.disabled,
      reference: f.reference.disabled,
      average: f.reference.querySelector('[value="average"]').disabled,
      year: f.year.disabled && f.sort.disabled,
    };
  });
  assert.deepEqual(await state(), { measure: false, reference: false, average: false, year: false });
  for (const [kind, expected] of [
    ['pie', { measure: true, reference: true, average: true, year: false }],
    ['share', { measure: true, reference: false, average: true, year: false }],
    ['grouped', { measure: false, reference: false, average: true, year: false }],
    ['stacked', { measure: false, reference: false, average: false, year: false }],
    ['trend', { measure: false, reference: false, average: true, year: true }],
    ['compare', { measure: false, reference: true, average: true, year: false }],
    ['bar', { measure: false, reference: false, average: false, year: false }],
  ]) {
    await page.selectOption('select[name="chart"]', kind);
    assert.deepEqual(await state(), expected, kind);
  }
  // The regions combined: bars of regions per 10 000 residents, their counts over their
  // population, beside the mean of their rates; of 19 regions, Shymkent having no population.
  const overallOff = () => page.$eval('select[name="reference"] [value="overall"]', (o) => o.disabled);
  assert.equal(await overallOff(), true, 'counts');
  await page.selectOption('select[name="measure"]', 'per-10k');
  assert.equal(await overallOff(), false, 'per 10 000');
  await page.selectOption('select[name="reference"]', 'overall');
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.texts().some((t) => t.startsWith('Regions combined, 19 of 20: ')));
  assert.match(await page.inputValue('#embed-code'), /reference="overall"/);
  await page.selectOption('select[name="chart"]', 'grouped');
  assert.equal(await page.$eval('civic-stats', (e) => e.getAttribute('reference')), null, 'not of groups');
  await page.selectOption('select[name="chart"]', 'bar');
  assert.equal(await page.$eval('civic-stats', (e) => e.getAttribute('reference')), 'overall', 'again on bars');
  await page.selectOption('select[name="reference"]', '');
  await page.selectOption('select[name="measure"]', 'count');
  // Stacks of shares have no totals to average: each of a region's is 100 %.
  await page.selectOption('select[name="chart"]', 'stacked');
  await page.selectOption('select[name="measure"]', 'share-of-region');
  assert.equal(await averageOff(), true, 'stacked shares');
  await page.selectOption('select[name="measure"]', 'count');
  await page.selectOption('select[name="chart"]', 'bar');
  // A trend's reference line at a value the reader types, as they write numbers.
  await page.selectOption('select[name="reference"]', 'average');
  await page.selectOption('select[name="chart"]', 'trend');
  assert.equal(await page.$eval('civic-stats', (e) => e.getAttribute('reference')), null, 'no average of a trend');
  // Back on bars, the average the reader picked is drawn again.
  await page.selectOption('select[name="chart"]', 'bar');
  assert.equal(await page.$eval('civic-stats', (e) => e.getAttribute('reference')), 'average', 'average again');
  await page.selectOption('select[name="chart"]', 'trend');
  await page.selectOption('select[name="reference"]', 'value');
  await page.fill('input[name="referenceAt"]', '300,5');
  await page.press('input[name="referenceAt"]', 'Enter');
  assert.equal(await page.$eval('civic-stats', (e) => e.getAttribute('reference')), '300,5');
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.texts().includes('Reference: 300.5'));
  // The embed code carries the chart's own spelling of it.
  assert.match(await page.inputValue('#embed-code'), /reference="300\.5"/);
  // A typo is marked on the field and keeps the line, rather than replacing the chart.
  // So is 1,000, a thousand in English and one in Kazakh and Russian: the widget refuses it,
  // and the field says how to write a number.
  assert.match(await page.getAttribute('input[name="referenceAt"]', 'title'), /1,000 is ambiguous/);
  for (const typo of ['30o', '1,000']) {
    await page.fill('input[name="referenceAt"]', typo);
    await page.press('input[name="referenceAt"]', 'Enter');
    assert.equal(await page.$eval('input[name="referenceAt"]', (i) => i.matches(':invalid')), true, typo);
    assert.equal(await page.$eval('civic-stats', (e) => e.getAttribute('reference')), '300,5', typo);
  }
  assert.ok((await chart(page, 'texts')).includes('Reference: 300.5'));
  await context.close();
});

test('the embed code works under a strict CSP: the element from the site\'s own files, or a frame', async () => {
  const { page, context } = await open(env.browser, `${env.base}?lang=en`);
  // This reader's dark system gives the chart a dark theme; the embed code leaves it to each
  // visitor's own.
  await page.emulateMedia({ colorScheme: 'dark' });
  await loaded(page);
  assert.match(await chart(page, 'stateQuery'), /theme=dark/);
  // The chosen language stands out on a dark system too (it was painted like the others).
  const fills = await page.$$eval('.langs button', (buttons) => buttons.map((b) => [b.getAttribute('aria-pressed'), getComputedStyle(b).backgroundColor]));
  const chosen = fills.filter(([pressed]) => pressed === 'true').map(([, fill]) => fill);
  assert.equal(chosen.length, 1);
  assert.ok(fills.every(([pressed, fill]) => pressed === 'true' || fill !== chosen[0]), JSON.stringify(fills));
  await page.selectOption('select[name="chart"]', 'pie');
  const onPage = await page.$eval('civic-stats', (e) => e.getBoundingClientRect().height);
  // Presenting fits the chart to the screen: that height is not part of the embed code.
  await page.locator('civic-stats .toolbar button', { hasText: 'Step through' }).click();
  await page.selectOption('select[name="sort"]', 'value-desc');
  await page.selectOption('select[name="sort"]', 'data');
  const embed = await page.inputValue('#embed-code');
  const [frame, own] = embed.split('\n\n');
  assert.match(frame, /^<!-- A frame: where the site's Content-Security-Policy allows frames from http:\/\/127\.0\.0\.1:\d+ \(frame-src\) -->\n<iframe src="[^"]*embed\.html\?src=[^"]*chart=pie[^"]*" title="Civil society of Zhetysu Region" width="100%" height="(\d+)"/);
  const height = Number(frame.match(/height="(\d+)"/)[1]);
  // Its Fullscreen button works in the frame (without it, the frame's is hidden).
  assert.match(frame, / allow="fullscreen"><\/iframe>$/);
  const presenting = await page.$eval('civic-stats', (e) => e.getBoundingClientRect().height);
  assert.notEqual(Math.round(presenting), Math.round(onPage), 'presenting fits another height');
  assert.ok(height >= onPage && height <= onPage + 17, `the frame (${height} px) holds the chart on the page (${onPage} px)`);
  assert.equal(own, '<!-- On the site itself (under a strict Content-Security-Policy too): copy civic-stats.min.js, '
    + "civic-stats.min.css and the pkg/ folder into the site's /civic-stats/ folder. Put zhetysu-2023.json on your site, next to this page -->\n"
    + '<script type="module" src="/civic-stats/civic-stats.min.js"></script>\n'
    + '<civic-stats src="zhetysu-2023.json" lang="en" chart="pie"></civic-stats>');
  // A file of the reader's own, named as no URL would be: its name as it is, and nothing in
  // it can end the comment that names it, nor be read as a replacement pattern (`$'`).
  const name = "50% $' ---><b>x</b>.csv";
  const loadedAgain = page.evaluate(() => new Promise((done) => document.querySelector('civic-stats')
    .addEventListener('civic-stats:load', done, { once: true })));
  await page.setInputFiles('input[name="file"]', {
    name, mimeType: 'text/csv', buffer: readFileSync(`${csv}good/excel-semicolon-bom-crlf.csv`),
  });
  await loadedAgain;
  const local = await page.inputValue('#embed-code');
  const comment = local.slice(0, local.indexOf('-->') + 3);
  assert.ok(comment.includes("50% $' - - -><b>x</b>.csv"), local);
  assert.ok(local.indexOf('-->') === comment.length - 3 && comment.endsWith(' -->'), local);
  assert.match(local, /<civic-stats src="50%25%20%24'%20---%3E%3Cb%3Ex%3C%2Fb%3E\.csv"/);
  await context.close();
});

test('a comparison\'s two regions are picked by name, not by unticking eighteen', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}?lang=en`);
  await loaded(page);
  await page.selectOption('select[name="dataset"]', 'data/examples/illustrative-regions.json');
  await page.waitForFunction(() => document.querySelector('select[name="regionB"]').options.length === 20);
  assert.equal(await page.$eval('select[name="regionA"]', (s) => s.disabled), true);
  // The average line chosen for bars asks nothing of a comparison, which draws none.
  await page.selectOption('select[name="reference"]', 'average');
  await page.selectOption('select[name="chart"]', 'compare');
  assert.equal(await page.$eval('fieldset[name="regions"]', (f) => f.disabled), true);
  assert.equal(await page.$eval('civic-stats', (e) => e.getAttribute('reference')), null);
  await page.selectOption('select[name="regionA"]', 'KZ-33');
  await page.selectOption('select[name="regionB"]', 'KZ-71');
  assert.equal(await page.$eval('civic-stats', (e) => e.getAttribute('regions')), 'KZ-33,KZ-71');
  await page.waitForFunction(() => document.querySelector('civic-stats').chart.texts().includes('Zhetysu Region — Astana, 2023'));
  assert.match(await page.inputValue('#embed-code'), /regions="KZ-33,KZ-71"/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('twenty regions are cleared and picked in three clicks, not twenty', async () => {
  const { page, context } = await open(env.browser, `${env.base}?lang=en`);
  await loaded(page);
  await page.selectOption('select[name="dataset"]', 'data/examples/illustrative-regions.json');
  await page.waitForFunction(() => document.querySelectorAll('fieldset[name="regions"] .options input').length === 20);
  const regions = page.locator('fieldset[name="regions"]');
  const hint = regions.getByText('None ticked: the chart shows all of them');
  assert.equal(await hint.isVisible(), false);
  await regions.getByRole('button', { name: 'Clear all' }).click();
  // Nothing ticked draws every region, as no choice does: the boxes say so.
  assert.equal(await hint.isVisible(), true);
  await regions.getByLabel('Zhetysu Region').check();
  assert.equal(await hint.isVisible(), false);
  await regions.getByLabel('Abai Region').check();
  assert.equal(await page.$eval('civic-stats', (e) => e.getAttribute('regions')), 'KZ-10,KZ-33');
  await regions.getByRole('button', { name: 'Select all' }).click();
  assert.equal(await page.$eval('civic-stats', (e) => e.getAttribute('regions')), null);
  await context.close();
});

test('every label of the demo page exists in kk, ru and en', async () => {
  const { page, context } = await open(env.browser, env.base);
  await loaded(page);
  const seen = {};
  for (const [lang, name] of [['kk', 'Қазақша'], ['ru', 'Русский'], ['en', 'English']]) {
    await page.getByRole('button', { name }).click();
    seen[lang] = await page.$$eval('[data-i18n]', (els) => els.map((el) => `${el.dataset.i18n}=${el.textContent}`));
    for (const entry of seen[lang]) {
      assert.ok(!/=(undefined)?$/.test(entry), `${lang}: ${entry}`);
    }
  }
  assert.notDeepEqual(seen.kk, seen.ru);
  assert.notDeepEqual(seen.ru, seen.en);
  await context.close();
});

test('after one visit the demo works offline, for classrooms without a network', async () => {
  const { page, context, problems } = await open(env.browser, env.base, { offline: true });
  await loaded(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await loaded(page);
  await context.setOffline(true);
  await page.reload();
  await loaded(page);
  const texts = await chart(page, 'texts');
  assert.ok(texts.includes('377'), JSON.stringify(texts));
  // Every dataset the demo lists, not only the one the first visit showed.
  await page.selectOption('select[name="dataset"]', 'data/examples/illustrative-regions.json');
  await page.waitForFunction(() => document.querySelector('civic-stats').chart.texts().includes('Ұлытау облысы'));
  await page.selectOption('select[name="dataset"]', 'data/kazakhstan-ngo-2023.json');
  await page.waitForFunction(() => document.querySelector('civic-stats').chart.texts().includes('18\u00a0204'));
  await context.setOffline(false);
  // The site's other pages on the same origin are neither stored nor answered by the worker.
  const other = await context.newPage();
  await other.goto(`${env.base}fixtures/two.html`);
  await loaded(other);
  const stored = await other.evaluate(async () => {
    const keys = await (await caches.open('civic-stats-v5')).keys();
    return keys.map((r) => new URL(r.url).pathname);
  });
  assert.ok(stored.includes('/data/zhetysu-2023.json'), JSON.stringify(stored));
  assert.ok(!stored.some((path) => path.startsWith('/fixtures/')), JSON.stringify(stored));
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('the embed page works offline after one visit, and its worker keeps to the embed page', async () => {
  const url = `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=en`;
  const { page, context, problems } = await open(env.browser, url, { offline: true });
  await loaded(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.match(scope, /\/embed\.html$/);
  // One visit, as a teacher's the day before: the data came before the worker, which then
  // stores it (a class offline had seen "network error" unless the page had been opened twice).
  // (Polled with evaluate, which awaits the answer: waitForFunction took the promise of an
  // async check as true at once, and the test went offline with nothing stored.)
  const stored = () => page.evaluate(async () => {
    const data = await (await caches.open('civic-stats-v5')).match('/data/zhetysu-2023.json');
    return Boolean(data?.ok && (await data.text()).includes('"ngo": 377'));
  });
  for (let wait = 0; !(await stored()); wait += 100) {
    assert.ok(wait < 10_000, 'the data was not stored within 10 s');
    await page.waitForTimeout(100);
  }
  await context.setOffline(true);
  await page.reload();
  await loaded(page);
  const texts = await chart(page, 'texts');
  assert.ok(texts.includes('377'), JSON.stringify(texts));
  await context.setOffline(false);
  // A site hosting embed.html in its root: its other pages are not the worker's, nor stored.
  const other = await context.newPage();
  await other.goto(`${env.base}fixtures/two.html`);
  await loaded(other);
  const seen = await other.evaluate(async () => ({
    controlled: Boolean(navigator.serviceWorker.controller),
    stored: (await (await caches.open('civic-stats-v5')).keys()).map((r) => new URL(r.url).pathname),
  }));
  assert.equal(seen.controlled, false);
  // The minified element with its minified stylesheet, which it loaded.
  for (const file of ['/civic-stats.min.js', '/civic-stats.min.css']) {
    assert.ok(seen.stored.includes(file), `${file}: ${JSON.stringify(seen.stored)}`);
  }
  for (const page of ['/', '/index.html', '/demo.js']) assert.ok(!seen.stored.includes(page), page);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('an analyst opens their own CSV, drops a broken one, and goes back to a listed dataset', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}?lang=ru`);
  await loaded(page);
  const loadedOnce = () => nextLoad(page);

  // A Windows-1251, `;`-separated Excel export, picked in the file input.
  let done = loadedOnce();
  await page.setInputFiles('input[name="file"]', `${csv}good/windows-1251.csv`);
  assert.deepEqual(await done, { error: null });
  const texts = await chart(page, 'texts');
  for (const t of ['Акмолинская область', '415', 'Костанайская область']) {
    assert.ok(texts.includes(t), `${t}: ${JSON.stringify(texts)}`);
  }
  assert.equal(await page.$eval('select[name="dataset"]', (s) => s.selectedOptions[0].textContent), 'windows-1251.csv');
  // The controls follow the file: its regions are the ones to tick.
  const regions = await page.$$eval('fieldset[name="regions"] label', (ls) => ls.map((l) => l.textContent));
  assert.ok(regions.includes('Акмолинская область'), JSON.stringify(regions));
  // The embed code says where the file has to go, and has no iframe form (it could not work).
  const embed = await page.inputValue('#embed-code');
  assert.match(embed, /скопируйте civic-stats\.min\.js, civic-stats\.min\.css и папку pkg\/ .* Разместите файл windows-1251\.csv на сайте рядом с этой страницей -->/);
  assert.match(embed, /<script type="module" src="\/civic-stats\/civic-stats\.min\.js"><\/script>\n<civic-stats src="windows-1251\.csv"/);
  assert.ok(!embed.includes('<iframe'), embed);

  // A broken file dropped on the chart: its located message, in Russian, in the widget.
  const broken = readFileSync(`${csv}bad/unknown-region.csv`, 'utf8');
  done = loadedOnce();
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'unknown-region.csv', { type: 'text/csv' }));
    const widget = document.querySelector('civic-stats');
    for (const type of ['dragover', 'drop']) {
      widget.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, broken);
  assert.equal((await done).error,
    'строка 4, столбец «Region»: неизвестный регион «Жетсу» — может быть, «Жетісу облысы»?');
  assert.ok(await paintedPixels(page) > 500, 'the message is drawn');
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}demo-dropped-broken-ru.png` });

  // Back to the listed dataset, fetched once.
  const fetched = [];
  page.on('request', (r) => r.url().endsWith('zhetysu-2023.json') && fetched.push(r.url()));
  done = loadedOnce();
  await page.selectOption('select[name="dataset"]', 'data/zhetysu-2023.json');
  await done;
  assert.equal(fetched.length, 1, JSON.stringify(fetched));
  assert.ok((await chart(page, 'texts')).includes('377'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a JSON file is told from a CSV one by its first character when name and type say nothing', async () => {
  const { page, context } = await open(env.browser, `${env.base}?lang=en`);
  await loaded(page);
  const json = readFileSync(new URL('../../data/zhetysu-2023.json', import.meta.url), 'utf8');
  const error = await page.evaluate((text) => new Promise((ok) => {
    const widget = document.querySelector('civic-stats');
    widget.addEventListener('civic-stats:load', (e) => ok(e.detail.error), { once: true });
    widget.data = new Blob(['\ufeff  ', text]);
  }), json);
  assert.equal(error, null);
  assert.ok((await chart(page, 'texts')).includes('377'));
  await context.close();
});

test('a file that cannot be read says so, naming it, in the widget, with Retry', async () => {
  const { page, context } = await open(env.browser, `${env.base}?lang=en`);
  await loaded(page);
  await page.evaluate(() => {
    // What Chromium does when a picked file changed or vanished before it was read.
    const file = new File(['x'], 'regions.csv');
    file.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    document.querySelector('civic-stats').data = file;
  });
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  const error = await page.evaluate(() => document.querySelector('civic-stats').chart.error);
  assert.equal(error, 'the file could not be read: regions.csv');
  // Retry reads it again (the reader may have put the file back).
  assert.match(await page.locator('civic-stats .status').textContent(), /^the file could not be read: regions\.csv/);
  assert.ok(await page.locator('civic-stats .status button').isVisible());
  await context.close();
});

test('a highlight the reader clears on the chart leaves the form and the embed code too', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}?lang=en`);
  await loaded(page);
  await page.selectOption('select[name="selected"]', 'KZ-33');
  await page.waitForFunction(() => /selected="KZ-33"/.test(document.querySelector('#embed-code').value));
  await page.locator('civic-stats canvas').focus();
  await page.keyboard.press('Escape');
  // The form and the code an editor copies had kept the highlight the chart no longer shows.
  assert.equal(await page.inputValue('select[name="selected"]'), '');
  assert.doesNotMatch(await page.inputValue('#embed-code'), /selected=/);
  // Picked again, it is drawn again (the element's attribute had kept the old value, and
  // setting it to the same one did nothing).
  await page.selectOption('select[name="selected"]', 'KZ-33');
  assert.match(await chart(page, 'stateQuery'), /selected=KZ-33/);
  await page.waitForFunction(() => /selected="KZ-33"/.test(document.querySelector('#embed-code').value));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file without populations greys out rates per 10 000, and the chart keeps drawing', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}?lang=en`);
  await loaded(page);
  const loadedOnce = () => nextLoad(page);
  const rates = () => page.$eval('select[name="measure"] [value="per-10k"]', (o) => o.disabled);
  await page.selectOption('select[name="measure"]', 'per-10k');
  assert.match(await chart(page, 'stateQuery'), /measure=per-10k/);
  assert.equal(await rates(), false);

  // Offered for a file without them, the measure had replaced the chart with "no population".
  let done = loadedOnce();
  await page.setInputFiles('input[name="file"]', `${csv}good/windows-1251.csv`);
  await done;
  await page.waitForFunction(() => !document.querySelector('civic-stats').chart.error);
  assert.equal(await rates(), true);
  assert.equal(await page.inputValue('select[name="measure"]'), 'count');
  assert.doesNotMatch(await chart(page, 'stateQuery'), /measure=/);

  // Back to data with populations, the reader's choice comes back.
  done = loadedOnce();
  await page.selectOption('select[name="dataset"]', 'data/zhetysu-2023.json');
  await done;
  await page.waitForFunction(() => /measure=per-10k/.test(document.querySelector('civic-stats').chart.stateQuery()));
  assert.equal(await rates(), false);
  assert.deepEqual(problems, []);
  await context.close();
});
