/** /data/membership.csv: one row per recorded membership change (org,country,name,date,status,source,note). */
import type { APIRoute } from 'astro';
import { membership } from '@/data/geo';
import { changeRows, toCsv } from '@/lib/membership';

export const GET: APIRoute = async () => {
  const { records } = await membership();
  return new Response(toCsv(changeRows(records)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
