/**
 * PNG renders of the stand-alone SVGs, at build time, with resvg (@resvg/resvg-js: a Rust renderer shipped as a
 * platform binary; no browser). Deterministic: system fonts are NOT loaded; one font file is (with its -Bold twin when
 * present), the first of FONT_CANDIDATES that exists (or EXPORT_FONT when set), and its family is the default for every text. The
 * same SVG, font file and resvg version give the same bytes (checked by tests/e2e/visuals.test.ts). Without a
 * font file the build fails and says which paths it tried.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * DejaVu Sans from the npm package dejavu-fonts-ttf (a dependency, so every machine that ran `npm install` has the
 * same file and the same PNG bytes, on Linux, macOS or Windows), then system copies as a fallback.
 */
export const FONT_CANDIDATES = [
  path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', 'DejaVuSans.ttf'),
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
  '/usr/local/share/fonts/DejaVuSans.ttf',
];

let fontCache: string | undefined;
/** The regular font file the renders use. */
export function exportFont(): string {
  if (fontCache) return fontCache;
  const asked = process.env.EXPORT_FONT;
  const tried = asked ? [asked] : FONT_CANDIDATES;
  const found = tried.find((f) => existsSync(f));
  if (!found) {
    throw new Error(`PNG export: no font file found (tried ${tried.join(', ')}). Run npm install (it brings the dejavu-fonts-ttf package) or set EXPORT_FONT to a .ttf file.`);
  }
  fontCache = found;
  return found;
}

/** The font files loaded: the regular face and, when it sits beside it, the bold face (for titles). */
export function exportFontFiles(): string[] {
  const regular = exportFont();
  const bold = regular.replace(/\.ttf$/i, '-Bold.ttf');
  return bold !== regular && existsSync(bold) ? [regular, bold] : [regular];
}

/** The SVG as PNG at `scale` × its own size (2 = sharp on slides and high-density screens). */
export function renderPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: exportFontFiles(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
  });
  return new Uint8Array(resvg.render().asPng());
}
