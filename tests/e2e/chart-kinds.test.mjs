// Every chart kind drawn on a real canvas from the demo's controls, at devicePixelRatio 2,
// with no console errors; screenshots go to artifacts/ for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, open, loaded, chart, paintedPixels, ARTIFACTS } from './browser.mjs';

const env = withBrowser();

const kinds = ['bar', 'grouped', 'stacked', 'share', 'pie', 'donut', 'compare', 'trend'];

test('each chart kind draws from the illustrative dataset, labelled as illustrative', async () => {
  const { page, context, problems } = await open(env.browser,
    `${env.base}?dataset=data/examples/illustrative-regions.json&lang=en`, { width: 1000, height: 900, scale: 2 });
  await loaded(page);
  // Four regions keep the multi-region kinds readable.
  const keep = new Set(['KZ-33', 'KZ-71', 'KZ-75', 'KZ-10']);
  for (const box of await page.$$('fieldset[name="regions"] input')) {
    if (!keep.has(await box.getAttribute('value'))) await box.uncheck();
  }
  for (const kind of kinds) {
    await page.selectOption('select[name="chart"]', kind);
    const texts = await chart(page, 'texts');
    assert.ok(texts.some((t) => t.includes('Illustrative data')), `${kind}: ${JSON.stringify(texts)}`);
    assert.ok(await paintedPixels(page) > 5000, `${kind} painted`);
    await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}kind-${kind}-dpr2.png` });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the seed as a donut: 470 in the middle, the 7 branches still labelled', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}?chart=donut`, { scale: 2 });
  await loaded(page);
  const texts = await chart(page, 'texts');
  assert.ok(texts.includes('470'), JSON.stringify(texts));
  assert.ok(texts.includes('1,5\u00a0% (7)'), JSON.stringify(texts));
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}seed-donut-kk-dpr2.png` });
  assert.deepEqual(problems, []);
  await context.close();
});
