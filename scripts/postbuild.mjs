// Steps after `astro build`, in order: sitemap.xml from the built pages, then the Pagefind index.
// Later steps (the offline manifest) run last so they can see every file.
import { writeSitemap } from './postbuild/sitemap.mjs';
import { buildSearchIndex } from './postbuild/pagefind.mjs';
import { buildServiceWorker } from './postbuild/offline.mjs';

const dist = new URL('../dist/', import.meta.url);
const started = performance.now();
const pages = await writeSitemap(dist);
console.log(`[postbuild] sitemap.xml: ${pages} pages`);
const indexed = await buildSearchIndex(dist);
console.log(`[postbuild] pagefind: ${indexed} pages indexed`);
const offline = await buildServiceWorker(dist);
console.log(`[postbuild] offline: manifest ${offline.count} files, ${offline.size} bytes; sw.js shell ${offline.shell.count} files, ${offline.shell.size} bytes`);
console.log(`[postbuild] done in ${Math.round(performance.now() - started)} ms`);
