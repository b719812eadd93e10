// Writes dist/sw.js with Workbox: precaches every page, asset, download and the Pagefind index so the site
// reads and searches offline after one visit. Runs last, over the finished dist/.
// Deterministic: the manifest is sorted and revisions are content hashes, so the same dist/ gives the same sw.js.
import { generateSW } from 'workbox-build';
import { fileURLToPath } from 'node:url';

const normaliseBase = (b) => {
  const t = (b ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return t === '' ? '/' : `/${t}/`;
};

/** dist-relative file → the URL a reader requests: "cases/x/index.html" → "<base>cases/x/". */
export function precacheUrl(file, base) {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Manifest step: base-prefixed pretty URLs, no revision for Astro's hashed assets, stable order. */
export function transformManifest(entries, base) {
  const manifest = entries
    .map((e) => ({
      ...e,
      url: precacheUrl(e.url, base),
      revision: e.url.startsWith('_astro/') ? null : e.revision,
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { manifest, warnings: [] };
}

/**
 * Generates <dist>/sw.js. Returns the number of precached files and their total size in bytes.
 * @param {URL} distUrl the built site's folder (file: URL ending in "/")
 * @param {{ base?: string }} [options] deploy base; defaults to BASE_PATH
 */
export async function buildServiceWorker(distUrl, { base = normaliseBase(process.env.BASE_PATH) } = {}) {
  const dir = fileURLToPath(distUrl);
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*'],
    // Crawler files are not reading matter; the worker never precaches itself.
    // _headers and _redirects are host configuration, not served as files (a 404 would stop the SW installing).
    globIgnores: ['sw.js', 'sw.js.map', 'workbox-*.js', 'sitemap.xml', 'robots.txt', '_headers', '_redirects'],
    swDest: `${dir}/sw.js`,
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // Anything larger would be skipped with only a warning; we fail instead (see below).
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    manifestTransforms: [(entries) => transformManifest(entries, base)],
    // Pages are static: a query (?q=… on /search/, Pagefind's ?ts= cache tag) never changes the file served.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // First install controls open pages at once; an update waits until the reader chooses Reload (SKIP_WAITING).
    clientsClaim: true,
    skipWaiting: false,
    navigationPreload: false,
    runtimeCaching: [
      {
        // Navigations to pages that are not precached: the network, or offline the cached 404 page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${base}404.html` } },
      },
    ],
  });
  if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { count, size };
}
