// Service worker: keeps the whole app (every chapter, quiz and visual, both
// languages: they are all inside the wasm) available offline after one visit;
// the teacher's tools once a teacher has opened them.
// scripts/post-build.mjs fills in the version and the file list.
const VERSION = 'zhiyuan-__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== VERSION && key.startsWith('zhiyuan-')) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// The teacher's bundle is not cached at install (a student never needs it):
// it is kept once a teacher has opened it, for use offline.
function keepTeachers(request, response) {
  if (response.ok && /\/teacher-[0-9a-f]+(_bg\.wasm|\.js)$/.test(new URL(request.url).pathname)) {
    const copy = response.clone();
    caches.open(VERSION).then((cache) => cache.put(request, copy));
  }
  return response;
}

// Pages: the network first (so a new version is picked up on the next load),
// the cached copy when offline. Files: the cache first (their names change
// with every build), the network otherwise.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(async () =>
      (await caches.match(request, { ignoreSearch: true })) || caches.match(new URL('./', self.registration.scope).href)));
  } else {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => keepTeachers(request, response))));
  }
});
