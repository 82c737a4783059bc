// The widget driven by a site's own scripts, as frameworks drive it: properties set before the
// element is defined or in place of attributes, a component's shadow root around it, the
// element moved, data that comes later, a page that waits for the load to finish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, open, loaded, ARTIFACTS } from './browser.mjs';

const env = withBrowser();
const blank = () => `${env.base}fixtures/blank.html`;
const seed = { format: 'civic-stats/1', title: { en: 'Two regions' }, illustrative: true,
  source: { title: 'Test fixture', publisher: 'civic-stats tests', date: '2026', document: 'tests/e2e/app.test.mjs' },
  indicators: [{ id: 'ngo', name: { en: 'NGOs' } }, { id: 'media', name: { en: 'Media' } }],
  regions: [{ id: 'KZ-33', values: { 2023: { ngo: 377, media: 56 } } }, { id: 'KZ-10', values: { 2023: { ngo: 120, media: 20 } } }] };

test('properties set before the element is defined are taken up, and `chart` set as a property is the kind', async () => {
  // React 19 and Vue set a property where the element has one of the attribute's name; an
  // app's bundle may run before the widget's script.
  const { page, context, problems } = await open(env.browser, blank());
  await page.evaluate(async (data) => {
    const e = document.createElement('civic-stats');
    e.setAttribute('lang', 'en');
    e.data = data;
    e.chart = 'pie';
    document.querySelector('#app').append(e);
    await import('/civic-stats.js');
  }, seed);
  await loaded(page);
  const texts = await page.evaluate(() => document.querySelector('civic-stats').chart.texts());
  assert.ok(texts.includes('Two regions'), texts.join(' | '));
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').getAttribute('chart')), 'pie');
  // In strict code (a module, as frameworks compile to) the setter, not a TypeError.
  await page.evaluate(() => { document.querySelector('civic-stats').chart = 'donut'; });
  assert.match(await page.evaluate(() => document.querySelector('civic-stats').chart.stateQuery()), /chart=donut/);
  await page.evaluate(() => { document.querySelector('civic-stats').chart = null; });
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').hasAttribute('chart')), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('data set after the element is added shows "Loading…", not a red message, until it comes', async () => {
  const { page, context, problems } = await open(env.browser, blank());
  await page.evaluate(async () => {
    await import('/civic-stats.js');
    const e = document.createElement('civic-stats');
    e.id = 'late';
    document.querySelector('#app').append(e);
    const never = document.createElement('civic-stats');
    never.id = 'never';
    document.querySelector('#app').append(never);
  });
  const state = (id) => page.$eval(`#${id}`, (e) => ({
    status: e.shadowRoot.querySelector('.status').checkVisibility() && e.shadowRoot.querySelector('.status > span').textContent,
    error: e.chart?.error ?? null,
    busy: e.getAttribute('aria-busy'),
  }));
  await page.waitForFunction(() => document.querySelector('#late').chart);
  await page.waitForTimeout(500);
  assert.deepEqual(await state('late'), { status: 'Загрузка…', error: null, busy: 'true' });
  await page.$eval('#late', (e, data) => { e.data = data; }, seed);
  await loaded(page, '#late');
  assert.equal((await state('late')).error, null);
  // Nothing ever given: the message, after the wait.
  await page.waitForFunction(() => document.querySelector('#never').chart?.error, null, { timeout: 5000 });
  assert.match((await state('never')).error, /данные не заданы/);
  assert.equal((await state('never')).busy, null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a failed load tells the page too, with the message it shows', async () => {
  const { page, context } = await open(env.browser, blank());
  const detail = await page.evaluate(async () => {
    await import('/civic-stats.js');
    const e = document.createElement('civic-stats');
    e.setAttribute('lang', 'en');
    e.setAttribute('src', '/data/no-such-file.json');
    // Under the name Angular's templates can bind too (`(civic-stats-load)`).
    const named = (type) => new Promise((ok) => {
      e.addEventListener(type, (ev) => ok(ev.detail), { once: true });
      setTimeout(() => ok('no event'), 10_000);
    });
    const done = Promise.all([named('civic-stats:load'), named('civic-stats-load')]);
    document.querySelector('#app').append(e);
    return done;
  });
  assert.match(detail[0].error, /404/);
  assert.deepEqual(detail[1], detail[0]);
  // Said again in another language, it is no second load.
  const loads = await page.evaluate(async () => {
    const e = document.querySelector('civic-stats');
    let count = 0;
    e.addEventListener('civic-stats:load', () => count++);
    e.setAttribute('lang', 'ru');
    await new Promise((ok) => setTimeout(ok, 300));
    return [count, e.chart.error];
  });
  assert.equal(loads[0], 0);
  assert.match(loads[1], /404/);
  await context.close();
});

test('moved elsewhere in the page, the chart is kept, with the reader\'s highlight', async () => {
  const { page, context, problems } = await open(env.browser, blank());
  await page.evaluate(async (data) => {
    await import('/civic-stats.js');
    const e = document.createElement('civic-stats');
    e.setAttribute('lang', 'en');
    e.setAttribute('chart', 'grouped');
    e.data = data;
    document.querySelector('#app').append(e);
  }, seed);
  await loaded(page);
  const moved = await page.evaluate(async () => {
    const e = document.querySelector('civic-stats');
    const before = e.chart;
    let loads = 0;
    e.addEventListener('civic-stats:load', () => loads++);
    e.setAttribute('selected', 'KZ-10');
    const aside = document.createElement('aside');
    document.body.prepend(aside);
    aside.append(e);
    await new Promise((ok) => setTimeout(ok, 300));
    return { same: e.chart === before, loads, query: e.chart.stateQuery(), live: e.constructor.liveCharts };
  });
  assert.deepEqual(moved, { same: true, loads: 0, query: moved.query, live: 1 });
  assert.match(moved.query, /selected=KZ-10/);
  // Removed for good, it is released.
  assert.equal(await page.evaluate(async () => {
    document.querySelector('civic-stats').remove();
    await Promise.resolve();
    return customElements.get('civic-stats').liveCharts;
  }), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('inside a component\'s shadow root it speaks the page\'s language', async () => {
  const { page, context } = await open(env.browser, blank());
  await page.evaluate(async () => {
    customElements.define('site-card', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<div><civic-stats src="/data/zhetysu-2023.json"></civic-stats></div>';
      }
    });
    document.querySelector('#app').append(document.createElement('site-card'));
    await import('/civic-stats.js');
  });
  await page.waitForFunction(() => document.querySelector('site-card').shadowRoot
    .querySelector('civic-stats').chart?.texts().length > 0);
  const table = await page.evaluate(() => document.querySelector('site-card').shadowRoot
    .querySelector('civic-stats').shadowRoot.querySelector('.toolbar button').textContent);
  assert.equal(table, 'Таблица');
  await context.close();
});

test('on a right-to-left page the canvas is drawn as on any other', async () => {
  const draw = async (dir) => {
    const { page, context } = await open(env.browser, blank(), { width: 700 });
    await page.evaluate(async (d) => {
      document.documentElement.dir = d;
      document.documentElement.lang = 'ar';
      const e = document.createElement('civic-stats');
      e.setAttribute('lang', 'en');
      e.setAttribute('src', '/data/zhetysu-2023.json');
      document.querySelector('#app').append(e);
      await import('/civic-stats.js');
    }, dir);
    await loaded(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate(() => document.querySelector('civic-stats').chart.draw());
    if (dir === 'rtl') await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}app-rtl.png` });
    const pixels = await page.evaluate(() => document.querySelector('civic-stats').shadowRoot.querySelector('canvas').toDataURL());
    await context.close();
    return pixels;
  };
  // Inherited, rtl had cut the title at the left edge and set the names over the bars.
  assert.ok(await draw('rtl') === await draw('ltr'), 'the same pixels');
});

test('in a frame that does not allow fullscreen, there is no Fullscreen button', async () => {
  // A site frames the embed page, served from another origin, without allow="fullscreen".
  const { page, context } = await open(env.browser, 'about:blank');
  const other = 'http://embed.test/';
  await page.route(`${other}**`, async (route) => route.fulfill({
    response: await route.fetch({ url: route.request().url().replace(other, env.base) }),
  }));
  const site = `${env.base}site.html`;
  await page.route(site, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<iframe src="${other}embed.html?src=%2Fdata%2Fzhetysu-2023.json&lang=en" width="700" height="500"></iframe>`,
  }));
  await page.goto(site);
  const frame = page.frames().find((f) => f.url().startsWith(other));
  await loaded(frame);
  const tools = await frame.$eval('civic-stats', (e) => [...e.shadowRoot.querySelectorAll('.toolbar button')]
    .filter((b) => b.checkVisibility()).map((b) => b.textContent));
  assert.deepEqual(tools, ['Table', 'Download', 'Step through']);
  await context.close();
});

test('in a browser older than the newest APIs the widget works all the same', async () => {
  // What Safari 15.4–17.3 and Chrome 100–104 lack (checkVisibility), Firefox before 104
  // (findLast), Safari before 15.4 (Object.hasOwn, .at): each had thrown, stopping a chart,
  // its keyboard's announcements, its steps or its downloads.
  const older = () => {
    delete Element.prototype.checkVisibility;
    delete Array.prototype.findLast;
    delete Object.hasOwn;
    delete Array.prototype.at;
    delete String.prototype.at;
    delete Object.getPrototypeOf(Int8Array.prototype).at;
  };
  const { page, context, problems } = await open(env.browser, blank(), { init: older });
  // Data set before the element is defined (Object.hasOwn's path).
  await page.evaluate(async (data) => {
    const e = document.createElement('civic-stats');
    e.setAttribute('lang', 'en');
    e.data = data;
    document.querySelector('#app').append(e);
    await import('/civic-stats.js');
  }, seed);
  await loaded(page);
  const live = page.locator('civic-stats [aria-live]');
  await page.locator('civic-stats canvas').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  assert.match(await live.textContent(), /^Selected: .*377/);
  await page.keyboard.press('Escape');
  assert.equal(await live.textContent(), 'Selection cleared');
  // The pointer's tooltip, placed among its neighbours (.at on their boxes).
  const box = await page.evaluate(() => Array.from(document.querySelector('civic-stats').chart.targetBox(0)));
  const canvas = await page.locator('civic-stats canvas').boundingBox();
  await page.mouse.move(canvas.x + box[0] + box[2] / 2, canvas.y + box[1] + box[3] / 2);
  assert.match(await page.locator('civic-stats .tooltip').textContent(), /377/);
  // Steps forward and back (findLast).
  await page.locator('civic-stats .toolbar button', { hasText: 'Step through' }).click();
  const revealed = () => page.evaluate(() => document.querySelector('civic-stats').chart.revealed);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await revealed(), 1);
  await page.keyboard.press('Escape');
  // A download named for its data (.at on the years).
  await page.locator('civic-stats .export > button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('civic-stats [data-format="csv"]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'civic-stats-bar-2023-en.csv');
  assert.deepEqual(problems, []);
  await context.close();
});

test('data that is no JSON says so, where it had left a blank canvas and an uncaught error', async () => {
  const { page, context, problems } = await open(env.browser, blank());
  const said = await page.evaluate(async () => {
    await import('/civic-stats.js');
    const e = document.createElement('civic-stats');
    e.setAttribute('lang', 'en');
    document.querySelector('#app').append(e);
    const out = [];
    const circular = { format: 'civic-stats/1' };
    circular.self = circular;
    const throwing = { toJSON() { throw 'not today'; } };
    for (const data of [circular, { n: 1n }, () => 1, throwing]) {
      const load = new Promise((ok) => e.addEventListener('civic-stats:load', (ev) => ok(ev.detail.error), { once: true }));
      e.data = data;
      out.push([await load, e.chart.error, e.shadowRoot.querySelector('canvas').height > 0]);
    }
    return out;
  });
  for (const [event, error, drawn] of said) {
    assert.match(error, /^the data set on the element could not be read: \S/);
    assert.equal(event, error);
    assert.ok(drawn, 'the message is drawn');
  }
  assert.match(said[0][1], /circular/i);
  assert.match(said[2][1], /function/);
  assert.match(said[3][1], /not today$/);
  assert.deepEqual(problems, []);
  await context.close();
});
