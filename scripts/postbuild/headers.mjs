// Expands the Content-Security-Policy section of dist/_headers (copied from public/_headers) into one rule per
// top-level name of the built site, so that every path gets exactly ONE Content-Security-Policy rule:
// - /embed/* gets the embed policy (frame-ancestors *: other sites may frame the visuals);
// - every other path gets the page policy (frame-ancestors 'none').
// Why not one `/*` rule plus an `/embed/*` rule: a path matching both would get two policies, and hosts differ
// in what they do with that (Cloudflare Pages sends both values joined by a comma, i.e. two policies, and
// 'none' wins; Netlify documents override only for the same path). `_headers` has no "except" pattern, so the
// partition is generated from what the build wrote: deterministic (sorted), re-run on every build.
// The template lines in public/_headers:
//   #@csp-page <policy>    → replaced by the rules for `/` and every top-level file and folder except embed/
//   #@csp-embed <policy>   → replaced by the `/embed/*` rule
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Folders whose pages may be framed by any site. */
export const FRAMEABLE = ['embed'];

/** The expanded _headers text, from the template and the names at the top of dist/. */
export function expandHeaders(template, names) {
  const page = template.match(/^#@csp-page (.+)$/m)?.[1];
  const embed = template.match(/^#@csp-embed (.+)$/m)?.[1];
  if (!page || !embed) throw new Error('_headers: the template lines "#@csp-page …" and "#@csp-embed …" are missing');
  if (!/frame-ancestors 'none'/.test(page)) throw new Error("_headers: the page policy must say frame-ancestors 'none'");
  const rule = (pattern, policy) => `${pattern}\n  Content-Security-Policy: ${policy}`;
  const pageRules = [rule('/', page)];
  for (const { name, dir } of [...names].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (name === '_headers' || name === '_redirects' || FRAMEABLE.includes(name)) continue;
    pageRules.push(rule(dir ? `/${name}/*` : `/${name}`, page));
  }
  const embedRules = FRAMEABLE.map((name) => rule(`/${name}/*`, embed));
  return template
    .replace(/^#@csp-page .+$/m, pageRules.join('\n'))
    .replace(/^#@csp-embed .+$/m, embedRules.join('\n'));
}

export async function writeHeaders(distDir) {
  const root = fileURLToPath(distDir);
  const file = path.join(root, '_headers');
  const template = await readFile(file, 'utf8');
  const names = (await readdir(root, { withFileTypes: true })).map((e) => ({ name: e.name, dir: e.isDirectory() }));
  const text = expandHeaders(template, names);
  await writeFile(file, text);
  return (text.match(/Content-Security-Policy:/g) ?? []).length;
}
