import type { APIRoute } from 'astro';
import { statementsJsonSchema } from '@/lib/statement-schema';

export const GET: APIRoute = ({ site }) => {
  const url = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}data/statements.schema.json`, site).href;
  return new Response(`${JSON.stringify(statementsJsonSchema(url), null, 1)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
