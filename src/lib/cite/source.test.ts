import { describe, expect, it } from 'vitest';
import { pageSourceCandidates, resolvePageSource } from './source';

const FILES = new Set([
  'content/statements/nato-2008-08-19-nac-georgia.md',
  'content/cases/georgia-2008.mdx',
  'content/notes/endnote-1.mdx',
  'src/pages/index.astro',
  'src/pages/about.astro',
  'src/pages/article.astro',
  'src/pages/cases/index.astro',
  'src/pages/cases/[id].astro',
  'src/pages/statements/[id].astro',
  'src/pages/teach/[...slug].astro',
]);
const exists = (f: string) => FILES.has(f);

describe('resolvePageSource', () => {
  it.each([
    ['/', {}, 'src/pages/index.astro'],
    ['/about', {}, 'src/pages/about.astro'],
    ['/article', {}, 'src/pages/article.astro'],
    ['/cases', {}, 'src/pages/cases/index.astro'],
    ['/cases/[id]', { id: 'georgia-2008' }, 'content/cases/georgia-2008.mdx'],
    ['/statements/[id]', { id: 'nato-2008-08-19-nac-georgia' }, 'content/statements/nato-2008-08-19-nac-georgia.md'],
    ['/notes/[id]', { id: 'endnote-1' }, 'content/notes/endnote-1.mdx'],
    ['/statements/[id]', { id: 'not-an-entry' }, 'src/pages/statements/[id].astro'],
    ['/teach/[...slug]', { slug: 'week-1' }, 'src/pages/teach/[...slug].astro'],
    ['/no-such-page', {}, undefined],
  ] as const)('%s %j → %s', (route, params, expected) => {
    expect(resolvePageSource(route, params, exists)).toBe(expected);
  });
});

describe('pageSourceCandidates', () => {
  it('puts the content entry before the page file', () => {
    const c = pageSourceCandidates('/statements/[id]', { id: 'x' });
    expect(c.indexOf('content/statements/x.md')).toBeLessThan(c.indexOf('src/pages/statements/[id].astro'));
  });
  it('ignores a missing parameter', () => {
    expect(pageSourceCandidates('/statements/[id]', {}).some((f) => f.startsWith('content/'))).toBe(false);
  });
});
