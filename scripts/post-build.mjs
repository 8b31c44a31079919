// Trunk post-build hook (see Trunk.toml), run on the staging folder:
// 0. in release builds, wasm-bindgen's JavaScript glue is minified with terser
//    (Trunk 0.21's own minifier fails on its `export default`), and the
//    integrity hash in index.html follows;
// 1. the teacher's bundle (the `teacher` binary, built by Trunk as a worker
//    so it is not loaded by index.html) gets content-hashed names and its
//    own page, teacher.html: index.html loading that bundle instead;
// 2. the Content-Security-Policy in each page allows exactly its inline
//    scripts (by their sha256), and nothing else inline;
// 3. the service worker gets this build's version and the student's files
//    (the teacher's bundle is cached when a teacher opens it);
// 4. the pages name the build (meta zhiyuan-build);
// 5. in release builds, every file gets a gzip (.gz) and a brotli (.br) copy
//    beside it, for hosts that serve precompressed files;
// 6. the book's English part, which the app fetches when English is first
//    needed (src/book.rs), is written by the core's `pack-book` under the
//    name both bundles expect, and the home page it writes as HTML goes into
//    index.html (not into teacher.html, nor with ZHIYUAN_PRERENDER=0: a
//    SCORM package opens a quiz); each chapter and quiz as HTML, in both
//    languages, goes into its folder (first-{hash}/), whose name and pages
//    index.html's head script is given for a first visit from a link; and
//    the wasm's preload moves into that script (content first).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR)');

const htmlPath = join(staging, 'index.html');
let html = await readFile(htmlPath, 'utf8');

const release = process.env.TRUNK_PROFILE === 'release';
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/** Sets the integrity hash of the link to `name` in a page. */
function integrity(page, name, value) {
  const link = new RegExp(`(href=["']?[^"' >]*/${name.replace(/\./g, '\\.')}["']?[^>]*integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
  if (!link.test(page)) throw new Error(`no integrity hash for ${name}`);
  return page.replace(link, `$1${value}`);
}
/** wasm-bindgen's glue, minified in release builds. */
async function glue(path) {
  const code = await readFile(path, 'utf8');
  return release ? (await minify(code, { module: true, ecma: 2020 })).code : code;
}

// 0. Minify the glue and keep Subresource Integrity true to the new bytes.
if (release) {
  for (const [, name] of html.matchAll(/href=["']?[^"' >]*\/([\w-]+\.js)\b/g)) {
    const code = await glue(join(staging, name));
    await writeFile(join(staging, name), code);
    html = integrity(html, name, sri(code));
  }
}

// 1. The teacher's bundle under content-hashed names, and its page.
const [mainJs] = html.match(/zhiyuan-[0-9a-f]+\.js/) ?? [];
const [mainWasm] = html.match(/zhiyuan-[0-9a-f]+_bg\.wasm/) ?? [];
if (!mainJs || !mainWasm) throw new Error('index.html names no zhiyuan-*.js and zhiyuan-*_bg.wasm');
const teacherJs = await glue(join(staging, 'teacher.js'));
const teacherWasm = await readFile(join(staging, 'teacher_bg.wasm'));
const teacherId = createHash('sha256').update(teacherJs).update(teacherWasm).digest('hex').slice(0, 16);
const [tJs, tWasm] = [`teacher-${teacherId}.js`, `teacher-${teacherId}_bg.wasm`];
await writeFile(join(staging, tJs), teacherJs);
await rename(join(staging, 'teacher_bg.wasm'), join(staging, tWasm));
await rm(join(staging, 'teacher.js'));
let teacherHtml = html.replaceAll(mainJs, tJs).replaceAll(mainWasm, tWasm);
teacherHtml = integrity(integrity(teacherHtml, tJs, sri(teacherJs)), tWasm, sri(teacherWasm));

// 6. The English part of the book, checked against the name each bundle asks for.
const root = fileURLToPath(new URL('..', import.meta.url));
// From the project's folder, as the build script reads `content` (the book keeps its files' names).
const packed = execFileSync('cargo', ['run', '-q', '-p', 'zhiyuan-core', '--bin', 'pack-book', '--', 'content', staging], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const [english, firstVisit] = packed.trim().split('\n');
const englishName = english.split(/[\\/]/).pop();
for (const wasm of [mainWasm, tWasm]) {
  if (!(await readFile(join(staging, wasm))).includes(englishName)) throw new Error(`${wasm} does not ask for ${englishName}: the content changed during the build; build again`);
}
const homePath = join(staging, 'home.zh.html');
const marker = /<div id=["']?prerender["']?><\/div>/;
if (!marker.test(html)) throw new Error('index.html lacks its empty <div id="prerender"></div>');
teacherHtml = teacherHtml.replace(marker, '');
const prerender = process.env.ZHIYUAN_PRERENDER !== '0';
html = html.replace(marker, prerender ? (await readFile(homePath, 'utf8')).replaceAll('$', '$$$$') : '');
await rm(homePath);
// The chapters and quizzes as HTML for a first visit from a link: the head script fetches one (a quiz in one of its arrangements).
if (!['__FIRST__', '__VARIANTS__', '__PAGES__'].every((p) => html.includes(p))) throw new Error('index.html\'s head script lacks __FIRST__, __VARIANTS__ or __PAGES__');
const firstPages = await readdir(join(staging, firstVisit));
const variants = firstPages.filter((f) => f.startsWith('challenge-')).length;
// What the head script may ask for: `read-ch3` (a chapter), `ch3` (a quiz, in its arrangements), the same with `en-`, and `en-home`.
const pages = [...new Set(firstPages.map((f) => f.replace(/(-\d+)?\.html$/, '')))].sort().join(' ');
if (!prerender) await rm(join(staging, firstVisit), { recursive: true });
html = html.replace('__FIRST__', prerender ? firstVisit : '').replace('__VARIANTS__', String(variants)).replace('__PAGES__', prerender ? pages : '');
teacherHtml = teacherHtml.replace('__FIRST__', '').replace('__VARIANTS__', '1').replace('__PAGES__', '').replaceAll('__WASM_INTEGRITY__', '').replaceAll('__WASM__', '');
// The student's wasm: the head script preloads it at once, or (a first visit
// shown a page from the HTML) the loader fetches it once that page is painted.
const preload = html.match(/<link(?=[^>]*\brel=["']?preload\b)(?=[^>]*_bg\.wasm)[^>]*>/)?.[0];
const preloadHref = preload?.match(/href=["']?([^"' >]+)/)?.[1];
const preloadSri = preload?.match(/integrity=["']?([^"' >]+)/)?.[1];
const loader = /(\n\s*)(const wasm = await init\()/;
if (!preloadHref || !preloadSri || !loader.test(html)) throw new Error('index.html lacks the wasm preload or the loader Trunk writes');
html = html.replace(preload, '').replaceAll('__WASM_INTEGRITY__', preloadSri).replaceAll('__WASM__', preloadHref).replace(loader, '$1await window.zhiyuanStart;$1$2');

// 2. Each page's CSP allows its own inline scripts.
function csp(page) {
  const hashes = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  if (!page.includes('__CSP_SCRIPT_HASHES__')) throw new Error('the page lacks the CSP placeholder');
  return [page.replace('__CSP_SCRIPT_HASHES__', hashes.join(' ')), hashes.length];
}
const original = html;
let hashes;
[html, hashes] = csp(html);
[teacherHtml] = csp(teacherHtml);
// Written now so the file list, the build's version and the compressed copies
// include it; written again below with the version in it, as index.html is.
await writeFile(join(staging, 'teacher.html'), teacherHtml);

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
// What the service worker caches at install: the student's app, not the
// teacher's bundle, nor the quizzes for a first visit (a returning student's
// app draws its own).
const students = all.filter((f) => !f.startsWith('teacher') && !f.startsWith('first-'));
// The build's version: every file as built (index.html before this hook).
const hash = createHash('sha256');
for (const f of all) hash.update(f).update(f === 'index.html' ? original : await readFile(join(staging, f)));
const version = hash.digest('hex').slice(0, 16);
// 4. The pages name their build, so the app can tell when a new one arrived.
html = html.replace('__BUILD__', version);
await writeFile(htmlPath, html);
await writeFile(join(staging, 'teacher.html'), teacherHtml.replace('__BUILD__', version));
const swPath = join(staging, 'sw.js');
const sw = (await readFile(swPath, 'utf8'))
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...students.map((f) => `./${f}`)]));
await writeFile(swPath, sw);
// 5. Precompressed copies, made last so they hold the final bytes.
let compressed = 0;
if (release) {
  for (const f of [...all.filter((f) => f !== 'index.html'), 'index.html', 'sw.js']) {
    const body = await readFile(join(staging, f));
    await writeFile(join(staging, `${f}.gz`), gzipSync(body, { level: 9 }));
    await writeFile(join(staging, `${f}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    compressed += 1;
  }
}
console.log(`post-build: teacher's bundle ${tJs}; English text ${englishName}; quizzes as HTML ${prerender ? firstVisit : 'none'}; CSP allows ${hashes} inline script(s); service worker caches ${students.length + 1} entries; ${compressed} file(s) precompressed`);
