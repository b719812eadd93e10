/** `npm run reliability` runs the same library as the page, on the real first coding and a fixture second coding. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const major = Number(process.versions.node.split('.')[0]);
const run = (...args: string[]) => execFileSync(process.execPath, ['scripts/reliability.mjs', ...args], { encoding: 'utf8' });

// Each case starts a Node process: give it time on a loaded 2-core machine.
const SLOW = 60_000;

describe.skipIf(major < 23)('scripts/reliability.mjs', () => {
  it('prints the table for a partial second coding', () => {
    const out = run('--second', 'tests/fixtures/coding/second-partial.yaml', '--disagreements');
    expect(out).toMatch(/N = 30 records coded by both \(second coding in progress: 30 of \d+ records\)/);
    expect(out).toMatch(/^kind\s+30\s+29\s+96\.7%/m);
    expect(out).toMatch(/^stance: pooled\s+360\s/m);
    expect(out).toMatch(/4 records with a disagreement:/);
  }, SLOW);
  it('reports the second coding as not started when the file is missing', () => {
    expect(run('--second', 'tests/fixtures/coding/does-not-exist.yaml')).toMatch(/N = 0 records coded by both \(second coding in progress: 0 of \d+ records/);
  }, SLOW);
  it('matches the library in --json mode', () => {
    const report = JSON.parse(run('--second', 'tests/fixtures/coding/second-partial.yaml', '--json')) as { n: number; kind: { kappa: number } };
    expect(report.n).toBe(30);
    expect(report.kind.kappa).toBeGreaterThan(0.9);
  }, SLOW);
});
