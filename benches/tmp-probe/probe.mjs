import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
const { url, server } = await startServer(0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu'] });
const shots = [
  ['bar', 1024, 768, '&chart=bar&measure=per-10k&sort=value-desc'],
  ['bar1080', 1920, 1080, '&chart=bar&measure=per-10k&sort=value-desc'],
  ['pie', 1024, 768, '&chart=pie&regions=KZ-33'],
  ['trend', 1024, 768, '&chart=trend'],
  ['compare', 1024, 768, '&chart=compare&regions=KZ-33,KZ-10'],
];
for (const [name, w, h, q] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(`${url}embed.html?src=data%2Fexamples%2Fillustrative-regions.json&lang=kk${q}`);
  await page.waitForFunction(() => document.querySelector('civic-stats')?.chart?.texts().length > 0);
  await page.locator('civic-stats .toolbar button', { hasText: 'Қадамдап көрсету' }).click();
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/p-${name}.png` });
  const info = await page.evaluate(() => { const e = document.querySelector('civic-stats'); return { h: e.getBoundingClientRect().height, scroll: document.documentElement.scrollHeight, texts: e.chart.texts().length }; });
  console.log(name, JSON.stringify(info));
  await page.close();
}
await browser.close(); server.close();
