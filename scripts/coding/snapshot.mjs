#!/usr/bin/env node
/**
 * Append to content/data/coding/first.yaml the first coding (kind, body, stance, as they stand in the record's
 * front matter) of every statement record not yet in it. Existing entries are never touched: the file is the
 * frozen first coding that the second coding is compared with. Run it when records are added, before they go
 * to the second coder. `--check` only reports missing records (exit 1 if any) and writes nothing.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const FIRST = 'content/data/coding/first.yaml';
const DIR = 'content/statements';
const coded = new Set((parse(readFileSync(FIRST, 'utf8')) ?? []).map((c) => c.id));
const missing = [];
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.md')).sort()) {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(`${DIR}/${file}`, 'utf8'))?.[1];
  if (!front) throw new Error(`${DIR}/${file}: no front matter`);
  const d = parse(front);
  if (!coded.has(d.id)) missing.push(d);
}
if (process.argv.includes('--check')) {
  console.log(missing.length ? `${missing.length} records without a first coding:\n${missing.map((d) => `  ${d.id}`).join('\n')}` : 'every record has a first coding');
  process.exit(missing.length ? 1 : 0);
}
const text = missing.map((d) => `- id: ${d.id}\n  kind: ${d.kind}\n  body: ${d.body}\n  stance: [${d.stance.join(', ')}]\n`).join('');
if (text) appendFileSync(FIRST, text);
console.log(`appended ${missing.length} records to ${FIRST}`);
