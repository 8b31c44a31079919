// The release build as a host receives it: every file has gzip and brotli
// copies beside it that decompress to exactly its bytes, and the service
// worker precaches the files themselves, not the copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { root } from './harness.mjs';

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    out.push(...(entry.isDirectory() ? await files(path) : [path]));
  }
  return out;
}

test('every file of the build has .gz and .br copies of exactly its bytes', async () => {
  const all = (await files(root)).map((p) => relative(root, p));
  const plain = all.filter((f) => !f.endsWith('.gz') && !f.endsWith('.br'));
  assert.ok(plain.includes('index.html') && plain.some((f) => f.endsWith('.wasm')), plain.join(', '));
  for (const f of plain) {
    const body = await readFile(join(root, f));
    assert.ok(gunzipSync(await readFile(join(root, `${f}.gz`))).equals(body), `${f}.gz`);
    assert.ok(brotliDecompressSync(await readFile(join(root, `${f}.br`))).equals(body), `${f}.br`);
  }
  const sw = await readFile(join(root, 'sw.js'), 'utf8');
  assert.ok(!/\.(gz|br)["']/.test(sw), 'the service worker caches no compressed copy');
});

test('index.html never holds the parser: its one classic script comes before the stylesheet, and the loader waits for the head script\'s word to fetch the wasm', async () => {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const stylesheet = html.search(/<link[^>]*rel=["']?stylesheet/);
  assert.ok(stylesheet > 0, 'the stylesheet is in the page');
  // A classic inline script waits for every stylesheet above it, and the parser waits for it (measured: the wasm started 300 ms later on slow 4G).
  const classic = [...html.matchAll(/<script(?![^>]*type=["']?module)[^>]*>/g)];
  assert.equal(classic.length, 1, 'the head script');
  assert.ok(classic[0].index < stylesheet, 'before the stylesheet');
  assert.doesNotMatch(html, /<link[^>]*_bg\.wasm[^>]*>/, 'the wasm is preloaded by the head script, or fetched after the first page is painted');
  const [wasm] = html.match(/zhiyuan-[0-9a-f]+_bg\.wasm/) ?? [];
  assert.ok(wasm && html.indexOf(wasm) < stylesheet, 'the head script names the wasm to preload');
  assert.match(html, /await window\.zhiyuanStart;\s*const wasm = await init\(/);
});

test('each chapter and quiz is there as HTML for a first visit, in the folder the head script names, and the service worker does not precache it', async () => {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /__FIRST__|__VARIANTS__|__PAGES__/, 'post-build filled in the head script');
  const [, folder, variants] = html.match(/[`'"](first-[0-9a-f]{16})[`'"][\s\S]*?\*\s*(\d+)\)/) ?? [];
  assert.ok(folder && Number(variants) > 1, 'the head script names the folder and how many arrangements each quiz has');
  const names = (await readdir(join(root, folder))).filter((f) => f.endsWith('.html')).sort();
  const chapters = (await readdir(new URL('../../content/quizzes/', import.meta.url))).map((f) => f.replace('.toml', ''));
  const quizzes = [...chapters, 'challenge'].flatMap((q) => Array.from({ length: Number(variants) }, (_, k) => `${q}-${k}.html`));
  const zh = [...quizzes, ...chapters.map((c) => `read-${c}.html`)];
  const expected = [...zh, ...zh.map((f) => `en-${f}`), 'en-home.html'].sort();
  assert.deepEqual(names, expected);
  for (const name of names) {
    const page = await readFile(join(root, folder, name), 'utf8');
    assert.match(page, /(read|home)/.test(name) ? /^<div id="prerender">/ : /^<div id="prerender" data-quiz="[\w-]+" data-seed="\d+">/, name);
  }
  const sw = await readFile(join(root, 'sw.js'), 'utf8');
  assert.ok(!sw.includes('first-'), 'a returning student\'s app draws its own quiz');
  const teacher = await readFile(join(root, 'teacher.html'), 'utf8');
  assert.ok(!teacher.includes('first-'), 'the teacher\'s page fetches none');
});
