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
  // The page itself never asks for the English text (the service worker keeps a copy for offline use, in the background).
  const english = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('book-en-')));
  assert.deepEqual(english, [], 'a Chinese visit fetches no English text');
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

test('English text comes as its own file: fetched for an English link, and when it cannot be, the page stays in Chinese with a notice in both languages', async () => {
  // An English deep link in a fresh profile fetches the English part and shows English.
  const first = await openPage(browser, server.origin);
  const fetched = [];
  first.context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await first.page.goto(`${server.url}#/en/read/ch2`);
  await ready(first.page);
  assert.equal(await first.page.getAttribute('html', 'lang'), 'en');
  assert.match(await first.page.textContent('.eyebrow'), /Chapter 2/);
  assert.ok(fetched.some((p) => /\/book-en-[0-9a-f]{16}\.bin$/.test(p)), 'the English part was fetched');
  clean(first.problems);
  await first.context.close();

  // The English part cannot be fetched (offline before the service worker kept it).
  const { page, context, problems } = await openPage(browser, server.origin);
  await context.route(/book-en-[0-9a-f]+\.bin$/, (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(`${server.url}#/zh/read/ch3`);
  await ready(page);
  const heading = await page.textContent('h1');
  await page.locator('a.lang-switch').click();
  const notice = page.locator('.notice.english');
  await notice.filter({ hasText: 'could not be loaded' }).waitFor();
  assert.match(await notice.textContent(), /英文内容没能加载/);
  assert.equal(await page.textContent('h1'), heading, 'the chapter stays, in Chinese');
  assert.match(page.url(), /#\/zh\/read\/ch3$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  // Back online: the same switch shows English, and the notice goes.
  await context.unroute(/book-en-[0-9a-f]+\.bin$/);
  await page.locator('a.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.notEqual(await page.textContent('h1'), heading);
  assert.equal(await notice.count(), 0);
  // The failed fetches were the browser's console errors, and nothing else.
  assert.deepEqual(problems.console.filter((m) => !/503|Failed to load resource/.test(m)), []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

/** Holds the student's wasm back until the returned function is called. */
async function holdApp(context) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/zhiyuan-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  return release;
}

/** Records layout shifts from the start of the next page load; the returned function reads them. */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => window.shifts);
}

/** Where an element is on the page, rounded to the pixel. */
const box = (page, selector) => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return [r.left, r.top, r.width, r.height].map(Math.round);
});

/** The page's words as shown, and every accessible name, for comparing the HTML's page with the app's. */
const reading = (page, selector) => page.locator(selector).evaluateAll((els) => ({
  words: els.map((el) => el.innerText).join('\n').replace(/\s+/g, ' ').trim(),
  labels: els.flatMap((el) => [...el.querySelectorAll('[aria-label]')].map((x) => x.getAttribute('aria-label'))),
}));

/**
 * A first visit to `hash` with the app held back: the page from the HTML is
 * shown (`shown`: a selector in it), `act` does what a student does there,
 * then the app starts. The app's page must read the same and have the same
 * `places` (selectors) and scroll, with no layout shift. Returns the session.
 */
async function replaced(hash, { viewport = { width: 390, height: 844 }, shown, places, act = async () => {} }) {
  const session = await openPage(browser, server.origin, { viewport });
  const { page, context } = session;
  const release = await holdApp(context);
  const shifts = await recordShifts(page);
  await page.goto(server.url + hash);
  await page.locator(`#prerender ${shown}`).first().waitFor();
  assert.equal(await page.locator('.loading').isVisible(), false, `${hash}: no loading message over the page`);
  await act(page);
  const place = async (selector) => {
    const boxes = {};
    for (const p of places) boxes[p] = await box(page, p);
    return { ...(await reading(page, selector)), boxes, scroll: await page.evaluate(() => window.scrollY) };
  };
  const before = await place('#prerender');
  release();
  await ready(page);
  assert.equal(await page.locator('#prerender').count(), 0, 'the app removed the HTML page');
  assert.deepEqual(await place('header.site-header, main#main'), before, `${hash} at ${viewport.width}px: the same words, names, places and scroll`);
  await page.waitForTimeout(300);
  assert.deepEqual(await shifts(), [], `${hash} at ${viewport.width}px: no layout shift`);
  return session;
}

test('a first visit to the home page shows it from the HTML before the app starts; the app takes over with the same words in the same places (no layout shift)', async () => {
  const { context, problems } = await replaced('#/zh', {
    viewport: { width: 1280, height: 800 },
    shown: 'h1',
    places: ['h1', '.chapter-card:last-child', '.map-card'],
    act: async (page) => {
      assert.equal(await page.locator('#prerender .chapter-card').count(), 6);
      assert.match(await page.locator('#prerender').innerText(), /第6章/);
    },
  });
  clean(problems);
  await context.close();
});

test('a first visit from a quiz link shows the quiz from the HTML, answerable before the app starts; the app keeps the answers, the focus and the scroll, with the same words in the same places (no layout shift)', async () => {
  const answers = {};
  const { page, context, problems } = await replaced('#/zh/quiz/ch3', {
    shown: 'section.question',
    places: ['h1', '#ch3-q5', 'section.question:last-child'],
    // Answers of four kinds, before the app has arrived (the same arrangement of choices after: the words are compared).
    act: async (page) => {
      assert.match(await page.textContent('#prerender h1'), /^测验：/);
      const single = page.locator('#ch3-q1 input[type=radio]').nth(2);
      answers.single = await single.getAttribute('value');
      await single.check();
      const multi = page.locator('#prerender input[type=checkbox]').first();
      answers.multi = await multi.getAttribute('name');
      await multi.check();
      const truth = page.locator('#prerender input[value=false]').first();
      answers.truth = await truth.getAttribute('name');
      await truth.check();
      await page.locator('#ch3-q5-input').fill('3');
      await page.locator('#ch3-q5-input').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 37));
    },
  });
  const words = (await reading(page, 'main#main')).words;
  assert.ok(await page.locator(`#ch3-q1 input[value="${answers.single}"]`).isChecked(), 'the single choice is kept');
  assert.ok(await page.locator(`input[name="${answers.multi}"]`).first().isChecked(), 'the multiple choice is kept');
  assert.ok(await page.locator(`input[name="${answers.truth}"][value=false]`).isChecked(), 'true or false is kept');
  assert.equal(await page.inputValue('#ch3-q5-input'), '3', 'the typed answer is kept');
  await page.waitForFunction(() => document.activeElement?.id === 'ch3-q5-input');
  // Saved at once, with the arrangement's seed: a reload shows the same.
  await page.waitForFunction(() => /"ch3-q5"/.test(localStorage.getItem('zhiyuan.progress') || ''));
  await page.reload();
  await ready(page);
  assert.ok(await page.locator(`#ch3-q1 input[value="${answers.single}"]`).isChecked());
  assert.equal((await reading(page, 'main#main')).words, words, 'the same arrangement after a reload');
  clean(problems);
  await context.close();
});

test('in English too: a first visit from an English quiz link or to the English home shows that page from the HTML, in English, and the app takes over in place', async () => {
  for (const [hash, shown, places] of [['#/en/quiz/ch2', 'section.question', ['h1', 'section.question:nth-child(4)']], ['#/en', 'h1', ['h1', '.map-card']]]) {
    const { page, context, problems } = await replaced(hash, {
      shown,
      places,
      act: async (page) => {
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', `${hash}: the page says it is English`);
        assert.match(await page.locator('#prerender h1').innerText(), /[A-Za-z]/);
      },
    });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    clean(problems);
    await context.close();
  }
});

test('a quiz from the HTML left untouched is replaced as a first visit is drawn: the same words in the same places, focus on the heading, no layout shift', async () => {
  const { page, context, problems } = await replaced('#/zh/quiz/challenge', {
    viewport: { width: 1280, height: 800 }, shown: 'section.question', places: ['h1', 'section.question:nth-child(3)'],
  });
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  clean(problems);
  await context.close();
});

test('a first visit from a chapter link shows the chapter from the HTML with its visuals; the app takes over with the same words, names and places, keeping the scroll (no layout shift)', async () => {
  const { context, problems } = await replaced('#/zh/read/ch3', {
    shown: 'p.para',
    places: ['h1', 'figure.visual', '.chapter-nav'],
    act: async (page) => {
      assert.ok(await page.locator('#prerender figure.visual svg').count() > 0, 'its visuals are drawn');
      await page.locator('#prerender figure.visual').first().scrollIntoViewIfNeeded();
      assert.ok(await page.evaluate(() => window.scrollY) > 0);
    },
  });
  clean(problems);
  await context.close();
});

test('a chapter from the HTML left untouched is replaced in batches without a layout shift, on a laptop and a phone', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { page, context, problems } = await replaced('#/zh/read/ch2', { viewport, shown: 'p.para', places: ['h1', '.chapter-nav'] });
    await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
    clean(problems);
    await context.close();
  }
});

test('on the quiz from the HTML, a match chosen and a Check pressed before the app starts are taken over: the answer is checked with its feedback', async () => {
  const { page, context, problems } = await openPage(browser, server.origin);
  const release = await holdApp(context);
  await page.goto(server.url + '#/zh/quiz/ch3');
  await page.locator('#prerender section.question').first().waitFor();
  const select = page.locator('#ch3-q6 select').first();
  await select.selectOption({ index: 2 });
  const chosen = await select.inputValue();
  await page.locator('#ch3-q1 input[type=radio]').first().check();
  await page.locator('#ch3-q1 .actions button').click();
  assert.equal(await page.locator('#ch3-q1 .feedback-region').innerText(), '正在加载……', 'the Check waits for the app, and says so');
  release();
  await ready(page);
  await page.locator('#ch3-q1 .feedback .verdict').waitFor();
  assert.equal(await page.locator('#ch3-q1 .actions button', { hasText: '检查答案' }).count(), 0, 'checked: its Check button is gone');
  const feedback = await page.locator('#ch3-q1 .feedback').innerText();
  assert.match(feedback, /解析：/);
  assert.doesNotMatch(feedback, /[\u3400-\u9fff\uff09][:(]/, 'full-width punctuation after Chinese: the choice and the explanation are followed by ：');
  assert.equal(await page.locator('#ch3-q6 select').first().inputValue(), chosen, 'the match is kept');
  assert.equal(await page.locator('#ch3-q6 .match-chosen').count(), 1, 'and written out in full');
  await page.waitForFunction(() => /"attempts":1/.test(localStorage.getItem('zhiyuan.progress') || ''));
  clean(problems);
  await context.close();
});

test('the wasm: fetched once the page from the HTML is painted on a first visit (content first), preloaded at once on any other', async () => {
  const { page, context, problems } = await openPage(browser, server.origin, { serviceWorkers: 'block' });
  // When the page from the HTML was painted, as the browser reports it (its largest paint inside #prerender).
  await page.addInitScript(() => {
    window.painted = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.element?.closest('#prerender')) window.painted.push(e.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const wasmStart = () => page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((r) => /_bg\.wasm$/.test(r.name));
    return { wasm: wasm?.startTime, paint: window.painted[0], preload: !!document.querySelector('link[rel=preload][href$="_bg.wasm"]') };
  });
  for (const hash of ['#/zh', '#/zh/quiz/ch3']) {
    await page.goto(server.url + hash);
    await ready(page);
    const t = await wasmStart();
    assert.ok(t.paint > 0 && t.wasm >= t.paint, `${hash}: the wasm (${t.wasm}) after the page from the HTML was painted (${t.paint})`);
    assert.equal(t.preload, false, hash);
    await context.clearCookies();
    await page.evaluate(() => localStorage.clear());
  }
  await page.goto(server.url + '#/zh/read/ch2');
  await page.reload();
  await ready(page);
  assert.equal((await wasmStart()).preload, true, 'a deep link preloads the wasm from the head');
  clean(problems);
  await context.close();
});

test('a link to one question or paragraph, a page not written as HTML, or a returning student sees the loading message, never a page from the HTML', async () => {
  // No service worker, so that a returning visit's wasm can be held back too.
  const { page, context, problems } = await openPage(browser, server.origin, { serviceWorkers: 'block' });
  const release = await holdApp(context);
  for (const hash of ['#/zh/quiz/ch3/ch3-q2', '#/en/summary', '#/zh/read/ch2/ch2-p1', '#/zh/read/no-such-chapter']) {
    await page.goto('about:blank');
    await page.goto(server.url + hash);
    await page.locator('.loading').waitFor();
    assert.equal(await page.locator('#prerender').isVisible(), false, hash);
  }
  release();
  await ready(page);
  await page.goto(server.url + '#/zh/read/ch1');
  await page.waitForFunction(() => localStorage.getItem('zhiyuan.progress'));
  await context.unrouteAll();
  const again = await holdApp(context);
  await page.goto(server.url + '#/zh');
  await page.reload();
  await page.locator('.loading').waitFor();
  assert.equal(await page.locator('#prerender').isVisible(), false, 'a returning student waits for their own progress');
  again();
  await ready(page);
  clean(problems);
  await context.close();
});
