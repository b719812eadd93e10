/** /data/codebook.json: the codebook as one JSON document (same data as /data/codebook/). */
import type { APIRoute } from 'astro';
import { research } from '@/data/research';
import { codebookExport } from '@/lib/codebook';

export const GET: APIRoute = async ({ site }) => {
  const r = await research();
  const page = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}data/codebook/`, site).href;
  return new Response(`${JSON.stringify(codebookExport(r.codebook, r.dataset.version, page), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
