// The SCORM packages (scripts/package-scorm.sh) inside a learning platform we
// did not write: a host page runs scorm-again (npm) as the platform's API,
// SCORM 1.2 and 2004, with the package in an iframe as an LMS launches it.
// The journeys assert what the platform received (status, score, one
// interaction per question, suspend data, session time), a resumed session
// in a fresh browser profile from that suspend data alone, and a platform
// that refuses or throws on every call. The manifests are parsed with the
// browser's XML parser and checked against the standard's required elements
// and the zip's files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { clean, launch, openPage } from './harness.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const zips = { '12': here('../../dist-scorm/zhiyuan-wudao-scorm12.zip'), '2004': here('../../dist-scorm/zhiyuan-wudao-scorm2004.zip') };
const LIMIT = 4096;

/** The files of a zip archive, read from its central directory: name → bytes. */
export function unzip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(at + 10), crc = buf.readUInt32LE(at + 16), packed = buf.readUInt32LE(at + 20), size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28), extraLen = buf.readUInt16LE(at + 30), commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + packed);
    const body = method === 0 ? raw : inflateRawSync(raw);
    assert.equal(body.length, size, `${name}: size`);
    if (zlib.crc32) assert.equal(zlib.crc32(body), crc, `${name}: CRC-32`);
    if (!name.endsWith('/')) files.set(name, body);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

/** The platform's page: scorm-again as `window.API` (1.2) or `window.API_1484_11`
 * (2004), or an API that refuses or throws, and the package in an iframe.
 * `window.__initial` (set by the test) is what the platform kept from before. */
const host = `<!doctype html><meta charset="utf-8"><title>LMS</title>
<script src="scorm12.js"></script><script src="scorm2004.js"></script>
<script>
  const q = new URLSearchParams(location.search);
  const v = q.get('v'), mode = q.get('mode') || 'lms';
  window.events = [];
  const name = v === '12' ? 'API' : 'API_1484_11';
  if (mode === 'lms') {
    const api = v === '12' ? new Scorm12API({ logLevel: 4 }) : new Scorm2004API({ logLevel: 4 });
    if (window.__initial) api.loadFromJSON(window.__initial, '');
    const [init, set, commit, finish] = v === '12' ? ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'SetValue', 'Commit', 'Terminate'];
    for (const e of [init, commit, finish]) api.on(e, () => events.push([e]));
    // Every call the platform refused, with its error code: the journeys expect none.
    window.refused = [];
    const error = v === '12' ? 'LMSGetLastError' : 'GetLastError';
    for (const m of [init, set, commit, finish]) {
      const call = api[m].bind(api);
      api[m] = (...args) => { const r = call(...args); if (String(r) !== 'true') refused.push([m, ...args, api[error]()]); return r; };
    }
    api.on(set + '.cmi.*', (el, value) => events.push([set, el, value]));
    window[name] = api;
    window.received = () => JSON.parse(JSON.stringify(api.cmi));
  } else {
    // A platform that refuses every call after opening the session, or whose every call throws.
    const calls = (window.calls = []);
    const refuse = (m, r) => (...args) => { calls.push(m); if (mode === 'throw') throw new Error('platform down'); return r; };
    const methods = v === '12'
      ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']
      : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate', 'GetLastError', 'GetErrorString', 'GetDiagnostic'];
    window[name] = Object.fromEntries(methods.map((m) => [m, refuse(m, m.endsWith('Initialize') ? 'true' : m.includes('GetValue') ? '' : m.includes('Error') ? '101' : 'false')]));
  }
  addEventListener('DOMContentLoaded', () => {
    const frame = document.createElement('iframe');
    frame.src = '../pkg' + v + '/index.html';
    frame.style = 'width: 1200px; height: 760px';
    document.body.append(frame);
  });
</script>`;

let server, browser, origin;
const packages = {};
before(async () => {
  for (const [v, path] of Object.entries(zips)) packages[v] = unzip(await readFile(path));
  const agent = here('../../node_modules/scorm-again/dist/');
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    try {
      if (path === '/favicon.ico') return res.writeHead(204).end();
      if (path === '/lms/host.html') return res.writeHead(200, { 'content-type': types['.html'] }).end(host);
      if (/^\/lms\/scorm(12|2004)\.js$/.test(path)) return res.writeHead(200, { 'content-type': types['.js'] }).end(await readFile(agent + path.slice(5)));
      const m = path.match(/^\/pkg(12|2004)\/(.+)$/);
      const body = m && packages[m[1]].get(m[2]);
      if (body) return res.writeHead(200, { 'content-type': types[extname(m[2])] || 'application/octet-stream' }).end(body);
    } catch { /* fall through */ }
    res.writeHead(404).end('not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => { await browser?.close(); await new Promise((r) => server?.close(r)); });

/** A fresh profile on the platform's page; `initial` is what the platform kept. */
async function platform(v, { mode = 'lms', initial } = {}) {
  const session = await openPage(browser, origin);
  if (initial) await session.page.addInitScript((s) => { if (location.pathname.endsWith('host.html')) window.__initial = s; }, initial);
  await session.page.goto(`${origin}/lms/host.html?v=${v}&mode=${mode}`);
  const app = session.page.frameLocator('iframe');
  await app.locator('#page-heading').waitFor({ timeout: 20000 });
  const frame = () => session.page.frames().find((f) => f.url().includes('/pkg'));
  await frame().waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 20000 });
  return { ...session, app, frame };
}

/** Answers question n (1-based, as shown) with whatever its controls offer first, and checks it. */
async function answerAndCheck(app, n) {
  const q = app.locator('section.question').nth(n - 1);
  await q.scrollIntoViewIfNeeded();
  if (await q.locator('.order-list').count()) {
    await q.locator('button[id$="-down"]').first().click();
  } else if (await q.locator('select').count()) {
    const selects = q.locator('select');
    for (let i = 0; i < await selects.count(); i++) await selects.nth(i).selectOption({ index: 1 + i });
  } else if (await q.locator('input[type=checkbox], input[type=radio]').count()) {
    await q.locator('input[type=checkbox], input[type=radio]').first().check();
  } else if (await q.locator('input[inputmode=decimal]').count()) {
    await q.locator('input[inputmode=decimal]').fill('94');
  } else {
    await q.locator('input[type=text], input:not([type])').first().fill('院长');
  }
  await q.locator('.actions button.primary').click();
  await q.locator('.feedback-region .verdict, .feedback-region p').first().waitFor();
  return q.getAttribute('id');
}

/** The app's own view of each question: id → 'right' | 'wrong' | other. */
async function dots(app) {
  const ids = await app.locator('section.question').evaluateAll((qs) => qs.map((q) => q.id));
  const states = await app.locator('.dots a').evaluateAll((as) => as.map((a) => a.className.replace('dot', '').trim()));
  return Object.fromEntries(ids.map((id, i) => [id, states[i]]));
}

/** The interactions the platform holds, as plain objects in slot order. */
function interactions(cmi) {
  const list = cmi.interactions?.childArray ?? Object.values(cmi.interactions ?? {}).filter((x) => x && typeof x === 'object' && 'id' in x);
  return list;
}

// SCORM 1.2's CMITimespan is HHHH:MM:SS with an optional one or two decimals: the app
// writes two (scorm::format::timespan_12, tested natively); scorm-again may keep 03.50 as 03.5.
const fmt = {
  '12': { time: /^\d{2}:\d{2}:\d{2}$/, span: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/, results: ['correct', 'wrong'] },
  '2004': { time: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/, span: /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/, results: ['correct', 'incorrect'] },
};
const types12 = ['choice', 'true-false', 'fill-in', 'numeric', 'matching', 'sequencing'];

/** What the platform's data model says, in one shape for both versions. */
async function state(page, v) {
  const cmi = await page.evaluate(() => window.received());
  const list = interactions(cmi).map((x) => ({ id: x.id, type: x.type, response: v === '12' ? x.student_response : x.learner_response, result: x.result, time: v === '12' ? x.time : x.timestamp }));
  const core = v === '12' ? cmi.core : cmi;
  return {
    cmi,
    status: v === '12' ? cmi.core.lesson_status : cmi.completion_status,
    success: v === '12' ? null : cmi.success_status,
    raw: Number(core.score.raw), min: core.score.min, max: core.score.max, scaled: v === '12' ? null : Number(cmi.score.scaled),
    suspend: cmi.suspend_data,
    sessionTime: v === '12' ? cmi.core.session_time : cmi.session_time,
    interactions: list,
  };
}

/** The score the platform got is the one the app shows ("得分：2.3 / 15 (15%)"),
 * in percent of the whole quiz, partial credit included. */
async function sameScore(app, raw, count) {
  const line = await app.locator('.score-line').textContent();
  const earned = Number(line.match(/(\d+(?:\.\d+)?) \/ (\d+)/)?.[1]);
  assert.ok(line.includes(`/ ${count}`), line);
  assert.ok(Math.abs(raw - (100 * earned) / count) <= (100 * 0.05) / count + 0.005, `platform ${raw}% vs the app's ${line}`);
}

/** Leaves the package as a platform closes its frame: pagehide → finish. */
async function leave(page) {
  await page.evaluate(() => document.querySelector('iframe').remove());
  await page.waitForFunction(() => window.events.some(([e]) => e === 'LMSFinish' || e === 'Terminate'), null, { timeout: 5000 });
}

for (const v of ['12', '2004']) {
  test(`SCORM ${v === '12' ? '1.2' : '2004'} in scorm-again: status, score, interactions, suspend data, and a resumed session elsewhere`, async () => {
    const learner = v === '12'
      ? { core: { student_id: 's-042', student_name: 'Li, Lei' }, student_data: { mastery_score: 60 } }
      : { learner_id: 's-042', learner_name: 'Li Lei', scaled_passing_score: 0.6 };
    // First computer: four questions of the mechanism challenge, then the frame closes.
    const first = await platform(v, { initial: learner });
    assert.match(await first.frame().evaluate(() => location.hash), /^#\/zh\/quiz\/challenge$/, 'the package opens the quiz it launches');
    const count = await first.app.locator('section.question').count();
    assert.equal(count, 15);
    const answered = [];
    for (const n of [1, 2, 3, 4]) answered.push(await answerAndCheck(first.app, n));
    const seen = await dots(first.app);
    let s = await state(first.page, v);
    assert.equal(s.status, 'incomplete');
    assert.deepEqual(s.interactions.map((x) => x.id), answered, 'one interaction per checked question, in the order checked');
    for (const x of s.interactions) {
      assert.ok(types12.includes(x.type), x.type);
      assert.ok(x.response.length > 0, `${x.id} has a response`);
      assert.equal(x.result, seen[x.id] === 'right' ? 'correct' : fmt[v].results[1], `${x.id}: the platform's result is the app's`);
      assert.match(x.time, fmt[v].time);
    }
    await sameScore(first.app, s.raw, count);
    assert.equal(String(s.min), '0');
    assert.equal(String(s.max), '100');
    if (v === '2004') assert.equal(s.success, 'unknown');
    assert.ok(s.suspend.length > 0 && s.suspend.length <= LIMIT, `suspend data of ${s.suspend.length} characters`);
    const commits = first.page.evaluate(() => window.events.filter(([e]) => e === 'LMSCommit' || e === 'Commit').length);
    assert.ok(await commits >= 4, 'a commit for each checked answer');
    await leave(first.page);
    assert.deepEqual(await first.page.evaluate(() => window.refused), [], 'the platform accepted every call');
    s = await state(first.page, v);
    assert.match(s.sessionTime, fmt[v].span, 'session time in the standard\'s format');
    const kept = s.suspend;
    clean(first.problems);
    await first.context.close();

    // Another computer (a fresh profile, nothing in local storage): the platform gives back only its suspend data.
    const resumed = v === '12'
      ? { ...learner, core: { ...learner.core, entry: 'resume', lesson_status: 'incomplete' }, suspend_data: kept }
      : { ...learner, entry: 'resume', completion_status: 'incomplete', suspend_data: kept };
    const second = await platform(v, { initial: resumed });
    const again = await dots(second.app);
    for (const id of answered) assert.equal(again[id], seen[id], `${id} is checked as before`);
    assert.equal(Object.values(again).filter((d) => d === 'right' || d === 'wrong').length, 4, 'exactly the four answers came back');
    // The resumed quiz shows the same order of questions (the seed came back too).
    assert.deepEqual(Object.keys(again), Object.keys(seen));
    for (let n = 1; n <= count; n++) {
      const id = await second.app.locator('section.question').nth(n - 1).getAttribute('id');
      if (!answered.includes(id)) await answerAndCheck(second.app, n);
    }
    const final = await dots(second.app);
    s = await state(second.page, v);
    assert.equal(s.interactions.length, count, 'every question, once');
    assert.deepEqual(new Set(s.interactions.map((x) => x.id)), new Set(Object.keys(final)));
    await sameScore(second.app, s.raw, count);
    const raw = s.raw;
    const passed = raw >= 60;
    if (v === '12') {
      assert.equal(s.status, passed ? 'passed' : 'failed', 'complete, and passed or failed against the mastery score');
    } else {
      assert.equal(s.status, 'completed');
      assert.equal(s.success, passed ? 'passed' : 'failed');
      assert.equal(s.scaled, Math.round(100 * raw) / 10000);
    }
    await leave(second.page);
    assert.deepEqual(await second.page.evaluate(() => window.refused), [], 'the platform accepted every call');
    assert.match((await state(second.page, v)).sessionTime, fmt[v].span);
    clean(second.problems);
    await second.context.close();
  });
}

test('a platform that refuses or throws on every call: the student keeps working, progress stays in local storage', async () => {
  for (const [v, mode] of [['12', 'refuse'], ['2004', 'throw']]) {
    const { page, app, problems, context, frame } = await platform(v, { mode });
    await answerAndCheck(app, 1);
    await answerAndCheck(app, 2);
    const shown = Object.values(await dots(app)).filter((d) => d === 'right' || d === 'wrong').length;
    assert.equal(shown, 2, `${mode}: both answers checked`);
    const calls = await page.evaluate(() => window.calls);
    assert.ok(calls.some((c) => /Initialize/.test(c)), `${mode}: the app looked for the platform`);
    if (mode === 'refuse') assert.ok(calls.some((c) => /SetValue/.test(c)), 'and tried to report');
    await page.waitForTimeout(400); // the 250 ms save
    const saved = await frame().evaluate(() => localStorage.getItem('zhiyuan.progress'));
    assert.ok(saved && JSON.parse(saved).quizzes.challenge, `${mode}: progress saved in this browser`);
    clean(problems);
    await context.close();
  }
  // The package opened outside any platform: the app as on the web, at its launch route.
  const { page, problems, context } = await openPage(browser, origin);
  await page.goto(`${origin}/pkg12/index.html`);
  await page.waitForSelector('#page-heading');
  assert.equal(await page.evaluate(() => location.hash), '#/zh/quiz/challenge');
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'no service worker in a package');
  clean(problems);
  await context.close();
});

test('each manifest has the elements its standard requires and lists every file of its zip', async () => {
  const { page, context } = await openPage(browser, origin);
  await page.goto(`${origin}/lms/host.html?v=none`);
  for (const v of ['12', '2004']) {
    const files = packages[v];
    const names = [...files.keys()];
    assert.equal(names[0], 'imsmanifest.xml', 'the manifest comes first, at the root');
    const xml = files.get('imsmanifest.xml').toString('utf8');
    const m = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const el = (tag, scope = doc) => [...scope.getElementsByTagNameNS('*', tag)];
      const root = doc.documentElement;
      const orgs = el('organizations')[0];
      const resource = el('resource')[0];
      const attr = (node, local) => [...node.attributes].find((a) => a.localName === local)?.value;
      return {
        root: root.localName, ns: root.namespaceURI, identifier: root.getAttribute('identifier'),
        schema: el('schema')[0]?.textContent, schemaversion: el('schemaversion')[0]?.textContent,
        orgDefault: orgs?.getAttribute('default'), orgIds: el('organization').map((o) => o.getAttribute('identifier')),
        items: el('item').map((i) => ({ identifierref: i.getAttribute('identifierref'), title: el('title', i)[0]?.textContent })),
        resourceId: resource?.getAttribute('identifier'), href: resource?.getAttribute('href'), type: resource?.getAttribute('type'),
        scormType: resource && (attr(resource, 'scormtype') ?? attr(resource, 'scormType')),
        scormTypeName: resource && [...resource.attributes].find((a) => a.localName.toLowerCase() === 'scormtype')?.name,
        scormTypeNs: resource && [...resource.attributes].find((a) => a.localName.toLowerCase() === 'scormtype')?.namespaceURI,
        files: el('file').map((f) => f.getAttribute('href')),
        mastery: el('masteryscore')[0]?.textContent, measure: el('minNormalizedMeasure')[0]?.textContent,
      };
    }, xml);
    assert.equal(m.error, undefined, m.error);
    assert.equal(m.root, 'manifest');
    assert.ok(m.identifier, 'manifest identifier');
    assert.equal(m.schema, 'ADL SCORM');
    if (v === '12') {
      assert.equal(m.ns, 'http://www.imsproject.org/xsd/imscp_rootv1p1p2');
      assert.equal(m.schemaversion, '1.2');
      assert.equal(m.scormTypeName, 'adlcp:scormtype');
      assert.equal(m.scormTypeNs, 'http://www.adlnet.org/xsd/adlcp_rootv1p2');
      assert.equal(m.mastery, '60');
    } else {
      assert.equal(m.ns, 'http://www.imsglobal.org/xsd/imscp_v1p1');
      assert.equal(m.schemaversion, '2004 4th Edition');
      assert.equal(m.scormTypeName, 'adlcp:scormType');
      assert.equal(m.scormTypeNs, 'http://www.adlnet.org/xsd/adlcp_v1p3');
      assert.equal(m.measure, '0.60');
    }
    assert.ok(m.orgIds.includes(m.orgDefault), 'organizations/@default names an organization');
    assert.ok(m.items.length >= 1 && m.items.every((i) => i.identifierref === m.resourceId && i.title), 'each item points at the resource and has a title');
    assert.equal(m.scormType, 'sco');
    assert.equal(m.type, 'webcontent');
    assert.equal(m.href, 'index.html');
    assert.ok(files.has(m.href), 'the launch file is in the zip');
    assert.deepEqual([...m.files].sort(), names.filter((n) => n !== 'imsmanifest.xml').sort(), 'a file entry for every file in the zip, and no other');
    assert.deepEqual(names.filter((n) => n.startsWith('teacher')), [], "no teacher's bundle in a package");
    assert.ok(names.some((n) => n.endsWith('.wasm')) && !names.some((n) => /\.(gz|br)$|(^|\/)sw\.js$/.test(n)), 'the app, without precompressed copies or service worker');
    const index = files.get('index.html').toString('utf8');
    assert.match(index, new RegExp(`<meta name="zhiyuan-scorm" content="${v === '12' ? '1\\.2' : '2004'} #/zh/quiz/challenge">`));
    assert.ok(!/(src|href)=["']?(https?:)?\/\//.test(index) && !/(src|href)=["']?\/[^/]/.test(index), 'every URL in index.html is relative to the package');
  }
  await context.close();
});
