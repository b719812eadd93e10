/**
 * Every HTML file in dist/ validates with html-validate (html-validate:recommended plus the justified changes
 * in .htmlvalidate.cjs): 0 errors. On failure it lists the first errors of each failing file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles } from '../support/site';

const FIRST = 5; // errors shown per failing file
const FILES = 25; // failing files shown in full
const root = fileURLToPath(new URL('../../', import.meta.url));
// Configuration is looked up from each file upwards: dist/… → the project's .htmlvalidate.cjs (root: true).
const validator = new HtmlValidate(new FileSystemConfigLoader());

const describeMessage = (m: Message) => `  ${m.line}:${m.column} [${m.ruleId}] ${m.message}${m.selector ? ` (${m.selector})` : ''}`;

describe('html-validate', () => {
  it('uses the project configuration and catches a real error', async () => {
    const probe = path.join(root, 'dist', 'probe.html');
    const rules = (await validator.getConfigFor(probe)).getRules();
    expect(rules.get('long-title')?.[0], 'long-title is off in .htmlvalidate.cjs').toBe(0);
    expect(rules.get('attribute-misuse')?.[0], 'the recommended preset is loaded').toBe(2);
    const bad = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p></body></html>', probe);
    expect(bad.valid).toBe(false);
  });

  it('every HTML file in dist/ has 0 errors', async () => {
    const files = await htmlFiles();
    expect(files.length).toBeGreaterThan(10);
    const failures: string[] = [];
    const byRule = new Map<string, number>();
    let errors = 0;
    for (const file of files) {
      const report = await validator.validateFile(path.join(dist(), file));
      const messages = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
      if (messages.length === 0) continue;
      errors += messages.length;
      for (const m of messages) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
      failures.push([`${file}: ${messages.length} error(s)`, ...messages.slice(0, FIRST).map(describeMessage)].join('\n'));
    }
    if (failures.length > 0) {
      const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ×${n}`).join(', ');
      const more = failures.length > FILES ? `\n… and ${failures.length - FILES} more files` : '';
      console.error(`html-validate: ${errors} errors in ${failures.length} of ${files.length} files (${rules})\n${failures.slice(0, FILES).join('\n')}${more}`);
    }
    expect(failures.map((f) => f.split('\n')[0]), `${errors} html-validate errors, listed above`).toEqual([]);
  });
});
