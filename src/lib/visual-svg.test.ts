import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeXml, frameSvg, mapBody, PALETTE, wrap } from './visual-svg';

describe('stand-alone SVG', () => {
  it('uses the light theme colours of global.css', () => {
    const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
    const root = css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)'));
    const token = (name: string) => root.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1]?.toLowerCase();
    const names: Record<keyof typeof PALETTE, string> = {
      bg: 'bg', bgSoft: 'bg-soft', fg: 'fg', fgSoft: 'fg-soft', line: 'line', nato: 'nato', csto: 'csto', cstoFrozen: 'csto-frozen', none: 'none', zone: 'zone',
    };
    for (const [key, name] of Object.entries(names)) expect(PALETTE[key as keyof typeof PALETTE], name).toBe(token(name));
  });

  it('wraps text at word boundaries', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 60, 10);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(10);
  });

  it('escapes text and frames the visual with title, legend, caption, source and licence', () => {
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
    const svg = frameSvg({
      title: 'T <1>', caption: 'Caption', source: 'Source', width: 100, height: 50,
      body: mapBody({ countries: [{ d: 'M0 0h1v1z', status: 'nato' }], borders: 'M0 0', zones: [{ d: 'M1 1', state: 'future' }] }),
      legend: [{ fill: PALETTE.nato, label: 'NATO member' }],
    });
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('<title>T &lt;1&gt;</title>');
    expect(svg).toContain(`fill="${PALETTE.nato}"`);
    expect(svg).toContain('CC BY 4.0');
    expect(svg).not.toContain('M1 1'); // future zones are not drawn
    expect(svg).not.toMatch(/class=|var\(/);
  });
});
