import { describe, expect, it } from 'vitest';
import { decodeHtmlText, recordCitationsFromHtml } from './record-files';

describe('decodeHtmlText', () => {
  it('undoes the escaping Astro applies to text, and numeric references', () => {
    expect(decodeHtmlText('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x2013; &apos;')).toBe(`a & b <c> "d" 'e' – '`);
  });
  it('leaves text without references, and unknown names, as they are', () => {
    expect(decodeHtmlText('TY  - GEN')).toBe('TY  - GEN');
    expect(decodeHtmlText('&nbsp;&copy;')).toBe('&nbsp;&copy;');
  });
});

describe('recordCitationsFromHtml', () => {
  const page = (bib: string, ris: string) =>
    `<main><pre>other</pre><details><pre data-record-citation="bibtex">${bib}</pre><pre class="x" data-record-citation="ris">${ris}</pre></details></main>`;

  it('returns both blocks decoded', () => {
    const out = recordCitationsFromHtml(page('@misc{k,\n  title = {NATO &amp; the {CSTO}},\n}\n', 'TY  - GEN\nT1  - &quot;On&quot;\nER  - \n'));
    expect(out).toEqual({ bibtex: '@misc{k,\n  title = {NATO & the {CSTO}},\n}\n', ris: 'TY  - GEN\nT1  - "On"\nER  - \n' });
  });
  it('returns nothing for a page without them', () => {
    expect(recordCitationsFromHtml('<main><pre>@misc{x}</pre></main>')).toEqual({});
  });
  it('refuses markup inside a block and a repeated block', () => {
    expect(() => recordCitationsFromHtml(page('<b>x</b>', 'y'))).toThrow(/markup/);
    expect(() => recordCitationsFromHtml(page('a', 'b') + '<pre data-record-citation="ris">c</pre>')).toThrow(/two/);
  });
});
