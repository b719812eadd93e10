import { describe, expect, it } from 'vitest';
import { namePattern, variantsFor, type VariantGroup } from './variants';

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
