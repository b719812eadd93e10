/**
 * Smart punctuation for Markdown and MDX: the same output as remark-smartypants 3.0.3 (which Astro adds when
 * `smartypants` is on), without its cost on text that has nothing to change.
 *
 * remark-smartypants runs retext twice: once over all the text of a document (curly quotes, so that a quote
 * pairs across links and emphasis), then once for every single text node (ellipses, dashes, double backticks).
 * The second pass parses each node with parse-latin even when it contains none of "...", ". .", "--", "``" or
 * "''", and was most of the Markdown time of a 10,000-statement build (docs/benchmarks.md). Here each pass runs
 * only where its input contains a character sequence it could change; otherwise retext would give the text back
 * unchanged (its parse and stringify are lossless), so skipping it gives identical output. smartypants.test.ts
 * checks that against remark-smartypants itself on every Markdown file in content/ and on constructed cases.
 */
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';
import type { Nodes, Parents, Root } from 'mdast';

const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const IGNORED_HTML = new Set(['style', 'script']);

/** What the quotes pass can change: straight quotes. */
export const QUOTE_TRIGGER = /["']/;
/** What the second pass can change: ellipses (with or without spaces), "--", "``" and "''". */
export const PUNCTUATION_TRIGGER = /\.\.\.|\.\s+\.|--|``|''/;

type Literal = Nodes & { value: string };
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

function visited(node: Nodes, parent: Parents | undefined): boolean {
  if (!parent || !VISITED.has(node.type) || !(isLiteral(node) || BLOCKS.has(node.type))) return false;
  if (parent.type !== 'mdxJsxTextElement') return true;
  const name = (parent as { name?: unknown }).name;
  return typeof name === 'string' && !IGNORED_HTML.has(name);
}

export function remarkSmartypantsFast() {
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { quotes: false });
  return (tree: Root): void => {
    let all = '';
    const nodes: Nodes[] = [];
    visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
      if (!visited(node, parent)) return;
      if (isLiteral(node)) all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else all += ' '; // a block starts fresh: an opening quote at its start must read as opening
      nodes.push(node);
    });
    if (QUOTE_TRIGGER.test(all)) all = quotes.processSync(all).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = all.slice(start, end);
        node.value = PUNCTUATION_TRIGGER.test(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
