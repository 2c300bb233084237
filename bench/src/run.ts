import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { BenchDatabase, createBenchDatabase, postgresVersion } from './database';
import { benchViewer } from './viewer';
import { FIXED_ANSWER_OFFERS, FIXED_ANSWER_TARGET, matrixScenario, MatrixTargetResult } from './scenarios/matrix';
import { voteStormScenario, VoteStormResult } from './scenarios/vote-storm';
import { rollupBurstScenario, RollupBurstResult } from './scenarios/rollup-burst';
import { reminderFanOutScenario, ReminderFanOutResult } from './scenarios/reminder-fan-out';
import { ROOT, runFromSource } from './processes';
import { rollupRequestOptions } from '@app/core';

/**
 * `npm run bench`: scenario results printed as a table and written to bench/results/latest.md.
 * BENCH_SCALES (default 1,3,10), BENCH_REPEAT (3), BENCH_SECONDS (5), BENCH_CONNECTIONS (8);
 * BENCH_ONLY=matrix|votes|rollups|reminders runs one scenario; BENCH_ROLLUP_CHANGES (10000),
 * BENCH_ROLLUP_OFFERS (300), BENCH_ROLLUP_CONCURRENCY (16), BENCH_REMINDERS (5000) size the job scenarios;
 * BENCH_SMTP_URL_QUERY (e.g. `?pool=true`) adds transport options to the workers' SMTP_URL.
 * BENCH_SMOKE=1 runs every scenario once at tiny size (the test suite does this).
 */
export interface BenchReport {
  markdown: string;
  matrix: { scale: number; counts: Record<string, number>; results: MatrixTargetResult[] }[];
  voteStorm: VoteStormResult | null;
  /** The run with the median headline figure, and every run. */
  rollupBurst: RollupBurstResult | null;
  rollupBurstRuns: RollupBurstResult[];
  reminderFanOut: ReminderFanOutResult | null;
  reminderFanOutRuns: ReminderFanOutResult[];
}

/** Runs a scenario `times` times, each on a fresh database of its own. */
async function repeated<T>(times: number, name: string, once: (db: BenchDatabase) => Promise<T>): Promise<T[]> {
  const runs: T[] = [];
  for (let i = 0; i < times; i += 1) {
    const db = await createBenchDatabase(0, `${process.pid}_${name}_${i}`, { generate: false });
    try {
      runs.push(await once(db));
    } finally {
      await db.drop();
    }
  }
  return runs;
}

/** The run whose figure is the median (a run that never finished counts as slowest). */
function medianRun<T>(runs: T[], figure: (run: T) => number | null): T {
  const sorted = [...runs].sort((a, b) => (figure(a) ?? Infinity) - (figure(b) ?? Infinity));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const inSeconds = (ms: number | null) => (ms === null ? 'never' : `${(ms / 1000).toFixed(2)} s`);

/** Targets of the job scenarios. */
export const TARGETS = { rollupConvergedMs: 5000, remindersDeliveredMs: 30_000, votesPerSecond: 1500, matrixP99VsFloor: 2, matrixRpsVsPostGraphile: 1 };

/** How many completed recompute jobs the rollups queue keeps (beyond that, the database count is the only full one). */
const KEPT_COMPLETED = rollupRequestOptions('', 0).removeOnComplete;

const met = (ok: boolean) => (ok ? 'met' : '**missed**');

export async function runBench(env: NodeJS.ProcessEnv = process.env): Promise<BenchReport> {
  const smoke = env.BENCH_SMOKE === '1';
  runFromSource(env.BENCH_FROM_SOURCE === '1');
  const scales = smoke ? [1] : (env.BENCH_SCALES ?? '1,3,10').split(',').map(Number);
  const repeat = smoke ? 1 : Number(env.BENCH_REPEAT ?? 3);
  const seconds = Number(env.BENCH_SECONDS ?? 5);
  const connections = smoke ? 2 : Number(env.BENCH_CONNECTIONS ?? 8);
  const report: BenchReport = { markdown: '', matrix: [], voteStorm: null, rollupBurst: null, rollupBurstRuns: [], reminderFanOut: null, reminderFanOutRuns: [] };
  let pgVersion = '';

  const only = env.BENCH_ONLY;
  for (const scale of only && only !== 'matrix' ? [] : scales) {
    const db = await createBenchDatabase(scale);
    try {
      pgVersion = await postgresVersion(db.dataSource);
      const viewer = await benchViewer(db.dataSource);
      const results = await matrixScenario(db, {
        connections,
        repeat,
        duration: smoke ? undefined : seconds,
        amount: smoke ? 4 : undefined,
        apiHeaders: viewer.headers,
        apiEnv: viewer.apiEnv,
      });
      report.matrix.push({ scale, counts: { ...db.counts }, results });
    } finally {
      await db.drop();
    }
  }

  const storm = only && only !== 'votes' ? null : await createBenchDatabase(0, `${process.pid}_storm`, { generate: false });
  if (storm) try {
    const viewer = await benchViewer(storm.dataSource);
    report.voteStorm = await voteStormScenario(storm, {
      members: smoke ? 10 : Number(env.BENCH_VOTERS ?? 1000),
      proposals: smoke ? 2 : 10,
      concurrency: smoke ? 2 : Number(env.BENCH_VOTE_CONCURRENCY ?? 32),
      apiEnv: viewer.apiEnv,
    });
  } finally {
    await storm.drop();
  }

  if (!only || only === 'rollups') {
    report.rollupBurstRuns = await repeated(repeat, `rollups`, async (db) => {
      pgVersion ||= await postgresVersion(db.dataSource);
      return rollupBurstScenario(db, {
        offers: smoke ? 3 : Number(env.BENCH_ROLLUP_OFFERS ?? 300),
        changes: smoke ? 120 : Number(env.BENCH_ROLLUP_CHANGES ?? 10_000),
        concurrency: smoke ? 4 : Number(env.BENCH_ROLLUP_CONCURRENCY ?? 16),
        // The smoke run's debounce outlasts its whole burst: one job per offer is then the budget.
        debounceMs: smoke ? 10_000 : Number(env.ROLLUP_DEBOUNCE_MS ?? 2000),
        timeoutMs: smoke ? 60_000 : 120_000,
      });
    });
    report.rollupBurst = medianRun(report.rollupBurstRuns, (r) => r.convergedMs);
  }

  if (!only || only === 'reminders') {
    report.reminderFanOutRuns = await repeated(repeat, `reminders`, async (db) => {
      pgVersion ||= await postgresVersion(db.dataSource);
      return reminderFanOutScenario(db, {
        members: smoke ? 20 : Number(env.BENCH_REMINDERS ?? 5000),
        workers: 2,
        timeoutMs: smoke ? 60_000 : 120_000,
        smtpUrlQuery: env.BENCH_SMTP_URL_QUERY ?? '',
      });
    });
    report.reminderFanOut = medianRun(report.reminderFanOutRuns, (r) => r.deliveredMs);
  }

  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push(`- When: ${new Date().toISOString()}`);
  lines.push(`- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  lines.push(`- Node ${process.version}, PostgreSQL ${pgVersion}`);
  lines.push(`- Each figure is the median of ${repeat} run(s) of ${smoke ? 'a few requests' : `${seconds} s`} with ${connections} connections on loopback.`, '');
  lines.push('## 1 and 5. Directors\' matrix (all offers × 33 LAs), and how it grows', '');
  lines.push('| scale | agreement rows | history rows | target | req/s | p50 ms | p99 ms | errors | p99 vs floor | req/s vs PostGraphile |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const m of report.matrix) {
    const floor = m.results.find((r) => r.target === 'raw SQL floor');
    const pg = m.results.find((r) => r.target === 'PostGraphile v4');
    for (const r of m.results.filter((x) => x.target !== FIXED_ANSWER_TARGET)) {
      lines.push(
        `| ${m.scale}× | ${m.counts.agreements} | ${m.counts.history} | ${r.target} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} | ` +
          `${floor && floor.p99 > 0 ? (r.p99 / floor.p99).toFixed(2) + '×' : '—'} | ${pg && pg.rps > 0 ? (r.rps / pg.rps).toFixed(2) + '×' : '—'} |`,
      );
    }
  }
  const largest = report.matrix[report.matrix.length - 1];
  const api = largest?.results.find((x) => x.target === 'Compact API');
  const pgAtLargest = largest?.results.find((x) => x.target === 'PostGraphile v4');
  const floorAtLargest = largest?.results.find((x) => x.target === 'raw SQL floor');
  if (api && pgAtLargest && floorAtLargest && pgAtLargest.rps > 0 && floorAtLargest.p99 > 0) {
    const rpsRatio = api.rps / pgAtLargest.rps;
    const p99Ratio = api.p99 / floorAtLargest.p99;
    lines.push(
      '',
      `Targets at ${largest.scale}×: throughput ≥ PostGraphile's — ${met(rpsRatio >= TARGETS.matrixRpsVsPostGraphile)} (${rpsRatio.toFixed(2)}×); ` +
        `p99 ≤ ${TARGETS.matrixP99VsFloor}× the floor's — ${met(p99Ratio <= TARGETS.matrixP99VsFloor)} (${p99Ratio.toFixed(2)}×).`,
    );
  }
  const growth = report.matrix.map((m) => ({ m, all: m.results.find((x) => x.target === 'Compact API'), fixed: m.results.find((x) => x.target === FIXED_ANSWER_TARGET) }));
  const base = growth[0];
  if (base?.all && base.fixed) {
    lines.push('', `Growth: the API's p50 for every offer (the answer grows with the data) and for a fixed ${FIXED_ANSWER_OFFERS} offers (the answer stays one size while the history grows), relative to ${base.m.scale}×.`, '');
    lines.push(`| scale | history rows | all offers: rows | p50 ms | vs ${base.m.scale}× | ${FIXED_ANSWER_OFFERS} offers: rows | p50 ms | vs ${base.m.scale}× | errors |`);
    lines.push('|---|---|---|---|---|---|---|---|---|');
    for (const g of growth) {
      if (!g.all || !g.fixed) continue;
      const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
      lines.push(
        `| ${g.m.scale}× | ${g.m.counts.history} | ${g.all.rows} | ${g.all.p50} | ${ratio(g.all.p50, base.all.p50)} | ${g.fixed.rows} | ${g.fixed.p50} | ${ratio(g.fixed.p50, base.fixed.p50)} | ${g.fixed.errors + g.fixed.non2xx} |`,
      );
    }
  }
  const v = report.voteStorm;
  if (v) {
    lines.push('', '## 2. Vote storm', '');
    lines.push('| members | proposals | votes (cast + changed) | seconds | votes/s | p50 ms | p99 ms | errors | tally mismatches |');
    lines.push('|---|---|---|---|---|---|---|---|---|');
    lines.push(`| ${v.members} | ${v.proposals} | ${v.requests} | ${v.seconds.toFixed(2)} | ${v.votesPerSecond.toFixed(0)} | ${v.p50.toFixed(1)} | ${v.p99.toFixed(1)} | ${v.errors} | ${v.tallyMismatches} |`);
    lines.push(
      '',
      `Targets: ≥ ${TARGETS.votesPerSecond} votes/s — ${met(v.votesPerSecond >= TARGETS.votesPerSecond)} (${(v.votesPerSecond / TARGETS.votesPerSecond).toFixed(2)}× the target); ` +
        `no errors — ${met(v.errors === 0)}; tallies exactly as generated — ${met(v.tallyMismatches === 0)}.`,
    );
  }
  const r = report.rollupBurst;
  if (r) {
    lines.push('', '## 3. Rollup burst', '');
    lines.push(
      `${r.changes} agreement-status changes (${r.requests} requests, ${r.bulkRequests} of them bulk updates of up to 10) from the officers of ` +
        `33 LAs to ${r.offers} endorsed offers (${r.agreements} agreements), through the API with one worker; rollup debounce ${r.debounceMs} ms.`,
      '',
    );
    lines.push('| measure | figure | target | |', '|---|---|---|---|');
    lines.push(`| writes/s | ${r.writesPerSecond.toFixed(0)} (${r.writeSeconds.toFixed(1)} s; p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms) | — | |`);
    lines.push(`| refused writes | ${r.errors} | 0 | ${met(r.errors === 0)} |`);
    lines.push(
      `| last accepted write → every rollup equals a recomputation | ${inSeconds(r.convergedMs)} | ≤ ${TARGETS.rollupConvergedMs / 1000} s | ` +
        `${met(r.convergedMs !== null && r.convergedMs <= TARGETS.rollupConvergedMs)} |`,
    );
    lines.push(
      `| recompute jobs run (completed on the queue: ${r.completedJobs >= KEPT_COMPLETED ? `the last ${KEPT_COMPLETED} kept` : r.completedJobs}, failed: ${r.failedJobs}) | ${r.rollupWrites} (${(r.rollupWrites / r.offers).toFixed(2)} per offer) | ` +
        `≤ ${r.jobBudget} (one per offer per ${r.debounceMs} ms window with a change) | ${met(r.rollupWrites <= r.jobBudget)} |`,
    );
    const runs = report.rollupBurstRuns;
    lines.push(
      '',
      `The median of ${runs.length} run(s) by time to correct rollups: ${runs.map((x) => inSeconds(x.convergedMs)).join(', ')}; ` +
        `recompute jobs ${runs.map((x) => x.rollupWrites).join(', ')}; over all runs ${runs.reduce((n, x) => n + x.errors, 0)} refused writes and ` +
        `${runs.reduce((n, x) => n + x.drifted, 0)} rollups still differing once every job had run. ` +
        `At the last write ${r.backlog.events} domain events were still to be handled and ${r.backlog.rollups} offers' recomputes were waiting out the debounce.`,
    );
  }
  const f = report.reminderFanOut;
  if (f) {
    lines.push('', '## 4. Reminder fan-out', '');
    lines.push(
      `A CiCC consultation closing within a day; none of its ${f.members} members has voted. The closing-reminder rule is triggered through the ` +
        `queue with the clock moved; ${f.workers} worker processes deliver by SMTP (SMTP_URL smtp://127.0.0.1:<port>${f.smtpUrlQuery}) to a real ` +
        `server on loopback, which counts every message.`,
      '',
    );
    lines.push('| measure | figure | target | |', '|---|---|---|---|');
    lines.push(`| reminders due / created by the rule | ${f.due} / ${f.created} | ${f.members} | ${met(f.due === f.members && f.created === f.members)} |`);
    lines.push(
      `| trigger → all delivered | ${inSeconds(f.deliveredMs)} (${f.mailsPerSecond.toFixed(0)} mails/s) | < ${TARGETS.remindersDeliveredMs / 1000} s | ` +
        `${met(f.deliveredMs !== null && f.deliveredMs < TARGETS.remindersDeliveredMs)} |`,
    );
    lines.push(`| duplicates | ${f.duplicates} | 0 | ${met(f.duplicates === 0)} |`);
    lines.push(`| missing | ${f.missing} | 0 | ${met(f.missing === 0)} |`);
    lines.push(`| mail to anyone else | ${f.unexpected} | 0 | ${met(f.unexpected === 0)} |`);
    const runs = report.reminderFanOutRuns;
    lines.push(
      '',
      `The median of ${runs.length} run(s) by delivery time: ${runs.map((x) => inSeconds(x.deliveredMs)).join(', ')}; over all runs ` +
        `${runs.reduce((n, x) => n + x.duplicates, 0)} duplicates and ${runs.reduce((n, x) => n + x.missing, 0)} missing.`,
    );
  }
  report.markdown = lines.join('\n') + '\n';
  return report;
}

if (require.main === module) {
  runBench()
    .then((report) => {
      console.log(report.markdown);
      // latest.md holds the last full run, so that it can be compared across commits; a run of
      // one scenario goes to its own file beside it.
      if (process.env.BENCH_SMOKE !== '1') {
        const file = process.env.BENCH_ONLY ? `latest-${process.env.BENCH_ONLY}.md` : 'latest.md';
        mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
        writeFileSync(join(ROOT, 'bench', 'results', file), report.markdown);
      }
      process.exit(0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
