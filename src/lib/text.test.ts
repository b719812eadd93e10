import { describe, expect, it } from 'vitest';
import { htmlToText, ngrams, sharedRuns, wordCount, words } from './text';

describe('htmlToText', () => {
  it('drops tags, scripts and styles and decodes entities', () => {
    expect(htmlToText('<p>A &amp; B</p><script>x()</script><style>p{}</style><svg><text>no</text></svg> C')).toBe('A & B C');
  });
});

describe('words and ngrams', () => {
  it('folds case and apostrophes', () => {
    expect(words('NATO’s and the CSTO’s')).toEqual(["nato's", 'and', 'the', "csto's"]);
  });
  it('builds runs of n words', () => {
    expect([...ngrams(['a', 'b', 'c'], 2)]).toEqual(['a b', 'b c']);
  });
});

describe('sharedRuns', () => {
  const ref = ngrams(words('the quick brown fox jumps over the lazy dog today'), 8);
  it('finds an 8-word run whatever the punctuation', () => {
    expect(sharedRuns('So: the Quick, brown fox jumps over the lazy dog!', ref, 8)).toHaveLength(2);
  });
  it('ignores shorter overlaps', () => {
    expect(sharedRuns('the quick brown fox jumps over', ref, 8)).toEqual([]);
  });
  it('counts words', () => {
    expect(wordCount('One, two — three.')).toBe(3);
  });
});
