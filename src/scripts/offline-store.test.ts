import { describe, expect, it } from 'vitest';
import { filesFor, mergeScope, totalBytes, type Manifest } from './offline-store';

const file = (url: string, size: number) => ({ url, size, rev: url.length.toString(16).padStart(12, '0') });
const manifest: Manifest = {
  version: 'v1', base: '/', files: 6, bytes: 0,
  list: [file('/_astro/a.css', 10), file('/cases/a/', 100), file('/cases/b/', 200), file('/offline/', 5), file('/pagefind/pagefind.js', 50), file('/statements/x/', 20)],
  groups: { shell: [0, 3], search: [4], cases: { a: { title: 'A', files: [1, 5] }, b: { title: 'B', files: [2, 5] } } },
};

describe('offline-store', () => {
  it('filesFor: the whole list, or shell + search + each case, each file once, in manifest order', () => {
    expect(filesFor(manifest, 'all')).toBe(manifest.list);
    expect(filesFor(manifest, ['a']).map((f) => f.url)).toEqual(['/_astro/a.css', '/cases/a/', '/offline/', '/pagefind/pagefind.js', '/statements/x/']);
    expect(filesFor(manifest, ['b', 'a']).map((f) => f.url)).toEqual(manifest.list.map((f) => f.url));
    expect(totalBytes(filesFor(manifest, ['a']))).toBe(185);
    expect(filesFor(manifest, ['gone']).map((f) => f.url)).toEqual(['/_astro/a.css', '/offline/', '/pagefind/pagefind.js']);
  });

  it('mergeScope: the whole site absorbs cases; cases accumulate, sorted', () => {
    expect(mergeScope(undefined, ['b'])).toEqual(['b']);
    expect(mergeScope(['b'], ['a'])).toEqual(['a', 'b']);
    expect(mergeScope(['a'], ['a'])).toEqual(['a']);
    expect(mergeScope('all', ['a'])).toBe('all');
    expect(mergeScope(['a'], 'all')).toBe('all');
  });
});
