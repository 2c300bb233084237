import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface TestRedisServer {
  /** redis:// URL of this server. */
  readonly url: string;
  readonly port: number;
  /** True while the server process is up. */
  readonly running: boolean;
  /** Stops the server (SIGTERM: a clean shutdown; SIGKILL: a crash). Its data is gone: it never saves. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

const started = new Set<ChildProcess>();
let exitHookInstalled = false;

/** A port nothing listens on right now (the kernel picks it). */
export function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function launch(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'no', '--loglevel', 'notice'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  started.add(child);
  child.once('exit', () => started.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // A test that dies early must not leave its private servers behind; only ours are killed.
    process.once('exit', () => started.forEach((c) => c.kill('SIGKILL')));
  }
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server on port ${port} did not become ready:\n${out}`));
    }, 15000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (/Ready to accept connections/i.test(out)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server on port ${port} exited with ${code} before it was ready:\n${out}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * A private `redis-server` on a spare loopback port, with persistence off, for tests that stop and
 * restart Redis. Only the process started here is ever stopped; the machine's Redis is untouched.
 */
export async function startRedisServer(): Promise<TestRedisServer> {
  let port = 0;
  let child: ChildProcess | null = null;
  for (let attempt = 0; !child; attempt += 1) {
    port = await sparePort();
    try {
      child = await launch(port);
    } catch (error) {
      // Another process may have taken the port between the probe and the launch.
      if (attempt >= 4) throw error;
    }
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get running() {
      return child !== null && child.exitCode === null && child.signalCode === null;
    },
    async stop(signal = 'SIGTERM') {
      if (!child) return;
      const stopping = child;
      child = null;
      if (stopping.exitCode === null && stopping.signalCode === null) stopping.kill(signal);
      await exited(stopping);
    },
    async start() {
      if (child) throw new Error(`redis-server on port ${port} is already running`);
      child = await launch(port);
    },
  };
}
