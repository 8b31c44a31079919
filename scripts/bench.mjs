// Prints the size table for dist/ and times the release build in Chromium.
// (The first visit against quizdown and Lighthouse: scripts/bench/first-visit.mjs.)
// Usage: node scripts/bench.mjs [runs]   (after a release build in dist/)
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { serve, launch, openPage } from '../tests/e2e/harness.mjs';
import { assignmentCode, fingerprint, resultCode } from '../tests/e2e/formats.mjs';

const runs = Number(process.argv[2] || 7);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);

async function sizes() {
  const dist = new URL('../dist/', import.meta.url).pathname;
  const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  const rows = [];
  for (const f of files) {
    const body = await readFile(join(f.parentPath ?? f.path, f.name));
    rows.push({
      name: join(f.parentPath ?? f.path, f.name).slice(dist.length),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  // The pages for a first visit (first-…/) as one row, with the largest of them beside it.
  const plain = rows.filter((r) => !/\.(gz|br)$/.test(r.name));
  const pages = plain.filter((r) => r.name.startsWith('first-'));
  const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const largest = [...pages].sort((a, b) => b.gzip - a.gzip)[0];
  const table = plain.filter((r) => !pages.includes(r));
  if (pages.length) table.push({ name: `${pages[0].name.split('/')[0]}/ (${pages.length} pages)`, ...sum(pages) });
  table.sort((a, b) => b.gzip - a.gzip);
  console.log('\nfile (each also has .gz and .br copies)'.padEnd(44) + 'raw KB'.padStart(8) + ' gzip KB'.padStart(9) + ' br KB'.padStart(9));
  for (const r of [...table, { name: 'TOTAL', ...sum(plain) }]) {
    console.log(r.name.padEnd(43) + kb(r.raw) + ' ' + kb(r.gzip) + ' ' + kb(r.brotli));
  }
  if (largest) console.log(`the largest page for a first visit: ${largest.name}, ${kb(largest.gzip).trim()} KB gzip`);
  // Reported, not budgeted: the budget is what a first visit fetches before the
  // first answer control (scripts/bench/first-visit.mjs).
  console.log(`\nall of dist/ (precompressed copies aside), gzip: ${kb(sum(plain).gzip).trim()} KB`);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Opens a fresh, 4x throttled page that notes when selectors first appear. */
async function throttledPage(browser, server) {
  const session = await openPage(browser, server.origin);
  const cdp = await session.context.newCDPSession(session.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await session.page.addInitScript(() => {
    window.__seen = {};
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
    const watch = { content: '#page-heading', control: 'section.question input:not([disabled]), section.question button:not([disabled])' };
    new MutationObserver(() => {
      for (const [k, sel] of Object.entries(watch)) {
        if (!window.__seen[k] && document.querySelector(sel)) window.__seen[k] = performance.now();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return session;
}

async function timings(browser, server) {
  const content = [], control = [], checks = [], frames = [], switches = [], switchFrames = [], tables = [], tableFrames = [];
  let memory = 0;
  for (let i = 0; i < runs; i++) {
    const { page, context } = await throttledPage(browser, server);
    await page.goto(server.url + '#/zh/quiz/ch5');
    await page.waitForFunction(() => window.__seen.content && window.__seen.control);
    const seen = await page.evaluate(() => window.__seen);
    content.push(seen.content); control.push(seen.control);
    // Check to feedback painted, for every question: click Check, wait for the next frame.
    const latencies = await page.evaluate(async () => {
      const out = [];
      for (const q of document.querySelectorAll('section.question')) {
        const pick = q.querySelector('input[type=radio], input[type=checkbox], .order-list button:not([disabled])');
        if (pick) pick.click();
        for (const s of q.querySelectorAll('select')) { s.selectedIndex = 1; s.dispatchEvent(new Event('change')); }
        const text = q.querySelector('input[type=text]');
        if (text) { text.value = '1'; text.dispatchEvent(new Event('input')); }
        const check = [...q.querySelectorAll('.actions button')].find((b) => b.closest('section') === q);
        if (!check) continue;
        const t0 = performance.now();
        check.click();
        // Leptos applies updates in microtasks: wait for them, not for a timer.
        for (let i = 0; i < 10000 && !q.querySelector('.verdict'); i++) await Promise.resolve();
        const inDom = q.querySelector('.verdict') ? performance.now() - t0 : NaN;
        const painted = await new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()))));
        if (!Number.isNaN(inDom)) out.push([inDom, painted - t0]);
      }
      return out;
    });
    checks.push(...latencies.map(([dom]) => dom));
    frames.push(...latencies.map(([, frame]) => frame));
    // Chapter switch: from the hash change to the new chapter in the DOM (a
    // mutation observer sees it) and to the next frame after that (painted).
    const switched = await page.evaluate(async () => {
      const times = [];
      for (const n of [1, 2, 3, 4, 5, 6]) {
        const shown = () => document.querySelector('.eyebrow')?.textContent.includes(`第${n}章`);
        const t0 = performance.now();
        const inDom = new Promise((r) => {
          const watch = new MutationObserver(() => { if (shown()) { watch.disconnect(); r(performance.now()); } });
          watch.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
        location.hash = `#/zh/read/ch${n}`;
        const dom = await inDom;
        const painted = await new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()))));
        times.push([dom - t0, painted - t0]);
      }
      return times;
    });
    switches.push(...switched.map(([dom]) => dom));
    switchFrames.push(...switched.map(([, painted]) => painted));
    memory = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? 0);
    // The class table for 200 result codes: from the paste to 200 rows on screen.
    const code = assignmentCode([1, 0, 4, ...Buffer.from('Quiz'), 0x81, 1, 0x81, 5, 0x81, 6]);
    const codes = Array.from({ length: 200 }, (_, k) => resultCode(fingerprint(code), `学生${k + 1}`, 3, 3_600_000 + k)).join('\n');
    await page.goto(`${server.url}#/en/results/${code}`);
    await page.waitForSelector('#pasted-codes');
    const [table, tableFrame] = await page.evaluate(async (text) => {
      const area = document.querySelector('#pasted-codes');
      const t0 = performance.now();
      area.value = text;
      area.dispatchEvent(new Event('input'));
      const done = () => document.querySelectorAll('.class-table tbody tr').length >= 200;
      for (let i = 0; i < 100000 && !done(); i++) await Promise.resolve();
      if (!done()) throw new Error('the class table did not show 200 rows');
      const inDom = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return [inDom, performance.now() - t0];
    }, codes);
    tables.push(table);
    tableFrames.push(tableFrame);
    await context.close();
  }
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`\nChromium, 4x CPU throttling, ${runs} runs (medians):`);
  console.log(`  navigation → the app's page (#page-heading)  ${ms(median(content))}`);
  console.log(`  navigation → first answer control (quiz link) ${ms(median(control))}`);
  console.log(`  check → feedback in the DOM (median / worst) ${ms(median(checks))} / ${ms(Math.max(...checks))}  (${checks.length} checks)`);
  console.log(`  check → next frame after it (median / worst) ${ms(median(frames))} / ${ms(Math.max(...frames))}`);
  console.log(`  chapter switch → in the DOM (median / worst) ${ms(median(switches))} / ${ms(Math.max(...switches))}`);
  console.log(`  chapter switch → next frame (median / worst) ${ms(median(switchFrames))} / ${ms(Math.max(...switchFrames))}`);
  console.log(`  class table, 200 codes → in the DOM (median) ${ms(median(tables))}`);
  console.log(`  class table, 200 codes → next frame (median) ${ms(median(tableFrames))}`);
  console.log(`  wasm memory after the quiz and all chapters ${(memory / 1048576).toFixed(1)} MB`);
}

await sizes();
const server = await serve();
const browser = await launch();
try { await timings(browser, server); } finally { await browser.close(); await server.close(); }
