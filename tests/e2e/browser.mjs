// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, and
// the project's own static server on a free port.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { startServer as serve } from '../../scripts/serve.mjs';

export const ARTIFACTS = new URL('../../artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--no-first-run',
    ],
  });
}

/** The project's server plus the test fixtures at /fixtures/ and the CSV corpus at /csv/. */
export function startServer(port = 0) {
  return serve(port, '127.0.0.1', [
    ['/fixtures/', new URL('./fixtures', import.meta.url).pathname],
    ['/csv/', new URL('../data/csv', import.meta.url).pathname],
  ]);
}

/** Waits until the <civic-stats> element matching `selector` has loaded its data. */
export async function loaded(page, selector = 'civic-stats') {
  await page.waitForFunction((s) => {
    const el = document.querySelector(s);
    return el?.chart && el.getAttribute('aria-busy') !== 'true' && el.chart.texts().length > 0;
  }, selector, { timeout: 20000 });
}

/** Calls a method of the element's chart in the page. */
export function chart(page, method, ...args) {
  return page.evaluate(([m, a]) => {
    const c = document.querySelector('civic-stats').chart;
    return c[m](...a);
  }, [method, args]);
}

/**
 * Opens `path` and collects console errors, page errors and CSP violations; `init` runs in the
 * page before its own scripts.
 */
export async function open(browser, url, { width = 900, height = 700, scale = 1, offline = false, init = null, touch = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: scale,
    // A phone: taps, no hover, no keyboard.
    hasTouch: touch,
    isMobile: touch,
    // The offline cache is tested on its own; elsewhere it would hide requests from page.route.
    serviceWorkers: offline ? 'allow' : 'block',
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { page, context, problems };
}

/** Counts canvas pixels that differ from the background, in the canvas's backing store. */
export async function paintedPixels(page, selector = 'civic-stats') {
  return page.$eval(selector, (host) => {
    const canvas = host.shadowRoot ? host.shadowRoot.querySelector('canvas') : host;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) painted++;
    }
    return painted;
  });
}

/**
 * One server and one browser for a test file: registers the file's before/after hooks and
 * returns an object whose `browser` and `base` (the server's URL) are set once they run.
 */
export function withBrowser() {
  const env = {};
  before(async () => {
    const { server, url } = await startServer();
    Object.assign(env, { server, base: url, browser: await launch() });
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
