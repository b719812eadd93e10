import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, loudWarning, resolveSiteUrl } from './site-url';

describe('resolveSiteUrl', () => {
  it('uses SITE_URL without a trailing slash', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://example.org/' })).toEqual({ site: 'https://example.org' });
  });

  it('falls back to localhost with a warning when SITE_URL is unset', () => {
    const r = resolveSiteUrl({});
    expect(r.site).toBe(LOCAL_SITE_URL);
    expect(r.warning).toMatch(/SITE_URL is not set/);
  });

  it.each([{ REQUIRE_SITE_URL: '1' }, { CI_DEPLOY: '1' }, { REQUIRE_SITE_URL: 'true', SITE_URL: '' }])('fails a deploy build without SITE_URL (%o)', (env) => {
    expect(() => resolveSiteUrl(env)).toThrow(/SITE_URL is not set/);
  });

  it('fails a deploy build that points to localhost', () => {
    expect(() => resolveSiteUrl({ REQUIRE_SITE_URL: '1', SITE_URL: 'http://localhost:4321' })).toThrow(/localhost/);
  });

  it('does not treat REQUIRE_SITE_URL=0 as required', () => {
    expect(resolveSiteUrl({ REQUIRE_SITE_URL: '0' }).site).toBe(LOCAL_SITE_URL);
  });

  it('rejects a value that is not an http(s) URL', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'example.org' })).toThrow(/not a URL/);
    expect(() => resolveSiteUrl({ SITE_URL: 'ftp://example.org' })).toThrow(/http/);
  });

  it('frames warnings so they stand out', () => {
    expect(loudWarning('x')).toMatch(/!!!!.*\n!! WARNING: x\n!!!!/s);
  });
});
