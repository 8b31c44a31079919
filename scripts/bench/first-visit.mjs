// A student's first and returning visit from a shared quiz link, side by side
// with quizdown 0.4.1 (the lightest quiz tool we measure ourselves against),
// in one run, on one static server with gzip and a static host's caching,
// in Debian's Chromium with Lighthouse's slow 4G (150 ms RTT, 1.6 Mbps down,
// 750 kbps up) and 4x CPU throttling. Then Lighthouse (mobile) on our home,
// a chapter and a quiz, and on the quizdown page, simulated and applied.
// Also a first visit to our home page on that phone, as the browser saw it: its LCP (the home page is
// in the HTML), the layout shifts when the app takes over, and when it did.
// Usage (after a release build in dist/ under E2E_BASE_PATH, /zhiyuan/app/ by default):
//   node scripts/bench/first-visit.mjs [runs] [--no-lighthouse]   (BENCH_DEBUG=1 lists what was fetched before the control)
// Not a test: it measures and prints. Record results in BENCHMARKS.md.
import { mkdtemp, readFile, copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { chromium } from 'playwright-core';
import { basePath as BASE, chromiumArgs, root as dist, serve } from '../../tests/e2e/harness.mjs';

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) || 7);
const withLighthouse = !process.argv.includes('--no-lighthouse');
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const PEER = '/peer/';
const QUIZ = 'ch3';
/** What a student's first visit may fetch before the first answer control (gzip). */
const CRITICAL_BUDGET = 200 * 1024;

/** The quizdown page: a dozen of our own single and multiple choice questions, in Chinese. */
async function peerPage() {
  const quiz = parse(await readFile(here(`../../content/quizzes/${QUIZ}.toml`), 'utf8'));
  const chosen = quiz.questions.filter((q) => q.kind === 'single' || q.kind === 'multi').slice(0, 12);
  const markdown = chosen.map((q) => {
    const mark = q.kind === 'single' ? '1.' : '-';
    const options = q.choices.map((c) => `${mark} [${c.correct ? 'x' : ' '}] ${c.zh}`).join('\n');
    return `### ${q.prompt.zh}\n\n${options}\n\n> ${q.explanation.zh}\n`;
  }).join('\n');
  const dir = await mkdtemp(join(tmpdir(), 'peer-'));
  await copyFile(here('node_modules/quizdown/public/build/quizdown.js'), join(dir, 'quizdown.js'));
  await writeFile(join(dir, 'index.html'), `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>quizdown · ${chosen.length} 道题</title>
<script src="quizdown.js"></script><script>quizdown.init({ shuffleAnswers: true });</script></head>
<body><main><h1>第三章测验</h1><div class="quizdown">
${markdown.replace(/</g, '&lt;')}
</div></main></body></html>`);
  return { dir, questions: chosen.length };
}

/** Notes when the first answer control appears, in the document or in quizdown's shadow root. */
function watchForControl() {
  const find = () => document.querySelector('section.question input:not([disabled]), section.question button:not([disabled])')
    || document.querySelector('.quizdown')?.shadowRoot?.querySelector('input');
  const tick = () => {
    if (find()) { window.__control = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  new MutationObserver(() => { if (!window.__control && find()) window.__control = performance.now(); })
    .observe(document, { childList: true, subtree: true });
  requestAnimationFrame(tick);
}

/** One visit: time to the first answer control, and what was fetched before it. */
async function visit(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__control, null, { timeout: 60000, polling: 50 });
  return page.evaluate(() => {
    const at = window.__control;
    const nav = performance.getEntriesByType('navigation')[0];
    const before = performance.getEntriesByType('resource').filter((r) => r.responseEnd <= at);
    const bytes = nav.transferSize + before.reduce((t, r) => t + r.transferSize, 0);
    return { at, bytes, files: before.length + 1, list: before.map((r) => `${r.name.split('/').pop()} ${r.transferSize}`) };
  });
}

/** A fresh profile on a phone with slow 4G and 4x CPU. */
async function phone(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

/** A first visit to our home page: LCP and layout shifts as the browser reports them, and when the app took over. */
async function homeVisit(browser, url) {
  const { context, page } = await phone(browser);
  await page.addInitScript(() => {
    window.__lcp = 0; window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('#page-heading', { timeout: 60000 });
  const app = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  const { lcp, cls } = await page.evaluate(() => ({ lcp: window.__lcp, cls: window.__cls }));
  await context.close();
  return { lcp, cls, app };
}

async function home(origin) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs });
  const visits = [];
  try {
    for (let i = 0; i < runs; i++) visits.push(await homeVisit(browser, `${origin}${BASE}#/zh`));
  } finally {
    await browser.close();
  }
  console.log(`
Our home page, first visit, same phone (${runs} runs, medians): LCP ${s(median(visits.map((v) => v.lcp)))} (the page in the HTML), app started ${s(median(visits.map((v) => v.app)))}, layout shift ${Math.max(...visits.map((v) => v.cls)).toFixed(3)} (worst)`);
}

/** A fresh profile on a throttled phone: first visit, then (warm) a returning one. */
async function firstAndReturning(browser, url, ours) {
  const { context, page } = await phone(browser);
  await page.addInitScript(watchForControl);
  const first = await visit(page, url);
  if (process.env.BENCH_DEBUG) console.log(url, first.list.join(", "));
  // Ours: the service worker has cached the app once it is active.
  if (ours) await page.evaluate(() => navigator.serviceWorker?.ready.then(() => true));
  await page.waitForTimeout(1500);
  await page.goto('about:blank');
  const again = await visit(page, url);
  await context.close();
  return { first, again };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function sideBySide(origin, peerQuestions) {
  const ours = `${origin}${BASE}#/zh/quiz/${QUIZ}`;
  const peer = `${origin}${PEER}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs });
  const results = { ours: [], peer: [] };
  try {
    // Alternated, so a slow moment of the machine falls on both.
    for (let i = 0; i < runs; i++) {
      results.ours.push(await firstAndReturning(browser, ours, true));
      results.peer.push(await firstAndReturning(browser, peer, false));
    }
  } finally {
    await browser.close();
  }
  const row = (name, rs) => {
    const first = median(rs.map((r) => r.first.at));
    const again = median(rs.map((r) => r.again.at));
    const bytes = median(rs.map((r) => r.first.bytes));
    const files = median(rs.map((r) => r.first.files));
    console.log(`  ${name.padEnd(34)} first ${s(first).padStart(7)}  returning ${s(again).padStart(7)}  before the control: ${kb(bytes).padStart(9)} in ${files} files`);
    return { first, again, bytes };
  };
  console.log(`\nFirst and returning visit, slow 4G + 4x CPU, 390×844, ${runs} runs each, alternated (medians):`);
  const o = row(`ours (#/zh/quiz/${QUIZ})`, results.ours);
  const p = row(`quizdown 0.4.1 (${peerQuestions} of our questions)`, results.peer);
  console.log(`  ratio ours / quizdown: first visit ${(o.first / p.first).toFixed(2)} (goal ≤ 1, aim 0.7), returning ${(o.again / p.first).toFixed(2)} of quizdown's first (goal ≤ 0.5), ${(o.again / p.again).toFixed(2)} of its returning`);
  console.log(`  our critical path: ${kb(o.bytes)} of ${kb(CRITICAL_BUDGET)}: ${o.bytes <= CRITICAL_BUDGET ? 'within the budget' : `OVER by ${kb(o.bytes - CRITICAL_BUDGET)}`}`);
}

/**
 * Lighthouse on each page, in its two ways of throttling: "simulate" (its
 * default, as PageSpeed reports: a fast load, then Lantern's estimate for a
 * phone on slow 4G, which counts every request started before the LCP, the
 * preloaded wasm too, in its pessimistic half), with the LCP the browser
 * observed in that load beside it; and "devtools" (the page really loaded on
 * slow 4G with 4x CPU, as the side-by-side visits above are).
 */
async function lighthouseRuns(origin) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const pages = [['home', `${BASE}#/zh`], ['chapter', `${BASE}#/zh/read/ch3`], ['quiz', `${BASE}#/zh/quiz/${QUIZ}`], ['quizdown', PEER]];
  /** One Lighthouse run, in a fresh Chromium. */
  const once = async (url, method) => {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM || '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], throttlingMethod: method });
      const a = (id) => lhr.audits[id].numericValue;
      return {
        perf: lhr.categories.performance.score, fcp: a('first-contentful-paint'), lcp: a('largest-contentful-paint'),
        seen: lhr.audits.metrics.details?.items?.[0]?.observedLargestContentfulPaint ?? 0,
        tbt: a('total-blocking-time'), cls: a('cumulative-layout-shift'), a11y: lhr.categories.accessibility.score,
      };
    } finally {
      await chrome.kill();
    }
  };
  // Its default mode three times a page (one run moves TBT by ±100 ms), medians; the applied mode once.
  for (const [method, times] of [['simulate', 3], ['devtools', 1]]) {
    console.log(`\nLighthouse 13.5.0, mobile (slow 4G, 4x CPU), throttling "${method}", ${times === 1 ? 'one run' : `medians of ${times} runs`} per page:`);
    console.log(`  ${'page'.padEnd(10)}${'perf'.padStart(6)}${'FCP'.padStart(9)}${'LCP'.padStart(9)}${method === 'simulate' ? '  (seen)' : ''}${'TBT'.padStart(9)}${'CLS'.padStart(7)}${'a11y'.padStart(6)}${times > 1 ? '  TBT of each run' : ''}`);
    for (const [name, path] of pages) {
      const rs = [];
      for (let i = 0; i < times; i++) rs.push(await once(origin + path, method));
      const m = (k) => median(rs.map((r) => r[k]));
      const each = times > 1 ? `  ${rs.map((r) => Math.round(r.tbt)).join(', ')} ms` : '';
      console.log(`  ${name.padEnd(10)}${m('perf').toFixed(2).padStart(6)}${s(m('fcp')).padStart(9)}${s(m('lcp')).padStart(9)}${method === 'simulate' ? ` (${s(m('seen'))})` : ''}${`${Math.round(m('tbt'))} ms`.padStart(9)}${m('cls').toFixed(3).padStart(7)}${m('a11y').toFixed(2).padStart(6)}${each}`);
    }
  }
}

const peer = await peerPage();
// A static host as teachers use: gzip, cached for ten minutes (as GitHub Pages).
const server = await serve(dist, { gzip: true, cache: 'max-age=600', also: { [PEER]: peer.dir } });
try {
  await sideBySide(server.origin, peer.questions);
  await home(server.origin);
  if (withLighthouse) await lighthouseRuns(server.origin);
} finally {
  await server.close();
}
