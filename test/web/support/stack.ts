import { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { sparePort } from '../../../libs/testing/src/redis-server';
import { startSmtpServer, TestSmtpServer } from '../../../libs/testing/src/smtp';
import { runTs } from '../../support/run-ts';

const SERVER = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The whole service as `npm start` runs it, on a database, ports and queue prefix of its own. */
export interface Stack {
  webUrl: string;
  apiUrl: string;
  databaseUrl: string;
  smtp: TestSmtpServer;
  /** Everything a process printed, for failure messages. */
  output(name: 'api' | 'worker' | 'web'): string;
  stop(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Resolves once `url` answers 200, or rejects with the process's output. */
async function answers(url: string, child: ChildProcess, out: () => string, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode}). Output:\n${out().slice(-4000)}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms. Output:\n${out().slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => child.once('exit', resolve));
}

export async function startStack(): Promise<Stack> {
  const id = `${process.pid}_${Date.now().toString(36)}`;
  const database = `compact_web_${id}`;
  const databaseUrl = `${SERVER}/${database}`;
  await admin((c) => c.query(`CREATE DATABASE "${database}"`));
  const smtp = await startSmtpServer();
  const [apiPort, webPort] = [await sparePort(), await sparePort()];
  const webUrl = `http://127.0.0.1:${webPort}`;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: REDIS,
    QUEUE_BACKEND: 'redis',
    QUEUE_PREFIX: `web_${id}`,
    SMTP_URL: smtp.url,
    APP_URL: webUrl,
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    WEB_PORT: String(webPort),
    // The web app passes on each visitor's address; the API believes it from loopback only.
    TRUST_PROXY: 'loopback',
    OUTBOX_POLL_MS: '100',
    LOG_LEVEL: 'warn',
    LOAD_SAMPLE_DATA: 'false',
  };

  const prepare = runTs('test/web/support/prepare-database.ts', env);
  let prepared = '';
  prepare.stdout?.on('data', (c: Buffer) => (prepared += c.toString()));
  prepare.stderr?.on('data', (c: Buffer) => (prepared += c.toString()));
  await exited(prepare);
  if (prepare.exitCode !== 0) throw new Error(`Preparing ${database} failed:\n${prepared}`);

  const outputs: Record<string, string> = { api: '', worker: '', web: '' };
  const children: Record<string, ChildProcess> = {};
  for (const [name, entry] of [
    ['api', 'apps/api/src/main.ts'],
    ['worker', 'apps/worker/src/main.ts'],
    ['web', 'apps/web/src/main.ts'],
  ] as const) {
    const child = runTs(entry, name === 'worker' ? { ...env, LOG_LEVEL: 'info' } : env);
    child.stdout?.on('data', (c: Buffer) => (outputs[name] += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (outputs[name] += c.toString()));
    children[name] = child;
  }
  const stop = async () => {
    for (const child of Object.values(children)) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(Object.values(children).map(exited));
    await smtp.close();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  };
  try {
    await answers(`${apiUrl}/health`, children.api, () => outputs.api);
    await answers(`${webUrl}/health`, children.web, () => outputs.web);
    const deadline = Date.now() + 240_000;
    while (!/Worker consuming/.test(outputs.worker)) {
      if (children.worker.exitCode !== null || Date.now() > deadline) throw new Error(`The worker did not start. Output:\n${outputs.worker.slice(-4000)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { webUrl, apiUrl, databaseUrl, smtp, output: (name) => outputs[name], stop };
}
