import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface Started {
  name: string;
  url: string;
  child: ChildProcess;
}

/** Runs a TypeScript entry point (or its compiled form when `npm run build` has made one). */
let fromSource = false;

/** Run the service from TypeScript sources (the test suite's smoke run) rather than from dist/. */
export function runFromSource(value: boolean): void {
  fromSource = value;
}

export function nodeArgs(tsEntry: string): string[] {
  const compiled = join(ROOT, 'dist', tsEntry.replace(/\.ts$/, '.js'));
  if (tsEntry.startsWith('apps/') && !fromSource) {
    if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run \`npm run build\` first (npm run bench does).`);
    return [compiled];
  }
  return ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, tsEntry)];
}

/** Starts a server process on loopback and waits until it answers HTTP. */
export async function startServer(name: string, tsEntry: string, port: number, env: Record<string, string>, path = '/graphql'): Promise<Started> {
  // BENCH_PROFILE_DIR: write a CPU profile of each service process there (node --cpu-prof).
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE_DIR] : [];
  const child = spawn(process.execPath, [...profile, ...nodeArgs(tsEntry)], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}${path}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${stderr}`);
    try {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
      return { name, url, child };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer on ${url} within 60 s: ${stderr}`);
}

export async function stop(started: Started[]): Promise<void> {
  await Promise.all(
    started.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.child.exitCode !== null) return resolve();
          const timer = setTimeout(() => s.child.kill('SIGKILL'), 5000);
          s.child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          s.child.kill('SIGTERM');
        }),
    ),
  );
}

/** A port nothing listens on now (the kernel picks it); the same helper the tests use. */
export { sparePort as freePort } from '../../libs/testing/src/redis-server';
