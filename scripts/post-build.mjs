// Trunk post-build hook (see Trunk.toml), run on the staging folder:
// 0. in release builds, wasm-bindgen's JavaScript glue is minified with terser
//    (Trunk 0.21's own minifier fails on its `export default`), and the
//    integrity hash in index.html follows;
// 1. the Content-Security-Policy in index.html allows exactly the inline
//    scripts Trunk wrote (by their sha256), and nothing else inline;
// 2. the service worker gets this build's version and file list;
// 3. index.html names the build (meta zhiyuan-build);
// 4. in release builds, every file gets a gzip (.gz) and a brotli (.br) copy
//    beside it, for hosts that serve precompressed files.
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR)');

const htmlPath = join(staging, 'index.html');
let html = await readFile(htmlPath, 'utf8');

// 0. Minify the glue and keep Subresource Integrity true to the new bytes.
if (process.env.TRUNK_PROFILE === 'release') {
  for (const [, name] of html.matchAll(/href=["']?[^"' >]*\/([\w-]+\.js)\b/g)) {
    const path = join(staging, name);
    const { code } = await minify(await readFile(path, 'utf8'), { module: true, ecma: 2020 });
    await writeFile(path, code);
    const integrity = `sha384-${createHash('sha384').update(code, 'utf8').digest('base64')}`;
    const link = new RegExp(`(href=["']?[^"' >]*/${name.replace('.', '\\.')}["']?[^>]*integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
    if (!link.test(html)) throw new Error(`index.html has no integrity hash for ${name}`);
    html = html.replace(link, `$1${integrity}`);
  }
}
const original = html;
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (!html.includes('__CSP_SCRIPT_HASHES__')) throw new Error('index.html lacks the CSP placeholder');
html = html.replace('__CSP_SCRIPT_HASHES__', hashes.join(' '));

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(path));
    else out.push(path);
  }
  return out;
}
const all = (await files(staging)).map((p) => relative(staging, p)).filter((p) => p !== 'sw.js').sort();
// The build's version: every file as built (index.html before this hook).
const hash = createHash('sha256');
for (const f of all) hash.update(f).update(f === 'index.html' ? original : await readFile(join(staging, f)));
const version = hash.digest('hex').slice(0, 16);
// 3. index.html names its build, so the app can tell when a new one arrived.
html = html.replace('__BUILD__', version);
await writeFile(htmlPath, html);
const swPath = join(staging, 'sw.js');
const sw = (await readFile(swPath, 'utf8'))
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...all.map((f) => `./${f}`)]));
await writeFile(swPath, sw);
// 4. Precompressed copies, made last so they hold the final bytes.
let compressed = 0;
if (process.env.TRUNK_PROFILE === 'release') {
  for (const f of [...all.filter((f) => f !== 'index.html'), 'index.html', 'sw.js']) {
    const body = await readFile(join(staging, f));
    await writeFile(join(staging, `${f}.gz`), gzipSync(body, { level: 9 }));
    await writeFile(join(staging, `${f}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    compressed += 1;
  }
}
console.log(`post-build: CSP allows ${hashes.length} inline script(s); service worker caches ${all.length + 1} entries; ${compressed} file(s) precompressed`);
