import type { APIRoute } from 'astro';
import { statementRecords } from '@/data/exports';
import { toCsv } from '@/lib/export';

export const GET: APIRoute = async () =>
  new Response(toCsv(await statementRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
