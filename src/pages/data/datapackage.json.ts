/** /data/datapackage.json: a Frictionless Data Package (v1) describing the downloads of /data/. */
import type { APIRoute } from 'astro';
import { research } from '@/data/research';
import { dataPackage } from '@/lib/datapackage';

export const GET: APIRoute = async ({ site }) => {
  const { dataset } = await research();
  const base = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}data/`;
  const body = dataPackage({
    version: dataset.version,
    released: dataset.released,
    homepage: new URL(base, site).href,
    schemaUrl: new URL(`${base}statements.schema.json`, site).href,
    licence: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' },
  });
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
