import type { APIRoute, GetStaticPaths } from 'astro';
import { statementPaths, type StatementEntry } from '@/data';
import { statementRis } from '@/lib/cite/statement';

// A build writes /statements/<id>.ris from the record page's own <pre data-record-citation> block
// (scripts/postbuild/record-citations.mjs): one plain file per record instead of one route render each. This
// route serves the same text under `astro dev` only.
export const getStaticPaths = (async () => (import.meta.env.DEV ? statementPaths() : [])) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: StatementEntry }> = ({ props }) =>
  new Response(statementRis(props.entry.data), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
