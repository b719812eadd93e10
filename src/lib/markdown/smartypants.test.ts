/**
 * remarkSmartypantsFast must give exactly what remark-smartypants gives (Astro's default smart punctuation), on
 * every Markdown and MDX file of the site and on constructed cases for each thing smartypants changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkSmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import { PUNCTUATION_TRIGGER, QUOTE_TRIGGER, remarkSmartypantsFast } from './smartypants';

const root = path.resolve(import.meta.dirname, '../../../content');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.mdx?$/.test(f))
  .sort();

function tree(source: string, mdx: boolean, plugin: typeof remarkSmartypantsFast | typeof remarkSmartypants): unknown {
  const p = unified().use(remarkParse).use(remarkGfm);
  if (mdx) p.use(remarkMdx);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  p.use(plugin as any);
  return p.runSync(p.parse(source));
}

const same = (source: string, mdx = false): void => {
  expect(tree(source, mdx, remarkSmartypantsFast)).toEqual(tree(source, mdx, remarkSmartypants));
};

describe('remarkSmartypantsFast', () => {
  it('has content files to compare', () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it.each(files)('matches remark-smartypants on content/%s', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    same(text, file.endsWith('.mdx'));
  });

  it.each([
    `NATO's "open door" and the CSTO's 'collective' reply.`,
    `A quote across a link: "see [the text](/x/)" and **"bold"** ones.`,
    'Dashes -- here, --- there, an ellipsis... and a spaced one . . . then ``old quotes\'\' too.',
    'Nothing to change in this sentence, 1-2 and a.b.',
    'Only a spaced ellipsis . . . here.',
    "Only old ``double quotes'' here.",
    'Only a dash -- here.',
    '| a "cell" | b -- c |\n| --- | --- |\n| it\'s | x... |',
    '# A "heading" -- with dashes\n\nAnd `inline "code"` kept.',
  ])('matches remark-smartypants on %j', (source) => same(source));

  it('matches on MDX with JSX text elements', () => {
    same('Text <span>"quoted" -- dash</span> and <ArticleRef to="abstract-1">it\'s "here"...</ArticleRef>.', true);
  });

  it('triggers cover every character sequence smartypants changes', () => {
    for (const s of ['"', "'"]) expect(QUOTE_TRIGGER.test(s)).toBe(true);
    for (const s of ['...', '. .', '--', '``', "''"]) expect(PUNCTUATION_TRIGGER.test(s)).toBe(true);
    expect(PUNCTUATION_TRIGGER.test('a - b. c.d')).toBe(false);
  });
});
