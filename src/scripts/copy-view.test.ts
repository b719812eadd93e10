import { describe, expect, it } from 'vitest';
import { copyView, MESSAGES, type ClipboardLike } from './copy-view';

const recording = (): ClipboardLike & { text?: string } => {
  const c: ClipboardLike & { text?: string } = { writeText: async (t) => { c.text = t; } };
  return c;
};

describe('copyView', () => {
  it('copies the full address, query string and hash included', async () => {
    const clipboard = recording();
    const url = 'https://example.org/companion/search/?q=Bucharest&org=NATO#results-heading';
    expect(await copyView(url, clipboard)).toBe(MESSAGES.copied);
    expect(clipboard.text).toBe(url);
  });

  it.each<[string, ClipboardLike | undefined]>([
    ['no Clipboard API', undefined],
    ['a refused write', { writeText: () => Promise.reject(new Error('denied')) }],
  ])('reports failure on %s', async (_name, clipboard) => {
    expect(await copyView('https://example.org/', clipboard)).toBe(MESSAGES.failed);
  });
});
