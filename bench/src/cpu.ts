import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, in ms) a process has used, from /proc; null where /proc is not there.
 * CPU time is what a busy shared machine disturbs least: a process that waits for the CPU is not
 * charged for the wait, so "CPU ms per vote" stays comparable while wall-clock rates swing.
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU ms used so far by this process (the load generator and any floor run inside it). */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** The PostgreSQL backends serving a database now (one process per connection). */
export async function backendPids(ds: DataSource, database: string): Promise<number[]> {
  const rows = await ds.query<{ pid: number }[]>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]);
  return rows.map((r) => r.pid);
}

/** The CPU ms the given processes have used so far (processes that are gone count as 0). */
export function cpuOf(pids: readonly number[]): Map<number, number> {
  return new Map(pids.map((pid) => [pid, processCpuMs(pid) ?? 0]));
}

/** CPU used by processes between two readings (a process seen only in the second counts from 0). */
export function cpuSince(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** Where the CPU of a measured stretch went, in ms. */
export interface CpuSplit {
  /** Each group of service processes under test (the API, the workers); null where /proc could not be read. */
  services: Record<string, number | null>;
  /** PostgreSQL backends of the bench database. */
  database: number;
  /** This process: the load generator, and the floor's own client work. */
  generator: number;
}

/** A CPU split divided by a count (per vote, per change). */
export function perUnit(cpu: CpuSplit, units: number): CpuSplit {
  const per = (ms: number) => (units > 0 ? ms / units : 0);
  return {
    services: Object.fromEntries(Object.entries(cpu.services).map(([name, ms]) => [name, ms === null ? null : per(ms)])),
    database: per(cpu.database),
    generator: per(cpu.generator),
  };
}

/**
 * Measures the CPU of `work` split by who used it: each group of `services` (pids read before
 * and after), the bench database's backends (those connected at the end; a pooled connection
 * lives through a run), and this process.
 */
export async function measureCpu<T>(ds: DataSource, database: string, services: Record<string, readonly number[]>, work: () => Promise<T>): Promise<{ result: T; cpu: CpuSplit }> {
  const backendsBefore = cpuOf(await backendPids(ds, database));
  const servicesBefore = Object.fromEntries(Object.entries(services).map(([name, pids]) => [name, cpuOf(pids)]));
  const ownBefore = ownCpuMs();
  const result = await work();
  const ownAfter = ownCpuMs();
  const servicesUsed = Object.fromEntries(
    Object.entries(services).map(([name, pids]) => [name, pids.every((pid) => processCpuMs(pid) !== null) ? cpuSince(servicesBefore[name], cpuOf(pids)) : null]),
  );
  const backendsAfter = cpuOf(await backendPids(ds, database));
  return { result, cpu: { services: servicesUsed, database: cpuSince(backendsBefore, backendsAfter), generator: ownAfter - ownBefore } };
}

/**
 * A fixed piece of CPU work, timed: SHA-256 over the same 64 MiB, in 64 KiB pieces, three times,
 * keeping the fastest. Two result files can be compared through it (their machines' figures
 * scale roughly with it); it also shows when the machine was busy with something else.
 */
export function calibrate(): { ms: number; runs: number[] } {
  const piece = Buffer.alloc(64 * 1024, 7);
  const runs: number[] = [];
  for (let r = 0; r < 3; r += 1) {
    const began = performance.now();
    let digest = Buffer.alloc(32);
    for (let i = 0; i < 1024; i += 1) digest = createHash('sha256').update(piece).update(digest).digest();
    runs.push(performance.now() - began);
  }
  return { ms: Math.min(...runs), runs };
}
