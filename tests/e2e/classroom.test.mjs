// Ready for real classrooms: accessibility audit (axe-core) on every page
// type and state in both themes, offline use after one visit, a new version
// picked up and announced, display settings remembered, and screenshots for
// people to look at (tests/e2e/artifacts/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { basePath, chromiumArgs, clean, fresh, launch, openPage, ready, root, serve } from './harness.mjs';
import { assignmentCode } from './formats.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const artifacts = new URL('./artifacts/', import.meta.url).pathname;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); await mkdir(artifacts, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });


/** Runs axe-core (WCAG 2.2 A and AA rules, and its best practices) and returns its violations, readably. */
async function audit(page, state) {
  await page.waitForTimeout(300); // let feedback animations finish
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return violations.map((v) => `[${state}] ${v}`);
}

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no WCAG 2.2 AA violation and no best-practice issue on any page or state (${scheme})`, async () => {
    const { page, context, problems } = await openPage(browser, server.origin, { colorScheme: scheme });
    await context.addInitScript({ content: axeSource });
    const found = [];
    const visit = async (hash, state) => {
      await page.goto(server.url + hash);
      await ready(page);
      await page.waitForTimeout(150);
      found.push(...await audit(page, state));
    };
    await visit('#/zh', 'home zh');
    await visit('#/en', 'home en');
    await visit('#/zh/read/ch3', 'chapter');
    await page.locator('button.term').first().click();
    found.push(...await audit(page, 'chapter with a glossary popover open'));
    await visit('#/en/read/ch3/ch3-p2?back=ch3-q1', 'paragraph from a question');
    await visit('#/en/quiz/ch5', 'quiz before checking');
    for (const q of await page.locator('section.question').all()) {
      const radio = q.locator('input[type=radio], input[type=checkbox]').first();
      if (await radio.count()) await radio.check();
      const text = q.locator('input[type=text]');
      if (await text.count()) await text.fill('1');
      for (const select of await q.locator('select').all()) await select.selectOption({ index: 1 });
      await q.getByRole('button', { name: 'Check' }).click();
    }
    found.push(...await audit(page, 'quiz after checking every kind'));
    await page.locator('.mode-picker input').nth(1).check();
    await page.locator('#quiz-results input[type=checkbox]').check();
    found.push(...await audit(page, 'quiz with correct answers shown'));
    await visit('#/zh/map', 'mechanism map');
    await visit('#/en/summary', 'summary');
    await page.getByRole('button', { name: 'Reset all progress' }).click();
    found.push(...await audit(page, 'summary with a confirmation open'));
    await visit('#/en/teacher', 'teacher: assignment builder');
    await page.check('.chapter-pick input.whole-chapter[value="ch1"]');
    await page.click('button.keep-on-desk');
    await page.locator('.my-assignments .desk-item').first().waitFor();
    found.push(...await audit(page, 'teacher: an assignment built, and My assignments'));
    await visit('#/zh/results', 'teacher: class results');
    const quiz = assignmentCode([1, 0, 4, ...Buffer.from('Quiz'), 0x81, 1]);
    await visit(`#/en/a/${quiz}`, 'assignment: name and student number first');
    await page.fill('#student-name', 'Ann');
    await page.fill('#student-number', '7');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Submit and get my result code' }).click();
    found.push(...await audit(page, 'assignment: confirming questions left open'));
    await page.getByRole('button', { name: 'Submit anyway' }).click();
    await page.locator('#result-code').waitFor();
    found.push(...await audit(page, 'assignment: submitted, frozen, its code'));
    const code = await page.inputValue('#result-code');
    await visit(`#/en/results/${quiz}`, 'teacher: class results of an assignment');
    await page.fill('#pasted-codes', code);
    await page.locator('.class-table tbody tr').first().waitFor();
    found.push(...await audit(page, 'teacher: the class table'));
    await visit(`#/en/key/${quiz}`, "teacher: the answer key");
    await visit(`#/en/project/${quiz}`, 'teacher: projector mode');
    await visit('#/en/a/not-a-real-code', 'a damaged assignment link');
    await visit('#/en/nowhere', 'not found');
    assert.deepEqual(found, []);
    clean(problems);
    await context.close();
  });
}

test('offline after one visit: reload with the network cut, then read and answer', async () => {
  const { page, context, problems } = await fresh(browser, server, '#/en');
  await controlled(page);
  // Cut the network through the DevTools protocol, and stop the server too.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await context.setOffline(true);
  server.down(true);
  try {
    await page.reload();
    await ready(page);
    await page.goto(server.url + '#/en/read/ch4');
    await ready(page);
    assert.ok(await page.locator('p.para').count() > 5, 'a chapter reads offline');
    await page.goto(server.url + '#/en/quiz/ch4');
    await ready(page);
    const q = page.locator('section.question').filter({ has: page.locator('input[type=radio]') }).first();
    await q.locator('input[type=radio]').first().check();
    await q.getByRole('button', { name: 'Check' }).click();
    await q.locator('.verdict').waitFor();
  } finally {
    server.down(false);
  }
  await context.close();
  assert.deepEqual(problems.foreign, []);
});

/** Waits until the service worker controls the page, its files cached. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 50));
  });
}

test('offline after a first visit in Chinese: every chapter and its quiz, in both languages', async () => {
  const { page, context, problems } = await fresh(browser, server, '#/zh');
  const chapters = [...new Set(await page.$$eval('.chapter-card a[href*="/read/"]', (as) => as.map((a) => a.getAttribute('href').match(/read\/([a-z0-9-]+)/)[1])))];
  assert.equal(chapters.length, 6);
  await controlled(page);
  await context.setOffline(true);
  server.down(true);
  try {
    for (const lang of ['zh', 'en']) {
      for (const chapter of chapters) {
        await page.goto(`${server.url}#/${lang}/read/${chapter}`);
        await page.locator(`html[lang="${lang === 'zh' ? 'zh-Hans' : 'en'}"] p.para`).first().waitFor();
        assert.ok((await page.textContent('h1')).trim().length > 1, `${lang} ${chapter} has its title`);
        await page.goto(`${server.url}#/${lang}/quiz/${chapter}`);
        await page.locator('section.question').first().waitFor();
        assert.ok((await page.textContent('section.question')).trim().length > 10, `${lang} quiz ${chapter} has its questions`);
      }
    }
    assert.equal(await page.locator('.notice.english').count(), 0, 'the English text came from the cache');
  } finally {
    server.down(false);
  }
  clean(problems);
  await context.close();
});

test('installable: Chromium finds the manifest, icon and service worker enough to install the app', async () => {
  // Test profiles are incognito, where nothing installs; this one is on disk.
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'zhiyuan-install-')), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs,
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(server.url);
    await ready(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    assert.ok(url.endsWith(basePath + 'manifest.webmanifest'), url);
    assert.deepEqual(errors, []);
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
  } finally {
    await context.close();
  }
});

test('a new deployment is picked up on the next load and announced, progress kept', async () => {
  const { page, context, problems } = await fresh(browser, server, '#/en/quiz/ch1');
  const q = page.locator('section.question').filter({ has: page.locator('input[type=radio]') }).first();
  await q.locator('input[type=radio]').first().check();
  await page.evaluate(() => navigator.serviceWorker.ready);
  // "Deploy" a new version: same app, a new build id and service worker.
  const next = await mkdtemp(join(tmpdir(), 'zhiyuan-next-'));
  await cp(root, next, { recursive: true });
  const index = join(next, 'index.html');
  const built = await readFile(index, 'utf8');
  const [id] = built.match(/\b[0-9a-f]{16}\b/) ?? [];
  assert.ok(id, 'index.html names its build');
  const html = built.replaceAll(id, 'next0123456789ab');
  await writeFile(index, html);
  const sw = join(next, 'sw.js');
  await writeFile(sw, (await readFile(sw, 'utf8')).replace(/zhiyuan-[0-9a-f]+/, 'zhiyuan-next'));
  server.deploy(next);
  try {
    await page.reload();
    await ready(page);
    await page.locator('.notice.info').waitFor();
    assert.match(await page.textContent('.notice.info'), /updated to a new version/);
    assert.ok(await q.locator('input[type=radio]').first().isChecked(), 'the answer in progress is kept');
  } finally {
    server.deploy(root);
  }
  clean(problems);
  await context.close();
});

test('dark mode and text size: toggled, applied and remembered', async () => {
  const { page, context, problems } = await fresh(browser, server, '#/en/read/ch1', { colorScheme: 'light' });
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('theme-dark')), false);
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.getByRole('button', { name: /Text size/ }).click();
  const look = () => page.evaluate(() => ({
    dark: document.documentElement.classList.contains('theme-dark'),
    scale: document.documentElement.style.getPropertyValue('--text-scale'),
    bg: getComputedStyle(document.body).backgroundColor,
  }));
  const before = await look();
  assert.equal(before.dark, true);
  assert.equal(before.scale, '1.15');
  await page.reload();
  await ready(page);
  assert.deepEqual(await look(), before);
  assert.equal(await page.getAttribute('button[aria-label="Dark mode"]', 'aria-pressed'), 'true');
  clean(problems);
  await context.close();
});

test('every control reached with Tab shows a visible focus indicator', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  const found = [];
  for (const hash of ['#/zh', '#/zh/read/ch1', '#/en/read/ch3', '#/en/quiz/ch5', '#/en/summary', '#/en/teacher', '#/zh/results']) {
    await page.goto(server.url + hash);
    await ready(page);
    await page.waitForTimeout(200);
    await page.evaluate(() => document.querySelectorAll('[data-tabbed]').forEach((e) => delete e.dataset.tabbed));
    let reached = 0;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        // Back at the start: every control of the page has had its turn.
        if (!el || el === document.body || el.dataset.tabbed) return null;
        el.dataset.tabbed = 'yes';
        const style = getComputedStyle(el);
        const hit = el.querySelector?.(':scope > .hit');
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const drawn = hit && parseFloat(getComputedStyle(hit).strokeWidth) >= 2;
        const key = `${el.tagName.toLowerCase()}#${el.id}.${el.getAttribute('class') ?? ''} "${(el.textContent || el.value || '').trim().slice(0, 24)}"`;
        return { key, shown: ring || Boolean(drawn) };
      });
      if (!focus) break;
      reached += 1;
      if (!focus.shown) found.push(`${hash} ${focus.key}`);
    }
    assert.ok(reached >= 2, `${hash}: Tab reached ${reached} controls`);
  }
  assert.deepEqual(found, []);
  clean(problems);
  await context.close();
});

/** Fonts for a browser that has no Chinese font, as on a fresh machine without
 * fonts-noto-cjk: a fontconfig file in a temp dir that lists one Latin font folder. */
const latinFonts = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation'].find(existsSync);

async function launchWithoutChineseFont() {
  assert.ok(latinFonts, 'a Latin font folder (fonts-dejavu-core) to run without a Chinese font');
  const dir = await mkdtemp(join(tmpdir(), 'zhiyuan-no-cjk-'));
  const file = join(dir, 'fonts.conf');
  const family = latinFonts.includes('dejavu') ? 'DejaVu Sans' : 'Liberation Sans';
  await writeFile(file, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${latinFonts}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <alias><family>sans-serif</family><prefer><family>${family}</family></prefer></alias>
</fontconfig>
`);
  return launch({ env: { ...process.env, FONTCONFIG_FILE: file } });
}

/** Whether Chinese has glyphs: 教 drawn as wide as a code point no font has (U+0378,
 * unassigned) is the missing-glyph box. */
const chineseGlyphs = (page) => page.evaluate(() => {
  const c = document.createElement('canvas').getContext('2d');
  c.font = `40px ${getComputedStyle(document.body).fontFamily}`;
  const han = c.measureText('教师教师').width;
  const none = c.measureText('\u0378\u0378\u0378\u0378').width;
  return { han, none, has: Math.abs(han - none) > 1 };
});

/** Opens the glossary card of the term nearest each edge of the page at this width, and checks
 * that it stays inside the viewport without widening the page, that only one is open at a time,
 * and that an outside tap, Escape and scrolling close it. Returns what fails, one line each. */
async function cardsAtEdges(page, hash) {
  const found = [];
  await page.goto(server.url + hash);
  await ready(page);
  const terms = page.locator('button.term');
  const edges = await terms.evaluateAll((bs) => {
    const r = bs.map((b, i) => ({ i, left: b.getBoundingClientRect().left, right: b.getBoundingClientRect().right }));
    return [r.reduce((a, b) => (b.left < a.left ? b : a)).i, r.reduce((a, b) => (b.right > a.right ? b : a)).i];
  });
  const open = page.locator('.popover:not([hidden])');
  const settle = () => page.waitForTimeout(120); // let scroll events from scrolling a term into view pass
  for (const [edge, i] of [['left', edges[0]], ['right', edges[1]]]) {
    const term = terms.nth(i);
    await term.scrollIntoViewIfNeeded();
    await settle();
    await term.click();
    await open.waitFor();
    const at = await open.evaluate((card) => {
      const r = card.getBoundingClientRect();
      const root = document.documentElement;
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, vw: root.clientWidth, vh: window.innerHeight, wide: root.scrollWidth - root.clientWidth };
    });
    const where = `${hash} at ${at.vw}px, the card of the ${edge}most term`;
    if (at.left < 0 || at.right > at.vw) found.push(`${where} runs off the screen (${Math.round(at.left)}–${Math.round(at.right)})`);
    if (at.top < 0 || at.bottom > at.vh) found.push(`${where} runs off the screen vertically (${Math.round(at.top)}–${Math.round(at.bottom)})`);
    if (at.wide > 0) found.push(`${where} widens the page by ${at.wide}px`);
    await page.keyboard.press('Escape');
    if (await open.count() !== 0) found.push(`${where}: Escape does not close it`);
    if (!(await term.evaluate((b) => b === document.activeElement))) found.push(`${where}: Escape does not return focus to the term`);
  }
  // One at a time: opening another term's card (one on screen with the first) closes the first.
  await terms.nth(edges[0]).scrollIntoViewIfNeeded();
  await settle();
  const other = await terms.evaluateAll((bs, first) => bs.findIndex((b, i) => {
    const r = b.getBoundingClientRect();
    return i !== first && r.top > 60 && r.bottom < window.innerHeight - 60;
  }), edges[0]);
  await terms.nth(edges[0]).click();
  await open.waitFor();
  if (other >= 0) {
    await terms.nth(other).click();
    if (await open.count() !== 1) found.push(`${hash}: ${await open.count()} cards open at once`);
    if (await terms.nth(other).getAttribute('aria-expanded') !== 'true') found.push(`${hash}: the second card did not open`);
  }
  // A tap outside closes it.
  await page.mouse.click(2, (await page.viewportSize()).height - 2);
  if (await open.count() !== 0) found.push(`${hash}: a tap outside does not close the card`);
  // So does scrolling on.
  await terms.nth(edges[0]).click();
  await open.waitFor();
  await page.evaluate(() => window.scrollBy(0, 60));
  await page.waitForFunction(() => !document.querySelector('.popover:not([hidden])')).catch(() => found.push(`${hash}: scrolling does not close the card`));
  return found;
}

/** At 320 px wide: nothing scrolls sideways, and every control is at least 44×44 px to tap.
 * Returns what fails, one line each; saves screenshots at 320 and 360 px named by `fonts`. */
async function phoneCheck(browser, chinese, fonts) {
  const { page, problems, context } = await openPage(browser, server.origin, { viewport: { width: 320, height: 640 } });
  // The size of what a finger hits: the control, or the label around a checkbox or radio.
  const small = () => page.evaluate(() => [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
    .filter((el) => !el.closest('.sr-only, [hidden]') && el.getClientRects().length > 0)
    .map((el) => {
      const target = ['checkbox', 'radio'].includes(el.type) ? el.closest('label') ?? el : el;
      const r = target.getBoundingClientRect();
      return { what: `${el.tagName.toLowerCase()} ${el.getAttribute('class') ?? ''} "${(el.textContent || el.value || '').trim().slice(0, 24)}"`, w: r.width, h: r.height };
    })
    .filter((t) => t.w < 44 || t.h < 44)
    .map((t) => `${t.what}: ${Math.round(t.w)}×${Math.round(t.h)}`));
  const found = [];
  const code = assignmentCode([1, 0, 4, ...Buffer.from('Quiz'), 0x81, 1]);
  for (const hash of ['#/zh', '#/en', '#/zh/read/ch1', '#/zh/read/ch3', '#/en/read/ch5', '#/en/quiz/ch5', '#/zh/summary', '#/en/map',
    '#/en/teacher', '#/en/results', `#/en/results/${code}`, `#/zh/a/${code}`, `#/zh/a/${code}?print=sheet`, `#/zh/key/${code}`, `#/en/project/${code}`, '#/zh/a/not-a-real-code', '#/en/nowhere']) {
    await page.goto(server.url + hash);
    await ready(page);
    if (hash === '#/zh') {
      // The browser really has (or really lacks) a Chinese font, so this check measures what it says.
      const glyphs = await chineseGlyphs(page);
      assert.equal(glyphs.has, chinese, `Chinese ${chinese ? 'has' : 'has no'} glyphs (教师教师 ${glyphs.han}px, missing glyphs ${glyphs.none}px)${chinese ? ': install fonts-noto-cjk (scripts/setup.sh --browser)' : ''}`);
    }
    if (hash === '#/en/teacher') await page.locator('.chapter-pick summary').first().click();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (wide > 0) found.push(`${hash} scrolls sideways by ${wide}px`);
    found.push(...(await small()).map((s) => `${hash} ${s}`));
  }
  // Glossary cards of the terms at both edges, in both languages.
  for (const hash of ['#/zh/read/ch3', '#/en/read/ch1']) found.push(...await cardsAtEdges(page, hash));
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 740 });
    for (const [name, hash] of [['home', '#/zh'], ['chapter', '#/zh/read/ch3'], ['quiz', '#/zh/quiz/ch5']]) {
      await page.goto(server.url + hash);
      await ready(page);
      await page.screenshot({ path: join(artifacts, `${name}-${width}x740-${fonts}.png`) });
    }
  }
  clean(problems);
  await context.close();
  return found;
}

test('on a 320 px phone nothing scrolls sideways and every control is at least 44×44 px to tap', async () => {
  assert.deepEqual(await phoneCheck(browser, true, 'cjk'), []);
});

test('the same without any Chinese font: a control\'s size does not depend on the font', async () => {
  const bare = await launchWithoutChineseFont();
  try {
    assert.deepEqual(await phoneCheck(bare, false, 'no-cjk'), []);
  } finally {
    await bare.close();
  }
});

test('at 390 px a glossary card at either edge stays on screen, one at a time, closed by a tap outside, Escape or scrolling', async () => {
  const { page, problems, context } = await openPage(browser, server.origin, { viewport: { width: 390, height: 844 } });
  const found = [];
  for (const hash of ['#/zh/read/ch2', '#/en/read/ch4']) found.push(...await cardsAtEdges(page, hash));
  assert.deepEqual(found, []);
  clean(problems);
  await context.close();
});

test('each page type has its own document title, in its language', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  const code = assignmentCode([1, 0, 4, ...Buffer.from('Quiz'), 0x81, 1]);
  const expected = [
    ['#/zh', /^悟道之路$/],
    ['#/zh/read/ch1', /^.+ · 悟道之路$/],
    ['#/en/read/ch1', /^.+ · The Road to WuDao$/],
    ['#/en/quiz/ch1', /^Quiz: .+ · The Road to WuDao$/],
    ['#/en/quiz/challenge', /^Mechanism challenge · The Road to WuDao$/],
    [`#/en/a/${code}`, /^Assignment: Quiz · The Road to WuDao$/],
    [`#/zh/a/${code}`, /^作业：Quiz · 悟道之路$/],
    [`#/en/a/${code}?print=sheet`, /^Worksheet to print: Quiz/],
    [`#/en/key/${code}`, /^Answer key: Quiz/],
    [`#/en/results/${code}`, /^Class results: Quiz/],
    ['#/en/teacher', /^Make an assignment · /],
    ['#/en/summary', /^My progress · /],
    ['#/en/nowhere', /^This page doesn't exist · /],
  ];
  const titles = [];
  for (const [hash, title] of expected) {
    await page.goto(server.url + hash);
    await ready(page);
    await page.waitForFunction((t) => new RegExp(t).test(document.title), title.source).catch(() => {});
    const got = await page.title();
    assert.match(got, title, hash);
    titles.push(got);
  }
  assert.equal(new Set(titles).size, titles.length, 'no two pages share a title');
  clean(problems);
  await context.close();
});

test('on a phone the header keeps to two rows: the short title, the tools', async () => {
  for (const [width, brand, most] of [[360, 'WuDao', 120], [1280, 'WuDao: The Large Model from a Red-Brick Building', 80]]) {
    const { page, problems, context } = await fresh(browser, server, '#/en/quiz/ch5', { viewport: { width, height: 740 } });
    assert.equal((await page.locator('a.brand').innerText()).trim(), brand);
    const height = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
    assert.ok(height <= most, `header ${height}px high at ${width}px`);
    clean(problems);
    await context.close();
  }
});

test('screenshots at 360×740 and 1280×800 in both themes (artifacts)', async () => {
  const pages = [['home', '#/zh'], ['chapter', '#/zh/read/ch3'], ['quiz', '#/en/quiz/ch5'], ['summary', '#/en/summary']];
  for (const [w, h] of [[360, 740], [1280, 800]]) {
    for (const scheme of ['light', 'dark']) {
      const { page, context, problems } = await openPage(browser, server.origin, { viewport: { width: w, height: h }, colorScheme: scheme });
      for (const [name, hash] of pages) {
        await page.goto(server.url + hash);
        await ready(page);
        const overflow = await page.evaluate(() => Math.max(...[...document.querySelectorAll('main *')]
          .map((e) => e.getBoundingClientRect().right)) - document.documentElement.clientWidth);
        assert.ok(overflow <= 1, `${name} at ${w}px: nothing sticks out on the right (${overflow}px)`);
        await page.screenshot({ path: join(artifacts, `${name}-${w}x${h}-${scheme}.png`) });
      }
      clean(problems);
      await context.close();
    }
  }
});
