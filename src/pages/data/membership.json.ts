/** /data/membership.json: every recorded membership change, one object per change (same rows as the CSV). */
import type { APIRoute } from 'astro';
import { membership } from '@/data/geo';
import { changeRows } from '@/lib/membership';

export const GET: APIRoute = async () => {
  const { records } = await membership();
  const body = { description: 'NATO and Collective Security Treaty / CSTO membership changes; status on a day = the last change on or before that day.', changes: changeRows(records) };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
