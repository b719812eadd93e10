import type { APIRoute } from 'astro';
import { ARTICLE } from '@/site';
import { articleCsl } from '@/lib/cite/article';
import { formatCitations } from '@/lib/cite/format';

/** CSL-JSON: an array with the article's one record. */
export const GET: APIRoute = () =>
  new Response(formatCitations(articleCsl(ARTICLE)).csljson, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
