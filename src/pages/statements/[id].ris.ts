import type { APIRoute, GetStaticPaths } from 'astro';
import { statementPaths, type StatementEntry } from '@/data';
import { statementRis } from '@/lib/cite/statement';

export const getStaticPaths = statementPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: StatementEntry }> = ({ props }) =>
  new Response(statementRis(props.entry.data), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
