import type { APIRoute, GetStaticPaths } from 'astro';
import { library } from '@/data';
import { notesPaged } from '@/lib/list-scale';
import type { NoteRow } from '@/lib/teach/pack-picker';

/**
 * /notes/rows.json: id, title and type of every note, in list order; the syllabus pack's notes picker searches it
 * when there are too many notes for /teach/pack/ to list (src/lib/list-scale.ts). Not built otherwise.
 */
export const getStaticPaths = (async () => {
  const { notes } = await library();
  return notesPaged(notes.length) ? [{ params: { file: 'rows' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { notes } = await library();
  const rows: NoteRow[] = notes.map((n) => ({ id: n.id, title: n.data.title, type: n.data.type }));
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
