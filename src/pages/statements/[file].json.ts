import type { APIRoute, GetStaticPaths } from 'astro';
import { library } from '@/data';
import { listsPaged } from '@/lib/list-scale';
import { compactRow } from '@/lib/statement-filter';

/**
 * /statements/rows.json: the compact list the /statements/ filters run over when the database is too large for
 * that page to carry every row (src/lib/list-scale.ts). Not built otherwise: the filters then read the rows.
 */
export const getStaticPaths = (async () => {
  const { statements } = await library();
  return listsPaged(statements.length) ? [{ params: { file: 'rows' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { statements } = await library();
  const rows = statements.map((s) => compactRow({ ...s.data, id: s.id, cases: s.data.cases.map((c) => c.id) }));
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
