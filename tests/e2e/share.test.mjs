// Teachers share links and get results back, with no server: the builder's
// link and its QR code, two students doing the assignment and copying their
// result codes, and the class results page reading them back (table, reasons,
// CSV). Every actor has a fresh browser profile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { clean, launch, openPage, ready, serve } from './harness.mjs';
import { assignmentCode, fingerprint, resultCode, resultCodeV3 } from './formats.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh profile allowed to use the clipboard; alerts count as problems. */
async function fresh(hash) {
  const session = await openPage(browser, server.origin);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  session.page.on('dialog', (d) => { session.problems.console.push(`dialog: ${d.message()}`); d.dismiss(); });
  await session.page.goto(server.url + hash);
  await ready(session.page);
  return session;
}

async function done({ problems, context }) {
  clean(problems);
  await context.close();
}

/** Decodes the QR code drawn on screen: a screenshot of the SVG, read by jsQR. */
async function readQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, 'a QR code is found in the screenshot');
  return found.data;
}

/** Presses Copy beside a field and returns what reached the clipboard. */
async function copyFrom(page, field) {
  const box = page.locator('.copy-box', { has: page.locator(`#${field}`) });
  await box.getByRole('button', { name: 'Copy' }).click();
  await box.locator('.copy-status', { hasText: 'Copied.' }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

const QUESTIONS = ['ch1-q1', 'ch1-q5', 'ch1-q6'];
const NAMES = ['Ann 李', '<img src=x onerror=alert(1)>', 'Ann 李'];
const NUMBERS = ['2026-01', '2026-02', '2026-03'];

/** The teacher builds an assignment and copies its link; the QR code reads back as the same link. */
async function teacherBuilds() {
  const session = await fresh('#/en/teacher');
  const { page } = session;
  assert.equal(await page.textContent('h1'), 'Make an assignment');
  await page.fill('#assignment-title', 'Chapter 1: <b>the founding</b>');
  await page.locator('.chapter-pick').first().locator('summary').click();
  for (const id of QUESTIONS) await page.check(`.question-picks input[value="${id}"]`);
  assert.ok(await page.getByLabel(/Shuffle questions/).isChecked(), 'each student gets their own order by default');
  await page.fill('#assignment-due', '2030-06-01');
  // Answers never shown to students, and no second attempt.
  await page.getByLabel('Never', { exact: true }).check();
  assert.equal(await page.isChecked('input.retakes'), false);
  assert.match(await page.textContent('.builder'), /cannot stop that/, 'the help says a static app cannot hide answers');
  const link = await page.inputValue('#assignment-link');
  assert.ok(link.startsWith(`${server.url}#/en/a/`), link);
  // Switching the page's language rebuilds it: the half-made assignment survives.
  await page.click('a.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  assert.equal(await page.inputValue('#assignment-title'), 'Chapter 1: <b>the founding</b>');
  assert.equal(await page.inputValue('#assignment-link'), link, 'same questions, settings and link language');
  await page.click('a.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await copyFrom(page, 'assignment-link'), link, 'the copied link is the one shown');
  assert.equal(await readQr(page.locator('.assignment-output svg.qr')), link, 'the QR code holds the link');
  const results = await page.getAttribute('.output-links a[href*="/results/"]', 'href');
  const key = await page.getAttribute('.output-links a.answer-key-link', 'href');
  assert.match(key, /^#\/en\/key\//, "the answer key is the teacher's own route");
  assert.ok(!link.includes(key.slice(1)), "not the student's link plus a parameter");
  // Kept on the teacher's desk, it is listed on the class-results page.
  await page.click('button.keep-on-desk');
  await page.locator('.keep-status', { hasText: 'Kept' }).waitFor();
  assert.deepEqual(await page.locator('.my-assignments .desk-title').allTextContents(), ['Chapter 1: <b>the founding</b>'], 'listed on the desk below the builder');
  assert.match(page.url(), /\/teacher\.html#\/en\/teacher$/, "the teacher's tools are their own page");
  await page.evaluate(() => { location.hash = '#/en/results'; });
  await page.locator('.saved-assignments a').first().waitFor();
  assert.deepEqual(await page.locator('.saved-assignments a').allTextContents(), ['Chapter 1: <b>the founding</b>']);
  await page.goBack();
  await ready(page);
  await page.locator('.output-links a.projector-link').waitFor();
  // Projector mode: the title and the link's QR code, filling the screen.
  await page.click('.output-links a.projector-link');
  await page.locator('.projector svg.qr').waitFor();
  assert.equal(await page.textContent('.projector h1'), 'Chapter 1: <b>the founding</b>');
  assert.match(await page.title(), /^Project the QR code: Chapter 1/);
  const side = await page.locator('.projector svg.qr').evaluate((q) => q.getBoundingClientRect().width);
  assert.ok(side >= 400, `the QR code is ${side}px wide`);
  assert.equal(await readQr(page.locator('.projector svg.qr')), link, "the projected QR code holds the student's link");
  await done(session);
  return { link, results, key };
}

/** A student opens the link, gives a name and student number, answers, submits and copies the code; the result is frozen. */
async function studentDoes(link, name, number, picks) {
  const session = await openPage(browser, server.origin);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  session.page.on('dialog', (d) => { session.problems.console.push(`dialog: ${d.message()}`); d.dismiss(); });
  const { page } = session;
  await page.goto(link);
  await ready(page);
  assert.equal(await page.textContent('h1'), 'Chapter 1: <b>the founding</b>', 'the title is text');
  assert.match(await page.textContent('.due'), /2030-06-01/);
  // Name and student number first: no question before them.
  assert.equal(await page.locator('section.question').count(), 0);
  await page.fill('#student-name', name);
  await page.fill('#student-number', number);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('section.question').first().waitFor();
  const shown = await page.locator('section.question').evaluateAll((qs) => qs.map((q) => q.id));
  assert.deepEqual([...shown].sort(), [...QUESTIONS].sort(), "the teacher's questions, in this student's own order");
  assert.equal(await page.locator('.mode-picker').count(), 0, "the teacher's feedback mode is fixed");
  const picked = {};
  for (const [id, n] of Object.entries(picks)) {
    const input = page.locator(`section#${id} input[type=radio]`).nth(n);
    await input.check();
    picked[id] = (await input.evaluate((i) => i.nextElementSibling.textContent)).trim();
    // A true/false item: its wrong answer says what was picked, the class sees no wrong choices.
    if ((await page.locator(`section#${id} label span`).allTextContents()).join() === 'True,False') picked[id] = null;
  }
  await page.getByRole('button', { name: 'Submit and get my result code' }).click();
  if (Object.keys(picks).length < QUESTIONS.length) {
    // Questions left open are listed first; "1 question", not "1 questions".
    const left = QUESTIONS.length - Object.keys(picks).length;
    assert.equal(await page.textContent('.submit-bar p'), left === 1 ? '1 question not answered yet' : `${left} questions not answered yet`);
    assert.equal(await page.locator('.confirm-submit li').count(), left);
    await page.getByRole('button', { name: 'Submit anyway' }).click();
  }
  await page.locator('.result-panel').waitFor();
  const seen = await page.locator('.dots a').evaluateAll((as) => as.map((a) => (a.classList.contains('right') ? 'right' : a.classList.contains('wrong') ? 'wrong' : 'blank')));
  const marks = QUESTIONS.map((id) => seen[shown.indexOf(id)]); // the class table follows the teacher's order
  const score = (await page.textContent('#quiz-results .score-line')).match(/Score: ([\d.]+ \/ \d+)/)[1];
  const code = await page.inputValue('#result-code');
  assert.match(code, /^WD-[0-9A-Z]+$/);
  assert.equal(await copyFrom(page, 'result-code'), code);
  assert.match(await page.textContent('.result-panel .help'), /catches typos, not cheating/);
  // Frozen: nothing to change, no answers, no second attempt, as the teacher chose.
  assert.match(await page.textContent('.result-panel .frozen'), /can no longer change.*Attempt 1/);
  assert.match(await page.textContent('.answers-policy'), /chose not to show/);
  const inputs = page.locator('section.question input, section.question select, section.question button');
  assert.ok(await inputs.count() > 0);
  assert.ok((await inputs.evaluateAll((els) => els.map((e) => e.disabled))).every(Boolean), 'every answer is locked');
  assert.equal(await page.locator('#quiz-results button.retry, #quiz-results .reveal').count(), 0, 'no retry, no "show correct answers"');
  assert.equal(await page.locator('.correct-answer, section.question .explanation, .choice-feedback').count(), 0, 'no answers or explanations');
  assert.equal(await page.getByRole('button', { name: 'Submit and get my result code' }).count(), 0);
  await page.reload();
  await ready(page);
  await page.locator('#result-code').waitFor();
  assert.equal(await page.inputValue('#result-code'), code, 'the same code after a reload');
  // The worksheet from the student's link has no way to the answer key; the old ?print=key is the worksheet.
  for (const print of ['sheet', 'key']) {
    await page.goto(`${link}?print=${print}`);
    await ready(page);
    assert.equal(await page.locator('.print-question').count(), QUESTIONS.length);
    assert.equal(await page.locator('.correct-answer, .explanation').count(), 0, `no answers at ?print=${print}`);
    assert.equal(await page.getByRole('link', { name: 'Answer key' }).count(), 0);
  }
  // Practice is kept apart: the chapter quiz has no answers from the assignment.
  await page.goto(server.url + '#/en/quiz/ch1');
  await ready(page);
  assert.equal(await page.locator('.dots a.right, .dots a.wrong, .dots a.answered').count(), 0);
  await done(session);
  return { code, marks, score, picked };
}

test('teacher → two students → class results, CSV and a crafted name as text', async () => {
  const { link, results, key } = await teacherBuilds();
  const ann = await studentDoes(link, NAMES[0], NUMBERS[0], { 'ch1-q1': 0, 'ch1-q5': 0 });
  const bo = await studentDoes(link, NAMES[1], NUMBERS[1], { 'ch1-q1': 1, 'ch1-q5': 1, 'ch1-q6': 0 });
  // Another student with Ann's name and her own number.
  const ann2 = await studentDoes(link, NAMES[2], NUMBERS[2], { 'ch1-q1': 1 });
  assert.notDeepEqual(ann.marks, bo.marks, 'the two students answered differently');
  const students = [ann, bo, ann2];

  const teacher = await fresh(results);
  const { page } = teacher;
  assert.match(await page.textContent('h1'), /^Class results: Chapter 1: <b>the founding<\/b>$/);
  const chars = [...ann.code];
  chars[10] = chars[10] === '7' ? '8' : '7';
  const damaged = chars.join('');
  await page.fill('#pasted-codes', `[09:01] Ann: done ${ann.code}\n[09:02] Bo: ${bo.code} thanks!\n[09:03] Cy: ${damaged}\n[09:04] Ann: ${ann2.code}`);
  await page.locator('.student-count', { hasText: '3 students' }).waitFor();

  const rows = page.locator('.class-table tbody tr');
  assert.equal(await rows.count(), 3, 'one name, two numbers: two rows');
  assert.deepEqual(await rows.locator('th.student').allTextContents(), NAMES, 'names render as text');
  assert.deepEqual(await rows.locator('td.number').allTextContents(), NUMBERS);
  assert.equal(await page.locator('.class-table img').count(), 0, 'no element made from a name');
  assert.equal(await page.locator('.class-table .flag').count(), 0, 'no number came with two names');
  for (const [i, student] of students.entries()) {
    const row = rows.nth(i);
    const marks = await row.locator('td[class^=mark-]').evaluateAll((tds) => tds.map((td) => td.className.replace('mark-', '')));
    assert.deepEqual(marks, student.marks, `row ${i + 1} matches what the student saw`);
    assert.equal(await row.locator('td.points').textContent(), student.score);
  }
  assert.equal(await page.locator('.stats > li').count(), 3, 'a line per question');
  // Column headings carry the question's first words; header and names stay in view; no empty sideways scroll.
  const heads = page.locator('.class-table thead th.q');
  assert.deepEqual(await heads.locator('.q-n').allTextContents(), ['1', '2', '3']);
  for (const words of await heads.locator('.q-words').allTextContents()) assert.ok(words.length >= 3, words);
  assert.ok((await heads.first().getAttribute('title')).startsWith((await heads.first().locator('.q-words').textContent()).replace('…', '')));
  const sticky = await page.evaluate(() => ['.class-table thead th', '.class-table tbody th.student'].map((s) => getComputedStyle(document.querySelector(s)).position));
  assert.deepEqual(sticky, ['sticky', 'sticky']);
  assert.ok(await page.locator('.results .table-wrap').evaluate((w) => w.scrollWidth <= w.clientWidth), 'three questions need no sideways scroll');
  // Which wrong choice each student picked, counted per choice question in the teacher's order.
  for (const [i, id] of QUESTIONS.entries()) {
    const wrong = students.filter((st) => st.marks[i] === 'wrong' && st.picked[id] !== null).map((st) => st.picked[id]);
    const item = page.locator('.stats > li', { has: page.locator('.q-number', { hasText: new RegExp(`^Question ${i + 1}$`) }) });
    const counted = {};
    for (const text of wrong) counted[text] = (counted[text] ?? 0) + 1;
    const expected = Object.entries(counted).map(([text, n]) => `${text} — ${n} student${n === 1 ? '' : 's'}`).sort();
    assert.deepEqual((await item.locator('.wrong-picks li').allTextContents()).map((t) => t.trim()).sort(), expected, `question ${i + 1}`);
  }
  const wrongPicks = await page.locator('.wrong-picks li').allTextContents();
  assert.ok(wrongPicks.length > 0, 'some wrong choices were picked');
  const shares = (await page.locator('.stats .share-right').allTextContents()).map((s) => parseInt(s, 10));
  assert.deepEqual(shares, [...shares].sort((a, b) => a - b), 'hardest first');

  const rejected = page.locator('.rejected li');
  assert.equal(await rejected.count(), 1);
  assert.match(await rejected.textContent(), new RegExp(`${damaged}.*checksum does not match`));

  // The teacher's desk: a class list says who has not submitted; codes and list survive a reload.
  await page.locator('details.roster summary').click();
  await page.fill('#class-list', `${NUMBERS.map((n, i) => `${n} ${NAMES[i]}`).join('\n')}\n2026-09 Dan`);
  await page.locator('#missing-heading', { hasText: '1 student has not submitted' }).waitFor();
  assert.deepEqual(await page.locator('.not-submitted li').allTextContents(), ['2026-09 Dan']);
  await page.waitForTimeout(100);
  await page.reload();
  await ready(page);
  await page.locator('.student-count', { hasText: '3 students' }).waitFor();
  assert.match(await page.inputValue('#class-list'), /2026-09 Dan$/);
  assert.deepEqual(await page.locator('.wrong-picks li').allTextContents(), wrongPicks, 'the wrong choices counted again from the kept codes');
  await page.goto(server.url + '#/en/results');
  await ready(page);
  assert.deepEqual(await page.locator('.saved-assignments a').allTextContents(), ['Chapter 1: <b>the founding</b>']);
  await page.goBack();
  await ready(page);
  await page.locator('.student-count', { hasText: '3 students' }).waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.download-csv')]);
  assert.equal(download.suggestedFilename(), 'class-results.csv');
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(csv[0], `Name,Student number,Attempt,Points,Questions,Percent,Submitted,${QUESTIONS.map((q, i) => `${i + 1} ${q}`).join(',')}`);
  const word = { right: 'Correct', wrong: 'Not correct', blank: 'blank' };
  for (const [i, student] of students.entries()) {
    const cells = csv[i + 1].split(',');
    assert.deepEqual(cells.slice(0, 3), [NAMES[i], NUMBERS[i], '1']);
    assert.equal(`${cells[3]} / ${cells[4]}`, student.score);
    assert.deepEqual(cells.slice(7), student.marks.map((m) => word[m]));
  }
  assert.match(csv[4], /^% right,,,,,,,/);

  // The answer key is the teacher's page.
  await page.goto(server.url + key);
  await ready(page);
  await page.locator('.answer-key').waitFor();
  assert.equal(await page.locator('.print-question .correct-answer').count(), QUESTIONS.length);
  assert.match(await page.textContent('.teacher-only'), /developer tools/);
  await page.goBack();
  await ready(page);

  // A whole class at once: 200 more codes render in one plain table.
  const fp = fingerprint(results.split('/results/')[1]);
  const many = Array.from({ length: 200 }, (_, i) => resultCode(fp, `学生${i + 1}`, QUESTIONS.length, 3_600_000 + i));
  const started = Date.now();
  await page.fill('#pasted-codes', [ann.code, bo.code, ...many].join('\n'));
  await page.locator('.student-count', { hasText: '202 students' }).waitFor();
  assert.equal(await rows.count(), 202);
  assert.equal(await rows.nth(201).locator('th').textContent(), '学生200');
  // A student number sent with two names is flagged on both rows.
  const sameNumber = resultCode(fp, 'Someone else', QUESTIONS.length, 3_600_000, NUMBERS[0]);
  await page.fill('#pasted-codes', [ann.code, bo.code, sameNumber].join('\n'));
  await page.locator('.student-count', { hasText: '3 students' }).waitFor();
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.classList.contains('flagged'))), [true, false, true]);
  assert.equal(await page.locator('.class-table .flag[aria-label="This student number came with different names"]').count(), 2);
  assert.equal(await page.locator('.rejected li').count(), 0);
  console.log(`202 rows on screen ${Date.now() - started} ms after the paste`);
  await done(teacher);
});

test('share control on a chapter and a quiz: copy the link, and its QR code reads back', async () => {
  for (const hash of ['#/en/read/ch2', '#/zh/quiz/ch4']) {
    const session = await fresh(hash);
    const { page } = session;
    await page.locator('details.share summary').click();
    const link = await page.inputValue('#share-link');
    assert.equal(link, server.url + hash);
    await page.locator('.share .copy-box button').first().click();
    await page.locator('.share .copy-status').filter({ hasText: /Copied|已复制/ }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    assert.equal(await readQr(page.locator('.share svg.qr')), link);
    await done(session);
  }
});

test('the share sheet gets the title and the link (a stand-in navigator.share, as headless Linux has none)', async () => {
  const session = await openPage(browser, server.origin);
  const { page } = session;
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data) => { window.__shared = { title: data.title, url: data.url, text: data.text }; return Promise.resolve(); },
    });
  });
  await page.goto(server.url + '#/en/read/ch3');
  await ready(page);
  await page.locator('details.share summary').click();
  await page.locator('.share .copy-box').getByRole('button', { name: 'Share…' }).click();
  await page.waitForFunction(() => window.__shared);
  assert.deepEqual(await page.evaluate(() => window.__shared),
    { title: 'WuDao: The Large Model from a Red-Brick Building', url: server.url + '#/en/read/ch3', text: undefined });
  await done(session);
});

test('deep links to the teacher pages open in a fresh profile, under the sub-path', async () => {
  for (const [hash, title] of [['#/zh/teacher', '布置作业'], ['#/en/results', 'Class results']]) {
    const session = await fresh(hash);
    assert.equal(await session.page.textContent('h1'), title);
    await done(session);
  }
  // Class results without an assignment ask for its link, then open it.
  const session = await fresh('#/en/results');
  const code = assignmentCode([1, 0, 4, ...Buffer.from('Quiz'), 0x81, 1]);
  await session.page.fill('#assignment-input', `Link: ${server.url}#/zh/a/${code}`);
  await session.page.press('#assignment-input', 'Enter');
  await session.page.locator('h1', { hasText: 'Class results: Quiz' }).waitFor();
  assert.equal(new URL(session.page.url()).hash, `#/en/results/${code}`);
  await done(session);
});


test('damaged links and links to removed questions say what is wrong, and offer the app', async () => {
  const gone = assignmentCode([1, 0, 0, 0x80 | 9, 99]);
  const cases = [
    [`#/en/a/${gone}`, /no longer has: ch9-q99/],
    ['#/en/a/AQAAgQE-xx', /checksum does not match/],
    ['#/zh/a/AQ%E2%80%A6', /字符“%”/],
  ];
  for (const [hash, message] of cases) {
    const session = await fresh(hash);
    const { page } = session;
    assert.match(await page.textContent('h1'), /can't be opened|打不开/);
    assert.match(await page.textContent('.error'), message);
    assert.equal(await page.locator('.chapter-links a').count(), 6, 'the rest of the app is offered');
    await page.click('main a.button');
    await ready(page);
    assert.equal(await page.locator('.chapter-card').count(), 6);
    await done(session);
  }
});

test("print: a worksheet without answers, the teacher's answer key with explanations, chapters as handouts", async () => {
  const code = assignmentCode([1, 0, 4, ...Buffer.from('Test'), 0x81, 1, 0x81, 5]);
  const sheet = await fresh(`#/en/a/${code}?print=sheet`);
  let { page } = sheet;
  assert.equal(await page.locator('.print-question').count(), 2);
  assert.equal(await page.locator('.correct-answer, .explanation').count(), 0, 'no answers on the worksheet');
  assert.equal(await page.locator('.name-line').count(), 1);
  const printed = await page.locator('.print-question').first().locator('.boxes li').allTextContents();
  assert.ok(printed.length >= 3 && printed.every((t, i) => t.startsWith(`${'ABCDEFG'[i]}. `)), printed.join(' | '));
  assert.equal(await page.getByRole('link', { name: 'Answer key' }).count(), 0, "no way from the student's link to the key");
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.print-tools').isHidden());
  assert.ok(await page.locator('.site-header').isHidden());
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${server.url}#/en/key/${code}`);
  await page.locator('.answer-key').waitFor();
  assert.equal(await page.locator('.print-question .correct-answer').count(), 2);
  assert.equal(await page.locator('.print-question .explanation').count(), 2);
  // The key names the choice by the letter the worksheet printed it with.
  const key = (await page.locator('.print-question .correct-answer').first().textContent()).trim();
  const [, letter, text] = key.match(/([A-G]) — (.+)$/) ?? [];
  assert.ok(letter && printed.includes(`${letter}. ${text}`), `${key} is not on the sheet as printed: ${printed.join(' | ')}`);
  // The discussion guide of chapter 1: its prompts with expected points and a rubric.
  const prompts = page.locator('.discussion-guide .discussion-prompts > li');
  assert.ok((await prompts.count()) >= 2);
  for (const text of await prompts.allTextContents()) assert.match(text, /A good answer makes these points:[\s\S]+Rubric:/);
  await done(sheet);

  const chapter = await fresh('#/en/read/ch1');
  page = chapter.page;
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.share', '.site-header', '.chapter-nav']) assert.ok(await page.locator(hidden).first().isHidden(), hidden);
  assert.ok(await page.locator('p.para').first().isVisible());
  await done(chapter);
});

test('the class table counts each student and the class per mechanism', async () => {
  // ch3-q1 (no mechanism), ch3-q2 (governance), ch3-q5 (funding): all right in the code.
  const code = assignmentCode([1, 0, 4, ...Buffer.from('Mech'), 0x83, 1, 0x83, 2, 0x83, 5]);
  const session = await fresh(`#/en/results/${code}`);
  const { page } = session;
  await page.fill('#pasted-codes', resultCode(fingerprint(code), 'Ann', 3, 3_600_000, '2024001'));
  await page.locator('.class-table tbody tr').first().waitFor();
  const heads = await page.locator('.class-table thead th.mech').allTextContents();
  assert.deepEqual(heads, ['Council-led, president-responsible governance', 'Funding decided in two hours', 'The talent policy']);
  assert.deepEqual(await page.locator('.class-table tbody tr').first().locator('td.mech').allTextContents(), ['1/1', '1/1', '–']);
  const lines = await page.locator('.class-mastery li').allTextContents();
  assert.equal(lines.length, 2, 'a line per mechanism the assignment asks about');
  assert.ok(lines.every((l) => /100%/.test(l)), lines.join(' | '));
  await done(session);
});

test('a past due date is shown as past to the student, and late codes are marked for the teacher', async () => {
  // Flags 4: a due date follows, day 16 (2020-01-17), long past.
  const code = assignmentCode([1, 4, 0, 16, 3, ...Buffer.from('Old'), 0x81, 1]);
  const student = await fresh(`#/en/a/${code}`);
  assert.match(await student.page.textContent('.due'), /^Due 2020-01-17 \(past\)$/);
  await done(student);
  const teacher = await fresh(`#/en/results/${code}`);
  const { page } = teacher;
  assert.match(await page.textContent('.due'), /\(past\)/);
  await page.fill('#pasted-codes', resultCode(fingerprint(code), 'Ann', 1, 3_600_000, '2024001'));
  await page.locator('.class-table tbody tr').first().waitFor();
  assert.match(await page.locator('.class-table td.time').first().textContent(), /late$/);
  await done(teacher);
});

test("the teacher's desk keeps every assignment built: reopen, duplicate, archive, after a reload", async () => {
  const session = await fresh('#/en/teacher');
  const { page } = session;
  await page.fill('#assignment-title', 'Desk test');
  await page.check('.chapter-pick input.whole-chapter[value="ch2"]');
  const link = await page.inputValue('#assignment-link');
  // Using the link keeps the assignment: no extra step.
  await copyFrom(page, 'assignment-link');
  await page.locator('.my-assignments .desk-title', { hasText: 'Desk test' }).waitFor();
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#assignment-title'), '', 'a reload empties the builder');
  const item = (title) => page.locator('.my-assignments > .desk-list > .desk-item', { has: page.locator('.desk-title', { hasText: new RegExp(`^${title}$`) }) });
  await item('Desk test').getByRole('button', { name: 'Open in the builder' }).click();
  assert.equal(await page.inputValue('#assignment-title'), 'Desk test');
  assert.equal(await page.inputValue('#assignment-link'), link, 'reopened: the same settings make the same link');
  await item('Desk test').getByRole('button', { name: 'Duplicate as a new one' }).click();
  assert.equal(await page.inputValue('#assignment-title'), 'Desk test (copy)');
  const copy = await page.inputValue('#assignment-link');
  assert.notEqual(copy, link, 'a new assignment with its own class results');
  await copyFrom(page, 'assignment-link');
  await page.locator('.my-assignments .desk-title', { hasText: 'Desk test (copy)' }).waitFor();
  assert.deepEqual(await page.locator('.my-assignments > .desk-list .desk-title').allTextContents(), ['Desk test (copy)', 'Desk test'], 'the latest first');
  await item('Desk test').getByRole('button', { name: 'Archive' }).click();
  await page.locator('details.archived summary', { hasText: 'Archived (1)' }).waitFor();
  await page.reload();
  await ready(page);
  assert.deepEqual(await page.locator('.my-assignments > .desk-list .desk-title').allTextContents(), ['Desk test (copy)']);
  await page.locator('details.archived summary').click();
  assert.deepEqual(await page.locator('details.archived .desk-title').allTextContents(), ['Desk test'], 'archived, not lost');
  await page.goto(server.url + '#/en/results');
  await ready(page);
  assert.deepEqual(await page.locator('.saved-assignments a').allTextContents(), ['Desk test (copy)'], 'class results list what is not archived');
  await page.goBack();
  await ready(page);
  await page.locator('details.archived summary').click();
  await page.locator('details.archived').getByRole('button', { name: 'Restore' }).click();
  assert.equal(await page.locator('.my-assignments > .desk-list .desk-item').count(), 2);
  await done(session);
});

test('the class table prints every question: landscape parts with the names repeated, partial credit in parts', async () => {
  // 42 questions: ch1-q1 … ch6-q7 (ch1-q2 is a matching item with 4 pairs).
  const questions = [1, 2, 3, 4, 5, 6].flatMap((c) => [1, 2, 3, 4, 5, 6, 7].map((q) => [0x80 + c, q])).flat();
  const code = assignmentCode([1, 0, 5, ...Buffer.from('Print'), ...questions]);
  const fp = fingerprint(code);
  const marks = (first) => Array.from({ length: 42 }, (_, i) => (i === 1 ? first : i % 5 === 0 ? 'wrong' : 'right'));
  const details = (first) => marks(first).flatMap((m, i) => (m === 'right' ? [] : i === 1 ? [2] : [1]));
  const names = ['欧阳明', 'Ann Lee', '王芳'];
  const codes = names.map((name, i) => resultCodeV3(fp, name, `2026-0${i + 1}`, marks(i ? 'right' : 'partial'), details(i ? 'right' : 'partial')));
  const session = await fresh(`#/en/results/${code}`);
  const { page } = session;
  await page.fill('#pasted-codes', codes.join('\n'));
  await page.locator('.student-count', { hasText: '3 students' }).waitFor();
  const partial = page.locator('.class-table:visible tbody tr').first().locator('td.mark-partial');
  assert.equal((await partial.locator('[aria-hidden=true]').textContent()).trim(), '◐ 2/4', 'two of four pairs right');
  assert.equal((await partial.locator('.sr-only').textContent()).trim(), 'Partly correct 2/4');
  // On paper: a dozen questions a part, each part with every name, none wider than a landscape A4 page (277 mm ≈ 1047 px).
  await page.setViewportSize({ width: 1047, height: 740 });
  await page.emulateMedia({ media: 'print' });
  const parts = page.locator('.print-part');
  const count = await parts.count();
  assert.ok(count >= 3, `${count} parts`);
  assert.equal(await page.locator('.results .table-wrap').isVisible(), false, 'the screen table gives way to the parts');
  const numbers = [];
  for (let i = 0; i < count; i++) {
    const part = parts.nth(i);
    assert.ok(await part.isVisible());
    assert.deepEqual(await part.locator('tbody th.student').allTextContents(), names, `part ${i + 1} repeats the names`);
    numbers.push(...(await part.locator('thead th.q .q-n').allTextContents()).map(Number));
    const width = await part.locator('table').evaluate((t) => t.getBoundingClientRect().right);
    assert.ok(width <= 1047, `part ${i + 1} ends at ${width}px`);
  }
  assert.deepEqual(numbers, Array.from({ length: 42 }, (_, i) => i + 1), 'every question, once, in order');
  const words = (await page.locator('.print-part thead th.q .q-words').allTextContents()).map((w) => w.replace(/[…\s]/g, ''));
  // The PDF itself, read back with pdf.js: a landscape page per part, each with its heading, the names and its questions' words.
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ preferCSSPageSize: true })), useSystemFonts: false }).promise;
  let printed = '';
  const found = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const p = await pdf.getPage(n);
    const [, , w, h] = p.view;
    assert.ok(w > h, `page ${n} is landscape: ${w}×${h}`);
    const text = (await p.getTextContent()).items.map((i) => i.str).join('').replace(/\s/g, '').normalize('NFKC'); // CJK fonts map some characters to Kangxi radicals
    const part = Array.from({ length: count }, (_, k) => k + 1).find((k) => text.includes(`Part${k}`));
    if (part) {
      found.push(part);
      for (const name of names) assert.ok(text.includes(name.replace(/\s/g, '')), `the page of part ${part} names ${name}`);
    }
    printed += text;
  }
  assert.deepEqual(found, Array.from({ length: count }, (_, k) => k + 1), 'each part on a page of its own, in order');
  for (const w of words) assert.ok(printed.includes(w), `"${w}" is printed`);
  await page.emulateMedia({ media: 'screen' });
  await done(session);
});
