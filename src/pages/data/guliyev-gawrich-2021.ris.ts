import type { APIRoute } from 'astro';
import { ARTICLE } from '@/site';
import { articleCsl } from '@/lib/cite/article';
import { formatCitations } from '@/lib/cite/format';

export const GET: APIRoute = () =>
  new Response(formatCitations(articleCsl(ARTICLE)).ris, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
