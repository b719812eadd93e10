import { describe, expect, it } from 'vitest';
import { extractSection, inlineSegments, inlineText, sectionLines, articleRefParts } from './sections';

const doc = `---
title: x
---

## Background

Text.

## Discussion questions

1. First question?
2. Second question, which runs
   over two lines?
3. Third, with a [link](/statements/a/) and a note.[^n1]

## Further reading

- Not a question.
`;

describe('sectionLines', () => {
  it.each([
    ['discussion questions', 6],
    ['Background', 3],
    ['Further reading', 3],
  ])('finds "%s" (case-insensitive) and stops at the next heading of its level: %i lines', (heading, n) => {
    expect(sectionLines(doc, heading)).toHaveLength(n);
  });

  it('returns null for a missing heading', () => {
    expect(sectionLines(doc, 'Questions')).toBeNull();
  });

  it('keeps lower-level headings inside the section and ignores headings in code fences', () => {
    const md = '## A\n### A1\nx\n```\n## not a heading\n```\ny\n## B\nz';
    expect(sectionLines(md, 'A')).toEqual(['### A1', 'x', '```', '## not a heading', '```', 'y']);
  });

  it('matches curly and straight apostrophes alike', () => {
    expect(sectionLines("## NATO’s response\nx", "NATO's response")).toEqual(['x']);
  });
});

describe('extractSection', () => {
  it.each<[string, string, string[] | null]>([
    ['bullets with *, - and +', '## Q\n- a\n* b\n+ c\n', ['a', 'b', 'c']],
    ['"1)" markers and an intro paragraph', '## Q\nIntro text.\n\n1) a\n2) b', ['a', 'b']],
    ['nested items are left out', '## Q\n1. a\n   - sub\n   - sub2\n2. b', ['a', 'b']],
    ['a second paragraph of an item is indented', '## Q\n1. a\n\n   more a\n2. b', ['a more a', 'b']],
    ['a paragraph after the list is not an item', '## Q\n1. a\n\nAfter.', ['a']],
    ['the section ends at the next heading', '## Q\n1. a\n## R\n1. b', ['a']],
    ['no list gives an empty array', '## Q\nJust text.', []],
    ['missing heading gives null', '## R\n1. a', null],
    ['CRLF line endings', '## Q\r\n1. a\r\n2. b\r\n', ['a', 'b']],
  ])('%s', (_name, md, expected) => {
    expect(extractSection(md, 'Q')).toEqual(expected);
  });

  it('reads the shape of a case page: ordered list, continuation lines joined, Markdown kept', () => {
    expect(extractSection(doc, 'Discussion questions')).toEqual([
      'First question?',
      'Second question, which runs over two lines?',
      'Third, with a [link](/statements/a/) and a note.[^n1]',
    ]);
  });
});

describe('inlineSegments', () => {
  it.each<[string, ReturnType<typeof inlineSegments>]>([
    ['plain text', [{ text: 'plain text' }]],
    ['see [the record](/statements/a/) now', [{ text: 'see ' }, { text: 'the record', href: '/statements/a/' }, { text: ' now' }]],
    ['a claim.[^n1]', [{ text: 'a claim.' }]],
    ['*Why* did **NATO** act?', [{ text: 'Why did NATO act?' }]],
    ['the `Article 4` clause', [{ text: 'the Article 4 clause' }]],
    ['[a](https://x.org/ "t")', [{ text: 'a', href: 'https://x.org/' }]],
    ['snake_case_words stay', [{ text: 'snake_case_words stay' }]],
    ['a \\* star', [{ text: 'a * star' }]],
  ])('%s', (md, expected) => {
    expect(inlineSegments(md)).toEqual(expected);
  });

  it('inlineText drops the link targets', () => {
    expect(inlineText('Use [the records](/statements/) in your answer.[^x]')).toBe('Use the records in your answer.');
  });
});

describe('articleRefParts', () => {
  it('splits out ArticleRef wrappers and keeps the rest', () => {
    expect(articleRefParts('Does it <ArticleRef to="abstract-5">confirm the three factors</ArticleRef>?')).toEqual([
      { markdown: 'Does it ' },
      { markdown: 'confirm the three factors', ref: 'abstract-5' },
      { markdown: '?' },
    ]);
    expect(articleRefParts('No wrapper here.')).toEqual([{ markdown: 'No wrapper here.' }]);
  });
});
