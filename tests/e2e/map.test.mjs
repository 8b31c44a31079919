// The mechanism map: three mechanisms, four steps each, every step's links
// landing on the paragraph and the question they name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { clean, fresh, launch, ready, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the mechanism map links each step to its paragraph and its question', async () => {
  const { page, problems, context } = await fresh(browser, server, '#/en/map', { viewport: { width: 360, height: 740 } });
  assert.equal(await page.locator('.map-mechanism h2').count(), 3);
  assert.equal(await page.locator('.map-step').count(), 12);
  assert.deepEqual(await page.locator('.map-mechanism').first().locator('.map-step h3').allTextContents(),
    ['The problem it answered', 'How it works', 'What it did for WuDao', 'Its limits and trade-offs']);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(wide, 0, 'nothing scrolls sideways on a phone');

  const para = page.locator('.map-step a[href*="/read/"]').first();
  const paraId = (await para.getAttribute('href')).split('/').pop();
  await para.click();
  await ready(page);
  assert.match(page.url(), new RegExp(`#/en/read/ch\\d/${paraId}$`));
  await page.waitForFunction((id) => document.activeElement?.id === id || document.activeElement?.closest(`#${id}`), paraId);

  await page.goBack();
  await ready(page);
  const question = page.locator('.map-step a[href*="/quiz/"]').first();
  const questionId = (await question.getAttribute('href')).split('/').pop();
  await question.click();
  await ready(page);
  assert.match(page.url(), new RegExp(`#/en/quiz/ch\\d/${questionId}$`));
  await page.waitForFunction((id) => document.activeElement?.id === id || document.activeElement?.closest(`#${id}`), questionId);

  await page.goto(`${server.url}#/zh/map`);
  await ready(page);
  assert.equal(await page.textContent('h1'), '机制地图');
  clean(problems);
  await context.close();
});
