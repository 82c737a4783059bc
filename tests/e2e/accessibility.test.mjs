// Accessibility as public-sector pages need it: axe-core finds no violations on the demo and
// the embed page in every language and theme; the chart's accessible name, summary and data
// table follow the language and hold the chart's own numbers.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withBrowser, open, loaded, chart, ARTIFACTS } from './browser.mjs';

const env = withBrowser();
let axeSource;

before(async () => {
  axeSource = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
});

async function violations(page) {
  // Injected through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

for (const lang of ['kk', 'ru', 'en']) {
  for (const theme of ['light', 'dark', 'contrast']) {
    test(`axe finds no violations: demo and embed, ${lang}, ${theme}`, async () => {
      for (const path of [`?lang=${lang}&theme=${theme}`, `embed.html?src=data%2Fzhetysu-2023.json&lang=${lang}&theme=${theme}`]) {
        const { page, context, problems } = await open(env.browser, env.base + path);
        await loaded(page);
        if (!path.startsWith('embed')) {
          await page.selectOption('select[name="theme"]', theme);
        }
        // Checked before axe runs: axe itself adds an inline style, which the CSP refuses.
        assert.deepEqual(problems, []);
        const found = await violations(page);
        assert.deepEqual(found, [], `${path}`);
        if (lang === 'kk') await page.screenshot({ path: `${ARTIFACTS}a11y-${theme}-${path.startsWith('embed') ? 'embed' : 'demo'}.png`, fullPage: true });
        await context.close();
      }
    });
  }
}

test('the accessible name and summary follow the language', async () => {
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=kk`);
  await loaded(page);
  const canvas = page.locator('civic-stats canvas');
  const summary = page.locator('civic-stats #summary');
  // An application, so that a screen reader hands it the arrow keys; described by the summary
  // and the keys it answers.
  assert.equal(await canvas.getAttribute('role'), 'application');
  assert.equal(await canvas.getAttribute('aria-roledescription'), 'диаграмма');
  assert.match(await page.locator('civic-stats #keys').textContent(), /Enter: таңдау/);
  assert.equal(await canvas.getAttribute('aria-label'), 'Жетісу облысының азаматтық қоғамы');
  assert.match(await summary.textContent(), /Ең үлкені: Үкіметтік емес ұйымдар \(377\); ең кішісі: Саяси партиялардың облыстық филиалдары \(7\)\. Барлығы: 470\./);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('lang', 'en'));
  assert.equal(await canvas.getAttribute('aria-label'), 'Civil society of Zhetysu Region');
  assert.match(await summary.textContent(), /Largest: Non-governmental organisations \(377\); smallest: Regional branches of political parties \(7\)\. Total: 470\./);
  // The accessible tree exposes it (name from aria-label, description from the summary).
  const snapshot = await page.locator('civic-stats').ariaSnapshot();
  assert.match(snapshot, /application "Civil society of Zhetysu Region"/);
  // Its toolbar is named by it, and a chart of one series offers no empty group of toggles.
  assert.match(snapshot, /toolbar "Chart tools: Civil society of Zhetysu Region"/);
  assert.doesNotMatch(snapshot, /group "Series shown"/);
  // The summary and the keys are the canvas's description, read once, after its name: not
  // again in the page's order, nor starting with the title the name has just said.
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const application = nodes.find((n) => n.role?.value === 'application');
  assert.match(application.description.value, /^Zhetysu Region, 2023\. Largest: .* Enter: select/);
  const read = nodes.filter((n) => /Largest:|Enter: select/.test(n.name?.value ?? '') && n !== application);
  assert.deepEqual(read.map((n) => n.role?.value), []);
  await context.close();
});

test('the table view holds exactly the chart\'s numbers, as text', async () => {
  const { page, context, problems } = await open(env.browser, `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&lang=ru&chart=grouped&regions=KZ-33,KZ-71,KZ-75`);
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Таблица' }).click();
  const table = page.locator('civic-stats table');
  assert.equal(await page.locator('civic-stats .toolbar button', { hasText: 'Таблица' }).getAttribute('aria-pressed'), 'true');
  assert.match(await table.locator('caption').textContent(), /Гражданское общество регионов/);
  const cells = await table.locator('tbody td').allTextContents();
  const rows = await table.locator('tbody th[scope="row"]').allTextContents();
  assert.deepEqual(rows, ['область Жетісу', 'Астана', 'Алматы']);
  const heads = await table.locator('thead th[scope="col"]').allTextContents();
  assert.equal(heads.length, 5);
  const texts = await chart(page, 'texts');
  for (const value of cells) assert.ok(texts.includes(value), `${value} is on the chart`);
  assert.equal(cells.length, 12);
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}a11y-table-ru.png` });

  // Moving along the bars, or a resize, leaves the table as it is: each arrow key had built
  // it anew, a second and a half a key for 10 000 rows. What it holds changing rebuilds it.
  const kept = () => page.evaluate(() => document.querySelector('civic-stats').shadowRoot.querySelector('table') === window.table);
  await page.evaluate(() => { window.table = document.querySelector('civic-stats').shadowRoot.querySelector('table'); });
  await page.locator('civic-stats canvas').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.querySelector('civic-stats').chart.focus), 1);
  const before = await page.evaluate(() => document.querySelector('civic-stats').shadowRoot.querySelector('canvas').width);
  await page.setViewportSize({ width: 700, height: 700 });
  await page.waitForFunction((w) => document.querySelector('civic-stats').shadowRoot.querySelector('canvas').width < w, before);
  assert.ok(await kept(), 'the same table after arrow keys and a resize');
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('lang', 'en'));
  assert.ok(!(await kept()), 'rebuilt for a new language');
  assert.match(await table.locator('caption').textContent(), /Civil society by region/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the table fits the widget, a trend\'s has a row per region, and a wider one fades where it goes on', async () => {
  const phone = { width: 390, height: 844, scale: 2 };
  const table = async (query) => {
    const { page, context } = await open(env.browser,
      `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&lang=ru&indicators=ngo${query}`, phone);
    await loaded(page);
    await page.locator('civic-stats .toolbar button', { hasText: 'Таблица' }).click();
    const shape = await page.evaluate(() => {
      const view = document.querySelector('civic-stats').shadowRoot.querySelector('.table-scroll');
      const cells = (s) => [...view.querySelectorAll(s)].map((c) => c.textContent);
      // Headers whose longest word is wider than their button were broken inside a word.
      const context = document.createElement('canvas').getContext('2d');
      const broken = [...view.querySelectorAll('thead .sort')].filter((button) => {
        context.font = getComputedStyle(button).font;
        const words = button.textContent.split(/\s+/).map((w) => context.measureText(w).width);
        return Math.max(...words) > button.clientWidth + 0.5;
      }).map((b) => b.textContent);
      // A figure's header ends where its figures do: its last line too, but for its sort
      // mark ("Неправительственные" / "организации ↕" had ended 50 px short of them).
      const firstRow = [...view.querySelectorAll('tbody tr:first-child td')];
      const misaligned = [...view.querySelectorAll('thead th:not(:first-child) .sort')].filter((button, i) => {
        const cell = firstRow[i];
        const right = cell.getBoundingClientRect().right - parseFloat(getComputedStyle(cell).paddingRight);
        const range = document.createRange();
        range.selectNodeContents(button);
        const last = [...range.getClientRects()].at(-1);
        return right - last.right > 20;
      }).map((b) => b.textContent);
      return {
        broken, misaligned,
        fits: view.scrollWidth <= view.clientWidth, more: view.dataset.more,
        heads: cells('thead th'), rows: cells('tbody th'), first: cells('tbody tr:first-child td'),
      };
    });
    return { page, context, ...shape };
  };
  // A bar chart's table of 20 regions, value and rank, fits; no word is broken.
  const bars = await table('');
  assert.ok(bars.fits, 'no column cut off');
  assert.equal(bars.more, '');
  assert.deepEqual(bars.heads, ['Регион', 'Неправительственные организации', 'Место']);
  assert.deepEqual(bars.broken, []);
  assert.deepEqual(bars.misaligned, []);
  await bars.context.close();
  // Three indicators side by side: "Неправител|ьственные организаци|и" broke inside words to
  // fit; the table scrolls instead.
  const grouped = await table(',ethnocultural,media&chart=grouped&measure=per-10k');
  assert.equal(grouped.heads.length, 4);
  assert.deepEqual(grouped.broken, []);
  assert.deepEqual(grouped.misaligned, []);
  if (!grouped.fits) assert.equal(grouped.more, 'right');
  await grouped.page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}a11y-table-grouped-phone.png` });
  await grouped.context.close();
  // A trend's: a row per region, a column per year and the change; wider than a phone, it
  // fades at the right until scrolled there.
  const trend = await table('&chart=trend');
  assert.deepEqual(trend.heads, ['Регион', '2021', '2022', '2023', 'Изменение 2021–2023']);
  assert.equal(trend.rows.length, 20);
  assert.equal(trend.rows[0], 'область Абай');
  assert.deepEqual(trend.first, ['374', '387', '394', '+20, +5,3\u00a0%']);
  if (!trend.fits) {
    assert.equal(trend.more, 'right');
    await trend.page.evaluate(() => {
      const view = document.querySelector('civic-stats').shadowRoot.querySelector('.table-scroll');
      view.scrollLeft = view.scrollWidth;
    });
    await trend.page.waitForFunction(() => document.querySelector('civic-stats').shadowRoot.querySelector('.table-scroll').dataset.more === 'left');
  }
  await trend.page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}a11y-table-trend-phone.png` });
  await trend.context.close();
});

test('the table sorts by any column from its header, and says how it is sorted', async () => {
  const { page, context } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&measure=per-10k&lang=ru`);
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Таблица' }).click();
  const column = (i) => page.locator('civic-stats tbody tr').evaluateAll((rows, k) => rows.map((r) => r.children[k].textContent), i);
  const values = async () => (await column(1)).map((t) => parseFloat(t.replace(',', '.')));
  const header = page.locator('civic-stats thead th').nth(1);
  // Every header shows it sorts before one has been used (a faint ↕), and then which way.
  const cue = () => header.locator('button').evaluate((b) => getComputedStyle(b, '::after').content);
  assert.match(await cue(), /↕/);
  await header.locator('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  assert.match(await cue(), /▼/);
  const down = await values();
  assert.ok(Number.isNaN(down.at(-1)), 'the region without a figure last');
  assert.deepEqual(down.slice(0, 19), down.slice(0, 19).sort((a, b) => b - a));
  await header.locator('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  const up = await values();
  assert.ok(Number.isNaN(up.at(-1)), 'last either way');
  assert.deepEqual(up.slice(0, 19), up.slice(0, 19).sort((a, b) => a - b));
  // By name, in the reader's alphabet.
  await page.locator('civic-stats thead th').nth(0).locator('button').click();
  const names = await column(0);
  assert.equal(names.length, 20);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'ru')));
  await context.close();
});

test('an English table sorts figures of a thousand and more by their value', async () => {
  // "1,531" had been read as 1.531, and the largest regions sorted last.
  const { page, context } = await open(env.browser,
    `${env.base}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&indicators=ngo&lang=en`);
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Table' }).click();
  await page.locator('civic-stats thead th').nth(1).locator('button').click();
  const figures = await page.locator('civic-stats tbody tr').evaluateAll((rows) => rows.map((r) => r.children[1].textContent));
  assert.deepEqual(figures.slice(0, 3), ['1,531', '1,513', '1,382']);
  const values = figures.map((t) => Number(t.replace(/,/g, ''))).filter((v) => !Number.isNaN(v));
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  await context.close();
});

test('a change of nothing sorts as 0, between rises and falls', async () => {
  // "±0" was read as no figure and sorted last either way, below "−1".
  const { page, context } = await open(env.browser,
    `${env.base}embed.html?src=%2Ffixtures%2Fchanges.json&chart=trend&lang=en`);
  await loaded(page);
  await page.locator('civic-stats .toolbar button', { hasText: 'Table' }).click();
  const headers = await page.locator('civic-stats thead th').allTextContents();
  const change = headers.findIndex((h) => h.startsWith('Change'));
  assert.ok(change > 0, JSON.stringify(headers));
  const button = page.locator('civic-stats thead th').nth(change).locator('button');
  const rows = () => page.locator('civic-stats tbody tr').evaluateAll((r) => r.map((row) => row.children[0].textContent));
  await button.click();
  assert.deepEqual(await rows(), ['Rising', 'Unchanged', 'Falling']);
  await button.click();
  assert.deepEqual(await rows(), ['Falling', 'Unchanged', 'Rising']);
  await context.close();
});

test('without a theme attribute the chart follows the page: dark where it allows dark, forced colours', async () => {
  // A light page (no color-scheme) keeps a light chart on a dark system: no dark block on it.
  const light = await open(env.browser, `${env.base}embed.html?src=data%2Fzhetysu-2023.json`);
  await light.page.emulateMedia({ colorScheme: 'dark' });
  await light.page.reload();
  await loaded(light.page);
  assert.doesNotMatch(await chart(light.page, 'stateQuery'), /theme=/);
  await light.context.close();
  // A page whose CSS allows dark (color-scheme: light dark) gets a dark chart on a dark system.
  const { page, context } = await open(env.browser, `${env.base}fixtures/scheme.html`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await loaded(page);
  assert.match(await chart(page, 'stateQuery'), /theme=dark/);
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  await page.waitForFunction(() => /theme=contrast(&|$)/.test(document.querySelector('civic-stats').chart.stateQuery()));
  // A dark contrast theme (three of Windows' four): white on black, not a white block.
  await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
  await page.waitForFunction(() => /theme=contrast-dark/.test(document.querySelector('civic-stats').chart.stateQuery()));
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}a11y-forced-dark.png` });
  await context.close();
});

test('without a lang attribute the chart speaks the page\'s language, and says so to screen readers', async () => {
  const { page, context } = await open(env.browser, `${env.base}fixtures/scheme.html`);
  await loaded(page);
  assert.ok((await chart(page, 'texts')).includes('Неправительственные организации'));
  assert.equal(await page.locator('civic-stats .frame').getAttribute('lang'), 'ru');
  assert.equal(await page.locator('civic-stats .toolbar button').first().textContent(), 'Таблица');
  // A site's language switch on any element around it (a CMS's section) is followed too.
  await page.evaluate(() => {
    const section = document.createElement('section');
    document.body.append(section);
    section.append(document.querySelector('civic-stats'));
    section.lang = 'ru';
  });
  await loaded(page);
  await page.evaluate(() => { document.querySelector('section').lang = 'en'; });
  await page.waitForFunction(() => document.querySelector('civic-stats').chart.texts().includes('Non-governmental organisations'));
  assert.equal(await page.locator('civic-stats .toolbar button').first().textContent(), 'Table');
  // A language of its own it does not speak counts as none: the page's, not Kazakh; the
  // page's author is told in the console.
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('lang', 'de'));
  assert.ok((await chart(page, 'texts')).includes('Non-governmental organisations'));
  assert.equal(await page.locator('civic-stats .frame').getAttribute('lang'), 'en');
  assert.deepEqual(warnings, ['<civic-stats lang="de">: not kk, ru or en; the page\'s language is used']);
  // "kz", which Kazakh sites often write for Kazakh, is Kazakh.
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('lang', 'kz'));
  assert.ok((await chart(page, 'texts')).includes('Үкіметтік емес ұйымдар'));
  assert.deepEqual(warnings.length, 1);
  await context.close();
});

test('on a phone the accessible name is the whole title, not its first drawn line', async () => {
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=kk`,
    { width: 360, height: 740, scale: 3 });
  await loaded(page);
  const texts = await chart(page, 'texts');
  assert.equal(texts[0], 'Жетісу облысының азаматтық', 'the title is drawn on two lines');
  assert.equal(await page.locator('civic-stats canvas').getAttribute('aria-label'), 'Жетісу облысының азаматтық қоғамы');
  await context.close();
});

test('a file that cannot be read is announced, not only drawn', async () => {
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=fixtures%2Fbroken.json&lang=en`);
  await loaded(page);
  const live = page.locator('civic-stats [aria-live]');
  assert.match(await live.textContent(), /^Could not load the data: line 4, column 3: a ',' or '}' is needed here/);
  // Put right, the problem leaves the live region, where a reader browsing would still find it.
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('src', 'data/zhetysu-2023.json'));
  await page.waitForFunction(() => !document.querySelector('civic-stats').chart.error);
  assert.equal(await live.textContent(), '');
  await context.close();
});

test('a wrong attribute is announced when the page loads with it, not only when set later', async () => {
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=en&chart=pies`);
  await page.waitForFunction(() => document.querySelector('civic-stats').chart?.error);
  const live = page.locator('civic-stats [aria-live]');
  await page.waitForFunction(() => document.querySelector('civic-stats').shadowRoot.querySelector('[aria-live]').textContent);
  assert.match(await live.textContent(), /^This chart cannot be drawn: unknown value 'pies' for 'chart'/);
  await context.close();
});

test('every control is a labelled button or field, reachable by Tab', async () => {
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=en`);
  await loaded(page);
  const reached = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return `${el.tagName.toLowerCase()}:${el.textContent || el.getAttribute('aria-label')}`;
    }));
  }
  for (const expected of ['button:Table', 'button:Download', 'button:Step through', 'button:Fullscreen',
                          'canvas:Civil society of Zhetysu Region']) {
    assert.ok(reached.includes(expected), `${expected} in ${JSON.stringify(reached)}`);
  }
  await context.close();
});

test('the download list opens as a disclosure, closes when Tab leaves it, and hands focus back', async () => {
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=en`);
  await loaded(page);
  const button = page.locator('civic-stats .export > button');
  assert.equal(await button.getAttribute('aria-haspopup'), null);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const focused = () => page.evaluate(() => document.querySelector('civic-stats').shadowRoot.activeElement?.textContent);
  assert.equal(await focused(), 'Image (PNG)');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  assert.equal(await button.getAttribute('aria-expanded'), 'false', 'Tab out of the list closes it');
  await button.click();
  await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(await focused(), 'Download');
  await context.close();
});

test('a reader\'s larger default type size enlarges the chart\'s text too, not only its tools', async () => {
  // Chrome's "Font size: Very large" (32 px): the toolbar doubled and the canvas stayed at 13 px.
  const label = async (page) => {
    const flat = await chart(page, 'textBoxes');
    const at = flat.indexOf('377');
    return flat[at + 4];
  };
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=en`);
  await loaded(page);
  const normal = await label(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  // Changed with the page open, the chart follows (it had kept the size it was made with).
  await page.waitForFunction((n) => {
    const flat = document.querySelector('civic-stats').chart.textBoxes();
    return flat[flat.indexOf('377') + 4] > n * 1.5;
  }, normal);
  const grown = await label(page);
  assert.ok(grown > normal * 1.8 && grown < normal * 2.2, `${normal} → ${grown}`);
  await page.reload();
  await loaded(page);
  const large = await label(page);
  assert.ok(large > normal * 1.8 && large < normal * 2.2, `${normal} → ${large}`);
  await page.locator('civic-stats').screenshot({ path: `${ARTIFACTS}a11y-font-32.png` });
  await context.close();
});

test('the toolbar\'s arrow keys move along its tools, as a screen reader\'s "toolbar" promises', async () => {
  const { page, context } = await open(env.browser, `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=en`);
  await loaded(page);
  const focused = () => page.evaluate(() => document.querySelector('civic-stats').shadowRoot.activeElement?.textContent);
  await page.locator('civic-stats .toolbar button', { hasText: 'Table' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'Download');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'Step through');
  await page.keyboard.press('Home');
  assert.equal(await focused(), 'Table');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focused(), 'Fullscreen', 'wrapping');
  // The Download list keeps its own keys.
  await page.locator('civic-stats .toolbar button', { hasText: 'Download' }).click();
  const first = await focused();
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), first);
  await context.close();
});

test('the title is a heading one level below the page\'s heading before it, or at the level asked for', async () => {
  // The demo: under its h1, the chart's title is a level-2 heading, with the whole title.
  const { page, context } = await open(env.browser, `${env.base}?lang=en`);
  await loaded(page);
  const heading = page.getByRole('heading', { name: 'Civil society of Zhetysu Region', exact: true });
  assert.equal(await heading.getAttribute('aria-level'), '2');
  // Read, not shown: the canvas draws it.
  assert.ok((await heading.boundingBox()).width <= 1);
  // It follows the language, and a page's own heading naming the chart can take its place.
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('lang', 'ru'));
  assert.equal(await page.getByRole('heading', { name: 'Гражданское общество области Жетісу' }).count(), 1);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('heading', 'none'));
  assert.equal(await page.getByRole('heading', { name: 'Гражданское общество области Жетісу' }).count(), 0);
  await page.evaluate(() => document.querySelector('civic-stats').setAttribute('heading', '4'));
  assert.equal(await page.getByRole('heading', { level: 4 }).count(), 1);
  // A value that is no level is told to the page's author, once, and the page's headings
  // set the level (`heading="7"` had been ignored without a word).
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  for (const value of ['7', '7', '3']) {
    await page.evaluate((v) => document.querySelector('civic-stats').setAttribute('heading', v), value);
  }
  assert.deepEqual(warnings, ['<civic-stats heading="7">: not 1 to 6 or none; the level follows the page\'s headings']);
  // Under a section's h3, without the attribute: a level-4 heading.
  await page.evaluate(() => {
    const widget = document.querySelector('civic-stats');
    const section = document.createElement('h3');
    section.textContent = 'Statistics';
    widget.before(section);
    widget.removeAttribute('heading');
  });
  const title = page.getByRole('heading', { name: 'Гражданское общество области Жетісу' });
  assert.equal(await title.getAttribute('aria-level'), '4');
  await context.close();
  // The embed page: the title is the frame's one heading, at level 1.
  const embed = await open(env.browser, `${env.base}embed.html?src=data%2Fzhetysu-2023.json&lang=kk`);
  await loaded(embed.page);
  const headings = await embed.page.getByRole('heading').all();
  assert.equal(headings.length, 1);
  assert.equal(await headings[0].getAttribute('aria-level'), '1');
  assert.equal(await headings[0].textContent(), 'Жетісу облысының азаматтық қоғамы');
  assert.equal(await embed.page.title(), 'Жетісу облысының азаматтық қоғамы — civic-stats');
  await embed.context.close();
});
