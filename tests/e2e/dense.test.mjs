// A bar chart of 10 000 regions: the canvas stays within what Chromium paints (it used to be
// 340 185 CSS px tall and blank) at a screen's height, the bars show, and the pointer finds the
// bar under it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, open, loaded, paintedPixels, ARTIFACTS } from './browser.mjs';

const env = withBrowser();

test('10 000 bars paint a canvas a screen high, and hovering finds the bar', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/dense.html`, { scale: 2 });
  await loaded(page);
  const size = await page.$eval('civic-stats', (host) => {
    const c = host.shadowRoot.querySelector('canvas');
    return { css: c.getBoundingClientRect().height, store: c.height, targets: host.chart.targetCount };
  });
  assert.equal(size.targets, 10_000);
  assert.ok(size.css > 800 && size.css <= 910, JSON.stringify(size));
  assert.equal(size.store, Math.round(size.css * 2));
  // Bars fill most of the plot: far more than text alone would paint.
  assert.ok(await paintedPixels(page) > 1_000_000, 'bars painted');
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}dense.png` });

  // The band under the middle of the plot, worked out from the first and last bars' boxes.
  const { x, y, expected } = await page.evaluate(() => {
    const host = document.querySelector('civic-stats');
    const [x0, top] = host.chart.targetBox(0);
    const [, y1, , h1] = host.chart.targetBox(9_999);
    const band = (y1 + h1 - top) / 10_000;
    const k = 6_543;
    const canvas = host.shadowRoot.querySelector('canvas');
    window.scrollTo(0, canvas.getBoundingClientRect().top + window.scrollY + top + k * band - 300);
    const r = canvas.getBoundingClientRect();
    return { x: r.left + x0 + 2, y: r.top + top + (k + 0.5) * band, expected: `Region ${k + 1}` };
  });
  await page.mouse.move(x, y);
  const tooltip = page.locator('civic-stats .tooltip');
  await tooltip.waitFor({ state: 'visible' });
  assert.match(await tooltip.textContent(), new RegExp(`${expected} ·`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chart 2 340 px tall on a phone held sideways at 3× paints, within 8 million device pixels', async () => {
  // 17.8 million at 3×: iOS Safari leaves a canvas past 16 777 216 blank, and Android phones
  // took a third of a second to put one on screen.
  const { page, context, problems } = await open(env.browser, `${env.base}fixtures/dense.html?n=1000`, { width: 844, height: 390, scale: 3 });
  await loaded(page);
  const size = await page.$eval('civic-stats', (host) => {
    const c = host.shadowRoot.querySelector('canvas');
    return { css: [c.clientWidth, c.clientHeight], store: [c.width, c.height] };
  });
  assert.equal(size.css[1], 2340, JSON.stringify(size));
  const [w, h] = size.store;
  assert.ok(w * h <= 8e6 && w * h > 7.9e6, JSON.stringify(size));
  assert.ok(Math.abs(w / size.css[0] - h / size.css[1]) < 0.01, `one ratio both ways: ${JSON.stringify(size)}`);
  assert.ok(await paintedPixels(page) > 100_000, 'bars painted');
  assert.deepEqual(problems, []);
  await context.close();
});
