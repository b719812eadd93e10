import { describe, expect, it } from 'vitest';
import { describeLevels, distinctLevels } from './response-matrix';

describe('describeLevels', () => {
  it('groups cases by level, strongest first', () => {
    expect(
      describeLevels([
        { caseLabel: 'Nagorno-Karabakh', level: 'minimal' },
        { caseLabel: 'Georgia 2008', level: 'active' },
        { caseLabel: 'Ukraine 2014', level: 'active' },
      ]),
    ).toBe('active in Georgia 2008 and Ukraine 2014, minimal in Nagorno-Karabakh');
  });
  it('lists three cases with commas', () => {
    expect(describeLevels([{ caseLabel: 'A', level: 'none' }, { caseLabel: 'B', level: 'none' }, { caseLabel: 'C', level: 'none' }])).toBe('none in A, B and C');
  });
  it('is empty for no cells', () => {
    expect(describeLevels([])).toBe('');
  });
});

describe('distinctLevels', () => {
  it('counts levels used', () => {
    expect(distinctLevels([{ caseLabel: 'A', level: 'minimal' }, { caseLabel: 'B', level: 'minimal' }])).toBe(1);
  });
});
