// Steps after `astro build`, in order: each record's .bib and .ris from its own page (so the later steps see
// them), the attribution check (fails the build when a sentence credits the article without a reference),
// sitemap.xml from the built pages, then the Pagefind index. Later steps (the offline manifest) run last so they
// can see every file; the host headers need the final list of top-level names (sw.js included), so they come
// after it (sw.js does not precache _headers).
import { checkAttributionInDist } from './postbuild/attribution.mjs';
import { writeRecordCitations } from './postbuild/record-citations.mjs';
import { loudWarning, resolveSiteUrl } from '../src/lib/site-url.ts';
import { writeSitemap } from './postbuild/sitemap.mjs';
import { buildSearchIndex } from './postbuild/pagefind.mjs';
import { buildServiceWorker } from './postbuild/offline.mjs';
import { writeHeaders } from './postbuild/headers.mjs';

const dist = new URL('../dist/', import.meta.url);
const started = performance.now();
const records = writeRecordCitations(dist);
console.log(`[postbuild] record citations: ${records} records, .bib and .ris each`);
const attribution = await checkAttributionInDist(dist);
console.log(`[postbuild] attribution: ${attribution.pages} pages checked${attribution.pending ? `, ${attribution.pending} pending sentence(s) owned by other changes` : ''}`);
const pages = await writeSitemap(dist);
console.log(`[postbuild] sitemap.xml: ${pages} pages`);
const indexed = await buildSearchIndex(dist);
console.log(`[postbuild] pagefind: ${indexed} pages indexed`);
const offline = await buildServiceWorker(dist);
console.log(`[postbuild] offline: manifest ${offline.count} files, ${offline.size} bytes; sw.js shell ${offline.shell.count} files, ${offline.shell.size} bytes`);
const cspRules = await writeHeaders(dist);
console.log(`[postbuild] _headers: ${cspRules} Content-Security-Policy rules (frameable: /embed/*)`);
console.log(`[postbuild] done in ${Math.round(performance.now() - started)} ms`);
const { warning } = resolveSiteUrl(process.env);
if (warning) console.warn(loudWarning(warning)); // repeated last, where it cannot scroll away
