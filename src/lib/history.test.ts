import { describe, expect, it } from 'vitest';
import { createHistory, parseHistory } from './history';
import type { GitRunner } from './git';

const RS = '\u001e';
const LOG = `${RS}2026-11-20\n\ncontent/statements/b.md\n${RS}2026-11-02\n\n${RS}2026-10-01\n\ncontent/statements/a.md\ncontent/statements/b.md\n`;
const fake = (log: string | undefined, shallow: string | undefined): GitRunner => (args) => (args.includes('--name-only') ? log : shallow);

describe('parseHistory', () => {
  it('gives the oldest and newest commit per file', () => {
    const h = parseHistory(LOG);
    expect(h.get('content/statements/b.md')).toEqual({ first: '2026-10-01', last: '2026-11-20' });
    expect(h.get('content/statements/a.md')).toEqual({ first: '2026-10-01', last: '2026-10-01' });
    expect(h.get('content/statements/c.md')).toBeUndefined();
  });
});

describe('createHistory', () => {
  it('full history: both dates; an uncommitted file has none', () => {
    const h = createHistory('/repo', fake(LOG, 'false'));
    expect(h.status).toBe('full');
    expect(h.dates('content/statements/b.md')).toEqual({ firstPublished: '2026-10-01', lastChanged: '2026-11-20' });
    expect(h.dates('/repo/content/statements/a.md')).toEqual({ firstPublished: '2026-10-01', lastChanged: '2026-10-01' });
    expect(h.dates('content/statements/new.md')).toEqual({ firstPublished: null, lastChanged: null });
  });
  it('shallow clone: no first-published date, and says why', () => {
    const h = createHistory('/repo', fake(LOG, 'true'));
    expect(h.status).toBe('shallow');
    expect(h.reason).toMatch(/shallow/);
    expect(h.dates('content/statements/b.md')).toEqual({ firstPublished: null, lastChanged: '2026-11-20' });
  });
  it('no git: no dates', () => {
    const h = createHistory('/repo', fake(undefined, undefined));
    expect(h.status).toBe('no-git');
    expect(h.dates('content/statements/b.md')).toEqual({ firstPublished: null, lastChanged: null });
  });
});
