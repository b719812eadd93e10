/**
 * Record ids written in prose ("see csto-2008-09-05-csc-moscow-declaration") become links to the record,
 * labelled with its English title and date, so no summary prints a bare id. Ids that name no record are left
 * as they are (the build's cross-reference checks report those elsewhere).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { parse as parseYaml } from 'yaml';
import { formatDate } from '../dates';
import { withBase } from '../url';

const ID = /\b(?:nato|csto)-\d{4}-\d{2}-\d{2}(?:-[a-z0-9]+)+\b/g;
const SKIP = new Set(['a', 'code', 'pre', 'script', 'style']);

type LabelFields = { id?: string; titleEn?: string; date?: string | Date };

/**
 * The three fields a label needs, read from their own top-level lines without parsing the whole front matter
 * (which cost ~1 ms per record, ~10 s at 10,000 records, on every config load). A value that is quoted goes
 * through the YAML parser alone; anything else unusual (block scalars, comments, a missing field) returns
 * undefined, and the caller parses the whole front matter as before.
 */
export function quickFields(front: string): LabelFields | undefined {
  const out: Record<string, string> = {};
  for (const name of ['id', 'titleEn', 'date']) {
    const raw = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(front)?.[1]?.trim();
    if (!raw || /^[|>&*!%@`{[]/.test(raw) || / #/.test(raw)) return undefined;
    if (/^["']/.test(raw)) {
      try {
        const v: unknown = parseYaml(raw);
        if (typeof v !== 'string') return undefined;
        out[name] = v;
      } catch {
        return undefined;
      }
    } else out[name] = raw;
  }
  return out;
}

/** id → readable label ("Bucharest Summit Declaration, 3 April 2008"), read from the records' front matter. */
export function loadRecordLabels(dir: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1];
    if (!front) continue;
    const data = quickFields(front) ?? (parseYaml(front) as LabelFields);
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date ?? '');
    if (data.id && data.titleEn) labels.set(data.id, `${data.titleEn}, ${formatDate(date)}`);
  }
  return labels;
}

/** Split one text into text and link nodes. */
export function linkIdsInText(text: string, labels: ReadonlyMap<string, string>, base: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of text.matchAll(ID)) {
    const label = labels.get(m[0]);
    if (!label) continue;
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({ type: 'element', tagName: 'a', properties: { href: withBase(base, `/statements/${m[0]}/`) }, children: [{ type: 'text', value: label }] });
    last = m.index + m[0].length;
  }
  if (last === 0) return [{ type: 'text', value: text }];
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

export function rehypeRecordLinks(options: { base: string; labels: ReadonlyMap<string, string> }) {
  const walk = (node: Root | Element): void => {
    const next: Array<RootContent | ElementContent> = [];
    for (const child of node.children) {
      if (child.type === 'text') next.push(...linkIdsInText(child.value, options.labels, options.base));
      else {
        if (child.type === 'element' ? !SKIP.has(child.tagName) : 'children' in child && Array.isArray(child.children)) walk(child as Element); // MDX components too
        next.push(child);
      }
    }
    node.children = next as typeof node.children;
  };
  return (tree: Root): void => walk(tree);
}
