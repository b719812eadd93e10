#!/usr/bin/env node
/**
 * npm run reliability: prints the inter-coder reliability table (percent agreement and Cohen's kappa) from
 * content/data/coding/first.yaml and second.yaml, with the same code the /data/codebook/ page uses
 * (src/lib/reliability.ts, imported directly: Node 24 strips TypeScript types itself, so no compiler is needed).
 * Exits 1 when a coding file is invalid (unknown id, unknown value, duplicate). Options: --json, --disagreements,
 * --second <file>.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkCoding } from '../src/lib/codebook.ts';
import { reliability, reliabilityTable } from '../src/lib/reliability.ts';
import { STANCE_IDS } from '../src/lib/vocab.ts';

const FIRST = 'content/data/coding/first.yaml';
const opt = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const SECOND = opt('--second') ?? 'content/data/coding/second.yaml'; // --second <file>: try another file (e.g. a fixture)
const ids = new Set(readdirSync('content/statements').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)));
const read = (file) => {
  if (!existsSync(file)) return null;
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    process.exit(1);
  }
};

const first = checkCoding(read(FIRST), FIRST, ids);
const second = checkCoding(read(SECOND), SECOND, ids);
const problems = [...first.problems, ...second.problems];
if (problems.length > 0) {
  console.error(`Invalid coding:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const report = reliability(first.codings, second.codings, STANCE_IDS);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 1));
} else {
  const target = first.codings.length; // the records of the frozen first coding
  const status = !existsSync(SECOND)
    ? `second coding in progress: 0 of ${target} records (${SECOND} not found)`
    : report.n < target ? `second coding in progress: ${report.n} of ${target} records` : `both codings complete: ${report.n} records`;
  console.log(`Inter-coder reliability, N = ${report.n} records coded by both (${status})`);
  if (ids.size > target) console.log(`${ids.size - target} records added since the first coding are in neither coding`);
  console.log('');
  console.log(reliabilityTable(report));
  console.log(`\n${report.disagreements.length} records with a disagreement${process.argv.includes('--disagreements') ? ':' : ' (list them with --disagreements)'}`);
  if (process.argv.includes('--disagreements')) {
    for (const d of report.disagreements) {
      const parts = [];
      if (d.kind) parts.push(`kind ${d.kind[0]} / ${d.kind[1]}`);
      if (d.body) parts.push(`body ${d.body[0]} / ${d.body[1]}`);
      if (d.stanceOnlyFirst.length) parts.push(`first only: ${d.stanceOnlyFirst.join(', ')}`);
      if (d.stanceOnlySecond.length) parts.push(`second only: ${d.stanceOnlySecond.join(', ')}`);
      console.log(`  ${d.id}: ${parts.join('; ')}`);
    }
  }
}
