import type { APIRoute, GetStaticPaths } from 'astro';
import { library, type StatementEntry } from '@/data';
import { statementRis } from '@/lib/cite/statement';

export const getStaticPaths = (async () => {
  const { statements } = await library();
  return statements.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: StatementEntry }> = ({ props }) =>
  new Response(statementRis(props.entry.data), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
