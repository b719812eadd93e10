import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupOf, parseAlignment } from './alignment';

const groups = parseAlignment(readFileSync('content/data/alignment.yaml', 'utf8'), 'alignment.yaml');

describe('the note-2 grouping', () => {
  it('covers the fifteen post-Soviet states once each', () => {
    const all = groups.flatMap((g) => g.countries).sort();
    expect(all).toEqual(['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LTU', 'LVA', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB']);
  });
  it.each([['UZB', 'csto-suspended'], ['GEO', 'nato-aspirants'], ['TKM', 'neutral'], ['EST', 'baltic-nato']])('%s → %s', (code, group) => {
    expect(groupOf(groups)[code]).toBe(group);
  });
});

describe('parseAlignment rejects bad data', () => {
  it.each<[string, string, RegExp]>([
    ['no groups', 'x: 1', /"groups"/],
    ['missing label', 'groups:\n  - id: a\n    description: d\n    countries: [ARM]', /field "label"/],
    ['bad code', 'groups:\n  - id: a\n    label: l\n    description: d\n    countries: [Armenia]', /field "countries"/],
    ['country twice', 'groups:\n  - id: a\n    label: l\n    description: d\n    countries: [ARM]\n  - id: b\n    label: l\n    description: d\n    countries: [ARM]', /already in group a/],
  ])('%s', (_, text, message) => expect(() => parseAlignment(text, 'a.yaml')).toThrow(message));
});
