// Synthetic content for `npm run bench`: N statements and N/10 notes that pass the content schemas
// (src/content.config.ts, docs/content-model.md), written into a copy of the project, never into content/.
// Deterministic: the same N gives the same files (a seeded generator), so runs are comparable.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CASE_IDS, CSTO_BODIES, KIND_IDS, NATO_BODIES, NOTE_TYPE_IDS, STANCE_IDS } from '../../src/lib/vocab.ts';

// The article has exactly four endnotes (content/notes/endnote-1..4, listed on /article/ and checked by the
// attribution step); generated notes are glossary or research notes, never further endnotes.
const GENERATED_NOTE_TYPES = NOTE_TYPE_IDS.filter((t) => t !== 'endnote');

/** mulberry32: a small seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Common words of the domain, most frequent first; picked with a Zipf-like bias so the index has a realistic
// mix of frequent and rare terms. "article" is left out on purpose: with "states", "calls" or "notes" after it the
// text would credit the companion's article with a claim, which the attribution step rightly rejects.
const WORDS = `the of and to in a on for that by with as its at from council organisation states member security
conflict ceasefire parties support calls statement region territorial integrity sovereignty talks meeting ministers
secretary general declaration forces military situation peace settlement dialogue cooperation partners political
process negotiations international agreement humanitarian assistance civilians concern stability border troops
withdrawal commitment principles resolution mediation format allies summit communique session joint assembly
parliamentary deputy spokesperson defence foreign affairs president government republic recognition referendum
annexation independence sanctions observers mission monitoring violations shelling escalation restraint
de-escalation displaced persons refugees reconstruction reform partnership membership perspective accession
programme annual plan commission consultations framework obligations treaty charter clause collective response
mechanism rapid reaction deployment exercise readiness posture threat perception east south caucasus black sea
eurasia balkan steppe capital envoy delegation visit press conference interview remarks briefing announcement
position welcomed regretted condemned urged reaffirmed noted stressed recalled decided agreed postponed declined
silent absent unresolved frozen protracted contested breakaway enclave corridor lines contact buffer zone villages
casualties infrastructure pipeline energy transit trade economic costs consequences lessons review
assessment report findings recommendations`.split(/\s+/);

const SYLLABLES = ['ka', 'ro', 'vi', 'ne', 'sta', 'bel', 'dor', 'an', 'gri', 'mel', 'tu', 'shi', 'zan', 'pol', 'ev', 'ir'];

function makeText(rand) {
  const word = () => WORDS[Math.floor(WORDS.length * rand() ** 2.2)];
  const name = () => {
    const n = 2 + Math.floor(rand() * 3);
    let s = '';
    for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    return s[0].toUpperCase() + s.slice(1);
  };
  return { word, name };
}

/** About `words` words in sentences of 8–20 words, with a few generated proper names. */
function paragraph(rand, words) {
  const { word, name } = makeText(rand);
  const sentences = [];
  let count = 0;
  while (count < words) {
    const len = 8 + Math.floor(rand() * 13);
    const parts = [];
    // Half the generated names are possessive ("Kavine's"): 157 of the 162 real summaries contain a straight
    // quote or apostrophe, which the Markdown pipeline's smart punctuation has to process.
    for (let i = 0; i < len; i++) parts.push(rand() < 0.06 ? `${name()}${rand() < 0.5 ? "'s" : ''}` : word());
    parts[0] = parts[0][0].toUpperCase() + parts[0].slice(1);
    sentences.push(`${parts.join(' ')}.`);
    count += len;
  }
  return sentences.join(' ');
}

const heading = (a, b) => `${a[0].toUpperCase()}${a.slice(1)} ${b}`;
const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const pickSome = (rand, list, min, max) => {
  const n = min + Math.floor(rand() * (max - min + 1));
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
  return out;
};
const pad = (n) => String(n).padStart(2, '0');
const DAY = 86_400_000;
const FROM = Date.UTC(1992, 0, 1);
const TO = Date.UTC(2025, 11, 31);

/** Writes N statements into <dir>/content/statements and N/10 notes into <dir>/content/notes. */
export async function generate(dir, n, seed = 20210601) {
  const rand = rng(seed);
  const statementsDir = path.join(dir, 'content/statements');
  const notesDir = path.join(dir, 'content/notes');
  await mkdir(statementsDir, { recursive: true });
  await mkdir(notesDir, { recursive: true });
  const ids = [];
  const byCase = new Map(CASE_IDS.map((c) => [c, []]));
  for (let i = 0; i < n; i++) {
    const org = rand() < 0.6 ? 'nato' : 'csto';
    const body = pick(rand, Object.keys(org === 'nato' ? NATO_BODIES : CSTO_BODIES));
    const kind = pick(rand, KIND_IDS);
    const cases = pickSome(rand, CASE_IDS, 1, 2);
    const d = new Date(FROM + Math.floor(rand() * ((TO - FROM) / DAY)) * DAY);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const id = `${org}-${date}-bench-${i}`;
    const { word, name } = makeText(rand);
    const title = `${name()} ${word()} ${word()} on the ${word()} ${word()} (benchmark record ${i})`;
    const stance = kind === 'non-response' ? ['silence'] : pickSome(rand, STANCE_IDS.filter((s) => s !== 'silence'), 1, 3);
    const url = `https://example.org/bench/${id}`;
    const text = `---
id: ${id}
date: ${date}
org: ${org}
body: ${body}
kind: ${kind}
cases: [${cases.join(', ')}]
title: "${title}"
titleEn: "${title}"
language: en
url: ${url}
sourceStatus: ${pick(rand, ['online', 'online', 'online', 'removed', 'archived-only'])}
stance: [${stance.join(', ')}]
verified:
  against: official
  copy: ${url}
  checked: 2026-11-27
  note: "Synthetic benchmark record, generated by scripts/bench/generate.mjs."
---
${paragraph(rand, 80)}

Context: ${paragraph(rand, 20)}
`;
    await writeFile(path.join(statementsDir, `${id}.md`), text);
    ids.push(id);
    for (const c of cases) byCase.get(c).push(id);
  }
  const notes = Math.floor(n / 10);
  for (let i = 0; i < notes; i++) {
    const id = `bench-note-${i}`;
    const cases = pickSome(rand, CASE_IDS, 0, 2);
    const pool = cases.length ? byCase.get(cases[0]) : ids;
    const cited = pickSome(rand, pool.length ? pool : ids, 1, 3);
    const related = i > 0 ? [`bench-note-${Math.floor(rand() * i)}`] : [];
    const { word, name } = makeText(rand);
    const links = cited.map((s, k) => `[${word()} ${word()}](/statements/${s}/)${k < cited.length - 1 ? ', ' : ''}`).join('');
    const text = `---
title: "${name()} ${word()} (benchmark note ${i})"
type: ${pick(rand, GENERATED_NOTE_TYPES)}
summary: "${paragraph(rand, 14).slice(0, 200).replace(/"/g, '')}"
aliases: ["${name()}"]
cases: [${cases.join(', ')}]
sources: [${cited.join(', ')}]
related: [${related.join(', ')}]
---
${paragraph(rand, 80)} See ${links}.

## ${heading(word(), word())}

${paragraph(rand, 40)}
`;
    await writeFile(path.join(notesDir, `${id}.mdx`), text);
  }
  return { statements: n, notes };
}
