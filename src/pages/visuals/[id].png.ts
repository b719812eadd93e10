/** /visuals/<id>.png: each registered visual rendered from its SVG at build time (src/lib/png.ts, resvg). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { visuals, type Visual } from '@/data/visuals';
import { renderPng } from '@/lib/png';

export const getStaticPaths = (async () => (await visuals()).map((v) => ({ params: { id: v.id }, props: { visual: v } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = renderPng(await (props as { visual: Visual }).visual.svg());
  return new Response(png.buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
};
