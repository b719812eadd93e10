/** URL helpers that honour the deploy base (e.g. "/companion/"). */

/** Normalise a base path to "/" or "/x/y/" form. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Join the base and a root-relative path ("/cases/" → "/companion/cases/"). Leaves other URLs alone. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const b = normaliseBase(base);
  return b === '/' ? path : `${b.slice(0, -1)}${path}`;
}

/** Remove the base from a path ("/companion/cases/" → "/cases/"). */
export function stripBase(base: string, path: string): string {
  const b = normaliseBase(base);
  if (b === '/') return path;
  const prefix = b.slice(0, -1);
  return path === prefix || path.startsWith(b) ? path.slice(prefix.length) || '/' : path;
}
