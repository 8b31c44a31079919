// Progress that survives: reload, export → reset → import, two tabs, and
// damaged saved data kept as a backup with a notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { clean, fresh, launch, openPage, ready, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const KEY = 'zhiyuan.progress';

/** Answers the first choice question of a quiz and checks it; returns the chosen label. */
async function answerFirst(page, chapter) {
  await page.goto(`${server.url}#/en/quiz/${chapter}`);
  await ready(page);
  const q = page.locator('section.question').filter({ has: page.locator('input[type=radio]') }).first();
  const choice = q.locator('label.choice').first();
  const label = await choice.locator('span').first().textContent();
  await choice.locator('input').check();
  await q.getByRole('button', { name: 'Check' }).click();
  await q.locator('.verdict').waitFor();
  return { id: await q.getAttribute('id'), label };
}

async function isAnswered(page, chapter, { id, label }) {
  await page.goto(`${server.url}#/en/quiz/${chapter}`);
  await ready(page);
  const q = page.locator(`section#${id}`);
  const choice = q.locator('label.choice').filter({ hasText: label }).first();
  return (await choice.locator('input').isChecked()) && (await q.locator('.verdict').count()) === 1;
}


test('answers survive a reload, and an export → reset all → import round trip', async () => {
  const { page, problems, context } = await openPage(browser, server.origin, { acceptDownloads: true });
  const a = await answerFirst(page, 'ch1');
  const b = await answerFirst(page, 'ch4');
  await page.reload();
  await ready(page);
  assert.ok(await isAnswered(page, 'ch1', a), 'chapter 1 answer after reload');
  assert.ok(await isAnswered(page, 'ch4', b), 'chapter 4 answer after reload');

  // Export.
  await page.goto(`${server.url}#/en/summary`);
  await ready(page);
  assert.match(await page.textContent('.overall'), /Overall: \d+%/);
  const links = () => page.locator('.question-links a').count();
  const open = await links();
  await page.getByLabel('All questions').check();
  assert.equal(await links(), open + 2, 'the two answered questions are not listed as open');
  await page.getByLabel('Not answered').check();
  assert.match(await page.locator('.question-links a').first().getAttribute('href'), /^#\/en\/quiz\/ch\d\/ch\d-q\d+$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress file' }).click()]);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(exported.app, 'zhiyuan-wudao');
  assert.equal(exported.schema, 3);

  // Reset all, with a confirmation.
  await page.click('button:text("Reset all progress")');
  await page.click('button:text("Yes, clear it")');
  assert.equal(await isAnswered(page, 'ch1', a), false, 'reset clears chapter 1');

  // A file that is not ours is refused and changes nothing.
  await page.goto(`${server.url}#/en/summary`);
  await ready(page);
  await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await page.locator('text=This is not a progress file from this app').waitFor();

  // Import the export: a preview first, then the answers are back.
  await page.setInputFiles('#import-file', file);
  await page.locator('.import-preview').waitFor();
  assert.match(await page.textContent('.import-preview'), /2 questions answered/);
  await page.click('text=Replace my progress');
  await page.locator('text=Imported.').waitFor();
  assert.ok(await isAnswered(page, 'ch1', a), 'chapter 1 answer after import');
  assert.ok(await isAnswered(page, 'ch4', b), 'chapter 4 answer after import');
  clean(problems);
  await context.close();
});

test('two tabs: an answer in one shows up in the other', async () => {
  const { page, problems, context } = await fresh(browser, server, '#/en/quiz/ch2');
  const other = await context.newPage();
  await other.goto(`${server.url}#/en/quiz/ch2`);
  await ready(other);
  const a = await answerFirst(page, 'ch2');
  const mirrored = other.locator(`section#${a.id} label.choice`).filter({ hasText: a.label }).first().locator('input');
  await mirrored.waitFor();
  for (let i = 0; i < 40 && !(await mirrored.isChecked()); i++) await other.waitForTimeout(50);
  assert.ok(await mirrored.isChecked(), 'the other tab shows the answer');
  clean(problems);
  await context.close();
});

test('damaged saved data: a notice, a backup to download, and a clean start', async () => {
  const { page, problems, context } = await fresh(browser, server, '#/zh', { acceptDownloads: true });
  await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"quizzes":'), KEY);
  await page.reload();
  await ready(page);
  assert.match(await page.textContent('.notice'), /备份/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.notice button')]);
  assert.equal(await readFile(await download.path(), 'utf8'), '{"version":2,"quizzes":');
  assert.equal(download.suggestedFilename(), 'zhiyuan-progress-backup.json');
  assert.equal(await page.evaluate(() => localStorage.getItem('zhiyuan.progress.backup')), '{"version":2,"quizzes":');
  assert.equal(await page.locator('.chapter-card').count(), 6);
  clean(problems);
  await context.close();
});

test('without localStorage the app works in memory and says progress will not be saved', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(server.url + '#/en');
  await ready(page);
  assert.match(await page.textContent('.notice'), /does not allow saving/);
  const a = await answerFirst(page, 'ch3');
  assert.ok(a.id, 'a question can still be answered and checked');
  clean(problems);
  await context.close();
});

test('my progress shows how well each mechanism is known, with paragraphs to reread', async () => {
  const { page, problems, context } = await fresh(browser, server, '#/en/summary');
  const rows = page.locator('.mastery-row');
  assert.equal(await rows.count(), 3, 'one row per mechanism');
  assert.match(await rows.first().textContent(), /Nothing checked yet/);
  // Answer every single-choice question of the mechanism challenge with its first choice.
  await page.goto(`${server.url}#/en/quiz/challenge`);
  await ready(page);
  const radios = page.locator('section.question').filter({ has: page.locator('input[type=radio]') });
  const n = await radios.count();
  assert.ok(n >= 3, `${n} single-choice questions in the challenge`);
  for (let i = 0; i < n; i += 1) {
    const q = radios.nth(i);
    await q.locator('label.choice input').first().check();
    await q.getByRole('button', { name: 'Check' }).click();
    await q.locator('.verdict').waitFor();
  }
  await page.goto(`${server.url}#/en/summary`);
  await ready(page);
  let checked = 0;
  for (let i = 0; i < 3; i += 1) {
    const row = rows.nth(i);
    const m = (await row.textContent()).match(/(\d+) checked, (\d+) right/);
    if (!m) continue;
    checked += Number(m[1]);
    const links = await row.locator('.reread-links a').count();
    assert.equal(links > 0, Number(m[2]) < Number(m[1]), 'a paragraph to reread exactly when something is not right');
  }
  assert.ok(checked >= 1, 'the mechanism questions answered are counted');
  const reread = page.locator('.reread-links a').first();
  if (await reread.count()) {
    await reread.click();
    await ready(page);
    assert.match(page.url(), /#\/en\/read\/ch\d\/ch\d-p\d+$/);
  }
  clean(problems);
  await context.close();
});
