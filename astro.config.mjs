// Integrations and settings only. SITE_URL and BASE_PATH make the site deployable anywhere.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeSite } from './src/lib/markdown/rehype-site.ts';
import { remarkSmartypantsFast } from './src/lib/markdown/smartypants.ts';
import { loadRecordLabels, rehypeRecordLinks } from './src/lib/markdown/record-links.ts';
import { normaliseBase } from './src/lib/url.ts';
import { loadSourceIndex } from './src/lib/sources/load.ts';
import { CITATION_PENDING } from './src/lib/sources/tiers.ts';
import { loudWarning, resolveSiteUrl } from './src/lib/site-url.ts';

const base = normaliseBase(process.env.BASE_PATH);
const { site, warning } = resolveSiteUrl(process.env); // throws when REQUIRE_SITE_URL=1 and SITE_URL is missing
if (warning) console.warn(loudWarning(warning));

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  redirects: { '/glossary/': `${base}notes/#glossary` }, // an alias instructors may type; Astro does not add the base to targets
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      // Smart punctuation as remark-smartypants gives it, skipping retext where a node has nothing it could change
      // (same output, checked by src/lib/markdown/smartypants.test.ts; see docs/benchmarks.md).
      smartypants: false,
      remarkPlugins: [remarkSmartypantsFast],
      rehypePlugins: [
        [rehypeSite, { base, sources: loadSourceIndex(new URL('./content/sources/', import.meta.url).pathname), pending: CITATION_PENDING }],
        [rehypeRecordLinks, { base, labels: loadRecordLabels('content/statements') }],
      ],
    }),
  },
  devToolbar: { enabled: false },
  // Scripts bundled on their own through ?worker&url (the ?as-of= marker, the syllabus pack's print/export) get
  // the same "<name>.<hash>.js" names as Astro's other assets, so public/_headers can cache them as immutable.
  // Page scripts stay external files (cached once) rather than inlined into each page's HTML: the case pages'
  // HTML is held to a budget, and their contents/sidenotes script would otherwise be inlined there.
  vite: {
    worker: { rolldownOptions: { output: { entryFileNames: '_astro/[name].[hash].js' } } },
    build: { assetsInlineLimit: (file) => (/astro_type_script/.test(file) ? false : undefined) },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
