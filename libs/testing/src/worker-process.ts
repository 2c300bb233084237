import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** A service process (the worker or the API) started by a test. */
export interface WorkerProcess {
  readonly pid: number;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Resolves once `pattern` has been printed; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends `signal` (SIGKILL by default: no shutdown hooks run) and waits for the process to end. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Resolves when the process has ended, with its exit code or signal. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment without the variables set to undefined (so `{ REDIS_URL: undefined }` unsets it). */
function childEnv(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The line the worker logs once every queue is being consumed. */
export const WORKER_READY = /Worker consuming/;

/** The line the API logs once it listens. */
export const API_READY = /API listening on/;

/**
 * Starts the real worker (`apps/worker/src/main.ts`) in its own Node process, as `npm start` does,
 * with `env` over this process's environment, and resolves once it consumes every queue. Only
 * processes started here are ever signalled.
 */
/** How node runs a service from its TypeScript source (the default; the benchmark runs the compiled worker). */
function fromSource(entry: string): string[] {
  return ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, entry)];
}

export function startWorkerProcess(
  env: Record<string, string | undefined>,
  timeoutMs = 90000,
  /** How node runs the worker: from its TypeScript source by default (the benchmark runs the compiled one). */
  entry: string[] = fromSource('apps/worker/src/main.ts'),
): Promise<WorkerProcess> {
  return startServiceProcess(entry, env, WORKER_READY, timeoutMs);
}

/** Starts the real API (`apps/api/src/main.ts`) the same way, and resolves once it listens (set PORT). */
export function startApiProcess(env: Record<string, string | undefined>, timeoutMs = 90000): Promise<WorkerProcess> {
  return startServiceProcess(fromSource('apps/api/src/main.ts'), env, API_READY, timeoutMs);
}

async function startServiceProcess(entry: string[], env: Record<string, string | undefined>, ready: RegExp, timeoutMs: number): Promise<WorkerProcess> {
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    env: childEnv({ ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => running.forEach((c) => c.kill('SIGKILL')));
  }

  let out = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    out += chunk.toString();
    listeners.forEach((l) => l());
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      listeners.forEach((l) => l());
      resolve({ code, signal });
    });
  });
  const isDone = () => child.exitCode !== null || child.signalCode !== null;

  const worker: WorkerProcess = {
    pid: child.pid as number,
    output: () => out,
    waitFor(pattern, waitMs = 30000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`Worker ${child.pid} did not print ${pattern} within ${waitMs} ms. Output:\n${out.slice(-4000)}`));
        }, waitMs);
        const check = () => {
          if (pattern.test(out)) {
            clearTimeout(timer);
            listeners.delete(check);
            resolve();
          } else if (isDone()) {
            clearTimeout(timer);
            listeners.delete(check);
            reject(new Error(`Worker ${child.pid} exited before printing ${pattern}. Output:\n${out.slice(-4000)}`));
          }
        };
        listeners.add(check);
        check();
      });
    },
    async kill(signal = 'SIGKILL') {
      if (!isDone()) child.kill(signal);
      await ended;
    },
    exited: () => ended,
  };

  try {
    await worker.waitFor(ready, timeoutMs);
  } catch (error) {
    await worker.kill('SIGKILL');
    throw error;
  }
  return worker;
}
