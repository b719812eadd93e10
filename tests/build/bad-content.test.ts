/**
 * Bad content fails the build with a message naming the file and the field. Each fixture is written into a
 * temporary copy of the project (the real content is never touched) and `astro build` must exit non-zero.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
let work: string;

const VALID = `---
id: nato-fixture
date: 2008-08-19
org: nato
body: north-atlantic-council
kind: statement
cases: [georgia-2008]
title: "Fixture statement"
titleEn: "Fixture statement"
language: en
url: https://www.nato.int/cps/en/natohq/official_texts_29950.htm
sourceStatus: online
stance: [supports-territorial-integrity]
quote: "Short and exact."
verified:
  against: official
  copy: https://www.nato.int/cps/en/natohq/official_texts_29950.htm
  checked: 2026-11-27
  note: "Fixture used by the bad-content tests."
---
A valid fixture statement.
`;

interface Fixture {
  kind: string;
  file: string; // path relative to the project, written (or rewritten) by `content`
  content: (original: string) => string;
  field: string; // the field the message must name
  extra?: { file: string; content: string }; // a second file, for duplicates
}

const stmt = (f: (s: string) => string) => () => f(VALID);

const FIXTURES: Fixture[] = [
  { kind: 'missing field', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace(/verified:[\s\S]*?(?=---)/, '')), field: 'verified' },
  { kind: 'wrong type', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('cases: [georgia-2008]', 'cases: 42')), field: 'cases' },
  { kind: 'unknown case', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('[georgia-2008]', '[kosovo-1999]')), field: 'cases' },
  { kind: 'unknown organisation', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('org: nato', 'org: osce')), field: 'org' },
  { kind: 'unknown body', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('body: north-atlantic-council', 'body: war-council')), field: 'body' },
  { kind: 'body of the other organisation', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('body: north-atlantic-council', 'body: permanent-council')), field: 'body' },
  { kind: 'unknown kind', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('kind: statement', 'kind: tweet')), field: 'kind' },
  { kind: 'unknown stance', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('[supports-territorial-integrity]', '[approves]')), field: 'stance' },
  { kind: 'malformed date', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('date: 2008-08-19', 'date: 2008-02-30')), field: 'date' },
  { kind: 'non-https url', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('url: https://www.nato.int', 'url: http://www.nato.int')), field: 'url' },
  { kind: 'quote over 30 words', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('"Short and exact."', `"${'word '.repeat(31).trim()}"`)), field: 'quote' },
  { kind: 'id not matching the file name', file: 'content/statements/nato-fixture.md', content: stmt((s) => s.replace('id: nato-fixture', 'id: nato-other')), field: 'id' },
  {
    kind: 'duplicate id',
    file: 'content/statements/nato-fixture.md',
    content: stmt((s) => s),
    extra: { file: 'content/statements/nato-fixture-copy.md', content: VALID },
    field: 'id',
  },
  {
    kind: 'broken cross-reference (note cites an unknown source)',
    file: 'content/notes/fixture-note.mdx',
    content: () => '---\ntitle: Fixture\ntype: glossary\nsummary: A fixture note.\nsources: [no-such-source]\n---\nText.\n',
    field: 'sources',
  },
  {
    kind: 'malformed membership row',
    file: 'content/data/membership.yaml',
    content: (orig) => `${orig.trimEnd()}\n- country: Narnia\n  name: Narnia\n  org: nato\n  changes:\n    - date: 2000-01-01\n      status: member\n      source: https://example.org/\n`,
    field: 'country',
  },
  {
    kind: 'event with a malformed date',
    file: 'content/events/1999-fixture.yaml',
    content: () => 'id: 1999-fixture\ndate: 1999-13-01\ntitle: Fixture\nkind: other\nsources: [nato-fixture]\n',
    extra: { file: 'content/statements/nato-fixture.md', content: VALID },
    field: 'date',
  },
  // The codebook, the two codings and the releases file (src/data/research.ts).
  {
    kind: 'dataset file: codebook value not in the vocabulary (and one missing)',
    file: 'content/data/codebook.yaml',
    content: (orig) => orig.replace('value: silence', 'value: silent'),
    field: 'value',
  },
  {
    kind: 'dataset file: codebook example that is no record',
    file: 'content/data/codebook.yaml',
    content: (orig) => orig.replace('clear: nato-2008-08-27-nac-russian-recognition', 'clear: nato-no-such-record'),
    field: 'clear',
  },
  {
    kind: 'dataset file: first coding with a duplicate id and an unknown stance',
    file: 'content/data/coding/first.yaml',
    content: (orig) => `${orig.trimEnd()}\n- id: csto-2008-08-08-secretariat-south-ossetia\n  kind: statement\n  body: csto-secretariat\n  stance: [approves]\n`,
    field: 'stance',
  },
  {
    kind: 'dataset file: second coding of an unknown record',
    file: 'content/data/coding/second.yaml',
    content: () => '- id: nato-no-such-record\n  kind: statement\n  body: summit\n  stance: [silence]\n',
    field: 'id',
  },
  {
    kind: 'dataset file: version that is not the newest release',
    file: 'content/data/dataset.yaml',
    content: (orig) => orig.replace(/^version: .*$/m, 'version: 9.9.9'),
    field: 'version',
  },
];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'companion-bad-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function freshCopy(name: string): Promise<string> {
  const dir = path.join(work, name.replace(/\W+/g, '-'));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    await cp(path.join(root, item), path.join(dir, item), { recursive: true });
  }
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

async function build(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('a valid fixture', () => {
  it('builds, so the failures below are caused by the bad field alone', async () => {
    const dir = await freshCopy('valid');
    await writeFile(path.join(dir, 'content/statements/nato-fixture.md'), VALID);
    const { code, output } = await build(dir);
    expect(output).not.toMatch(/nato-fixture\.md/);
    expect(code).toBe(0);
  });
});

describe.each(FIXTURES)('bad content: $kind', (fixture) => {
  it('fails the build naming the file and the field', async () => {
    const dir = await freshCopy(fixture.kind);
    const target = path.join(dir, fixture.file);
    const original = await readFile(target, 'utf8').catch(() => '');
    await writeFile(target, fixture.content(original));
    if (fixture.extra) await writeFile(path.join(dir, fixture.extra.file), fixture.extra.content);
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(path.basename(fixture.file));
    expect(output).toMatch(new RegExp(`\\b${fixture.field}\\b`));
  });
});
