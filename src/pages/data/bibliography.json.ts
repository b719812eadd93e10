/** /data/bibliography.json: every source and statement record the site cites, as CSL-JSON. */
import type { APIRoute } from 'astro';
import { bibliography } from '@/data/bibliography';

export const GET: APIRoute = async () =>
  new Response((await bibliography()).csljson, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
