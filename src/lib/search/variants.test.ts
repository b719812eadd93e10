import { describe, expect, it } from 'vitest';
import { caseNames, fold, namePattern, variantsFor, type VariantGroup } from './variants';

const groups: VariantGroup[] = [
  { canonical: 'Tskhinvali', variants: ['Tskhinval', 'Цхинвали'] },
  { canonical: 'Kyiv', variants: ['Kiev'] },
  { canonical: 'CSTO', variants: ['ОДКБ', 'ODKB'] },
];

describe('variantsFor', () => {
  it('adds the spellings a page does not already use', () => {
    expect(variantsFor('Shelling around Tskhinvali.', groups)).toEqual(['Tskhinval', 'Цхинвали']);
  });
  it('matches whole words only, in any letter case and script', () => {
    expect(variantsFor('The Kievan Rus', groups)).toEqual([]);
    expect(variantsFor('Заявление ОДКБ', groups)).toEqual(['CSTO', 'ODKB']);
    expect(variantsFor('kyiv talks', groups)).toEqual(['Kiev']);
  });
  it('adds nothing when no name is mentioned', () => {
    expect(variantsFor('Nothing relevant here.', groups)).toEqual([]);
  });
});

describe('namePattern', () => {
  it('compiles each spelling once and gives the same answer on reuse', () => {
    const re = namePattern('Tskhinvali');
    expect(namePattern('Tskhinvali')).toBe(re);
    for (let i = 0; i < 3; i++) {
      expect(re.test('near Tskhinvali.')).toBe(true);
      expect(re.test('Tskhinvalis')).toBe(false);
    }
  });
  it('escapes pattern characters in a name', () => {
    expect(namePattern('C.S.T.O.').test('the C.S.T.O. said')).toBe(true);
    expect(namePattern('C.S.T.O.').test('the CxSxTxOx said')).toBe(false);
  });
});

describe('variantsFor with the prefilter', () => {
  it('gives the same spellings as the regexes alone, on the real variants list and mixed-case texts', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const real = parse(readFileSync('content/data/variants.yaml', 'utf8')) as VariantGroup[];
    const names = real.flatMap((g) => [g.canonical, ...g.variants]);
    const slow = (text: string) => {
      const extra = new Set<string>();
      for (const g of real) {
        const all = [g.canonical, ...g.variants];
        if (!all.some((n) => namePattern(n).test(text))) continue;
        for (const n of all) if (!namePattern(n).test(text)) extra.add(n);
      }
      return [...extra].sort((a, b) => a.localeCompare(b, 'en'));
    };
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const cases = ['plain text without names', 'ΣΟΦΟΣ σοφος', 'İstanbul ıı', ...names.map((n) => `In ${n.toUpperCase()}, and ${n.toLowerCase()}x.`)];
    for (let i = 0; i < 150; i++) {
      const words = Array.from({ length: 6 }, () => (rand() < 0.4 ? names[Math.floor(rand() * names.length)]! : 'talks'));
      cases.push(words.map((w) => (rand() < 0.3 ? w.toUpperCase() : w)).join(rand() < 0.5 ? ' ' : '-'));
    }
    for (const text of cases) expect(variantsFor(text, real), text).toEqual(slow(text));
  }, 60_000);
  it('folds final sigma, dotless i and long s the way the case-insensitive pattern does', () => {
    expect(fold('ΟΔΟΣ')).toBe(fold('οδος'));
    expect(fold('ſtate')).toBe('state');
  });
});

describe('caseNames', () => {
  it('lists every spelling of the groups tied to a case', () => {
    const groups = [
      { canonical: 'Tskhinvali', variants: ['Tskhinval'], cases: ['georgia-2008'] },
      { canonical: 'Crimea', variants: ['Krym'], cases: ['ukraine-2014'] },
      { canonical: 'CSTO', variants: ['ODKB'], cases: [] },
    ];
    expect(caseNames('georgia-2008', groups)).toEqual(['Tskhinval', 'Tskhinvali']);
    expect(caseNames('nagorno-karabakh', groups)).toEqual([]);
  });
});
