/**
 * /previews.json: the text of the preview cards (src/scripts/previews.ts), fetched once, on the first preview a
 * reader opens. Keys are page paths without the base ("notes/cis", "statements/<id>"); values are
 * [title, line]: a note's title and one-sentence summary, a statement's English title and "issuer · date".
 */
import type { APIRoute } from 'astro';
import { library } from '@/data';
import { formatDate } from '@/lib/dates';
import { BODY_LABELS } from '@/lib/vocab';

export const GET: APIRoute = async () => {
  const { notes, statements } = await library();
  const out: Record<string, [string, string]> = {};
  for (const n of notes) out[`notes/${n.id}`] = [n.data.title, n.data.summary];
  for (const s of statements) out[`statements/${s.id}`] = [s.data.titleEn, `${BODY_LABELS[s.data.body]} · ${formatDate(s.data.date)}`];
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json' } });
};
