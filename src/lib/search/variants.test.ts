import { describe, expect, it } from 'vitest';
import { caseNames, variantsFor, type VariantGroup } from './variants';

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
