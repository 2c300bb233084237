import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT_RUNTIME_DIR } from '../../apps/launcher/src/embedded-postgres';

/** Ends an embedded server left running by a test that failed half-way (the launcher normally stops it). */
export function killLeftoverServer(clusterDir: string): void {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 'SIGQUIT');
  } catch {
    // Already gone.
  }
}

/**
 * Removes a test's DATA_DIR with its embedded cluster, wherever the cluster had to live (as root,
 * under ROOT_RUNTIME_DIR when the server's user could not reach DATA_DIR), stopping a leftover server.
 */
export function removeEmbeddedData(dataDir: string): void {
  const link = join(dataDir, 'postgres');
  const clusterDir = existsSync(link) ? realpathSync(link) : link;
  killLeftoverServer(clusterDir);
  if (clusterDir.startsWith(`${ROOT_RUNTIME_DIR}/`)) rmSync(dirname(clusterDir), { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
