/** /data/codebook.md: the codebook as Markdown (same data as /data/codebook/). */
import type { APIRoute } from 'astro';
import { research } from '@/data/research';
import { codebookExport, codebookMarkdown } from '@/lib/codebook';

export const GET: APIRoute = async ({ site }) => {
  const r = await research();
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const page = new URL(`${base}data/codebook/`, site).href;
  const md = codebookMarkdown(codebookExport(r.codebook, r.dataset.version, page), (id) => new URL(`${base}statements/${id}/`, site).href);
  return new Response(md, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
