import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { extname, join } from 'node:path';
import { EnvironmentError, QueueBackend, shouldLoadSampleData, validateEnvironment } from '@app/core';
import { prepareDatabase } from './prepare-database';
import { resolveDatabase, resolveQueue } from './services';

/**
 * `npm start`: finds (or starts) PostgreSQL and a queue backend, migrates, loads reference data,
 * then runs the API, the worker and the web app as three processes and stops them together.
 */
async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  // Web app (apps/web): its address comes first; invitation links point at it unless APP_URL says otherwise.
  const webUrl = `http://${process.env.WEB_HOST || env.HOST}:${process.env.WEB_PORT || '3001'}`;
  console.log(`Web app: open ${webUrl} in a browser`);
  const database = await resolveDatabase(env);
  const queue = await resolveQueue(env);
  console.log(`Database: ${database.description} · Queues: ${queue.description}`);

  const prepared = await prepareDatabase(database.url, { sample: shouldLoadSampleData(env) });
  const loaded = Object.entries(prepared.reference).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  const sample = !prepared.sample
    ? 'not loaded'
    : prepared.sample.loaded
      ? `loaded (${prepared.sample.people} people, ${prepared.sample.proposals} proposals, marked as sample)`
      : 'already present';
  console.log(
    `Schema: ${prepared.migrationsApplied.length} migration(s) applied · Reference data: ${loaded.length ? `loaded ${loaded.join(', ')}` : 'already present'} · Sample programme: ${sample}`,
  );

  const childEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    QUEUE_BACKEND: queue.backend,
    ...(queue.backend === QueueBackend.REDIS ? { REDIS_URL: queue.redisUrl } : {}),
    APP_URL: process.env.APP_URL || webUrl,
  };
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
    await database.stop().catch(() => undefined);
    process.exit(code);
  };
  for (const app of ['worker', 'api', 'web']) {
    // Same file type as this one: compiled JS after `npm run build`, TypeScript under ts-node.
    const entry = join(__dirname, '..', '..', app, 'src', `main${extname(__filename)}`);
    const child = fork(entry, [], { env: childEnv, stdio: 'inherit' });
    child.once('exit', (code) => {
      if (!stopping) {
        console.error(`The ${app} process stopped (exit code ${code}); stopping the service.`);
        void stopAll(code ?? 1);
      }
    });
    children.push(child);
  }
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
