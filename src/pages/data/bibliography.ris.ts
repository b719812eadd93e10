/** /data/bibliography.ris: every source and statement record the site cites, as RIS. */
import type { APIRoute } from 'astro';
import { bibliography } from '@/data/bibliography';

export const GET: APIRoute = async () =>
  new Response((await bibliography()).ris, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
