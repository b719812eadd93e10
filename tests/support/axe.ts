/** axe-core in the page (WCAG 2.2 A/AA rules). The context must bypass CSP so the script can be injected. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let source: Promise<string> | undefined;

type AxeRun = (o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;

export async function axeViolations(page: Page): Promise<string[]> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await source);
  const result = await page.evaluate((tags) => (window as unknown as { axe: { run: AxeRun } }).axe.run({ runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
