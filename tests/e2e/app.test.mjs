// End-to-end journeys on the release build, served under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { clean, fresh, launch, openPage, ready, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = (hash, options) => fresh(browser, server, hash, options);


test('the app loads under a sub-path, in Chinese, with the chapter list', async () => {
  const { page, problems, context } = await open();
  assert.match(await page.title(), /悟道/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.equal(await page.locator('.chapter-card').count(), 6);
  assert.ok((await page.textContent('h1')).length > 2);
  clean(problems);
  await context.close();
});

test('every chapter deep link opens that chapter in a fresh profile', async () => {
  for (let n = 1; n <= 6; n++) {
    const { page, problems, context } = await open(`#/zh/read/ch${n}`);
    assert.match(await page.textContent('.eyebrow'), new RegExp(`第${n}章`));
    assert.ok(await page.locator('p.para').count() > 0);
    clean(problems);
    await context.close();
  }
});

test('a broken link shows a way home, never a blank page', async () => {
  const { page, problems, context } = await open('#/zh/read/ch99');
  assert.match(await page.textContent('h1'), /找不到/);
  await page.click('main a.button');
  await ready(page);
  assert.equal(await page.locator('.chapter-card').count(), 6);
  clean(problems);
  await context.close();
});

test('keyboard: switch language, open and close a glossary popover', async () => {
  const { page, problems, context } = await open('#/zh/read/ch3');
  // Tab to the language switch and press Enter.
  await page.focus('a.brand');
  for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement.className)) !== 'lang-switch'; i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.className), 'lang-switch');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('.eyebrow'), /Chapter 3/);
  // Tab from the heading to the first glossary term, open it with Enter.
  await page.focus('#page-heading');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.classList.contains('term'))) break;
  }
  const term = page.locator('button.term:focus');
  assert.equal(await term.count(), 1, 'a glossary term takes focus');
  await page.keyboard.press('Enter');
  assert.equal(await term.getAttribute('aria-expanded'), 'true');
  const popover = page.locator(`#${await term.getAttribute('aria-controls')}`);
  assert.ok(await popover.isVisible());
  assert.ok((await popover.textContent()).length > 10, 'the definition is shown');
  await page.keyboard.press('Escape');
  assert.ok(await popover.isHidden());
  // Reload: the language choice is remembered.
  await page.goto(server.url);
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  clean(problems);
  await context.close();
});

test('home offers to continue where the reader left off', async () => {
  const { page, problems, context } = await open('#/en');
  assert.match(await page.textContent('a.button.primary'), /Start reading/);
  await page.goto(server.url + '#/en/read/ch2');
  await ready(page);
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(700);
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(300);
  await page.goto(server.url + '#/en');
  await ready(page);
  const start = page.locator('a.button.primary');
  assert.match(await start.textContent(), /Continue where you left off/);
  assert.match(await start.getAttribute('href'), /^#\/en\/read\/ch2\/ch2-p\d+$/);
  await start.click();
  await page.waitForSelector('p.para.highlight');
  clean(problems);
  await context.close();
});

test("a student's visit never fetches the teacher's bundle; a teacher's link opens it on its own page", async () => {
  const session = await openPage(browser, server.origin);
  const { page, problems, context } = session;
  const fetched = [];
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}#/zh/quiz/ch1`);
  await ready(page);
  await page.locator('section.question input').first().waitFor();
  // The service worker has cached the student's app (and nothing of the teacher's).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await caches.keys()).length > 0);
  const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat());
  assert.ok(cached.some((u) => /zhiyuan-[0-9a-f]+_bg\.wasm$/.test(u)), 'the student app is cached for offline use');
  assert.deepEqual(fetched.filter((p) => p.includes('teacher')), [], 'nothing of the teacher bundle was fetched');
  assert.deepEqual(cached.filter((u) => u.includes('teacher')), [], 'nor cached');
  // A teacher's link on the student's page opens the teacher's page at the same route.
  await page.evaluate(() => { location.hash = '#/en/teacher'; });
  await page.waitForURL(/\/teacher\.html#\/en\/teacher$/);
  await ready(page);
  assert.equal(await page.textContent('h1'), 'Make an assignment');
  assert.ok(fetched.some((p) => /\/teacher-[0-9a-f]+_bg\.wasm$/.test(p)));
  // From there a student's page still works (every page is in the teacher's bundle).
  await page.evaluate(() => { location.hash = '#/en/read/ch2'; });
  await page.locator('.eyebrow', { hasText: 'Chapter 2' }).waitFor();
  clean(problems);
  await context.close();
});
