import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { sparePort } from './redis-server';

const ROOT = join(__dirname, '..', '..', '..');

export interface TestPostgresServer {
  readonly port: number;
  /** postgres:// URL of a database on this server. */
  url(database: string): string;
  /** Creates a database on it. */
  createDatabase(name: string): Promise<void>;
  /** Stops the server (a fast shutdown: open connections end with "terminating connection due to administrator command"). */
  stop(): Promise<void>;
  /** Starts it again on the same port, with its data. */
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  destroy(): Promise<void>;
}

/**
 * A private PostgreSQL server (the embedded one shipped in the npm package) on a spare loopback
 * port, with its data in a temporary folder, for tests that stop the database under a running
 * service. Only this server is ever stopped; the machine's PostgreSQL is untouched.
 */
export async function startPostgresServer(timeoutMs = 120000): Promise<TestPostgresServer> {
  const port = await sparePort();
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'postgres-server.process.ts'), String(port)], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  let out = '';
  const waiters = new Set<() => void>();
  const append = (chunk: Buffer) => {
    out += chunk.toString();
    waiters.forEach((w) => w());
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  /** Resolves once `answer` has been printed for the `nth` time. */
  const answered = (answer: string, nth: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The test PostgreSQL server did not say "${answer}" within ${timeoutMs} ms:\n${out}`)), timeoutMs);
      const check = () => {
        if (out.split('\n').filter((l) => l.startsWith(answer)).length >= nth) {
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        } else if (child.exitCode !== null) {
          clearTimeout(timer);
          waiters.delete(check);
          reject(new Error(`The test PostgreSQL server exited:\n${out}`));
        }
      };
      waiters.add(check);
      check();
    });
  await answered('ready', 1);
  let stops = 0;
  let starts = 0;
  const url = (database: string) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(name) {
      const client = new Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      child.stdin.write('stop\n');
      await answered('stopped', (stops += 1));
    },
    async start() {
      child.stdin.write('start\n');
      await answered('started', (starts += 1));
    },
    async destroy() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end('exit\n');
      await exited;
    },
  };
}
