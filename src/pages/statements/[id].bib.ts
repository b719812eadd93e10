import type { APIRoute, GetStaticPaths } from 'astro';
import { statementPaths, type StatementEntry } from '@/data';
import { statementBibtex } from '@/lib/cite/statement';

export const getStaticPaths = statementPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: StatementEntry }> = ({ props }) =>
  new Response(statementBibtex(props.entry.data), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
