// Shared set-up for the end-to-end journeys: a plain static file server for
// dist/ under a sub-path (no rewrite rules), and Debian's Chromium driven by
// playwright-core. Every page records console errors and requests that leave
// the origin, so each journey can assert there were none.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../../dist/', import.meta.url));
export const basePath = process.env.E2E_BASE_PATH || '/zhiyuan/app/';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

/** Serves dist/ (or another folder, for a "new deployment") at basePath like
 * any static host: files, and index.html for the directory. The benchmark
 * asks for more of a real host: `gzip` when the browser accepts it, a
 * `cache` header, and `also` more folders at other paths. */
export async function serve(folder = root, { gzip = false, cache, also = {} } = {}) {
  const state = { root: folder, down: false };
  const zipped = new Map();
  const server = createServer(async (req, res) => {
    if (state.down) { req.socket.destroy(); return; }
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const roots = { ...also, [basePath]: state.root };
    const base = Object.keys(roots).find((b) => path.startsWith(b));
    if (!base) { res.writeHead(404).end('not found'); return; }
    let file = normalize(join(roots[base], path.slice(base.length)));
    if (!file.startsWith(roots[base])) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] || 'application/octet-stream' };
      if (cache) headers['cache-control'] = cache;
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
        body = zipped.get(file);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + basePath,
    /** Serves another folder from now on, as after a new deployment. */
    deploy: (folder) => { state.root = folder; },
    /** Stops answering, as when the network is gone. */
    down: (isDown) => { state.down = isDown; },
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}

/** Chromium's flags for tests: no sandbox (containers), no background traffic. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Debian's Chromium; `options` go to playwright's launch (e.g. `env`). */
export async function launch(options = {}) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs, ...options });
}

/** A fresh browser profile (context) and page that records problems. */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const problems = { console: [], foreign: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.console.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.foreign.push(u);
  });
  return { context, page, problems };
}

/** Waits until the app has mounted (the loading placeholder is gone and a heading is shown). */
export async function ready(page) {
  await page.waitForSelector('#page-heading', { timeout: 20000 });
  // A quiz builds its first cards, then the rest (aria-busy until then).
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 20000 });
}

/** A fresh profile opened at a hash of the app, once the app is on screen. */
export async function fresh(browser, server, hash = '', options = {}) {
  const session = await openPage(browser, server.origin, options);
  await session.page.goto(server.url + hash);
  await ready(session.page);
  return session;
}

/** Every journey ends here: no console errors (so no CSP violation either), no request off the origin. */
export function clean(problems) {
  assert.deepEqual(problems.console, [], 'no console errors');
  assert.deepEqual(problems.foreign, [], 'no request leaves the origin');
}
