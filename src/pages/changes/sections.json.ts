/**
 * /changes/sections.json: for each case page, statement record and note, the date each h2 section's text last
 * changed ('' = the page's opening: front matter and text before the first h2). Fetched only by the ?as-of=
 * marker (src/scripts/as-of.ts), never on a plain page view.
 */
import type { APIRoute } from 'astro';
import { sectionChanges } from '@/data/changes';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ pages: sectionChanges() }), { headers: { 'Content-Type': 'application/json' } });
