/** /data/bibliography.bib: every source and statement record the site cites, as BibTeX. */
import type { APIRoute } from 'astro';
import { bibliography } from '@/data/bibliography';

export const GET: APIRoute = async () =>
  new Response((await bibliography()).bibtex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
