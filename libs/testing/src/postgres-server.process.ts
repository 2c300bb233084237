import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../../../apps/launcher/src/embedded-postgres';

/**
 * Runs a private embedded PostgreSQL for a test (see postgres-server.ts) the way `npm start` runs
 * one, in a process of its own because the binaries' package is an ES module the test runner
 * cannot load. Reads commands on stdin ("stop", "start", "exit") and answers each on stdout;
 * prints "ready <port>" once serving.
 */
async function main(): Promise<void> {
  const port = Number(process.argv[2]);
  const dir = mkdtempSync(join(tmpdir(), 'compact-pg-'));
  // When run as root the server runs as a "postgres" user, which must be able to reach the folder.
  chmodSync(dir, 0o755);
  const start = () => startEmbeddedPostgres({ dataDir: dir, port, adopt: true });
  let server: EmbeddedPostgres | null = await start();
  const finish = async () => {
    await server?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.stdin.once('end', () => void finish());
  console.log(`ready ${port}`);
  for await (const line of createInterface({ input: process.stdin })) {
    const command = line.trim();
    if (command === 'stop') {
      await server?.stop();
      server = null;
      console.log('stopped');
    } else if (command === 'start') {
      server = await start();
      console.log('started');
    } else if (command === 'exit') {
      await finish();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
