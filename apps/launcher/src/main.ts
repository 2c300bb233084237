import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { Role } from '@app/access';
import { Environment, EnvironmentError, NodeEnv, QueueBackend, shouldLoadSampleData, validateEnvironment } from '@app/core';
import { SAMPLE_STAFF } from '@app/sample';
import { developmentSecret } from './development-secret';
import { lineFormatter, LineFormatter } from './log-format';
import { describePrepared, prepareDatabase } from './prepare-database';
import { resolveDatabase, resolveQueue } from './services';

/** One process of the service: its app folder, and what it prints once it serves. */
interface ServiceProcess {
  app: string;
  ready: RegExp;
}

/** The service's processes, started in this order and stopped together, before the database. */
const PROCESSES: ServiceProcess[] = [
  { app: 'worker', ready: /Worker consuming/ },
  { app: 'api', ready: /API listening on/ },
  { app: 'web', ready: /Web app listening on/ },
];

/** How long a process may take to stop after SIGTERM before it is killed. */
const STOP_TIMEOUT_MS = 20_000;

interface Running {
  app: string;
  child: ChildProcess;
  exited: Promise<void>;
}

/**
 * `npm start`: finds (or starts) PostgreSQL and a queue backend, migrates, loads reference data,
 * then runs the API, the worker and the web app as child processes. Each child runs in a process group of its
 * own and the embedded PostgreSQL in a session of its own, so Ctrl-C reaches only the launcher,
 * which stops the processes first and the database last.
 */
async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  // The web app's address comes first; invitation links point at it unless APP_URL says otherwise.
  const webUrl = `http://${process.env.WEB_HOST || env.HOST}:${process.env.WEB_PORT || '3001'}`;
  console.log(`Web app: open ${webUrl} in a browser`);
  const databaseReady = resolveDatabase(env, { adopt: true });
  const running: Running[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (running.length > 0) console.log('Stopping the service…');
    await Promise.all(running.map(stopProcess));
    // Last, once nothing uses it (and once it has started, if it was still starting).
    await databaseReady.then((database) => database.stop()).catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  const database = await databaseReady;

  const queue = await resolveQueue(env);
  console.log(`Database: ${database.description} · Queues: ${queue.description}`);
  const prepared = await prepareDatabase(database.url, { sample: shouldLoadSampleData(env) }).catch(async (error: unknown) => {
    await database.stop().catch(() => undefined);
    throw error;
  });
  console.log(describePrepared(prepared));
  if (stopping) return;

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    QUEUE_BACKEND: queue.backend,
    ...(queue.backend === QueueBackend.REDIS ? { REDIS_URL: queue.redisUrl } : {}),
    // Development keeps its signing secret in DATA_DIR, so a restart signs nobody out.
    ...(!env.JWT_SECRET && env.NODE_ENV === NodeEnv.DEVELOPMENT ? { JWT_SECRET: developmentSecret(env.DATA_DIR) } : {}),
    APP_URL: process.env.APP_URL || webUrl,
    // The web app, on this machine, passes on each visitor's address: the API's rate limits count visitors, not the web app.
    TRUST_PROXY: process.env.TRUST_PROXY || 'loopback',
  };
  const format = lineFormatter({ pretty: env.NODE_ENV === NodeEnv.DEVELOPMENT, colour: Boolean(process.stdout.isTTY) });
  const waiting = new Set(PROCESSES.map((p) => p.app));
  for (const service of PROCESSES) {
    running.push(
      startProcess(service, childEnv, format, () => {
        waiting.delete(service.app);
        if (waiting.size === 0 && !stopping) printWelcome(env, webUrl, Boolean(prepared.sample), database.logFile);
      }, (code) => {
        if (stopping) return;
        console.error(`The ${service.app} process stopped (exit code ${code}); stopping the service.`);
        void stop(code ?? 1);
      }),
    );
  }
}

function startProcess(service: ServiceProcess, env: NodeJS.ProcessEnv, format: LineFormatter, onReady: () => void, onExit: (code: number | null) => void): Running {
  // Same file type as this one: compiled JS after the build, TypeScript under ts-node.
  const entry = join(__dirname, '..', '..', service.app, 'src', `main${extname(__filename)}`);
  // A process group of its own: the terminal's Ctrl-C goes to the launcher alone, which stops
  // each process once, in order.
  const child = fork(entry, [], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true });
  let ready = false;
  const relay = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    if (!stream) return;
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      // The launcher says where GraphiQL is once everything is ready.
      if (/^GraphiQL: open /.test(line)) return;
      out.write(`${format(service.app, line)}\n`);
      if (!ready && service.ready.test(line)) {
        ready = true;
        onReady();
      }
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code) => onExit(code));
  return { app: service.app, child, exited };
}

async function stopProcess({ child, exited }: Running): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** The lines a person needs, printed last so the logs above do not bury them. */
function printWelcome(env: Environment, webUrl: string, sample: boolean, databaseLog: string | undefined): void {
  const url = `http://${env.HOST}:${env.PORT}/graphql`;
  const graphiql = env.NODE_ENV !== NodeEnv.PRODUCTION && (env.GRAPHIQL ?? true);
  const admin = SAMPLE_STAFF.find((s) => s.role === Role.PROGRAMME_ADMIN);
  const lines = [
    '',
    'Compact is running: the web app, the API and the worker.',
    `Web app: open ${webUrl} in a browser`,
    graphiql ? `GraphiQL: open ${url} in a browser` : `GraphQL: ${url}`,
    ...(sample && admin
      ? [`Sign in as the sample programme admin: ask for a code for ${admin.email} (requestSignInCode); the code appears in this log. README.md, "Signing in locally", says more.`]
      : []),
    ...(databaseLog ? [`The embedded PostgreSQL's log: ${shortPath(databaseLog)}`] : []),
    'Stop with Ctrl-C.',
    '',
  ];
  console.log(lines.join('\n'));
}

/** A path under the current folder as a relative one; any other as it is. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
