import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface RunOptions {
  /** Command-line arguments after the entry point. */
  args?: string[];
  /** The repository (or a copy of it) to run from; this one by default. */
  root?: string;
  /** In a process group of its own, so a test can signal the group as a terminal would. */
  detached?: boolean;
}

/** Runs a TypeScript entry point of this repository in its own Node process, as `npm start` would. */
export function runTs(entry: string, env: Record<string, string | undefined>, options: RunOptions = {}): ChildProcess {
  const root = options.root ?? ROOT;
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(root, entry), ...(options.args ?? [])], {
    cwd: root,
    env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
}

/** Everything a process prints, stdout and stderr together, as it comes. */
export function collectOutput(child: ChildProcess): () => string {
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return () => out;
}

/** Resolves with everything printed so far once `pattern` appears on stdout; rejects if the process exits first. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 60000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${pattern}. Output:\n${out}\n${err}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Exited with ${code} before ${pattern}. Output:\n${out}\n${err}`));
    });
  });
}

export function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
