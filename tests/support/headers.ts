/** dist/_headers read as Netlify or Cloudflare Pages read it: shared by the test server and the header tests. */

export interface HeaderRule { pattern: string; match: RegExp; headers: Array<[string, string]> }

/** dist/_headers → rules. `*` matches any characters (slashes included), `:name` one path segment. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern.split(/(\*|:[A-Za-z]\w*)/).map((part) =>
        part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('');
      rules.push({ pattern, match: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const m = line.trim().match(/^([^:]+):\s*(.*)$/);
    if (!m || rules.length === 0) throw new Error(`_headers: cannot read line “${line}”`);
    rules.at(-1)!.headers.push([m[1]!.trim().toLowerCase(), m[2]!.trim()]);
  }
  return rules;
}

/** Every value each header gets for a host-root path, one entry per matching rule. */
export function headersFor(rules: HeaderRule[], urlPath: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!rule.match.test(urlPath)) continue;
    for (const [name, value] of rule.headers) out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}
