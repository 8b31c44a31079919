// Trunk post-build hook (see Trunk.toml), run on the staging folder:
// 1. the Content-Security-Policy in index.html allows exactly the inline
//    scripts Trunk wrote (by their sha256), and nothing else inline;
// 2. the service worker gets this build's version and file list.
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR)');

const htmlPath = join(staging, 'index.html');
let html = await readFile(htmlPath, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (!html.includes('__CSP_SCRIPT_HASHES__')) throw new Error('index.html lacks the CSP placeholder');
html = html.replace('__CSP_SCRIPT_HASHES__', hashes.join(' '));
await writeFile(htmlPath, html);

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
const version = createHash('sha256');
for (const f of all) version.update(f).update(String((await stat(join(staging, f))).size)).update(await readFile(join(staging, f)));
const swPath = join(staging, 'sw.js');
const sw = (await readFile(swPath, 'utf8'))
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(['./', ...all.map((f) => `./${f}`)]));
await writeFile(swPath, sw);
console.log(`post-build: CSP allows ${hashes.length} inline script(s); service worker caches ${all.length + 1} entries`);
