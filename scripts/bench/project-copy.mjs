// Helpers shared by `npm run bench` and `npm run check:repro`: a private copy of the project to build in, so
// the committed content, dist/ and the build caches of the working tree are never touched.
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a build needs; tests, docs and dist/ are left out. */
export const PROJECT_ITEMS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

/** Build caches that live inside node_modules or the project; removed for a clean build. */
export const CACHE_DIRS = ['node_modules/.astro', 'node_modules/.vite', '.astro', 'dist'];

/**
 * Copies the project (or another copy of it, `from`) into `dest`. node_modules is a real folder of symlinks to each installed package, not a
 * symlink to the whole folder: Astro keeps its content store in node_modules/.astro and Vite its cache in
 * node_modules/.vite, and those must stay private to the copy.
 */
export async function copyProject(dest, from = root) {
  await mkdir(dest, { recursive: true });
  for (const item of PROJECT_ITEMS) {
    await cp(path.join(from, item), path.join(dest, item), { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules${path.sep}`) });
  }
  const modules = path.join(dest, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(path.join(root, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    await symlink(path.join(root, 'node_modules', name), path.join(modules, name));
  }
  return dest;
}

/** Removes build output and caches from a copy, so the next build starts clean. */
export async function cleanCopy(dir) {
  for (const item of CACHE_DIRS) await rm(path.join(dir, item), { recursive: true, force: true });
}

/** Resident memory (bytes) of a process and all its descendants, read from /proc. */
async function treeRss(pid) {
  let children = [];
  try {
    const tasks = await readdir(`/proc/${pid}/task`);
    for (const t of tasks) {
      const list = await readFile(`/proc/${pid}/task/${t}/children`, 'utf8').catch(() => '');
      children.push(...list.split(/\s+/).filter(Boolean).map(Number));
    }
  } catch {
    return 0;
  }
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const sub = await Promise.all(children.map(treeRss));
  return kb * 1024 + sub.reduce((a, b) => a + b, 0);
}

/**
 * Runs `npm run build` in `dir` (astro build + scripts/postbuild.mjs, as the project defines it). Resolves with
 * the exit code, wall time (ms), peak memory of the whole process tree (bytes, sampled from /proc every 100 ms)
 * and, when GNU time is installed, its "Maximum resident set size" (largest single process, bytes) and the CPU
 * time (user + system seconds of the whole tree; steadier than wall time on a shared machine).
 */
export function runBuild(dir, { env = {}, quiet = true, log } = {}) {
  const gnuTime = '/usr/bin/time';
  return new Promise((resolve) => {
    import('node:fs').then(({ existsSync }) => {
      const useTime = existsSync(gnuTime);
      const cmd = useTime ? gnuTime : 'npm';
      const args = useTime ? ['-v', 'npm', 'run', 'build'] : ['run', 'build'];
      const started = performance.now();
      const child = spawn(cmd, args, {
        cwd: dir,
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const onData = (chunk) => {
        output += chunk;
        if (!quiet) process.stdout.write(chunk);
        if (log) log(chunk);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      let peak = 0;
      let sampling = false;
      const timer = setInterval(async () => {
        if (sampling) return;
        sampling = true;
        peak = Math.max(peak, await treeRss(child.pid));
        sampling = false;
      }, 100);
      child.on('close', (code) => {
        clearInterval(timer);
        const ms = performance.now() - started;
        const field = (re) => Number(re.exec(output)?.[1] ?? NaN);
        const maxKb = field(/Maximum resident set size \(kbytes\):\s*(\d+)/);
        const user = field(/User time \(seconds\):\s*([\d.]+)/);
        const sys = field(/System time \(seconds\):\s*([\d.]+)/);
        const cpu = user + sys;
        resolve({
          code, ms, peakTree: peak, output,
          maxRssSingle: Number.isNaN(maxKb) ? null : maxKb * 1024,
          cpuSeconds: Number.isNaN(cpu) ? null : cpu,
          userSeconds: Number.isNaN(user) ? null : user,
          sysSeconds: Number.isNaN(sys) ? null : sys,
        });
      });
    });
  });
}
