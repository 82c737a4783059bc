// The widget on pages it does not control: a CMS theme's resets and rules, boxes sized by
// their content, a low-vision version that zooms the page, a frame shorter than its chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, open, loaded, ARTIFACTS } from './browser.mjs';

const env = withBrowser();

const measure = (page, id) => page.$eval(`#${id}`, (host) => {
  const canvas = host.shadowRoot.querySelector('canvas');
  const button = host.shadowRoot.querySelector('.toolbar button');
  return {
    container: host.parentElement.clientWidth,
    canvas: canvas.clientWidth,
    backing: canvas.width,
    shown: canvas.getBoundingClientRect().width,
    type: parseFloat(getComputedStyle(button).fontSize),
  };
});

test('a CMS theme neither shrinks the widget to 300 px nor its tools to 6 px type', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/messy.html`);
  for (const id of ['cms', 'ib', 'row', 'zoomed']) await loaded(page, `#${id}`);
  for (const id of ['cms', 'ib']) {
    const m = await measure(page, id);
    assert.equal(m.canvas, m.container, `${id}: ${JSON.stringify(m)}`);
    assert.ok(m.type >= 12, `${id}: ${m.type} px type`);
  }
  // In a row it shares the width with what is beside it, and is not a 300 px stub.
  const row = await measure(page, 'row');
  assert.ok(row.canvas > 500, JSON.stringify(row));
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a page zoomed 1.5 times the pointer finds the bar under it, drawn crisp', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/messy.html`, { width: 1000, height: 900 });
  await loaded(page, '#zoomed');
  const m = await measure(page, 'zoomed');
  assert.ok(Math.abs(m.shown - 900) <= 1, JSON.stringify(m));
  assert.ok(Math.abs(m.backing - m.shown) <= 1, `one canvas pixel for each screen pixel: ${JSON.stringify(m)}`);
  await page.$eval('#zoomed', (host) => host.scrollIntoView());
  for (const index of [2, 6]) {
    const [x, y, name] = await page.$eval('#zoomed', (host, i) => {
      const canvas = host.shadowRoot.querySelector('canvas');
      const rect = canvas.getBoundingClientRect();
      const k = rect.width / canvas.clientWidth;
      const [bx, by, , bh] = host.chart.targetBox(i);
      return [rect.x + (bx + 10) * k, rect.y + (by + bh / 2) * k, host.chart.tooltip(i)[0]];
    }, index);
    await page.mouse.move(x, y);
    const tip = page.locator('#zoomed .tooltip strong');
    assert.equal(await tip.textContent(), name);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a frame shorter than its chart (a snippet measured on a wide screen, read on a phone) fits the chart, source and all', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/frame.html`, { width: 380, height: 700, scale: 2 });
  const frame = () => page.frames().find((f) => f.url().includes('embed.html'));
  await page.waitForFunction(() => document.querySelector('iframe').contentDocument?.querySelector('civic-stats')?.chart);
  await loaded(frame());
  await frame().waitForFunction(() => document.querySelector('civic-stats').hasAttribute('height'));
  assert.ok(await frame().evaluate(() => document.documentElement.scrollHeight <= innerHeight));
  const texts = await frame().evaluate(() => document.querySelector('civic-stats').chart.texts());
  assert.ok(texts.some((t) => t.startsWith('Дереккөз: ')), texts.join(' | '));
  assert.ok(texts.includes('377'));
  // A frame tall enough keeps the chart's own height.
  await page.$eval('iframe', (f) => { f.height = '900'; });
  await frame().waitForFunction(() => !document.querySelector('civic-stats').hasAttribute('height'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('moved to a sharper screen or zoomed, a chart whose width stays the same is drawn sharp again', async () => {
  const src = encodeURIComponent('data/zhetysu-2023.json');
  // Chromium's device emulation changes devicePixelRatio and what resolution queries match,
  // but fires no `change` on them, as a real zoom or screen move does: the page keeps the
  // queries it makes, and the test fires `change` on them after the ratio changes.
  const init = () => {
    const real = window.matchMedia.bind(window);
    window.resolutionQueries = [];
    window.matchMedia = (query) => {
      const list = real(query);
      if (query.startsWith('(resolution')) window.resolutionQueries.push(list);
      return list;
    };
  };
  const { page, context, problems } = await open(env.browser, `${env.base}embed.html?src=${src}&lang=kk`, { width: 700, height: 700, init });
  await loaded(page);
  const backing = () => page.$eval('civic-stats', (host) => {
    const canvas = host.shadowRoot.querySelector('canvas');
    return { ratio: canvas.width / canvas.clientWidth, css: canvas.clientWidth };
  });
  const before = await backing();
  assert.equal(before.ratio, 1, JSON.stringify(before));
  const cdp = await context.newCDPSession(page);
  for (const ratio of [2, 1]) {
    // The same width in CSS pixels: no resize is observed, only the ratio changes.
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 700, height: 700, deviceScaleFactor: ratio, mobile: false });
    await page.waitForFunction((r) => devicePixelRatio === r, ratio);
    await page.evaluate(() => window.resolutionQueries.forEach((q) => q.dispatchEvent(new Event('change'))));
    await page.waitForFunction((r) => {
      const canvas = document.querySelector('civic-stats').shadowRoot.querySelector('canvas');
      return canvas.width === r * canvas.clientWidth;
    }, ratio, { timeout: 5000 });
    assert.equal((await backing()).css, before.css, 'the same width');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page\'s text spacing leaves the chart drawn as laid out', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/spaced.html`, { width: 900, height: 1400 });
  // Without the 250 ms transition, so that both canvases hold their final frame.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await loaded(page, '#plain');
  await loaded(page, '#spaced');
  // The canvas drew names with the page's letter-spacing and laid them out without it: the
  // legend's entries ran into each other and names were cut at the edges.
  const pixels = (id) => page.$eval(id, (host) => host.shadowRoot.querySelector('canvas').toDataURL());
  assert.equal(await pixels('#spaced'), await pixels('#plain'), 'the same chart with and without the spacing');
  await page.locator('#spaced').screenshot({ path: `${ARTIFACTS}host-spaced.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a site\'s larger type for low vision reaches the widget\'s tools and canvas, a smaller one does not', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/spaced.html`, { width: 900, height: 1400 });
  await loaded(page, '#plain');
  const size = () => page.$eval('#plain', (host) => ({
    tool: parseFloat(getComputedStyle(host.shadowRoot.querySelector('.toolbar button')).fontSize),
    canvas: host.shadowRoot.querySelector('canvas').clientHeight,
  }));
  const before = await size();
  // The "A+" switch doubles the page's type: the widget's own `medium` had held it at 16 px.
  await page.evaluate(() => document.documentElement.classList.add('big'));
  await page.waitForFunction((h) => document.querySelector('#plain').shadowRoot.querySelector('canvas').clientHeight > h * 1.3, before.canvas);
  const after = await size();
  assert.equal(after.tool, 2 * before.tool, JSON.stringify({ before, after }));
  await page.locator('#plain').screenshot({ path: `${ARTIFACTS}host-larger-type.png` });
  // Back, and smaller than the reader's default (a 62,5 % reset): the reader's size again.
  await page.evaluate(() => {
    document.documentElement.classList.remove('big');
    document.documentElement.style.fontSize = '62.5%';
  });
  await page.waitForFunction((h) => document.querySelector('#plain').shadowRoot.querySelector('canvas').clientHeight === h, before.canvas);
  assert.deepEqual(await size(), before);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Holds back the page's requests for `pattern` until the function returned is called. */
async function hold(page, pattern) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

test('while the module comes, the widget says so and keeps the chart\'s room: the article under it stays put', async () => {
  // A news page in Russian on a slow connection: the widget had been a blank box of the
  // canvas's 300 × 150 proportions, then the chart's height, moving the text below each time.
  const { page, context, problems } = await open(env.browser, 'about:blank', { width: 900, height: 700 });
  const release = await hold(page, '**/*_bg.wasm');
  await page.goto(`${env.base}fixtures/article.html`);
  const styled = () => getComputedStyle(document.querySelector('#auto').shadowRoot.querySelector('.stage')).minHeight !== '0px';
  await page.waitForFunction(styled);
  const place = () => page.evaluate(() => Object.fromEntries(['fixed', 'auto'].map((id) => {
    const host = document.getElementById(id);
    const [status, stage] = ['.status', '.stage'].map((s) => host.shadowRoot.querySelector(s));
    const top = host.getBoundingClientRect().top;
    return [id, {
      status: status.hidden ? '' : status.firstChild.textContent,
      stage: [stage.getBoundingClientRect().top - top, stage.getBoundingClientRect().height],
      below: document.getElementById(`after-${id}`).getBoundingClientRect().top - top,
    }];
  })));
  const before = await place();
  release();
  for (const id of ['fixed', 'auto']) await loaded(page, `#${id}`);
  const after = await place();
  const seen = JSON.stringify({ before, after });
  assert.equal(before.fixed.status, 'Загрузка…', seen);
  assert.equal(after.fixed.status, '', seen);
  // The height asked for is kept from the start: nothing below the widget moves.
  assert.equal(before.fixed.stage[1], 440, seen);
  assert.ok(Math.abs(after.fixed.below - before.fixed.below) <= 1, seen);
  for (const id of ['fixed', 'auto']) {
    // The tools' row was kept, and "Loading…" stood over the stage, not in a row of its own.
    assert.ok(Math.abs(after[id].stage[0] - before[id].stage[0]) <= 1, `${id}: ${seen}`);
  }
  // Without a height, 20 em: near this chart's height, where the canvas's own 300 × 150 had
  // kept half the widget's width, 442 px.
  assert.equal(before.auto.stage[1], 320, seen);
  assert.ok(Math.abs(after.auto.below - before.auto.below) < 60, seen);
  assert.deepEqual(problems, []);
  await context.close();
});

test('other data asked for over a chart: "Loading…" stands over the chart, dimmed, and nothing moves', async () => {
  // A page's select switches `src` to another region: the status row above the chart had
  // pushed it, and the article under it, down by a line until the new data came.
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/article.html`, { width: 900, height: 700 });
  await loaded(page, '#auto');
  const place = () => page.$eval('#auto', (host) => {
    const status = host.shadowRoot.querySelector('.status');
    const loading = host.shadowRoot.querySelector('.loading');
    const canvas = host.shadowRoot.querySelector('canvas').getBoundingClientRect();
    const seen = loading.getBoundingClientRect();
    const middle = [seen.left + seen.width / 2 - canvas.left - canvas.width / 2, seen.top + seen.height / 2 - canvas.top - canvas.height / 2];
    return {
      heard: status.hidden ? '' : status.firstChild.textContent,
      seen: seen.height > 0 ? loading.textContent : '',
      middle: seen.height > 0 && middle.every((d) => Math.abs(d) < 2),
      canvas: canvas.top - host.getBoundingClientRect().top,
      dimmed: getComputedStyle(host.shadowRoot.querySelector('canvas')).opacity < 1,
    };
  });
  const before = await place();
  const release = await hold(page, '**/kazakhstan-ngo-2023.json');
  await page.$eval('#auto', (host) => host.setAttribute('src', '/data/kazakhstan-ngo-2023.json'));
  await page.waitForFunction(() => document.querySelector('#auto').getAttribute('aria-busy') === 'true');
  const meanwhile = await place();
  release();
  await loaded(page, '#auto');
  const after = await place();
  const seen = JSON.stringify({ before, meanwhile, after });
  assert.deepEqual(meanwhile, { heard: 'Загрузка…', seen: 'Загрузка…', middle: true, canvas: before.canvas, dimmed: true }, seen);
  assert.deepEqual(after, { ...before }, seen);
  // With the table open, over the chart still, not over the table, which is dimmed too.
  await page.locator('#auto .toolbar button').first().click();
  const again = await hold(page, '**/zhetysu-2023.json?again');
  await page.$eval('#auto', (host) => host.setAttribute('src', '/data/zhetysu-2023.json?again'));
  await page.waitForFunction(() => document.querySelector('#auto').getAttribute('aria-busy') === 'true');
  const tabled = await place();
  const table = await page.$eval('#auto', (host) => getComputedStyle(host.shadowRoot.querySelector('.table-view')).opacity < 1);
  again();
  await loaded(page, '#auto');
  assert.deepEqual({ ...tabled, table }, { ...meanwhile, table: true }, JSON.stringify(tabled));
  assert.deepEqual(problems, []);
  await context.close();
});

test('an attribute set while the data is on its way keeps the chart\'s room, and a message is drawn as it is', async () => {
  // A site's dark-mode script sets `theme` once the module has come: the empty chart painted
  // for it had taken the canvas to 0 px, and the article below jumped up 440 px and back.
  const { page, context, problems } = await open(env.browser, 'about:blank', { width: 900, height: 700 });
  const release = await hold(page, '**/zhetysu-2023.json');
  await page.goto(`${env.base}fixtures/article.html`);
  await page.waitForFunction(() => document.querySelector('#fixed').chart && document.querySelector('#auto').chart);
  const below = () => page.evaluate(() => ['fixed', 'auto'].map((id) => {
    const host = document.getElementById(id);
    return document.getElementById(`after-${id}`).getBoundingClientRect().top - host.getBoundingClientRect().top;
  }));
  const before = await below();
  await page.evaluate(() => {
    document.querySelector('#fixed').setAttribute('theme', 'dark');
    document.querySelector('#auto').setAttribute('chart', 'bogus');
  });
  const meanwhile = await below();
  assert.deepEqual(meanwhile, before);
  // The message is drawn at its own height, not stretched to the room (a canvas box taller
  // than its backing store), above the room kept for the chart.
  const message = await page.$eval('#auto', (host) => {
    const canvas = host.shadowRoot.querySelector('canvas');
    return { box: canvas.getBoundingClientRect().height, store: canvas.height / devicePixelRatio, error: host.chart.error };
  });
  assert.match(message.error, /bogus/);
  assert.ok(message.box > 20 && Math.abs(message.box - message.store) <= 1, JSON.stringify(message));
  release();
  await loaded(page, '#fixed');
  assert.equal((await below())[0], before[0]);
  assert.deepEqual(problems, []);
  await context.close();
});
