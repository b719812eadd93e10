/**
 * Every sitemap page in a real browser, visited ONCE in a normal context (CSP enforced, no bypassCSP), with the
 * headers of dist/_headers added to each page as Netlify or Cloudflare Pages would send them, so the host
 * policy and the page's <meta> policy are enforced together. Per page it checks:
 * - no `securitypolicyviolation` event (recorded by an init script, which the browser injects outside the
 *   page's CSP), no CSP console message, no other console error and no uncaught exception;
 * - one CSP <meta>, before any script or stylesheet, whose script-src has no 'unsafe-inline' (nor
 *   'unsafe-eval') and has the 'wasm-unsafe-eval' Pagefind needs;
 * - no request to any origin but the site's own (data: and blob: allowed). This is the per-page part of the
 *   "own origin only" gate, shared with the CSP visit to keep `npm test` short: a third-party load is either
 *   made (recorded here) or blocked by the policy (a violation here). requests.test.ts adds the part a CSP
 *   could hide: representative pages with CSP bypassed, and a static scan of dist/.
 * One search (/search/?q=Minsk) runs under the policy with the same checks.
 *
 * Also checks dist/_headers itself: the security headers, a host CSP consistent with the <meta> policy and
 * with the built pages, and exactly one Cache-Control per file, `immutable` only for content-hashed names.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { headersFor, parseHeaders } from '../support/headers';
import { settle as settleRequests } from '../support/network';
import { dist, htmlFiles, origin, sitemapPaths, urlFor } from '../support/site';

const paths = await sitemapPaths();
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

interface Violation { directive: string; blocked: string; source: string; sample: string }
interface PolicyFacts { policies: string[]; before: string[] }
declare global {
  interface Window { __cspViolations?: Violation[] }
}

/** Directive name → its source list, from a policy string. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), sources);
  }
  return map;
}

const headerRules = parseHeaders(await readFile(path.join(dist(), '_headers'), 'utf8'));
const routed = new Set<string>(); // documents served with the host headers

/** Record `securitypolicyviolation` events on window. Init scripts are injected by the browser itself, so the
 * page's CSP does not apply to them. */
async function recordViolations(ctx: BrowserContext) {
  await ctx.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        sample: e.sample,
      });
    }, true);
  });
}

/** Serve pages as a _headers-aware host would: the host CSP and the other headers are added to each document. */
async function serveWithHostHeaders(ctx: BrowserContext) {
  const pageBase = new URL(urlFor('/')).pathname;
  const isDocument = (url: URL) => url.origin === origin() && (url.pathname.endsWith('/') || url.pathname.endsWith('.html'));
  await ctx.route(isDocument, async (route) => {
    const response = await route.fetch();
    const hostPath = `/${new URL(route.request().url()).pathname.slice(pageBase.length)}`;
    const extra = Object.fromEntries([...headersFor(headerRules, hostPath)].map(([name, values]) => [name, values.join(', ')]));
    routed.add(route.request().url());
    await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
  });
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[] = []; // console errors, CSP messages, uncaught exceptions of the current page
let foreign: string[] = []; // requests to other origins from the current page
let requests = 0;
const inFlight = new Set<Request>();

beforeAll(async () => {
  browser = await launch();
  // No bypassCSP: the page's own policy is enforced. Service workers blocked here, so every page comes from the
  // network with the host headers added (as on a first visit); the service worker has its own test below.
  context = await browser.newContext({ serviceWorkers: 'block' });
  await recordViolations(context);
  await serveWithHostHeaders(context);
  // Every request of the context (pages, workers, a service worker), whether it succeeds or not.
  context.on('request', (r) => {
    inFlight.add(r);
    requests += 1;
    const url = new URL(r.url());
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin()) foreign.push(`${r.resourceType()} ${r.url()}`);
  });
  context.on('requestfinished', (r) => inFlight.delete(r));
  context.on('requestfailed', (r) => inFlight.delete(r));
  page = await context.newPage();
  page.on('console', (m) => {
    // Errors of any kind, and warnings about the policies (an unknown CSP directive or Permissions-Policy feature).
    if (m.type() === 'error' || /Content[- ]Security[- ]Policy|Permissions[- ]Policy|Refused to/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
});
afterAll(async () => {
  await browser?.close();
});

async function violations(): Promise<string[]> {
  const list = await page.evaluate(() => window.__cspViolations ?? []);
  return list.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}${v.sample ? ` “${v.sample}”` : ''}`);
}

const settle = () => settleRequests(inFlight);

async function load(sitePath: string) {
  problems = [];
  foreign = [];
  inFlight.clear();
  const response = await page.goto(urlFor(sitePath), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  const redirect = /<meta http-equiv="refresh"/i.test(await response!.text());
  expect(redirect, `${sitePath} is a redirect page (no CSP of its own): it does not belong in the sitemap`).toBe(false);
  expect(routed.has(response!.url()), 'the page was served with the _headers headers').toBe(true);
}

/** What every visit must end with: no violation, no console error, no request elsewhere. */
async function expectClean() {
  await settle();
  expect(await violations(), 'CSP violations').toEqual([]);
  expect(problems, 'console errors').toEqual([]);
  expect(foreign, 'requests to other origins').toEqual([]);
}

describe('every page under its Content-Security-Policy', () => {
  it.each(paths)('%s: strict policy, no violations, own origin only', async (sitePath) => {
    await load(sitePath);
    const facts: PolicyFacts = await page.evaluate(() => {
      const metas = [...document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="content-security-policy" i]')];
      const first = metas[0];
      const before = first
        ? [...document.querySelectorAll('script, style, link[rel~="stylesheet"], link[rel~="modulepreload"]')]
          .filter((el) => first.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
          .map((el) => el.outerHTML.slice(0, 80))
        : [];
      return { policies: metas.map((m) => m.content), before };
    });
    expect(facts.policies, 'exactly one CSP <meta>').toHaveLength(1);
    expect(facts.before, 'scripts or styles before the CSP <meta> escape it').toEqual([]);
    const script = directives(facts.policies[0]!).get('script-src');
    expect(script, 'script-src').toBeDefined();
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).toContain("'wasm-unsafe-eval'");
    await expectClean();
  });

  it('/search/?q=Minsk runs a search under the policy (Pagefind JS, WASM, index, fragments)', async () => {
    const before = requests;
    await load('/search/?q=Minsk');
    await page.waitForSelector('[data-search-root][data-done]');
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    await expectClean();
    expect(requests - before, 'the recorder saw the search’s requests').toBeGreaterThan(3);
  });

  it('the recorders work: an injected inline script is refused and reported, a foreign request is seen', async () => {
    await load('/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.body.append(s);
    });
    await page.waitForFunction(() => (window.__cspViolations ?? []).length > 0, undefined, { timeout: 3000 });
    expect((await violations()).join('\n')).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    // Navigating to another origin is a request the recorder must see (no server answers; that is fine).
    await page.goto('http://third-party.invalid/', { timeout: 3000 }).catch(() => undefined);
    expect(foreign.join('\n')).toContain('third-party.invalid');
    foreign = [];
  });
});

describe('the service worker under the policy', () => {
  it('registers (worker-src) without a violation or console error', async () => {
    const ctx = await browser.newContext(); // service workers allowed
    await recordViolations(ctx);
    await serveWithHostHeaders(ctx);
    const p = await ctx.newPage();
    const errors: string[] = [];
    p.on('console', (m) => { if (m.type() === 'error' || /Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) errors.push(m.text()); });
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(urlFor('/'), { waitUntil: 'load' });
    const scope = await p.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        const registration = await navigator.serviceWorker.getRegistration();
        if (registration) return registration.scope;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    });
    expect(scope, 'a service worker registration').toBe(urlFor('/'));
    expect(await p.evaluate(() => window.__cspViolations ?? [])).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('host headers (dist/_headers)', () => {
  const global = (name: string) => headersFor(headerRules, '/').get(name) ?? [];
  const hostCsp = () => directives(global('content-security-policy')[0] ?? '');

  it('sets the security headers on every path', () => {
    for (const probe of ['/', '/cases/', '/_astro/x.js', '/data/statements.csv']) {
      const h = headersFor(headerRules, probe);
      for (const name of ['content-security-policy', 'referrer-policy', 'x-content-type-options', 'permissions-policy']) {
        expect(h.get(name), `${name} on ${probe}`).toHaveLength(1);
      }
    }
    expect(global('referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
    expect(global('x-content-type-options')).toEqual(['nosniff']);
    const permissions = global('permissions-policy')[0]!.split(',').map((p) => p.trim());
    expect(permissions).toEqual(expect.arrayContaining(['geolocation=()', 'camera=()', 'microphone=()', 'interest-cohort=()']));
    expect(hostCsp().get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('its CSP agrees with the <meta> policy and does not block what the pages need', async () => {
    const html = new Map<string, string>();
    for (const f of await htmlFiles()) html.set(f, await readFile(path.join(dist(), f), 'utf8'));
    const metaPolicy = html.get('index.html')!.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)![1]!.replace(/&#39;/g, "'");
    const meta = directives(metaPolicy);
    const host = hostCsp();
    const inlineScripts = [...html].filter(([, h]) => /<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>\s*\S/i.test(h)).map(([f]) => f);
    const inlineStyles = [...html].filter(([, h]) => /<style\b/i.test(h)).map(([f]) => f);
    // A host-wide script-src (or default-src, its fallback) cannot list per-page hashes: it would block Astro's
    // inline module scripts. Same for styles.
    if (inlineScripts.length > 0) {
      for (const d of ['default-src', 'script-src', 'script-src-elem']) expect(host.has(d), `${d} in the header blocks inline scripts in ${inlineScripts[0]}`).toBe(false);
    }
    if (inlineStyles.length > 0) {
      for (const d of ['default-src', 'style-src', 'style-src-elem']) expect(host.has(d), `${d} in the header blocks inline styles in ${inlineStyles[0]}`).toBe(false);
    }
    // Every other directive repeats the <meta> policy (or its default-src) without its hashes.
    const withoutHashes = (sources: string[]) => sources.filter((s) => !/^'sha(256|384|512)-/.test(s));
    for (const [name, sources] of host) {
      if (name === 'frame-ancestors') continue;
      const expected = withoutHashes(meta.get(name) ?? meta.get('default-src') ?? []);
      expect(sources, name).toEqual(expected);
    }
  });

  it('gives each file one Cache-Control, immutable only for content-hashed names', async () => {
    const files = (await readdir(dist(), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && e.name !== '_headers')
      .map((e) => path.relative(dist(), path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    const REVALIDATE = 'public, max-age=0, must-revalidate';
    const IMMUTABLE = 'public, max-age=31536000, immutable';
    const HASHED = /(?:\.[A-Za-z0-9_-]{8}|_[0-9a-f]{7,})\.[a-z_]+$/;
    const problems: string[] = [];
    const cacheOf = (urlPath: string) => headersFor(headerRules, urlPath).get('cache-control') ?? [];
    for (const file of files) {
      const urls = file.endsWith('index.html') ? [`/${file}`, `/${file.slice(0, -'index.html'.length)}`] : [`/${file}`];
      for (const url of urls) {
        const values = cacheOf(url);
        if (values.length > 1) problems.push(`${url}: ${values.length} Cache-Control rules (${values.join(' | ')})`);
        const value = values[0];
        if (file.endsWith('.html') && value !== REVALIDATE) problems.push(`${url}: HTML gets “${value}”`);
        if (value?.includes('immutable') && !HASHED.test(file)) problems.push(`${url}: immutable but its name has no content hash`);
        if (/^(_astro|pagefind)\//.test(file) && value === undefined) problems.push(`${url}: no Cache-Control rule`);
      }
    }
    expect(problems).toEqual([]);
    const astro = files.filter((f) => f.startsWith('_astro/'));
    expect(astro.length).toBeGreaterThan(0);
    for (const f of astro) expect(cacheOf(`/${f}`), f).toEqual([IMMUTABLE]);
    for (const f of files.filter((x) => /^pagefind\/(index|fragment|filter)\//.test(x))) expect(cacheOf(`/${f}`), f).toEqual([IMMUTABLE]);
    for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']) {
      expect(files, f).toContain(f);
      expect(cacheOf(`/${f}`), f).toEqual([REVALIDATE]);
    }
    expect(cacheOf('/sw.js')).toEqual(['no-cache']);
  });
});
