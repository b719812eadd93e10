import type { APIRoute } from 'astro';
import { statementRecords } from '@/data/exports';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await statementRecords(), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
