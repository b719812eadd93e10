import { describe, expect, it } from 'vitest';
import { CREDITING_KEYWORDS, CREDITING_PATTERNS, checkAttribution, creditingPhrase, mayCredit, proseRuns, sourceCandidates, splitSentences } from './attribution';

const page = (body: string): string =>
  `<!doctype html><html><head><title>The article argues nothing</title></head><body><header><nav><a href="/article/">Article</a></nav></header><main>${body}</main><footer><p>Not affiliated with the authors. The article argues things elsewhere.</p></footer></body></html>`;
const ref = (to: string, inner: string): string =>
  `<span data-article-ref="${to}">${inner} <a class="article-ref" href="/article/#${to}">[${to.replace('-', ' ')}]</a></span>`;

describe('creditingPhrase', () => {
  it.each([
    'The article argues that NATO neglected the conflict.',
    'The article also finds that the CSTO stayed out.',
    'Here the article classes Georgia as a third group.',
    'The three conflicts the article compares differ.',
    'The authors call this their IO-IO (non)relationship.',
    'It names what the authors gathered in February 2020.',
    "When the article's authors last consulted the site.",
    'The authors see a (non)relationship.',
    'Guliyev and Gawrich (2021) argue that three factors matter.',
    'Guliyev & Gawrich explain the variation.',
    'The abstract reports that NATO paid little attention.',
    'According to the article, the CSTO stayed out.',
    'According to its abstract, the article finds two things.',
    "In the article's terms, this is a (non)relationship.",
    "In the authors' words the relationship is absent.",
    'Its answer, as summarised in its abstract, has two parts.',
    "The article's note 4 says a link was broken.",
    'The article therefore concludes that institutions matter.',
  ])('flags %s', (s) => {
    expect(creditingPhrase(s)).not.toBeNull();
  });

  it.each([
    'Cite the article',
    'Cite the article in APA, Chicago or BibTeX.',
    'Read the article at the publisher.',
    'The article is published by Taylor & Francis.',
    'This site does not reproduce the article’s text.',
    'It is not affiliated with the authors or with the publisher.',
    'We thank the authors for nothing; this site is not theirs.',
    'Guliyev and Gawrich (2021), NATO vs. the CSTO, Post-Communist Economies.',
    'An independent companion to Guliyev & Gawrich (2021) on how NATO and the CSTO responded.',
    'Guliyev, F. and Gawrich, A. (2021) NATO vs. the CSTO. Post-Communist Economies 33(2-3).',
    'How to read the article',
    'The abstract and four endnotes are all we hold.',
    'A Pew Research Center study found that a quarter of pages had gone.',
    'The NATO summit declaration argues for restraint.',
  ])('does not flag %s', (s) => {
    expect(creditingPhrase(s)).toBeNull();
  });
});

describe('proseRuns and splitSentences', () => {
  it('reads <main> only, skips headings and keeps the reference of each character', () => {
    const runs = proseRuns(page(`<h2>What the article finds</h2><p>One. ${ref('abstract-3', 'The article finds X.')} Two.</p>`));
    expect(runs).toHaveLength(1);
    const sentences = splitSentences(runs[0]!);
    expect(sentences.map((s) => s.text)).toEqual(['One.', 'The article finds X.', '[abstract 3] Two.']);
    expect(sentences[1]!.refs.every((r) => r === 'abstract-3')).toBe(true);
    expect(sentences[0]!.refs.every((r) => r === null)).toBe(true);
  });

  it('does not end sentences at common abbreviations', () => {
    const [run] = proseRuns('<p>See e.g. the text. Then more.</p>');
    expect(splitSentences(run!).map((s) => s.text)).toEqual(['See e.g. the text.', 'Then more.']);
  });

  it('decodes entities', () => {
    const [run] = proseRuns('<p>In the article&#39;s terms, A &amp; B.</p>');
    expect(run!.text).toBe("In the article's terms, A & B.");
  });
});

describe('checkAttribution', () => {
  it('passes a page whose crediting sentences are all referenced', () => {
    const html = page(
      `<p>${ref('abstract-4', 'The article finds that the CSTO largely avoided engagement.')} Companion text follows.</p>` +
        `<p>Cite the article. Read the article at the publisher.</p><h2>The article argues</h2>`,
    );
    expect(checkAttribution(html)).toEqual([]);
  });

  it('fails an unreferenced crediting sentence and names it', () => {
    const html = page('<p>Background first. The article argues that NATO neglected Nagorno-Karabakh. More.</p>');
    const problems = checkAttribution(html);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      kind: 'unreferenced',
      sentence: 'The article argues that NATO neglected Nagorno-Karabakh.',
      phrase: 'The article argues',
    });
  });

  it('fails a crediting phrase that lies outside the reference in the same sentence', () => {
    const html = page(`<p>The authors call it ${ref('abstract-5', 'a (non)relationship.')}</p>`);
    expect(checkAttribution(html).map((p) => p.kind)).toEqual(['unreferenced']);
  });

  it('fails a reference to an anchor that does not exist', () => {
    const html = page(ref('abstract-9', 'The article finds Y.'));
    const problems = checkAttribution(html);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'unknown-ref', ref: 'abstract-9' });
  });

  it('ignores text in scripts, svg and elements marked data-attribution-ignore', () => {
    const html = page(
      '<script>const s = "The article argues";</script><svg><text>The article finds</text></svg><p data-attribution-ignore>The article argues (quoted example).</p>',
    );
    expect(checkAttribution(html)).toEqual([]);
  });
});

describe('sourceCandidates', () => {
  it('maps built pages to the files that produce them', () => {
    expect(sourceCandidates('cases/georgia-2008/index.html')[0]).toBe('content/cases/georgia-2008.mdx');
    expect(sourceCandidates('notes/endnote-4/index.html')[0]).toBe('content/notes/endnote-4.mdx');
    expect(sourceCandidates('compare/index.html')).toContain('src/pages/compare.astro');
    expect(sourceCandidates('index.html')).toContain('src/pages/index.astro');
  });
});

describe('mayCredit (the quick test before the per-character scan)', () => {
  it('every crediting pattern needs one of the keywords', () => {
    for (const p of CREDITING_PATTERNS) expect(CREDITING_KEYWORDS.test(p.source), p.source).toBe(true);
  });
  it('rules out pages whose main text has no keyword, whatever the markup says', () => {
    expect(mayCredit('<html><body><main><article class="article"><p>NATO calls for restraint.</p></article></main><footer>The article argues</footer></body></html>')).toBe(false);
  });
  it('keeps pages where a keyword is split by inline markup or written as a character reference', () => {
    const split = '<main><p>The arti<em>cle</em> argues this.</p></main>';
    expect(mayCredit(split)).toBe(true);
    expect(checkAttribution(split)).toHaveLength(1);
    expect(mayCredit('<main><p>The &#97;rticle argues this.</p></main>')).toBe(true);
    expect(mayCredit("<p>No main element: the authors say so.</p>")).toBe(true);
    expect(mayCredit("<main><pre>author = {NATO}</pre><p>Plain text.</p></main>")).toBe(false);
  });
});
