/** /data/zones.geojson: the conflict zones as checked at build time (RFC 7946 winding, as in the source file). */
import type { APIRoute } from 'astro';
import { zonesFeatureCollection } from '@/data/geo';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(zonesFeatureCollection(), null, 1)}\n`, { headers: { 'Content-Type': 'application/geo+json' } });
