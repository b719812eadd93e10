/** /visuals/<id>.svg: each registered visual as a stand-alone SVG file (src/data/visuals.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { visuals, type Visual } from '@/data/visuals';

export const getStaticPaths = (async () => (await visuals()).map((v) => ({ params: { id: v.id }, props: { visual: v } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await (props as { visual: Visual }).visual.svg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
