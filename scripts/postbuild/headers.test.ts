import { describe, expect, it } from 'vitest';
import { expandHeaders } from './headers.mjs';

const TEMPLATE = "/*\n  X-Content-Type-Options: nosniff\n#@csp-page object-src 'none'; frame-ancestors 'none'\n#@csp-embed object-src 'none'; frame-ancestors *\n/sw.js\n  Cache-Control: no-cache\n";

describe('_headers expansion', () => {
  it('gives / and every top-level name but embed/ the page policy, embed/* the embed policy', () => {
    const out = expandHeaders(TEMPLATE, [
      { name: 'maps', dir: true }, { name: 'embed', dir: true }, { name: '404.html', dir: false }, { name: '_headers', dir: false },
    ]);
    expect(out).toContain("/\n  Content-Security-Policy: object-src 'none'; frame-ancestors 'none'");
    expect(out).toContain("/maps/*\n  Content-Security-Policy: object-src 'none'; frame-ancestors 'none'");
    expect(out).toContain("/404.html\n  Content-Security-Policy: object-src 'none'; frame-ancestors 'none'");
    expect(out).toContain("/embed/*\n  Content-Security-Policy: object-src 'none'; frame-ancestors *");
    expect(out).not.toContain('/_headers');
    expect(out).not.toContain('#@csp');
    expect(out.indexOf('/404.html')).toBeLessThan(out.indexOf('/maps/*')); // sorted
  });

  it('fails without the template lines or with a page policy that allows framing', () => {
    expect(() => expandHeaders('/*\n  X: y\n', [])).toThrow(/template lines/);
    expect(() => expandHeaders("#@csp-page frame-ancestors *\n#@csp-embed frame-ancestors *\n", [])).toThrow(/'none'/);
  });
});
