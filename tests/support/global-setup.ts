/**
 * Builds the site once (unless E2E_SKIP_BUILD=1), serves dist/ on a free port and hands the address to the
 * tests. BASE_PATH, when set, is honoured by both the build and the server.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { normaliseBase } from '../../src/lib/url';
import { startServer } from './server';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default async function setup(project: TestProject) {
  const base = normaliseBase(process.env.BASE_PATH);
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_PATH: base } });
  }
  const { server, origin } = await startServer(`${root}dist`, base);
  project.provide('origin', origin);
  project.provide('base', base);
  project.provide('dist', `${root}dist`);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    base: string;
    dist: string;
  }
}
