// End-to-end: the visuals on the release build, under a sub-path. Every
// chapter shows at least one as an image with a title and a description,
// fitting a 320-pixel screen; the table alternative, the flow steps and the
// timeline links work with the keyboard; dark mode and reduced motion apply.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { clean, fresh, launch, openPage, ready, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = (hash, options) => fresh(browser, server, hash, options);


test('every chapter shows its visuals as titled images that fit a 320-pixel screen', async () => {
  for (let n = 1; n <= 6; n++) {
    const { page, problems, context } = await open(`#/zh/read/ch${n}`, { viewport: { width: 320, height: 640 } });
    const visuals = await page.$$eval('figure.visual', (figures) => figures.map((f) => {
      const img = f.querySelector('svg [role=img]');
      const title = img && document.getElementById(img.getAttribute('aria-labelledby'));
      const desc = img && document.getElementById(img.getAttribute('aria-describedby'));
      return {
        title: title?.textContent ?? '', titleTag: title?.tagName ?? '', desc: desc?.textContent ?? '',
        width: f.querySelector('svg').getBoundingClientRect().width, right: f.getBoundingClientRect().right,
      };
    }));
    assert.ok(visuals.length >= 1, `chapter ${n} shows a visual`);
    for (const v of visuals) {
      assert.ok(v.title.length > 2, `a title in chapter ${n}`);
      assert.equal(v.titleTag, 'title');
      assert.ok(v.desc.length > 2, `a description in chapter ${n}`);
      assert.ok(v.width > 200 && v.right <= 320, `the drawing fills the narrow column without overflowing (${v.width}, ${v.right})`);
    }
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), `chapter ${n} has no horizontal scroll`);
    clean(problems);
    await context.close();
  }
});

test('keyboard: show a visual as a table, and hide it again', async () => {
  const { page, problems, context } = await open('#/zh/read/ch4');
  const toggle = page.locator('#v-corpus-figure .table-toggle');
  await toggle.focus();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(await page.locator('#v-corpus-table').isHidden());
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const table = page.locator('#v-corpus-table table');
  assert.ok(await table.isVisible());
  assert.match(await table.textContent(), /中文\s*1\.3%/);
  await page.keyboard.press('Space');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(await page.locator('#v-corpus-table').isHidden());
  clean(problems);
  await context.close();
});

test('keyboard: choosing a step of the governance flow explains it', async () => {
  const { page, problems, context } = await open('#/en/read/ch3');
  const steps = page.locator('#v-governance-figure .visual-controls button');
  await steps.nth(0).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const chosen = steps.nth(2);
  assert.equal(await chosen.getAttribute('aria-pressed'), 'true');
  assert.match(await page.textContent('#v-governance-figure .step-detail'), /two hours/);
  // The chosen step's box is highlighted by the style sheet.
  const box = '#v-governance-figure rect[data-step="2"]';
  assert.equal(await page.$eval(box, (r) => getComputedStyle(r).strokeWidth), '2.5px');
  assert.equal(await page.$eval('#v-governance-figure rect[data-step="1"]', (r) => getComputedStyle(r).strokeWidth), '1.5px');
  // The scale switch of the next visual works the same way.
  await page.locator('#v-approval-figure .visual-controls button').nth(1).focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await page.$$eval('#v-approval-figure g[role=img] > g', (gs) => gs.map((g) => g.getAttribute('display'))), ['none', 'inline']);
  clean(problems);
  await context.close();
});

test('keyboard: a timeline event opens its paragraph', async () => {
  const { page, problems, context } = await open('#/zh/read/ch1');
  // The first event is the next stop in tab order after the paragraph it follows.
  await page.focus('#ch1-p8 a.anchor');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('#v-timeline-figure') !== null && document.activeElement.tagName), 'a');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/zh/read/ch3/ch3-p1');
  await page.waitForSelector('#ch3-p1.highlight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ch3-p1');
  assert.match(await page.textContent('.eyebrow'), /第3章/);
  clean(problems);
  await context.close();
});

test('dark mode colours the drawing; reduced motion turns animation off', async () => {
  const { page, problems, context } = await open('#/zh/read/ch4', { colorScheme: 'dark', reducedMotion: 'reduce' });
  const fill = await page.$eval('#v-cleaning-figure .bar', (r) => getComputedStyle(r).fill);
  assert.equal(fill, 'rgb(141, 180, 245)', 'bars use the dark accent');
  const text = await page.$eval('#v-cleaning-figure text', (t) => getComputedStyle(t).fill);
  assert.equal(text, 'rgb(236, 236, 236)', 'text uses the dark text colour');
  await page.locator('#v-cleaning-figure .table-toggle').click();
  assert.equal(await page.$eval('#v-cleaning-table', (t) => getComputedStyle(t).animationName), 'none');
  clean(problems);
  await context.close();
});
