// Steps after `astro build`, in order: sitemap.xml from the built pages, then the Pagefind index.
// Later steps (the offline manifest) run last so they can see every file; the host headers need the final
// list of top-level names (sw.js included), so they come after it (sw.js does not precache _headers).
import { writeSitemap } from './postbuild/sitemap.mjs';
import { buildSearchIndex } from './postbuild/pagefind.mjs';
import { buildServiceWorker } from './postbuild/offline.mjs';
import { writeHeaders } from './postbuild/headers.mjs';

const dist = new URL('../dist/', import.meta.url);
const started = performance.now();
const pages = await writeSitemap(dist);
console.log(`[postbuild] sitemap.xml: ${pages} pages`);
const indexed = await buildSearchIndex(dist);
console.log(`[postbuild] pagefind: ${indexed} pages indexed`);
const precache = await buildServiceWorker(dist);
console.log(`[postbuild] sw.js: ${precache.count} files precached, ${precache.size} bytes`);
const cspRules = await writeHeaders(dist);
console.log(`[postbuild] _headers: ${cspRules} Content-Security-Policy rules (frameable: /embed/*)`);
console.log(`[postbuild] done in ${Math.round(performance.now() - started)} ms`);
