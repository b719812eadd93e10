import { describe, expect, it } from 'vitest';
import { normaliseBase, stripBase, withBase } from './url';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['companion', '/companion/'],
    ['/companion', '/companion/'],
    ['/a/b/', '/a/b/'],
  ])('%s → %s', (input, expected) => expect(normaliseBase(input)).toBe(expected));
});

describe('withBase', () => {
  it('prefixes root-relative paths', () => {
    expect(withBase('/', '/cases/')).toBe('/cases/');
    expect(withBase('/companion/', '/cases/')).toBe('/companion/cases/');
    expect(withBase('/companion', '/')).toBe('/companion/');
  });
  it('leaves external, protocol-relative and fragment links alone', () => {
    expect(withBase('/companion/', 'https://doi.org/x')).toBe('https://doi.org/x');
    expect(withBase('/companion/', '//cdn.example')).toBe('//cdn.example');
    expect(withBase('/companion/', '#top')).toBe('#top');
  });
});

describe('stripBase', () => {
  it('removes the base', () => {
    expect(stripBase('/companion/', '/companion/cases/')).toBe('/cases/');
    expect(stripBase('/companion/', '/companion')).toBe('/');
    expect(stripBase('/', '/cases/')).toBe('/cases/');
    expect(stripBase('/companion/', '/other/')).toBe('/other/');
  });
});
