// The quiz, keyboard only: every question type answered, checked and given
// feedback; "see it in the story" and back without losing an answer in
// progress; submit mode, score, and "retry only what I got wrong".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { clean, fresh, launch, ready, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const active = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName, type: el.type || '', cls: el.className || '', id: el.id || '', text: el.textContent.trim().slice(0, 40) };
});

/** Goes to question n with the keyboard: focus its dot, press Enter; focus lands on the question. */
async function goTo(page, n) {
  await page.focus(`.dots li:nth-child(${n}) a`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.activeElement?.classList.contains('question')
    && document.activeElement.querySelector('.question-number')?.textContent.endsWith(` ${n}`), n);
}

/** The kind of the focused question, read from its controls. */
function kindOf(page) {
  return page.evaluate(() => {
    const q = document.activeElement;
    if (q.querySelector('.order-list')) return 'order';
    if (q.querySelector('select')) return 'match';
    if (q.querySelector('input[type=checkbox]')) return 'multi';
    if (q.querySelector('input[type=radio]')) return 'radio';
    if (q.querySelector('input[inputmode=decimal]')) return 'numeric';
    return 'short';
  });
}

/** Answers the focused question with the keyboard alone. */
async function answer(page, kind) {
  await page.keyboard.press('Tab');
  const el = await active(page);
  switch (kind) {
    case 'radio': assert.equal(el.type, 'radio'); await page.keyboard.press('Space'); break;
    case 'multi': assert.equal(el.type, 'checkbox'); await page.keyboard.press('Space'); break;
    case 'order': assert.match(el.id, /-down$/); await page.keyboard.press('Enter'); break;
    case 'numeric': assert.equal(el.tag, 'INPUT'); await page.keyboard.type('94'); break;
    case 'short': assert.equal(el.tag, 'INPUT'); await page.keyboard.type('２.６ ＴＢ'); break;
    case 'match': {
      const selects = await page.evaluate(() => document.activeElement.closest('.question').querySelectorAll('select').length);
      for (let i = 0; i < selects; i++) {
        if (i > 0) await page.keyboard.press('Tab');
        assert.equal((await active(page)).tag, 'SELECT');
        for (let k = 0; k <= i; k++) await page.keyboard.press('ArrowDown');
      }
      break;
    }
  }
}

/** Tabs forward to a button or link whose text matches, and presses Enter. */
async function pressButton(page, label) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const el = await active(page);
    if ((el.tag === 'BUTTON' || el.tag === 'A') && label.test(el.text)) { await page.keyboard.press('Enter'); return; }
  }
  assert.fail(`no control matching ${label} reached with Tab`);
}

test('keyboard only: every question type, feedback, story and back, submit, retry', async () => {
  const { page, problems, context } = await fresh(browser, server, '#/en/quiz/ch5');
  const count = await page.locator('section.question').count();
  assert.ok(count >= 8);
  // The first cards are built first and the rest a moment later: all of them, in order.
  const numbers = await page.locator('section.question .question-number').allTextContents();
  assert.deepEqual(numbers.map((n) => Number(n.match(/\d+/)[0])), Array.from({ length: count }, (_, i) => i + 1));

  // Check-at-once mode: answer and check every question, one per kind at least.
  const kinds = new Set();
  for (let n = 1; n <= count; n++) {
    await goTo(page, n);
    const kind = await kindOf(page);
    kinds.add(kind);
    await answer(page, kind);
    await pressButton(page, /^Check$/);
    const q = page.locator('section.question').nth(n - 1);
    await q.locator('.verdict').waitFor();
    await page.waitForFunction(() => document.activeElement?.id.endsWith('-feedback'));
    assert.match(await q.locator('.verdict').textContent(), /Correct|Partly correct|Not correct/);
    assert.ok((await q.locator('.explanation').textContent()).length > 10, 'an explanation follows');
  }
  assert.deepEqual([...kinds].sort(), ['match', 'multi', 'numeric', 'order', 'radio', 'short']);

  // Try again on question 1, type an answer in progress, then visit the story from question 2.
  await goTo(page, 1);
  await pressButton(page, /^Try again$/);
  await page.waitForFunction(() => document.activeElement?.classList.contains('question'));
  await page.keyboard.press('Tab');
  const typed = await active(page);
  if (typed.tag === 'INPUT') { await page.keyboard.press('Control+A'); await page.keyboard.type('93'); }
  await goTo(page, 2);
  await pressButton(page, /See it in the story/);
  await page.waitForSelector('p.para.highlight');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('highlight')), true, 'focus is on the paragraph');
  await pressButton(page, /Back to the question/);
  await page.waitForSelector('section.question');
  await page.waitForFunction(() => document.activeElement?.classList.contains('question'));
  if (typed.tag === 'INPUT') {
    assert.equal(await page.locator('section.question').first().locator('input').inputValue(), '93', 'the answer in progress is kept');
  }

  // Submit mode: the mode radio group by keyboard, then submit all.
  await page.focus('.mode-picker input');
  await page.keyboard.press('ArrowRight');
  await page.locator('.submit-bar').waitFor();
  await page.focus('.submit-bar button');
  await page.keyboard.press('Enter');
  await page.locator('#quiz-results .score-line').waitFor();
  assert.match(await page.textContent('#quiz-results .score-line'), /Score: [\d.]+ \/ \d+/);
  const wrong = await page.locator('.dots a.wrong').count();
  const right = await page.locator('.dots a.right').count();
  assert.equal(wrong + right, count, 'every question is graded after submit');
  assert.ok(wrong > 0, 'some answers were wrong');

  // Retry only the wrong ones: they are cleared, the right ones stay.
  await page.focus('#quiz-results');
  await pressButton(page, /Retry only what I got wrong/);
  await page.waitForFunction(() => document.querySelectorAll('.dots a.wrong').length === 0);
  assert.equal(await page.locator('.dots a.right').count(), right, 'right answers are kept');
  clean(problems);
  await context.close();
});

test('submitting lists unanswered and incomplete questions first; then "show correct answers" marks them apart', async () => {
  const { page, problems, context } = await fresh(browser, server, '#/zh/quiz/ch1');
  const count = await page.locator('section.question').count();
  await page.focus('.mode-picker input');
  await page.keyboard.press('ArrowRight');
  // A matching question with one pair of several chosen: incomplete, not answered.
  await page.locator('section#ch1-q2 select').first().selectOption({ index: 1 });
  await page.locator('.dots a.incomplete').waitFor();
  assert.match(await page.locator('.dots a.incomplete').getAttribute('aria-label'), /未答完/);
  assert.equal(await page.textContent('.incomplete-count'), '1 题只答了一部分');
  await page.focus('.submit-bar button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'confirm-submit');
  const gaps = await page.locator('.confirm-submit li').allTextContents();
  assert.equal(gaps.length, count, 'every question is listed: one incomplete, the rest unanswered');
  assert.equal(gaps.filter((g) => g.includes('未答完（不计分）')).length, 1, gaps.join(' | '));
  assert.equal(gaps.filter((g) => g.includes('未作答')).length, count - 1);
  await page.getByRole('button', { name: '继续作答' }).click();
  assert.equal(await page.locator('#quiz-results').count(), 0, 'not submitted');
  await page.focus('.submit-bar button.primary');
  await page.keyboard.press('Enter');
  // The confirmation takes the focus when it opens: wait for that before moving on, or it takes it back.
  await page.waitForFunction(() => document.activeElement?.id === 'confirm-submit');
  await page.focus('.confirm-submit button.primary');
  await page.keyboard.press('Enter');
  await page.locator('#quiz-results').waitFor();
  assert.match(await page.textContent('#quiz-results .score-line'), /得分：0 \/ \d+/, 'the incomplete item scored nothing');
  await page.focus('#quiz-results input[type=checkbox]');
  await page.keyboard.press('Space');
  const shown = await page.locator('.correct-answer .tag').count();
  assert.equal(shown, await page.locator('section.question').count(), 'unanswered questions all show their answer');
  assert.equal(await page.locator('.correct-answer .tag').first().textContent(), '正确答案');
  clean(problems);
  await context.close();
});


test('shuffled choices keep their order across a reload, and answers survive it', async () => {
  const { page, problems, context } = await fresh(browser, server, '#/zh/quiz/ch2');
  const order = () => page.locator('fieldset.choices').first().locator('label span').allTextContents();
  const before = await order();
  await page.locator('fieldset.choices').first().locator('input').nth(1).check();
  await page.reload();
  await ready(page);
  assert.deepEqual(await order(), before);
  assert.equal(await page.locator('fieldset.choices').first().locator('input').nth(1).isChecked(), true);
  clean(problems);
  await context.close();
});

test('switching language on a quiz shows every part of the questions in the other language', async () => {
  const { page, problems, context } = await fresh(browser, server, '#/zh/quiz/ch1');
  const card = page.locator('section.question').first();
  const look = () => card.evaluate((q) => ({
    number: q.querySelector('.question-number').textContent,
    prompt: q.querySelector('.prompt').textContent,
    choice: document.querySelector('.choices label span').textContent,
    dot: document.querySelector('.dots a')?.getAttribute('aria-label'),
  }));
  const zh = await look();
  assert.equal(zh.number, '第1题');
  await page.click('a.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const en = await look();
  assert.equal(en.number, 'Question 1');
  assert.equal(en.dot, 'Question 1');
  assert.notEqual(en.prompt, zh.prompt);
  assert.match(en.prompt, /[a-z]{3}/);
  assert.notEqual(en.choice, zh.choice);
  clean(problems);
  await context.close();
});

test('at 1280 px a matching item shows each chosen option in full, however long', async () => {
  const { page, problems, context } = await fresh(browser, server, '#/en/quiz/ch2', { viewport: { width: 1280, height: 800 } });
  const rows = page.locator('section#ch2-q9 .match-row');
  assert.ok(await rows.count() >= 3);
  for (let i = 0; i < await rows.count(); i++) {
    const row = rows.nth(i);
    // The longest option of this select.
    const longest = await row.locator('select option').evaluateAll((os) => os.slice(1).map((o) => o.textContent.trim()).sort((a, b) => b.length - a.length)[0]);
    await row.locator('select').selectOption({ label: longest });
    const chosen = row.locator('.match-chosen');
    assert.equal((await chosen.textContent()).trim(), longest);
    const fits = await chosen.evaluate((p) => p.scrollWidth <= p.clientWidth && p.getBoundingClientRect().right <= p.closest('.match-row').getBoundingClientRect().right);
    assert.ok(fits, `"${longest}" is shown whole inside its row`);
    const widths = await row.evaluate((r) => [r.querySelector('select').getBoundingClientRect().width, r.clientWidth]);
    assert.ok(widths[0] >= widths[1] * 0.85, `the select takes the row's width: ${widths}`);
  }
  assert.ok(await page.locator('section#ch2-q9 .match-chosen').first().evaluate((p) => p.getAttribute('aria-hidden') === 'true'), 'screen readers hear the select itself');
  clean(problems);
  await context.close();
});
