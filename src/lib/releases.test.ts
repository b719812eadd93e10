import { describe, expect, it } from 'vitest';
import { checkDataset } from './releases';

const ids = new Set(['a', 'b']);

describe('checkDataset', () => {
  it('reads releases newest first', () => {
    const { dataset, problems } = checkDataset({
      version: '1.1.0',
      releases: [
        { version: '1.0.0', released: '2026-11-30', summary: 'First.', added: ['a'] },
        { version: '1.1.0', released: '2026-12-10', summary: 'Second.', added: [{ id: 'b', note: 'new' }], corrected: [{ id: 'a', note: 'date fixed' }] },
      ],
    }, 'd.yaml', ids);
    expect(problems).toEqual([]);
    expect(dataset?.version).toBe('1.1.0');
    expect(dataset?.releases.map((r) => r.version)).toEqual(['1.1.0', '1.0.0']);
    expect(dataset?.releases[0]?.corrected).toEqual([{ id: 'a', note: 'date fixed' }]);
  });
  it('names file and field of bad versions, dates and ids', () => {
    const { problems } = checkDataset({
      version: '1.0.0',
      releases: [
        { version: '1.0.0', released: '2026-13-01', summary: 'x', recoded: ['zzz'] },
        { version: '1.1.0', released: '2026-12-01', summary: 'y' },
      ],
    }, 'd.yaml', ids);
    expect(problems).toEqual(expect.arrayContaining([
      'd.yaml: field "releases[0].released": expected an ISO date YYYY-MM-DD',
      'd.yaml: field "releases[0].recoded[0]": unknown statement "zzz"',
      'd.yaml: field "version": 1.0.0 is not the newest release (1.1.0)',
    ]));
  });
});
