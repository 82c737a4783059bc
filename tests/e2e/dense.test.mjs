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
