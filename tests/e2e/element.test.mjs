// The <civic-stats> element as web admins embed it and analysts and teachers use it: hover,
// keyboard, selection events, attributes, several widgets, clean removal, exports, resizing
// and presenting. Every page is served with the strict CSP and must log no errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withBrowser, open, loaded, chart, paintedPixels, ARTIFACTS } from './browser.mjs';

const env = withBrowser();

const seedEmbed = (attrs = '') => `embed.html?src=data%2Fzhetysu-2023.json${attrs}`;

// Centre of value `index` in page coordinates.
async function targetCentre(page, index, selector = 'civic-stats') {
  return page.evaluate(([i, s]) => {
    const host = document.querySelector(s);
    const [x, y, w, h] = host.chart.targetBox(i);
    const r = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { x: r.left + x + Math.max(w, 2) / 2, y: r.top + y + h / 2 };
  }, [index, selector]);
}

// Just inside the start of drawn text `text` (a legend entry's label), in page coordinates.
async function textPoint(page, text) {
  return page.evaluate((t) => {
    const host = document.querySelector('civic-stats');
    const flat = host.chart.textBoxes();
    const i = flat.indexOf(t);
    const r = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { x: r.left + flat[i + 1] + 3, y: r.top + flat[i + 2] + flat[i + 4] / 2 };
  }, text);
}

test('hovering the 377 bar shows a tooltip with region, indicator and value', async () => {
  const { page, context, problems } = await open(env.browser, env.base + seedEmbed('&measure=per-10k&lang=ru'));
  await loaded(page);
  const { x, y } = await targetCentre(page, 0);
  await page.mouse.move(x, y);
  const tooltip = page.locator('civic-stats .tooltip');
  await tooltip.waitFor({ state: 'visible' });
  const text = await tooltip.textContent();
  assert.match(text, /область Жетісу · Неправительственные организации/);
  assert.match(text, /377 · 5,39 на 10\u00a0000 жителей/);
  // Inside the widget.
  const box = await tooltip.boundingBox();
  const host = await page.locator('civic-stats').boundingBox();
  assert.ok(box.x >= host.x && box.x + box.width <= host.x + host.width + 1, JSON.stringify({ box, host }));
  await page.mouse.move(2, 2);
  await tooltip.waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone, and in a site\'s narrow sidebar, the toolbar is one row, in every language', async () => {
  for (let [lang, width] of [['kk', 320], ['ru', 320], ['en', 320], ['kk', 361], ['kk', 375], ['ru', 375], ['kk', 1440]]) {
    // At 1 440 px the widget is in a 336 px sidebar: the widget's width decides, not the screen's.
    const url = width > 1000 ? `${env.base}fixtures/sidebar.html` : env.base + seedEmbed(`&lang=${lang}`);
    const { page, context } = await open(env.browser, url, { width, height: 700, scale: 2 });
    await loaded(page);
    if (width > 1000) width = await page.$eval('aside', (a) => a.getBoundingClientRect().right);
    const tops = await page.evaluate(() => [...document.querySelector('civic-stats').shadowRoot
      .querySelectorAll('.toolbar > button, .toolbar > .export > button')].map((b) => Math.round(b.getBoundingClientRect().top)));
    assert.equal(tops.length, 4, lang);
    assert.ok(Math.max(...tops) - Math.min(...tops) <= 4, `${lang} ${width}: ${tops}`);
    // Too narrow for four names a phone can read (they had been 10 px): each tool is its
    // picture, a finger's target, named for screen readers as before.
    const tools = await page.evaluate(() => [...document.querySelector('civic-stats').shadowRoot
      .querySelectorAll('.toolbar .tool')].map((b) => ({
      height: b.getBoundingClientRect().height, picture: getComputedStyle(b.querySelector('svg')).display,
    })));
    if (width <= 370) {
      assert.ok(tools.every((t) => t.height >= 40 && t.picture === 'block'), `${lang} ${width}: ${JSON.stringify(tools)}`);
      const name = { kk: 'Кесте', ru: 'Таблица', en: 'Table' }[lang];
      assert.ok(await page.locator('civic-stats').getByRole('button', { name, exact: true }).isVisible(), name);
    }
    const right = await page.evaluate(() => Math.max(...[...document.querySelector('civic-stats').shadowRoot
      .querySelectorAll('.toolbar button')].map((b) => b.getBoundingClientRect().right)));
    assert.ok(right <= width - 2, `${lang} ${width}: the last tool touches the edge (${right})`);
    // The Download list opens inside the widget (a phone's had its first letters off screen).
    await page.locator('civic-stats .export > button').click();
    const [menu, host] = await Promise.all([page.locator('civic-stats .menu').boundingBox(),
      page.locator('civic-stats').boundingBox()]);
    assert.ok(menu.x >= host.x && menu.x + menu.width <= host.x + host.width, `${lang} ${width}: ${JSON.stringify({ menu, host })}`);
    await context.close();
  }
});

test('a dark chart\'s tooltip stands apart from it, and its embed page is dark below it', async () => {
  const { page, context, problems } = await open(env.browser, env.base + seedEmbed('&lang=en&theme=dark'), { width: 800, height: 1400 });
  await loaded(page);
  const { x, y } = await targetCentre(page, 0);
  await page.mouse.move(x, y);
  const tooltip = page.locator('civic-stats .tooltip');
  await tooltip.waitFor({ state: 'visible' });
  const colours = await page.evaluate(() => {
    const host = document.querySelector('civic-stats');
    const tip = getComputedStyle(host.shadowRoot.querySelector('.tooltip'));
    return {
      chart: getComputedStyle(host).backgroundColor, page: getComputedStyle(document.documentElement).backgroundColor,
      tip: tip.backgroundColor, border: tip.borderTopStyle === 'none' ? null : tip.borderTopColor,
    };
  });
  // The frame is taller than the chart: below it, the page is the chart's colour, not white.
  assert.equal(colours.page, colours.chart);
  assert.ok((await page.locator('civic-stats').boundingBox()).height < 1000);
  // As dark as the chart (#1a1a1a on #1b1d21), the tooltip read as a hole in the bars.
  const light = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b);
  assert.ok(light(colours.tip) - light(colours.chart) > 40, JSON.stringify(colours));
  assert.ok(colours.border && light(colours.border) - light(colours.chart) > 200, JSON.stringify(colours));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a grouped chart\'s tooltip keeps off every figure written beside the bars', async () => {
  const src = encodeURIComponent('data/examples/illustrative-regions.json');
  for (const [width, index] of [[800, 1], [800, 2], [800, 5], [412, 1], [412, 6]]) {
    const { page, context, problems } = await open(env.browser,
      `${env.base}embed.html?src=${src}&lang=en&chart=grouped&regions=KZ-10,KZ-11,KZ-15`, { width, height: 900 });
    await loaded(page);
    const { x, y } = await targetCentre(page, index);
    await page.mouse.move(x, y);
    const tooltip = page.locator('civic-stats .tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const tip = await tooltip.boundingBox();
    // Every figure's box on the page ("394" above the "40" had been hidden under its tooltip).
    const figures = await page.evaluate(() => {
      const host = document.querySelector('civic-stats');
      const r = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
      return Array.from({ length: host.chart.targetCount }, (_, i) => host.chart.targetBox(i).slice(4))
        .filter((b) => b.length).map(([bx, by, bw, bh], i) => ({ i, x: r.left + bx, y: r.top + by, w: bw, h: bh }));
    });
    assert.ok(figures.length > 8);
    // Grazing a figure's line box (above its digits' tops, below their baseline) is no harm:
    // two pixels into it at most, or a tenth of it.
    const across = (a, size, b, length) => Math.max(0, Math.min(a + size, b + length) - Math.max(a, b));
    const under = figures.filter((f) => {
      const [w, h] = [across(tip.x, tip.width, f.x, f.w), across(tip.y, tip.height, f.y, f.h)];
      return Math.min(w, h) > 2 && w * h > f.w * f.h / 10;
    });
    assert.deepEqual(under, [], `${width} px, value ${index}: ${JSON.stringify(tip)}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('on a phone the tooltip never covers the bar it describes', async () => {
  const { page, context } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&lang=kk`, { width: 375, height: 2000, scale: 2 });
  await loaded(page);
  const tooltip = page.locator('civic-stats .tooltip');
  for (const index of [0, 5, 12, 19]) {
    const { x, y } = await targetCentre(page, index);
    await page.mouse.move(x, y);
    await tooltip.waitFor({ state: 'visible' });
    const [tip, mark] = await page.evaluate((i) => {
      const host = document.querySelector('civic-stats');
      const [mx, my, mw, mh] = host.chart.targetBox(i);
      const r = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
      const t = host.shadowRoot.querySelector('.tooltip').getBoundingClientRect();
      return [[t.left, t.top, t.width, t.height], [r.left + mx, r.top + my, mw, mh]];
    }, index);
    const apart = tip[0] >= mark[0] + mark[2] || tip[0] + tip[2] <= mark[0]
      || tip[1] >= mark[1] + mark[3] || tip[1] + tip[3] <= mark[1];
    assert.ok(apart, `bar ${index}: tooltip ${tip} over mark ${mark}`);
    await page.mouse.move(1, 1);
    await tooltip.waitFor({ state: 'hidden' });
  }
  await context.close();
});

test('arrow keys move the focus ring, Enter selects and fires civic-stats:select, Escape clears and says so', async () => {
  const { page, context, problems } = await open(env.browser, env.base + seedEmbed());
  await loaded(page);
  await page.evaluate(() => {
    window.selections = [];
    window.bound = [];
    const host = document.querySelector('civic-stats');
    host.addEventListener('civic-stats:select', (e) => window.selections.push(e.detail));
    // The name Angular's templates can bind, `(civic-stats-select)`.
    host.addEventListener('civic-stats-select', (e) => window.bound.push(e.detail));
  });
  await page.locator('civic-stats canvas').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.focus), 0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.focus), 0);
  assert.match(await page.locator('civic-stats [aria-live]').textContent(), /Үкіметтік емес ұйымдар.*377\. 1 \/ 4$/);
  assert.match(await page.locator('civic-stats .tooltip').textContent(), /377/);
  await page.keyboard.press('Enter');
  assert.match(await page.locator('civic-stats [aria-live]').textContent(), /^Таңдалды: .*377/);
  const selections = await page.evaluate(() => window.selections);
  assert.deepEqual(selections, [{ region: 'KZ-33', indicator: 'ngo', value: 377, measured: 377, year: 2023 }]);
  assert.match(await chart(page, 'stateQuery'), /selected=KZ-33/);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.focus), undefined);
  // Said, as the highlight goes (it went silently); a second Escape has nothing to clear.
  assert.equal(await page.locator('civic-stats [aria-live]').textContent(), 'Таңдау алынып тасталды');
  assert.doesNotMatch(await chart(page, 'stateQuery'), /selected=/);
  // The page hears of it too (an editor's form had kept the highlight the reader took away).
  assert.deepEqual((await page.evaluate(() => window.selections)).slice(1), [null]);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('civic-stats [aria-live]').textContent(), '');
  assert.equal((await page.evaluate(() => window.selections)).length, 2);
  assert.deepEqual(await page.evaluate(() => window.bound), await page.evaluate(() => window.selections));
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}element-focus.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the keyboard\'s tooltip stays on screen, and the bar it names scrolls into view', async () => {
  for (const query of ['indicators=ngo', 'chart=grouped']) {
    const { page, context, problems } = await open(env.browser,
      `${env.base}embed.html?src=data/examples/illustrative-regions.json&lang=kk&${query}`,
      { width: 390, height: 844, scale: 2 });
    await loaded(page);
    // Below the fold, as on a page with text above the chart: focusing scrolls it up.
    await page.evaluate(() => {
      const intro = document.createElement('div');
      intro.style.height = '1500px';
      document.body.prepend(intro);
    });
    await page.locator('civic-stats canvas').focus();
    const onScreen = () => page.evaluate(() => {
      const host = document.querySelector('civic-stats');
      const tip = host.shadowRoot.querySelector('.tooltip').getBoundingClientRect();
      const canvas = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
      const [, y, , h] = host.chart.targetBox(host.chart.focus);
      const mark = [canvas.top + y, canvas.top + y + h];
      return { tip: [tip.top, tip.bottom], mark, view: innerHeight };
    });
    for (const key of ['ArrowDown', 'End', 'Home', 'End', 'ArrowUp']) {
      await page.keyboard.press(key);
      const { tip, mark, view } = await onScreen();
      assert.ok(tip[0] >= 0 && tip[1] <= view, `${query} ${key}: tooltip at ${tip} in a ${view} px screen`);
      assert.ok(mark[0] >= -1 && mark[1] <= view + 1, `${query} ${key}: bar at ${mark} in a ${view} px screen`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('in a trend, up and down move from line to line at the same year', async () => {
  const { page, context } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&chart=trend&regions=KZ-33,KZ-10&lang=en`);
  await loaded(page);
  await page.locator('civic-stats canvas').focus();
  const focused = () => page.evaluate(() => {
    const c = document.querySelector('civic-stats').chart;
    const { region, year } = c.selection(c.focus);
    return `${region} ${year}`;
  });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'KZ-33 2022');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'KZ-10 2022');
  assert.match(await page.locator('civic-stats [aria-live]').textContent(), /Abai Region · 2022/);
  await context.close();
});

test('changing the lang attribute re-renders in Russian; a wrong value is shown, not ignored', async () => {
  const { page, context, problems } = await open(env.browser, env.base + seedEmbed());
  await loaded(page);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('lang', 'ru'));
  assert.ok((await chart(page, 'texts')).includes('Неправительственные организации'));
  assert.equal(await page.locator('civic-stats .toolbar button').first().textContent(), 'Таблица');
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('chart', 'pies'));
  const error = await page.evaluate(() => document.querySelector('civic-stats').chart.error);
  assert.match(error, /неизвестное значение «pies» для «chart»/);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('chart', 'donut'));
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.error), undefined);
  assert.ok((await chart(page, 'texts')).includes('470'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('several widgets work independently; inline JSON is text, never HTML; removal frees everything', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/two.html`);
  await loaded(page, '#a');
  await loaded(page, '#b');
  const texts = (id) => page.evaluate((s) => document.querySelector(s).chart.texts(), id);
  assert.ok((await texts('#a')).includes('Үкіметтік емес ұйымдар'));
  const b = await texts('#b');
  assert.ok(b.some((t) => t.includes('<img src=x onerror=alert(1)>')), JSON.stringify(b));
  // The table view and tooltip carry the label as text.
  await page.locator('#b .toolbar button').first().click();
  assert.equal(await page.locator('#b table img').count(), 0);
  assert.match(await page.locator('#b table').textContent(), /<img src=x onerror=alert\(1\)>/);
  // The third widget's bad attribute is visible in its own canvas only.
  await page.waitForFunction(() => document.querySelector('#c').chart?.error);
  assert.match(await page.evaluate(() => document.querySelector('#c').chart.error), /unknown value 'pies' for 'chart'/);
  assert.equal(await page.evaluate(() => document.querySelector('#a').chart.error), undefined);

  const cdp = await context.newCDPSession(page);
  const listenersOf = async (selector) => {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('${selector}').shadowRoot.querySelector('canvas')`,
    });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.length;
  };
  assert.ok(await listenersOf('#a') >= 4, 'hover, click, keys, blur');
  assert.equal(await page.evaluate(() => customElements.get('civic-stats').liveCharts), 3);
  await page.evaluate(() => { window.kept = document.querySelector('#a'); window.kept.remove(); });
  assert.equal(await page.evaluate(() => customElements.get('civic-stats').liveCharts), 2);
  const { result } = await cdp.send('Runtime.evaluate', { expression: "window.kept.shadowRoot.querySelector('canvas')" });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  assert.equal(listeners.length, 0, 'no listeners left on a removed widget');
  // Putting it back brings it to life again.
  await page.evaluate(() => document.body.append(window.kept));
  await loaded(page, '#a');
  assert.equal(await page.evaluate(() => customElements.get('civic-stats').liveCharts), 3);
  assert.deepEqual(problems, []);
  await context.close();
});

test('PNG, SVG and CSV exports download non-empty files; the SVG has the labels', async () => {
  const { page, context, problems } = await open(env.browser, env.base + seedEmbed());
  await loaded(page);
  const files = {};
  for (const format of ['png', 'svg', 'csv']) {
    await page.locator('civic-stats .export > button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`civic-stats [data-format="${format}"]`).click(),
    ]);
    const path = `${ARTIFACTS}export.${format}`;
    await download.saveAs(path);
    files[format] = { name: download.suggestedFilename(), body: await readFile(path) };
  }
  assert.equal(files.png.name, 'zhetysu-2023-bar-kk.png');
  assert.ok(files.png.body.length > 10_000);
  assert.deepEqual([...files.png.body.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  const svg = files.svg.body.toString();
  for (const t of ['Үкіметтік емес ұйымдар', '377', 'Дереккөз']) assert.ok(svg.includes(t), t);
  const csv = files.csv.body.toString();
  assert.match(csv, /^\ufeffКөрсеткіш;Жетісу облысы\r\nҮкіметтік емес ұйымдар;377\r\n/);
  assert.match(csv, /Саяси партиялардың облыстық филиалдары;7\r\n/);
  // Another measure or year is another file name.
  await page.evaluate(() => {
    const widget = document.querySelector('civic-stats');
    widget.setAttribute('measure', 'per-10k');
    widget.setAttribute('year', '2023');
  });
  await page.locator('civic-stats .export > button').click();
  const [rates] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('civic-stats [data-format="csv"]').click(),
  ]);
  // The year is the file's own here; elsewhere the name says the year drawn, chosen or not.
  assert.equal(rates.suggestedFilename(), 'zhetysu-2023-bar-per-10k-kk.csv');
  const named = async (attrs) => {
    await page.evaluate((a) => {
      const widget = document.querySelector('civic-stats');
      for (const [k, v] of Object.entries(a)) {
        if (v === null) widget.removeAttribute(k);
        else widget.setAttribute(k, v);
      }
    }, attrs);
    await loaded(page);
    await page.locator('civic-stats .export > button').click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('civic-stats [data-format="csv"]').click(),
    ]);
    return file.suggestedFilename();
  };
  const src = 'data/examples/illustrative-regions.json';
  assert.equal(await named({ src, measure: null, year: null, chart: 'pie' }), 'illustrative-regions-pie-2023-kk.csv');
  assert.equal(await named({ chart: 'trend' }), 'illustrative-regions-trend-2021-2023-kk.csv');
  assert.equal(await named({ chart: 'bar', year: '2022' }), 'illustrative-regions-bar-2022-kk.csv');
  // A preliminary 2024 of one region leaves the chart at 2023, and the name says 2023 too.
  const file = JSON.parse(await readFile(new URL(`../../data/${src.slice(5)}`, import.meta.url), 'utf8'));
  file.regions[0].values['2024'] = { ngo: 1 };
  await page.route('**/preliminary.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  assert.equal(await named({ src: 'preliminary.json', year: null }), 'preliminary-bar-2023-kk.csv');
  // Named as the reader knows the file, not percent-encoded, and without the control that
  // turns a name around (U+202E had made "…gnp.exe" read as "…exe.png").
  await page.route('**/*.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  assert.equal(await named({ src: `${encodeURIComponent('Жетісу НҰО')}.json` }), 'Жетісу НҰО-bar-2023-kk.csv');
  assert.equal(await named({ src: '%E2%80%AEgnp.exe.json' }), 'gnp.exe-bar-2023-kk.csv');
  assert.deepEqual(problems, []);
  await context.close();
});

test('resizing from 1200 to 320 px keeps every label apart and inside', async () => {
  const { page, context, problems } = await open(env.browser, env.base + seedEmbed('&lang=ru'), { width: 1200 });
  await loaded(page);
  for (const width of [1200, 800, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction((w) => {
      const c = document.querySelector('civic-stats').shadowRoot.querySelector('canvas');
      return Math.abs(c.clientWidth - w) < 40 && c.width > 0;
    }, width);
    await page.waitForTimeout(100);
    const flat = await chart(page, 'textBoxes');
    const boxes = [];
    for (let i = 0; i < flat.length; i += 5) boxes.push({ t: flat[i], x: flat[i + 1], y: flat[i + 2], w: flat[i + 3], h: flat[i + 4] });
    const cssWidth = await page.$eval('civic-stats', (h) => h.shadowRoot.querySelector('canvas').clientWidth);
    for (const a of boxes) {
      assert.ok(a.x >= -0.5 && a.x + a.w <= cssWidth + 0.5, `${width}: '${a.t}' leaves the chart`);
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        assert.ok(!overlap, `${width}: '${a.t}' overlaps '${b.t}'`);
      }
    }
    for (const scale of [1, 2]) {
      if (scale === 2 && width !== 800) continue;
    }
    await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}element-ru-${width}.png` });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('presenting on a phone: taps on its buttons step through the chart', async () => {
  const url = 'embed.html?src=data%2Fexamples%2Fillustrative-regions.json&chart=trend&lang=en';
  const { page, context, problems } = await open(env.browser, env.base + url, { width: 360, height: 740, scale: 3, touch: true });
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Step through' }).tap();
  const revealed = () => page.evaluate(() => document.querySelector('civic-stats').chart.revealed);
  const hint = page.locator('civic-stats .hint p');
  const [back, next] = ['Back', 'Next'].map((name) => page.locator('civic-stats .hint').getByRole('button', { name }));
  assert.equal(await revealed(), 0);
  // Its count alone: a touch screen has no arrow keys or space bar to name (the keys took
  // five lines of a phone's large type).
  assert.match(await hint.textContent(), /^0 \/ \d+$/);
  assert.equal(await back.getAttribute('aria-disabled'), 'true', 'nothing to go back to');
  await next.tap();
  await next.tap();
  const two = await revealed();
  assert.ok(two > 0, 'lines appear');
  assert.match(await hint.textContent(), /^2 \/ \d+( · |$)/);
  assert.equal(await back.getAttribute('aria-disabled'), 'false');
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}element-presenting-phone.png` });
  await back.tap();
  assert.match(await hint.textContent(), /^1 \/ \d+( · |$)/);
  assert.ok(await revealed() < two);
  // Tapped, the chart keeps the keys, for a clicker or a keyboard plugged in.
  await page.keyboard.press('ArrowRight');
  assert.match(await hint.textContent(), /^2 \/ \d+( · |$)/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('presenting a dense chart on a phone, upright or sideways, it keeps its height and fits the screen', async () => {
  // A phone review: the words of what came in took one to four lines between the buttons,
  // and the chart, fitted to what the hint left of the screen, changed height at every step;
  // "Next" ran off the screen's edge. Sideways, the large type's title, legend and footer
  // pushed the plot and the buttons below the screen.
  for (const [width, height, chart] of [[360, 740, 'bar'], [560, 900, 'grouped'], [800, 360, 'grouped']]) {
    const url = `embed.html?src=data%2Fexamples%2Fillustrative-regions.json&lang=ru&chart=${chart}`;
    const { page, context, problems } = await open(env.browser, env.base + url, { width, height, scale: 3, touch: true });
    await loaded(page);
    await page.locator('civic-stats .toolbar button', { hasText: 'Показ' }).tap();
    const next = page.locator('civic-stats .hint').getByRole('button', { name: 'Дальше' });
    const heights = new Set();
    for (let i = 0; i < 6; i++) {
      heights.add(await page.$eval('civic-stats', (h) => h.shadowRoot.querySelector('canvas').clientHeight));
      await next.tap();
    }
    assert.match(await page.locator('civic-stats .hint p').textContent(), /^6 \/ \d+ · .+ · \d/);
    assert.equal(heights.size, 1, `${width} × ${height}: canvas heights ${[...heights]}`);
    // The chart whole on the screen with its buttons (a tap scrolls them into view).
    const top = await page.$eval('civic-stats', (h) => h.shadowRoot.querySelector('canvas').getBoundingClientRect().top);
    assert.ok(top >= 0, `${width} × ${height}: the chart's top at ${top}`);
    for (const button of await page.locator('civic-stats .hint button').all()) {
      const box = await button.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= width && box.y + box.height <= height && box.height >= 44,
        `${width} × ${height}: ${JSON.stringify(box)}`);
    }
    await page.screenshot({ path: `${ARTIFACTS}element-presenting-phone-${width}.png` });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('screenshots at 320, 800 and 1600 px and DPR 2', async () => {
  for (const [width, scale] of [[320, 2], [800, 2], [1600, 1], [800, 3]]) {
    const { page, context, problems } = await open(env.browser, env.base + seedEmbed(), { width, scale });
    await loaded(page);
    const size = await page.$eval('civic-stats', (h) => {
      const c = h.shadowRoot.querySelector('canvas');
      return { w: c.width, css: c.clientWidth };
    });
    assert.equal(size.w, Math.round(size.css * scale));
    assert.ok(await paintedPixels(page) > 2000);
    await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}element-kk-${width}-dpr${scale}.png` });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('presenting: the last step is told again, and Escape on its buttons ends it and says so', async () => {
  const { page, context, problems } = await open(env.browser, env.base + seedEmbed('&lang=en'));
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Step through' }).click();
  const live = page.locator('civic-stats [aria-live]');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const last = await live.textContent();
  assert.match(last, /7\. 4 \/ 4$/);
  // → with no step left: the same words, changed enough to be read out again.
  await page.keyboard.press('ArrowRight');
  const again = await live.textContent();
  assert.notEqual(again, last);
  assert.equal(again.trim(), last);
  // Escape from the Back button, where it had done nothing.
  await page.locator('civic-stats .hint').getByRole('button', { name: 'Back' }).focus();
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.revealed), undefined);
  assert.equal(await live.textContent(), 'Step-through ended');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').shadowRoot.activeElement?.tagName), 'CANVAS');
  // In another language, the English announcement is gone, not left to be read in a Russian voice.
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('lang', 'ru'));
  assert.equal(await live.textContent(), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tooltip shown by the pointer is dismissed by Escape, with the focus elsewhere', async () => {
  const { page, context } = await open(env.browser, env.base + seedEmbed('&lang=en'));
  await loaded(page);
  const { x, y } = await targetCentre(page, 0);
  await page.mouse.move(x, y);
  const tooltip = page.locator('civic-stats .tooltip');
  assert.equal(await tooltip.isVisible(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'BODY');
  await page.keyboard.press('Escape');
  assert.equal(await tooltip.isVisible(), false);
  await context.close();
});

test('presenting: step-by-step reveal with arrow keys and a clicker', async () => {
  const { page, context, problems } = await open(env.browser, env.base + seedEmbed());
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Қадамдап көрсету' }).click();
  const revealed = () => page.evaluate(() => document.querySelector('civic-stats').chart.revealed);
  assert.equal(await revealed(), 0);
  const bars = await paintedPixels(page);
  await page.keyboard.press('ArrowRight');
  assert.equal(await revealed(), 1);
  await page.keyboard.press('PageDown');
  await page.keyboard.press(' ');
  assert.equal(await revealed(), 3);
  assert.ok(await paintedPixels(page) > bars, 'more is drawn as bars appear');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await revealed(), 2);
  // A clicker's keys step the chart with the focus on a tool too (a tap on Table leaves it
  // there), and the tool keeps the focus.
  await page.locator('civic-stats .toolbar button', { hasText: 'Кесте' }).focus();
  await page.keyboard.press('PageDown');
  assert.equal(await revealed(), 3);
  await page.keyboard.press('PageUp');
  assert.equal(await revealed(), 2);
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').shadowRoot.activeElement?.textContent), 'Кесте');
  // And with the focus on the page around it (a language link clicked mid-lesson had left the
  // clicker scrolling the page), though not in a field, whose keys are its own.
  await page.evaluate(() => {
    document.body.append(Object.assign(document.createElement('button'), { textContent: 'Орысша' }));
    document.body.append(document.createElement('textarea'));
  });
  await page.locator('body > button').focus();
  await page.keyboard.press('PageDown');
  assert.equal(await revealed(), 3);
  await page.keyboard.press('PageUp');
  assert.equal(await revealed(), 2);
  await page.keyboard.press('Shift+PageDown');
  assert.equal(await revealed(), 2, 'a modified key is not the clicker\'s');
  await page.locator('body > textarea').focus();
  await page.keyboard.press('PageDown');
  assert.equal(await revealed(), 2);
  // A field inside another component's shadow root is a field too.
  await page.evaluate(() => {
    const host = document.body.appendChild(document.createElement('div'));
    host.attachShadow({ mode: 'open' }).append(document.createElement('textarea'));
    host.shadowRoot.querySelector('textarea').focus();
  });
  await page.keyboard.press('PageDown');
  assert.equal(await revealed(), 2);
  await page.locator('civic-stats canvas').focus();
  // The pointer finds the bars shown, and gives nothing away about the others.
  const tooltip = page.locator('civic-stats .tooltip');
  for (const [bar, shown] of [[1, true], [2, false]]) {
    const { x, y } = await targetCentre(page, bar);
    await page.mouse.move(x, y);
    assert.equal(await tooltip.isVisible(), shown, `bar ${bar}`);
  }
  assert.match(await page.locator('civic-stats [aria-live]').textContent(), /Этномәдени орталықтар\. 30\. 2 \/ 4$/);
  // The keys are named at the start alone: on every step they took a second line.
  assert.equal(await page.locator('civic-stats .hint p').textContent(), '2 / 4');
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}element-presenting.png` });
  // Another kind while presenting starts its steps again.
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('chart', 'pie'));
  assert.equal(await revealed(), 0);
  assert.match(await page.locator('civic-stats .hint p').textContent(), /^0 \/ 4 · /);
  // Escape leaves presenting, and says so: every bar is back.
  await page.keyboard.press('Escape');
  assert.equal(await revealed(), undefined);
  assert.equal(await page.locator('civic-stats [aria-live]').textContent(), 'Қадамдап көрсету аяқталды');
  assert.equal(await page.locator('civic-stats .hint').isHidden(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two charts presented on one page: a clicker from the page steps the one presented last', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/two.html`, { height: 1600 });
  await loaded(page, '#a');
  await loaded(page, '#b');
  for (const id of ['#a', '#b']) await page.locator(`${id} .toolbar button`, { hasText: /Қадамдап|Показ/ }).click();
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { textContent: 'x' })));
  await page.locator('body > button').focus();
  await page.keyboard.press('PageDown');
  // The first had stepped, perhaps out of sight, and the one the class sees had not.
  const revealed = await page.evaluate(() => ['a', 'b'].map((id) => document.getElementById(id).chart.revealed));
  assert.deepEqual(revealed, [0, 1]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('presenting, attributes set again or a new measure keep the step reached', async () => {
  const { page, context, problems } = await open(env.browser, env.base + seedEmbed('&chart=bar'));
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Қадамдап көрсету' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const revealed = () => page.evaluate(() => document.querySelector('civic-stats').chart.revealed);
  assert.equal(await revealed(), 2);
  // A page's controls setting every attribute again, the kind unchanged among them.
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('chart', 'bar'));
  assert.equal(await revealed(), 2);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('measure', 'per-10k'));
  assert.equal(await revealed(), 2);
  assert.equal(await page.locator('civic-stats .hint p').textContent(), '2 / 4');
  assert.deepEqual(problems, []);
  await context.close();
});

test('presenting a trend of several regions reveals a line at a time', async () => {
  const { page, context } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&chart=trend&regions=KZ-33,KZ-10,KZ-71&lang=en`);
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Step through' }).click();
  const revealed = () => page.evaluate(() => document.querySelector('civic-stats').chart.revealed);
  await page.keyboard.press('ArrowRight');
  assert.equal(await revealed(), 3);
  assert.match(await page.locator('civic-stats .hint p').textContent(), /^1 \/ 3 · /);
  assert.match(await page.locator('civic-stats [aria-live]').textContent(), /Zhetysu Region · 2023.*1 \/ 3$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await revealed(), 3);
  await context.close();
});

test('presenting twenty regions\' trend, the line that came in last is named, the others grey', async () => {
  const { page, context, problems } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&chart=trend&lang=en`, { width: 1280, height: 720 });
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Step through' }).click();
  const texts = () => page.evaluate(() => document.querySelector('civic-stats').chart.texts());
  // The end name's change is a line of its own: Abai +20, Akmola +53, Aktobe +97 NGOs.
  const named = async () => {
    const drawn = await texts();
    return ['(+20, +5.3%)', '(+53, +5.6%)', '(+97, +6.8%)'].filter((t) => drawn.includes(t));
  };
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
  assert.deepEqual(await named(), ['(+97, +6.8%)']);
  assert.ok((await texts()).includes('Aktobe Region'));
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}element-presenting-trend.png` });
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await named(), ['(+53, +5.6%)']);
  // A download mid-lesson is what the class sees: the two lines shown, not all twenty with
  // the second singled out.
  const svg = await page.evaluate(() => document.querySelector('civic-stats').chart.toSvg());
  assert.match(svg, />\s*\(\+53, \+5\.6%\)\s*</);
  assert.doesNotMatch(svg, />\s*Aktobe Region/);
  // Switching a line off keeps the step reached, and the steps are counted again.
  for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight');
  assert.match(await page.locator('civic-stats .hint p').textContent(), /^8 \/ 20\b/);
  await page.locator('civic-stats .toggles button').first().evaluate((b) => b.click());
  assert.match(await page.locator('civic-stats .hint p').textContent(), /^8 \/ 19\b/);
  assert.equal(await page.evaluate(() => {
    const c = document.querySelector('civic-stats').chart;
    return c.revealed === c.revealStops()[8];
  }), true);
  await page.locator('civic-stats canvas').focus();
  // Leaving, every line has its colour again and none is singled out.
  await page.keyboard.press('Escape');
  assert.deepEqual(await named(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a message while presenting ends presenting, with its button and hint', async () => {
  const { page, context } = await open(env.browser, env.base + seedEmbed('&lang=en'));
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Step through' }).click();
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('chart', 'nonsense'));
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').presenting), false);
  assert.equal(await page.locator('civic-stats .hint').isHidden(), true);
  // Screen readers hear the message as well as the end (the end's words had replaced it).
  assert.match(await page.locator('civic-stats [aria-live]').textContent(), /^Step-through ended\. .*nonsense/);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('chart', 'bar'));
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.revealed), undefined);
  await context.close();
});

test('the page\'s own switches of language and colour scheme are followed', async () => {
  const { page, context } = await open(env.browser, `${env.base}fixtures/scheme.html`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await loaded(page);
  assert.match(await chart(page, 'stateQuery'), /theme=dark/);
  await page.evaluate(() => {
    document.documentElement.lang = 'en';
    document.documentElement.classList.add('light');
  });
  await page.waitForFunction(() => document.querySelector('civic-stats').chart.texts().includes('Non-governmental organisations'));
  await page.waitForFunction(() => !/theme=/.test(document.querySelector('civic-stats').chart.stateQuery()));
  assert.equal(await page.locator('civic-stats .toolbar button').first().textContent(), 'Table');
  await context.close();
});

test('in a row of items sized by their content the widget keeps its width', async () => {
  const { page, context } = await open(env.browser, `${env.base}fixtures/flex.html`);
  await loaded(page);
  const width = await page.$eval('civic-stats', (e) => e.getBoundingClientRect().width);
  assert.ok(width >= 250, `${width} px`);
  await context.close();
});

test('the fullscreen button hands the keyboard to the chart, so a clicker\'s keys reach it', async () => {
  const { page, context, problems } = await open(env.browser, env.base + seedEmbed('&lang=en'));
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Fullscreen' }).click();
  await page.waitForFunction(() => document.fullscreenElement?.tagName === 'CIVIC-STATS');
  // Focus moves on the fullscreenchange event, which follows.
  await page.waitForFunction(() => document.querySelector('civic-stats').shadowRoot.activeElement?.tagName === 'CANVAS');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.focus), 0);
  // A clicker's Next starts the step-through (it did nothing until Step through was pressed),
  // then steps it; from a tool too.
  const revealed = () => page.evaluate(() => document.querySelector('civic-stats').chart.revealed);
  const present = page.locator('civic-stats .toolbar button', { hasText: 'Step through' });
  await page.keyboard.press('PageDown');
  assert.equal(await revealed(), 0);
  assert.equal(await present.getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('PageDown');
  assert.equal(await revealed(), 1);
  await present.click();
  assert.equal(await revealed(), undefined);
  await present.focus();
  await page.keyboard.press('PageDown');
  assert.equal(await revealed(), 0);
  await present.click();
  // In the table it scrolls the table, where a reader's place is kept: it starts nothing.
  const table = page.locator('civic-stats .toolbar button', { hasText: 'Table' });
  await table.click();
  await page.locator('civic-stats .sort').first().focus();
  await page.keyboard.press('PageDown');
  assert.equal(await revealed(), undefined);
  await table.click();
  await page.locator('civic-stats canvas').focus();
  // The F key on a Russian or Kazakh layout types "а": it works there too.
  await page.evaluate(() => document.querySelector('civic-stats').shadowRoot.querySelector('canvas')
    .dispatchEvent(new KeyboardEvent('keydown', { key: 'а', code: 'KeyF', bubbles: true })));
  await page.waitForFunction(() => !document.fullscreenElement);
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').scrollTop), 0);
  await page.locator('civic-stats canvas').focus();
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement?.tagName === 'CIVIC-STATS');
  // Ctrl+F is the browser's find, not this key.
  await page.keyboard.press('Control+f');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.evaluate(() => document.fullscreenElement));
  await page.keyboard.press('f');
  await page.waitForFunction(() => !document.fullscreenElement);
  assert.deepEqual(problems, []);
  await context.close();
});

test('presenting, a long chart fits the screen, and takes its own height and place again after', async () => {
  const { page, context, problems } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&lang=en`, { width: 1280, height: 800 });
  await loaded(page);
  // Read halfway down the page, below some text above the chart.
  await page.evaluate(() => {
    const intro = document.createElement('div');
    intro.style.height = '600px';
    document.body.prepend(intro);
    scrollTo(0, 500);
  });
  const bottom = () => page.evaluate(() =>
    document.querySelector('civic-stats').shadowRoot.querySelector('canvas').getBoundingClientRect().bottom + scrollY);
  const own = await bottom();
  assert.ok(own > 600 + 800, `the 20 regions in large type are taller than the screen: ${own}`);
  const present = page.locator('civic-stats .toolbar button', { hasText: 'Step through' });
  await present.click();
  await page.waitForFunction(() =>
    document.querySelector('civic-stats').shadowRoot.querySelector('canvas').getBoundingClientRect().bottom <= innerHeight);
  // The step count grows with the type: 1280 / 40 px, at most 32, not the page's 16.
  const hint = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.querySelector('civic-stats').shadowRoot.querySelector('.hint')).fontSize));
  assert.equal(hint, 32);
  await page.screenshot({ path: `${ARTIFACTS}element-presenting-fits.png` });
  await present.click();
  await page.waitForFunction((h) =>
    document.querySelector('civic-stats').shadowRoot.querySelector('canvas').getBoundingClientRect().bottom + scrollY === h, own);
  assert.equal(await page.evaluate(() => scrollY), 500, 'back where the reader was');
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicking a legend entry hides its series, clicking again shows it', async () => {
  const { page, context, problems } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&lang=en&chart=grouped&regions=KZ-33,KZ-71`);
  await loaded(page);
  const clickText = async (text) => {
    const point = await textPoint(page, text);
    await page.mouse.click(point.x, point.y);
  };
  const targets = () => page.evaluate(() => document.querySelector('civic-stats').chart.targetCount);
  assert.equal(await targets(), 8);
  await clickText('Mass media outlets');
  const query = await chart(page, 'stateQuery');
  assert.match(query, /hide=media/);
  assert.equal(await targets(), 6, 'two regions × three shown indicators');
  // A link made of it, as the demo's embed code is, opens with it hidden (the embed page and
  // the element had not read it).
  const linked = await context.newPage();
  await linked.goto(`${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&${query}`);
  await loaded(linked);
  assert.equal(await linked.evaluate(() => document.querySelector('civic-stats').chart.targetCount), 6);
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}element-legend-hidden.png` });
  await clickText('Mass media outlets');
  assert.equal(await targets(), 8);
  assert.deepEqual(problems, []);
  await context.close();
});

test('hiding one of the two regions of a comparison leaves the other drawn, and the page alive', async () => {
  const { page, context, problems } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&lang=en&chart=compare&regions=KZ-33,KZ-71`);
  await loaded(page);
  const legend = await chart(page, 'legend');
  const first = legend[0].label;
  const point = await textPoint(page, first);
  const targets = () => page.evaluate(() => document.querySelector('civic-stats').chart.targetCount);
  assert.equal(await targets(), 8);
  await page.mouse.click(point.x, point.y);
  // Before the fix this click was a WebAssembly trap: every later call threw.
  assert.equal(await targets(), 4, 'the other region\'s four indicators');
  assert.ok(!(await chart(page, 'texts')).some((t) => /^[+−±]/.test(t)), 'no differences without a pair');
  // The one left shown stays shown: hiding it too brought both back.
  const other = await textPoint(page, legend[1].label);
  await page.mouse.click(other.x, other.y);
  assert.equal(await targets(), 4);
  assert.doesNotMatch(await chart(page, 'stateQuery'), new RegExp(`hide=[^&]*${legend[1].key}`));
  await page.mouse.click(point.x, point.y);
  assert.equal(await targets(), 8);
  assert.deepEqual(problems, []);
  await context.close();
});

test('value changes animate briefly, and not at all when reduced motion is preferred', async () => {
  for (const motion of ['no-preference', 'reduce']) {
    const { page, context, problems } = await open(env.browser, env.base + seedEmbed('&sort=value-asc'));
    await page.emulateMedia({ reducedMotion: motion });
    await loaded(page);
    await page.waitForTimeout(400);
    const frames = await page.evaluate(async () => {
      const host = document.querySelector('civic-stats');
      const canvas = host.shadowRoot.querySelector('canvas');
      host.setAttribute('sort', 'value-desc');
      const first = canvas.toDataURL();
      await new Promise((r) => setTimeout(r, 400));
      return [first, canvas.toDataURL()];
    });
    if (motion === 'reduce') assert.equal(frames[0], frames[1], 'no transition');
    else assert.notEqual(frames[0], frames[1], 'the first frame is a transition frame');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('keyboard users toggle series with real buttons over the legend entries they switch', async () => {
  const { page, context, problems } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=en&chart=pie`);
  await loaded(page);
  const toggles = page.locator('civic-stats .toggles button');
  assert.equal(await toggles.count(), 4);
  const media = page.locator('civic-stats .toggles button', { hasText: 'Mass media outlets' });
  assert.equal(await media.getAttribute('aria-pressed'), 'true');
  const canvasTop = () => page.locator('civic-stats canvas').boundingBox().then((b) => b.y);
  const before = await canvasTop();
  await media.focus();
  const box = await media.boundingBox();
  assert.ok(box.width > 20, 'its ring as wide as the entry');
  assert.equal(await canvasTop(), before, 'the chart does not move down for them');
  // Its focus ring rings the canvas's own entry (shown above the chart, the buttons had
  // covered its title), and a click there switches the same series.
  // The legend entry the canvas has under a box's centre.
  const under = (b) => page.evaluate(([x, y]) => {
    const host = document.querySelector('civic-stats');
    const rect = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return host.chart.legendHit(x - rect.left, y - rect.top);
  }, [b.x + b.width / 2, b.y + b.height / 2]);
  assert.equal(await under(box), 'media');
  assert.equal(await media.evaluate((b) => getComputedStyle(b).outlineStyle), 'solid');
  await page.keyboard.press('Enter');
  const again = page.locator('civic-stats .toggles button', { hasText: 'Mass media outlets' });
  assert.equal(await again.getAttribute('aria-pressed'), 'false');
  // One Tab stop for the group: the arrows move within it, Tab leaves it for the chart.
  const stops = () => page.evaluate(() => [...document.querySelector('civic-stats').shadowRoot
    .querySelectorAll('.toggles button')].filter((b) => b.tabIndex === 0).map((b) => b.textContent));
  assert.deepEqual(await stops(), ['Mass media outlets']);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await stops(), ['Regional branches of political parties']);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await stops(), ['Non-governmental organisations'], 'wraps around');
  // A phone turned redraws the chart and remakes the buttons: the focus stays on the one
  // it was on, which lies over its entry where the entry has moved.
  const focused = () => page.evaluate(() => document.querySelector('civic-stats').shadowRoot.activeElement?.textContent);
  const width = page.viewportSize().width;
  await page.setViewportSize({ width: 420, height: 900 });
  await page.waitForFunction((w) => document.querySelector('civic-stats')
    .shadowRoot.querySelector('canvas').clientWidth < w, width - 100);
  assert.equal(await focused(), 'Non-governmental organisations');
  // Measured and hit-tested at one moment: the buttons are remade at each redraw, and one
  // still coming from the resize had taken the located button away before its box was read.
  const moved = await page.evaluate(() => {
    const host = document.querySelector('civic-stats');
    const button = [...host.shadowRoot.querySelectorAll('.toggles button')]
      .find((b) => b.textContent.startsWith('Non-governmental'));
    const b = button.getBoundingClientRect();
    const c = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return host.chart.legendHit(b.x + b.width / 2 - c.left, b.y + b.height / 2 - c.top);
  });
  assert.equal(moved, 'ngo');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').shadowRoot.activeElement?.tagName), 'CANVAS');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.targetCount), 3);
  assert.match(await chart(page, 'stateQuery'), /hide=media/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a control the host page takes away passes the focus to the chart, not to the page\'s start', async () => {
  // A site's own form changed the chart under a reader's focus: to one series (no legend's
  // buttons), then to a message (no table's tool), and the focus had fallen to <body>.
  const { page, context } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=en&chart=pie`);
  await loaded(page);
  const focused = () => page.evaluate(() => document.querySelector('civic-stats').shadowRoot.activeElement?.tagName);
  await page.locator('civic-stats .toggles button', { hasText: 'Mass media outlets' }).focus();
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('indicators', 'ngo'));
  assert.equal(await focused(), 'CANVAS');
  // Another kind remakes the buttons: the focus stays on one, as before.
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('indicators', 'ngo,media'));
  await page.locator('civic-stats .toggles button', { hasText: 'Mass media outlets' }).focus();
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('chart', 'donut'));
  assert.equal(await focused(), 'BUTTON');
  await page.locator('civic-stats .toolbar button', { hasText: 'Table' }).focus();
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('year', '1990'));
  assert.match(await page.evaluate(() => document.querySelector('civic-stats').chart.error), /1990/);
  assert.equal(await focused(), 'CANVAS');
  await context.close();
});

test('a toggle for a line the legend does not name shows its name under the legend on focus', async () => {
  const src = encodeURIComponent('data/examples/illustrative-regions.json');
  const { page, context, problems } = await open(env.browser,
    `${env.base}embed.html?src=${src}&lang=en&chart=trend&indicator=ngo&selected=KZ-10`, { width: 380, height: 800 });
  await loaded(page);
  // On a phone the 19 grey lines share one entry: their buttons have no entry of their own.
  const texts = await chart(page, 'texts');
  assert.ok(texts.some((t) => /^Other regions$/.test(t)), JSON.stringify(texts));
  assert.ok(!texts.some((t) => t.startsWith('Aktobe')), 'not named in the legend');
  const aktobe = page.locator('civic-stats .toggles button', { hasText: 'Aktobe Region' });
  assert.equal(await aktobe.evaluate((b) => getComputedStyle(b).opacity), '0', 'unseen until focused');
  await aktobe.focus();
  assert.equal(await aktobe.evaluate((b) => getComputedStyle(b).opacity), '1');
  // Under the drawn entry, over the shared one: the title and the highlighted entry stay seen.
  const [abai, box] = await Promise.all([
    page.locator('civic-stats .toggles button', { hasText: 'Abai Region' }).boundingBox(),
    aktobe.boundingBox(),
  ]);
  assert.ok(box.y >= abai.y + abai.height, `${JSON.stringify(box)} under ${JSON.stringify(abai)}`);
  await page.keyboard.press('Enter');
  assert.match(await chart(page, 'stateQuery'), /hide=KZ-15/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('printed, a chart taller than a page is laid out to fit one, not split mid-row', async () => {
  const src = encodeURIComponent('data/examples/illustrative-regions.json');
  const { page, context, problems } = await open(env.browser, `${env.base}embed.html?src=${src}&lang=en&chart=grouped`, { width: 800, height: 900 });
  await loaded(page);
  const aspect = () => page.$eval('civic-stats', (host) => {
    const canvas = host.shadowRoot.querySelector('canvas');
    return canvas.clientHeight / canvas.clientWidth;
  });
  assert.ok(await aspect() > 2, `20 regions × 4 indicators stand ${await aspect()} times as tall as wide`);
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => {
    const c = document.querySelector('civic-stats').shadowRoot.querySelector('canvas');
    return c.clientHeight / c.clientWidth <= 1.26;
  });
  // Every region still named, on one page.
  const texts = await chart(page, 'texts');
  for (const name of ['Abai Region', 'Astana', 'Shymkent', 'East Kazakhstan Region']) {
    assert.ok(texts.includes(name), `${name}: ${JSON.stringify(texts)}`);
  }
  const pdf = await page.pdf({ path: `${ARTIFACTS}print-tall.pdf`, format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  assert.equal(pages.length, 1, 'one page');
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => {
    const c = document.querySelector('civic-stats').shadowRoot.querySelector('canvas');
    return c.clientHeight / c.clientWidth > 2;
  });
  // A list of 80 regions would lose names squeezed onto a page: it runs over pages instead.
  await page.$eval('civic-stats', (host) => {
    const regions = Array.from({ length: 80 }, (_, i) => ({
      id: `R${i + 1}`, name: { en: `Region ${i + 1}` }, values: { 2023: { value: (i * 37) % 100 + 1 } },
    }));
    host.setAttribute('chart', 'bar');
    host.data = {
      format: 'civic-stats/1', title: { en: 'Eighty made-up regions' }, illustrative: true,
      source: { title: { en: 'Made up for this test' }, publisher: 'civic-stats tests', date: '2026', document: 'tests/e2e/element.test.mjs' },
      indicators: [{ id: 'value', unit: 'count', name: { en: 'A value' } }],
      regions,
    };
  });
  await page.waitForFunction(() => document.querySelector('civic-stats').chart.texts().includes('Region 80'));
  const long = await aspect();
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => {
    const c = document.querySelector('civic-stats').shadowRoot.querySelector('canvas');
    return c.width / c.clientWidth > 2;
  });
  assert.equal(await aspect(), long, 'laid out as on screen');
  assert.ok((await chart(page, 'texts')).includes('Region 43'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('printed, a chart given a height taller than a page fits a page, after no blank one', async () => {
  // Chromium moves a canvas taller than what is left of a page to the next page and cuts it
  // there: a report's heading had stood alone on page 1, the chart run over pages 2 and 3.
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/print.html`, { width: 800, height: 900 });
  await loaded(page);
  const aspect = () => page.$eval('civic-stats', (host) => {
    const canvas = host.shadowRoot.querySelector('canvas');
    return canvas.clientHeight / canvas.clientWidth;
  });
  assert.ok(await aspect() > 1.8, `1500 px tall on screen: ${await aspect()}`);
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => {
    const c = document.querySelector('civic-stats').shadowRoot.querySelector('canvas');
    return c.clientHeight / c.clientWidth <= 1.26;
  });
  const pdf = await page.pdf({ path: `${ARTIFACTS}print-given-height.pdf`, format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  assert.equal(pages.length, 2, 'the heading\'s page, then the chart whole');
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => {
    const c = document.querySelector('civic-stats').shadowRoot.querySelector('canvas');
    return c.clientHeight / c.clientWidth > 1.8;
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('printing draws a light chart at printer resolution without the toolbar, and returns after', async () => {
  // A page that allows a dark chart (color-scheme: light dark) on a dark system.
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/scheme.html`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await loaded(page);
  const state = () => page.$eval('civic-stats', (host) => {
    const canvas = host.shadowRoot.querySelector('canvas');
    const [r, g, b] = canvas.getContext('2d').getImageData(2, 2, 1, 1).data;
    return {
      ratio: canvas.width / canvas.clientWidth,
      // The drawing keeps its proportions on the page, whatever the paper's width.
      stretch: (canvas.clientWidth / canvas.clientHeight) / (canvas.width / canvas.height),
      corner: [r, g, b],
      toolbar: getComputedStyle(host.shadowRoot.querySelector('.toolbar')).display,
    };
  });
  const ratio = (r) => page.waitForFunction((want) => {
    const c = document.querySelector('civic-stats').shadowRoot.querySelector('canvas');
    return Math.abs(c.width / c.clientWidth - want) < 0.01;
  }, r);

  const screen = await state();
  assert.equal(screen.ratio, 1);
  assert.ok(screen.corner.every((v) => v < 60), `a dark chart on screen: ${screen.corner}`);
  assert.notEqual(screen.toolbar, 'none');

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await ratio(3);
  const paper = await state();
  assert.deepEqual(paper.corner, [255, 255, 255], 'light on paper');
  assert.equal(paper.toolbar, 'none');
  assert.ok(Math.abs(paper.stretch - 1) < 0.01, `stretched ${paper.stretch}`);
  // Any repaint while printing stays at paper resolution: here the focus ring going away.
  await page.$eval('civic-stats', (host) => {
    const canvas = host.shadowRoot.querySelector('canvas');
    canvas.focus();
    canvas.blur();
  });
  assert.equal((await state()).ratio, 3, 'a repaint on blur keeps paper resolution');
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}print.png` });
  await page.pdf({ path: `${ARTIFACTS}print.pdf` });

  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await ratio(1);
  const back = await state();
  assert.ok(back.corner.every((v) => v < 60), `dark again: ${back.corner}`);
  assert.notEqual(back.toolbar, 'none');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tooltip covers neither its own value nor its neighbours\'', async () => {
  // An accessibility review: the last bar's tooltip, beside the bar, covered its "7" and the
  // "56" above it.
  const { page, context } = await open(env.browser, env.base + seedEmbed('&lang=en'), { width: 1200 });
  await loaded(page);
  for (const index of [0, 1, 2, 3]) {
    const { x, y } = await targetCentre(page, index);
    await page.mouse.move(x, y);
    const covered = await page.evaluate(() => {
      const host = document.querySelector('civic-stats');
      const tip = host.shadowRoot.querySelector('.tooltip').getBoundingClientRect();
      const canvas = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
      const flat = host.chart.textBoxes();
      const hit = [];
      for (let i = 0; i < flat.length; i += 5) {
        const [text, bx, by, bw, bh] = flat.slice(i, i + 5);
        const [l, t] = [canvas.left + bx, canvas.top + by];
        if (['377', '30', '56', '7'].includes(text)
          && l < tip.right && l + bw > tip.left && t < tip.bottom && t + bh > tip.top) hit.push(text);
      }
      return hit;
    });
    assert.deepEqual(covered, [], `bar ${index}`);
  }
  await context.close();
});

test('presenting a chart too dense for its values, each bar comes with its value in large type', async () => {
  // An accessibility review: 80 bars of a grouped chart appeared in class without a number.
  // The hint under the chart, in large type, says what came in, where the keys were.
  const url = 'embed.html?src=data%2Fexamples%2Fillustrative-regions.json&chart=grouped&lang=en';
  const { page, context, problems } = await open(env.browser, env.base + url, { width: 1280, height: 720 });
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Step through' }).click();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  const hint = page.locator('civic-stats .hint p');
  assert.equal(await hint.textContent(), '6 / 80 · Akmola Region · Ethnocultural centres · 68');
  const size = await hint.evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
  assert.ok(size >= 24, `${size} px`);
  assert.equal(await page.locator('civic-stats .tooltip').isVisible(), false, 'nothing over the bars');
  await page.screenshot({ path: `${ARTIFACTS}element-presenting-dense.png` });
  // A bar pointed at says its value in large type too (the page's 13 px had stayed).
  const { x, y } = await targetCentre(page, 2);
  await page.mouse.move(x, y);
  const tip = page.locator('civic-stats .tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.equal(await tip.evaluate((t) => parseFloat(getComputedStyle(t).fontSize)), Math.round(size * 0.85));
  await page.mouse.move(0, 0);
  // Where the chart writes the value itself, the keys as before.
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('src', 'data/zhetysu-2023.json'));
  await loaded(page);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.revealed), 1);
  assert.match(await hint.textContent(), /^1 \/ 4 · → or space: next/);
  assert.deepEqual(problems, []);
  await context.close();
});
