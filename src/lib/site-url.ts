/**
 * The public origin the build writes into canonical links, the sitemap, robots.txt, citations and handout
 * permalinks. Without SITE_URL the build falls back to http://localhost:4321, which is right for `npm start` and
 * wrong everywhere else, so it prints a loud warning; with REQUIRE_SITE_URL=1 (set by the deploy workflows, and by
 * CI_DEPLOY=1) a missing or local SITE_URL fails the build instead.
 *
 * No imports: astro.config.mjs and scripts/postbuild load this file directly.
 */

export const LOCAL_SITE_URL = 'http://localhost:4321';

export interface SiteUrl {
  site: string;
  /** Set when the fallback is used: print it where a human will see it. */
  warning?: string;
}

const isOn = (v: string | undefined): boolean => v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';

export function resolveSiteUrl(env: Record<string, string | undefined>): SiteUrl {
  const required = isOn(env.REQUIRE_SITE_URL) || isOn(env.CI_DEPLOY);
  const raw = (env.SITE_URL ?? '').trim();
  if (!raw) {
    if (required) {
      throw new Error(
        'SITE_URL is not set, but REQUIRE_SITE_URL/CI_DEPLOY says this is a deploy build. Set SITE_URL to the public origin (e.g. SITE_URL=https://example.org); without it canonical links, the sitemap, citations and handout permalinks would point to localhost.',
      );
    }
    return {
      site: LOCAL_SITE_URL,
      warning: `SITE_URL is not set: canonical links, sitemap.xml, robots.txt, citations and handout permalinks point to ${LOCAL_SITE_URL}. Fine for local preview; for a deploy set SITE_URL=https://your.domain (deploy workflows set REQUIRE_SITE_URL=1 so that this fails).`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not a URL: "${raw}" (expected an origin such as https://example.org)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be http(s): "${raw}"`);
  if (required && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname)) {
    throw new Error(`SITE_URL points to ${url.hostname}, but REQUIRE_SITE_URL/CI_DEPLOY says this is a deploy build.`);
  }
  return { site: raw.replace(/\/+$/, '') };
}

/** A banner that stands out in build logs. */
export function loudWarning(message: string): string {
  const bar = '!'.repeat(78);
  return `\n${bar}\n!! WARNING: ${message}\n${bar}\n`;
}
