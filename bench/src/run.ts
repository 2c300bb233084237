import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { BenchDatabase, createBenchDatabase, postgresVersion } from './database';
import { benchViewer } from './viewer';
import { COLUMNS_TARGET, FIXED_ANSWER_OFFERS, FIXED_ANSWER_TARGET, matrixScenario, MatrixTargetResult } from './scenarios/matrix';
import { voteStormScenario, VoteStormResult } from './scenarios/vote-storm';
import { rollupBurstScenario, RollupBurstResult } from './scenarios/rollup-burst';
import { reminderFanOutScenario, ReminderFanOutResult } from './scenarios/reminder-fan-out';
import { webVotesScenario, WebVotesResult } from './scenarios/web-votes';
import { progressPageScenario, ProgressPageResult } from './scenarios/progress-page';
import { ROOT, runFromSource } from './processes';
import { rollupRequestOptions } from '@app/core';
import { SMTP_POOL_CONNECTIONS } from '@app/mail';
import { calibrate, CpuSplit } from './cpu';

/**
 * `npm run bench`: scenario results printed as a table and written to bench/results/latest.md.
 * BENCH_SCALES (default 1,3,10), BENCH_REPEAT (3), BENCH_SECONDS (5), BENCH_CONNECTIONS (8);
 * BENCH_ONLY=matrix|progress|votes|webvotes|rollups|reminders runs one scenario (progress: the directors' web page at the largest scale); BENCH_WEB_VOTERS (1000) sizes the evening of voting through the web; BENCH_ROLLUP_CHANGES (10000),
 * BENCH_ROLLUP_OFFERS (300), BENCH_ROLLUP_CONCURRENCY (16), BENCH_ROLLUP_WORKERS (1), BENCH_REMINDERS (5000) size the job
 * scenarios; OUTBOX_POLL_MS, OUTBOX_BATCH_SIZE, ROLLUP_BATCH_SIZE, WORKER_CONCURRENCY and ROLLUP_DEBOUNCE_MS go to the burst's workers;
 * BENCH_SMTP_URL_QUERY (e.g. `?pool=true`) adds transport options to the workers' SMTP_URL.
 * BENCH_SMOKE=1 runs every scenario once at tiny size (the test suite does this).
 */
export interface BenchReport {
  markdown: string;
  /** The fixed CPU work's time (ms) at the start and at the end of the run. */
  calibration: { before: number; after: number };
  matrix: { scale: number; counts: Record<string, number>; results: MatrixTargetResult[] }[];
  voteStorm: VoteStormResult | null;
  webVotes: WebVotesResult | null;
  progressPage: ProgressPageResult | null;
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

/** The run whose figure is the median (a run that never finished, null, counts as the worst). */
function medianRun<T>(runs: T[], figure: (run: T) => number | null): T {
  const sorted = [...runs].sort((a, b) => (figure(a) ?? Infinity) - (figure(b) ?? Infinity));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const inSeconds = (ms: number | null) => (ms === null ? 'never' : `${(ms / 1000).toFixed(2)} s`);

/**
 * Every target is a ratio to a floor measured in the same run, so a result holds on any machine:
 * the API against the same statements sent straight to PostgreSQL, the workers against the API's
 * own write rate and a full recomputation, the mail fan-out against one process sending the same
 * messages, the matrix against PostGraphile and a raw-SQL floor.
 */
export const TARGETS = {
  /** Vote storm: API votes/s ÷ the pg floor's. */
  votesVsFloor: 0.7,
  /** Rollup burst: events still to handle at the last write, in seconds of writes. */
  rollupBacklogSeconds: 1,
  /** Rollup burst: last write → rollups correct, ÷ (debounce window + one full recomputation). */
  rollupConvergedVsFloor: 1,
  /** Reminder fan-out: the workers' mails/s ÷ one process sending the same messages. */
  remindersVsFloor: 0.5,
  /** Matrix: req/s ÷ PostGraphile's, at every scale. */
  matrixRpsVsPostGraphile: 1.2,
  /** Matrix: p99 ÷ the raw-SQL floor's, at the largest scale (10×). */
  matrixP99VsFloor: 1.3,
  /** The directors' progress page at the largest scale: p95 ÷ its agreementMatrix query's p95. */
  progressPageVsQuery: 1.5,
  /** Voting through the web app: votes/s ÷ the same votes sent straight to GraphQL. */
  webVotesVsDirect: 0.5,
};

/** How many completed recompute jobs the rollups queue keeps (beyond that, the database count is the only full one). */
const KEPT_COMPLETED = rollupRequestOptions('', 0).removeOnComplete;

const met = (ok: boolean) => (ok ? 'met' : '**missed**');
const x = (ratio: number | null) => (ratio === null || !Number.isFinite(ratio) ? '—' : `${ratio.toFixed(2)}×`);
const ms = (value: number | null) => (value === null ? '—' : value.toFixed(2));
/** "API 1.20 · database 0.40 · …" for a CPU split per unit. */
const cpuLine = (cpu: CpuSplit) =>
  [...Object.entries(cpu.services).map(([name, v]) => `${name} ${ms(v)}`), `database ${ms(cpu.database)}`, `bench process ${ms(cpu.generator)}`].join(' · ');

export async function runBench(env: NodeJS.ProcessEnv = process.env): Promise<BenchReport> {
  const smoke = env.BENCH_SMOKE === '1';
  runFromSource(env.BENCH_FROM_SOURCE === '1');
  const scales = smoke ? [1] : (env.BENCH_SCALES ?? '1,3,10').split(',').map(Number);
  const repeat = smoke ? 1 : Number(env.BENCH_REPEAT ?? 3);
  const seconds = Number(env.BENCH_SECONDS ?? 5);
  const connections = smoke ? 2 : Number(env.BENCH_CONNECTIONS ?? 8);
  const calibrationBefore = calibrate();
  const report: BenchReport = {
    markdown: '', calibration: { before: calibrationBefore.ms, after: 0 }, matrix: [], voteStorm: null, webVotes: null, progressPage: null, rollupBurst: null, rollupBurstRuns: [], reminderFanOut: null, reminderFanOutRuns: [],
  };
  let pgVersion = '';

  const only = env.BENCH_ONLY;
  const largestScale = Math.max(...scales);
  for (const scale of only && only !== 'matrix' && only !== 'progress' ? [] : scales) {
    // The directors' page is measured on the largest scale's data, beside the matrix.
    if (only === 'progress' && scale !== largestScale) continue;
    const db = await createBenchDatabase(scale);
    try {
      pgVersion = await postgresVersion(db.dataSource);
      const viewer = await benchViewer(db.dataSource);
      if (only !== 'progress') {
        const results = await matrixScenario(db, {
          connections,
          repeat,
          duration: smoke ? undefined : seconds,
          amount: smoke ? 4 : undefined,
          apiHeaders: viewer.headers,
          apiEnv: viewer.apiEnv,
        });
        report.matrix.push({ scale, counts: { ...db.counts }, results });
      }
      if (scale === largestScale && (!only || only === 'progress')) {
        report.progressPage = await progressPageScenario(db, {
          connections,
          rounds: repeat,
          seconds: smoke ? undefined : seconds,
          amount: smoke ? 4 : undefined,
          directorEmail: viewer.email,
          apiHeaders: viewer.headers,
          apiEnv: viewer.apiEnv,
        });
      }
    } finally {
      await db.drop();
    }
  }

  const storm = only && only !== 'votes' ? null : await createBenchDatabase(0, `${process.pid}_storm`, { generate: false });
  if (storm) try {
    pgVersion ||= await postgresVersion(storm.dataSource);
    const viewer = await benchViewer(storm.dataSource);
    report.voteStorm = await voteStormScenario(storm, {
      members: smoke ? 10 : Number(env.BENCH_VOTERS ?? 1000),
      proposals: smoke ? 2 : 10,
      concurrency: smoke ? 2 : Number(env.BENCH_VOTE_CONCURRENCY ?? 32),
      rounds: repeat,
      poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
      apiEnv: viewer.apiEnv,
    });
  } finally {
    await storm.drop();
  }

  const evening = only && only !== 'webvotes' ? null : await createBenchDatabase(0, `${process.pid}_web_votes`, { generate: false });
  if (evening) try {
    pgVersion ||= await postgresVersion(evening.dataSource);
    const viewer = await benchViewer(evening.dataSource);
    report.webVotes = await webVotesScenario(evening, {
      members: smoke ? 6 : Number(env.BENCH_WEB_VOTERS ?? 1000),
      proposals: smoke ? 2 : 10,
      concurrency: smoke ? 2 : Number(env.BENCH_VOTE_CONCURRENCY ?? 32),
      rounds: repeat,
      poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
      apiEnv: viewer.apiEnv,
    });
  } finally {
    await evening.drop();
  }

  if (!only || only === 'rollups') {
    // Worker settings for the burst: any of these given to the bench go to its workers.
    const workerEnv = Object.fromEntries(
      ['OUTBOX_POLL_MS', 'OUTBOX_BATCH_SIZE', 'ROLLUP_BATCH_SIZE', 'WORKER_CONCURRENCY'].filter((k) => env[k]).map((k) => [k, env[k] as string]),
    );
    report.rollupBurstRuns = await repeated(repeat, `rollups`, async (db) => {
      pgVersion ||= await postgresVersion(db.dataSource);
      return rollupBurstScenario(db, {
        offers: smoke ? 3 : Number(env.BENCH_ROLLUP_OFFERS ?? 300),
        changes: smoke ? 120 : Number(env.BENCH_ROLLUP_CHANGES ?? 10_000),
        concurrency: smoke ? 4 : Number(env.BENCH_ROLLUP_CONCURRENCY ?? 16),
        workers: Number(env.BENCH_ROLLUP_WORKERS ?? 1),
        workerEnv,
        // The smoke run's debounce outlasts its whole burst: one job per offer is then the budget.
        debounceMs: smoke ? 10_000 : Number(env.ROLLUP_DEBOUNCE_MS ?? 2000),
        timeoutMs: smoke ? 60_000 : 120_000,
      });
    });
    report.rollupBurst = medianRun(report.rollupBurstRuns, (r) => (r.convergedMs === null ? null : r.convergedMs / (r.debounceMs + r.fullRecomputeMs)));
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
    // The median by ratio (a run that never delivered everything counts as slowest).
    report.reminderFanOut = medianRun(report.reminderFanOutRuns, (r) => (r.deliveredMs === null ? null : -r.ratio));
  }
  report.calibration.after = calibrate().ms;

  const verdicts: string[] = [];
  const verdict = (scenario: string, measure: string, figure: string, target: string, ok: boolean) => verdicts.push(`| ${scenario} | ${measure} | ${figure} | ${target} | ${met(ok)} |`);
  const body: string[] = [];

  if (report.matrix.length > 0) {
    body.push('', "## 1 and 5. Directors' matrix (all offers × 33 LAs), and how it grows", '');
    body.push(`Each figure is the median of ${repeat} run(s) of ${smoke ? 'a few requests' : `${seconds} s`} with ${connections} connections on loopback; cold answers (no HTTP caching).`, '');
    body.push('| scale | agreement rows | history rows | target | req/s | p50 ms | p99 ms | errors | req/s ÷ PostGraphile | p99 ÷ raw floor |');
    body.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const m of report.matrix) {
      const floor = m.results.find((r) => r.target === 'raw SQL floor');
      const pg = m.results.find((r) => r.target === 'PostGraphile v4');
      for (const r of m.results.filter((t) => t.target !== FIXED_ANSWER_TARGET)) {
        body.push(
          `| ${m.scale}× | ${m.counts.agreements} | ${m.counts.history} | ${r.target} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} | ` +
            `${x(pg && pg.rps > 0 ? r.rps / pg.rps : null)} | ${x(floor && floor.p99 > 0 ? r.p99 / floor.p99 : null)} |`,
        );
      }
      for (const api of m.results.filter((t) => t.target === 'Compact API' || t.target === COLUMNS_TARGET)) {
        if (pg && pg.rps > 0) verdict('Matrix', `${m.scale}×: ${api.target} req/s ÷ PostGraphile's`, x(api.rps / pg.rps), `≥ ${TARGETS.matrixRpsVsPostGraphile}×`, api.rps / pg.rps >= TARGETS.matrixRpsVsPostGraphile);
      }
    }
    const largest = report.matrix[report.matrix.length - 1];
    const floor = largest.results.find((t) => t.target === 'raw SQL floor');
    for (const api of largest.results.filter((t) => t.target === 'Compact API' || t.target === COLUMNS_TARGET)) {
      if (floor && floor.p99 > 0) verdict('Matrix', `${largest.scale}×: ${api.target} p99 ÷ the raw floor's`, x(api.p99 / floor.p99), `≤ ${TARGETS.matrixP99VsFloor}×`, api.p99 / floor.p99 <= TARGETS.matrixP99VsFloor);
    }
    const growth = report.matrix.map((m) => ({ m, all: m.results.find((t) => t.target === 'Compact API'), fixed: m.results.find((t) => t.target === FIXED_ANSWER_TARGET) }));
    const base = growth[0];
    if (base?.all && base.fixed) {
      body.push('', `Growth: the API's p50 for every offer (the answer grows with the data) and for a fixed ${FIXED_ANSWER_OFFERS} offers (the answer stays one size while the history grows), relative to ${base.m.scale}×.`, '');
      body.push(`| scale | history rows | all offers: rows | p50 ms | vs ${base.m.scale}× | ${FIXED_ANSWER_OFFERS} offers: rows | p50 ms | vs ${base.m.scale}× | errors |`);
      body.push('|---|---|---|---|---|---|---|---|---|');
      for (const g of growth) {
        if (!g.all || !g.fixed) continue;
        body.push(
          `| ${g.m.scale}× | ${g.m.counts.history} | ${g.all.rows} | ${g.all.p50} | ${x(base.all.p50 > 0 ? g.all.p50 / base.all.p50 : null)} | ${g.fixed.rows} | ${g.fixed.p50} | ${x(base.fixed.p50 > 0 ? g.fixed.p50 / base.fixed.p50 : null)} | ${g.fixed.errors + g.fixed.non2xx} |`,
        );
      }
    }
  }

  const pp = report.progressPage;
  if (pp) {
    body.push('', "## 1b. The directors' page, London's progress", '');
    body.push(
      `A director signed in through the web app's pages opens London's progress (${pp.offers} offers × ${pp.authorities} authorities: the overview map, progress per offer, House, ICS area and ` +
        `sub-regional partnership) from ${connections} tabs at once, ${smoke ? 'a few times' : `for ${seconds} s`}; in the same run the same director asks the API for the page's agreementMatrix ` +
        `alone at the same concurrency. Rounds alternate the two; the median round of each by p95. Production settings; pages compressed as the web app sends them.`,
      '',
    );
    body.push('| target | requests | req/s | p50 ms | p95 ms | bytes per answer | errors |', '|---|---|---|---|---|---|---|');
    for (const run of [pp.page, pp.query]) body.push(`| ${run.target} | ${run.requests} | ${run.rps.toFixed(1)} | ${run.p50.toFixed(1)} | ${run.p95.toFixed(1)} | ${run.bytes} | ${run.errors} |`);
    body.push('', `Rounds (p95 ms): page ${pp.pageRuns.map((t) => t.p95.toFixed(0)).join(', ')}; query ${pp.queryRuns.map((t) => t.p95.toFixed(0)).join(', ')}.`);
    verdict("Directors' page", "London's progress p95 ÷ its agreementMatrix query's p95", x(pp.p95Ratio), `≤ ${TARGETS.progressPageVsQuery}×`, pp.p95Ratio <= TARGETS.progressPageVsQuery);
    verdict("Directors' page", 'errors (page; query)', `${pp.pageRuns.reduce((n, t) => n + t.errors, 0)}; ${pp.queryRuns.reduce((n, t) => n + t.errors, 0)}`, '0; 0', [...pp.pageRuns, ...pp.queryRuns].every((t) => t.errors === 0));
  }

  const v = report.voteStorm;
  if (v) {
    body.push('', '## 2. Vote storm', '');
    body.push(
      `${v.members} signed-in CiCC members each vote on ${v.proposals} open proposals, then change every vote, from ${v.concurrency} loops at once. ` +
        `The floor sends the API's two statements per vote (the session check, then the vote statement, each prepared on its connection) straight to ` +
        `PostgreSQL with \`pg\`, from as many loops through a pool of ${v.poolSize} connections (the API's pool size), for the same members and proposals. ` +
        `Rounds alternate floor and API (votes cleared before each); the median round of each by votes/s.`,
      '',
    );
    body.push('| target | votes (cast + changed) | seconds | votes/s | p50 ms | p99 ms | errors | tally mismatches | CPU ms per vote |');
    body.push('|---|---|---|---|---|---|---|---|---|');
    for (const r of [v.api, v.floor, v.framework]) {
      body.push(`| ${r.target} | ${r.requests} | ${r.seconds.toFixed(2)} | ${r.votesPerSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.tallyMismatches} | ${cpuLine(r.cpuPerVote)} |`);
    }
    body.push('', `Rounds (votes/s): API ${v.apiRuns.map((r) => r.votesPerSecond.toFixed(0)).join(', ')}; floor ${v.floorRuns.map((r) => r.votesPerSecond.toFixed(0)).join(', ')}.`);
    body.push(
      '',
      `Where the rest goes: the same API process answers the same members' signed-in requests that ask for nothing (\`{ __typename }\`: HTTP, the session check, ` +
        `the middleware, Nest and Apollo; no vote) at ${v.framework.votesPerSecond.toFixed(0)}/s, ${x(v.framework.votesPerSecond / Math.max(v.floor.votesPerSecond, 1e-9))} the pg floor; ` +
        `votes run at ${x(v.frameworkRatio)} of that rate. A vote through the API can be no faster than its empty request, so the framework's own cost per request bounds the ratio to the floor.`,
    );
    const runs = [...v.apiRuns, ...v.floorRuns];
    verdict('Vote storm', 'API votes/s ÷ the pg floor\'s', x(v.ratio), `≥ ${TARGETS.votesVsFloor}×`, v.ratio >= TARGETS.votesVsFloor);
    verdict('Vote storm', 'errors, every round', String(runs.reduce((n, r) => n + r.errors, 0)), '0', runs.every((r) => r.errors === 0));
    verdict('Vote storm', 'tally mismatches, every round', String(runs.reduce((n, r) => n + r.tallyMismatches, 0)), '0', runs.every((r) => r.tallyMismatches === 0));
  }

  const w = report.webVotes;
  if (w) {
    body.push('', '## 2b. An evening of voting through the web', '');
    body.push(
      `${w.members} CiCC members each sign in through the web app's pages (email, then the code read from their email on a real SMTP server), open a proposal ` +
        `(one of ${w.proposals}), open its vote page, send the form and land back on the proposal with their vote counted: ${w.concurrency} members at once, each from an address ` +
        `of their own. In the same run the same members cast the same votes straight to the API's GraphQL (castVote with their bearer tokens) at the same concurrency. ` +
        `Rounds alternate the two, votes cleared before each; the median round of each by votes/s. Production settings for both processes (compressed pages, sessions in PostgreSQL).`,
      '',
    );
    body.push('| target | votes | seconds | votes/s | errors | tally mismatches | CPU ms per vote |', '|---|---|---|---|---|---|---|');
    for (const run of [w.web, w.inline, w.direct, w.operations]) {
      body.push(`| ${run.target} | ${run.votes} | ${run.seconds.toFixed(2)} | ${run.votesPerSecond.toFixed(0)} | ${run.errors} | ${run.tallyMismatches} | ${cpuLine(run.cpuPerVote)} |`);
    }
    body.push('', `Rounds (votes/s): web ${w.webRuns.map((t) => t.votesPerSecond.toFixed(0)).join(', ')}; straight to GraphQL ${w.directRuns.map((t) => t.votesPerSecond.toFixed(0)).join(', ')}; the pages' operations ${w.operationsRuns.map((t) => t.votesPerSecond.toFixed(0)).join(', ')}; form on the proposal page ${w.inlineRuns.map((t) => t.votesPerSecond.toFixed(0)).join(', ')}.`);
    body.push(
      '',
      `Where the rest goes: a vote through the web is four requests (the proposal, its vote page, the form, the proposal again), and each page is one API operation. ` +
        `The same four operations sent straight to the API run at ${x(w.operations.votesPerSecond / Math.max(w.direct.votesPerSecond, 1e-9))} of the castVote-only rate: that is the floor for any web app that reads through the API, ` +
        `whatever it does itself. The web app runs at ${x(w.web.votesPerSecond / Math.max(w.operations.votesPerSecond, 1e-9))} of its own operations' rate (sessions, CSRF, rendering, compression, its HTTP client). ` +
        `A second design, the vote form on the proposal page itself (three requests, no vote page), runs at ${x(w.inline.votesPerSecond / Math.max(w.direct.votesPerSecond, 1e-9))} of castVote's rate.`,
      '',
    );
    body.push('| page (median web round) | requests | p50 ms | p95 ms | bytes sent (compressed) | HTML bytes |', '|---|---|---|---|---|---|');
    for (const p of [...w.signIn.pages.map((p) => ({ ...p, page: `signing in: ${p.page}` })), ...w.pages]) {
      body.push(`| ${p.page} | ${p.count} | ${p.p50.toFixed(1)} | ${p.p95.toFixed(1)} | ${p.bytes} | ${p.htmlBytes} |`);
    }
    body.push('', `Signing in: ${w.members - w.signIn.errors} members in ${w.signIn.seconds.toFixed(1)} s (${w.signIn.perSecond.toFixed(0)}/s), ${w.signIn.errors} failed.`);
    const allRuns = [...w.webRuns, ...w.inlineRuns, ...w.directRuns, ...w.operationsRuns];
    const p95 = Math.max(...w.pages.filter((p) => !p.page.includes('303')).map((p) => p.p95));
    verdict('Voting through the web', 'web votes/s ÷ the same votes straight to GraphQL', x(w.ratio), `≥ ${TARGETS.webVotesVsDirect}×`, w.ratio >= TARGETS.webVotesVsDirect);
    verdict('Voting through the web', 'the same with the vote form on the proposal page (a design measured beside it) ÷ straight to GraphQL', x(w.inline.votesPerSecond / Math.max(w.direct.votesPerSecond, 1e-9)), 'reported', true);
    verdict('Voting through the web', "web votes/s ÷ the pages' own GraphQL operations straight to the API (the web app's own cost)", x(w.web.votesPerSecond / Math.max(w.operations.votesPerSecond, 1e-9)), 'reported', true);
    verdict('Voting through the web', 'slowest page p95 (ms); largest page (bytes compressed)', `${p95.toFixed(0)}; ${Math.max(...w.pages.map((p) => p.bytes))}`, 'reported', true);
    verdict('Voting through the web', 'errors; tally mismatches (all rounds, and sign-ins)', `${allRuns.reduce((n, t) => n + t.errors, 0) + w.signIn.errors}; ${allRuns.reduce((n, t) => n + t.tallyMismatches, 0)}`, '0; 0', w.signIn.errors === 0 && allRuns.every((t) => t.errors === 0 && t.tallyMismatches === 0));
  }

  const r = report.rollupBurst;
  if (r) {
    const floorMs = r.debounceMs + r.fullRecomputeMs;
    const backlogSeconds = r.writesPerSecond > 0 ? r.backlog.events / r.writesPerSecond : Infinity;
    const settings = Object.entries(r.workerEnv).map(([k, val]) => `${k}=${val}`).join(', ');
    body.push('', '## 3. Rollup burst', '');
    body.push(
      `${r.changes} agreement-status changes (${r.requests} requests, ${r.bulkRequests} of them bulk updates of up to 10) from the officers of ` +
        `33 LAs to ${r.offers} endorsed offers (${r.agreements} agreements), through the API with ${r.workers} worker process(es)${settings ? ` (${settings})` : ' (default settings)'}; ` +
        `rollup debounce ${r.debounceMs} ms. Its floors come from the same run: the API's own write rate, and one full recomputation of every offer (the nightly pass, timed on the same data after the burst).`,
      '',
    );
    body.push('| measure | figure | floor | ratio | target | |', '|---|---|---|---|---|---|');
    body.push(`| writes/s accepted by the API | ${r.writesPerSecond.toFixed(0)} (${r.writeSeconds.toFixed(1)} s; p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms) | — | — | — | |`);
    body.push(`| domain events handled/s during the burst | ${r.eventsPerSecond.toFixed(0)} | writes/s ${r.writesPerSecond.toFixed(0)} | ${x(r.eventsPerSecond / r.writesPerSecond)} | — | |`);
    body.push(
      `| domain events handled per second of handling (what the worker can take) | ${r.eventCapacityPerSecond === null ? '—' : r.eventCapacityPerSecond.toFixed(0)} | writes/s ${r.writesPerSecond.toFixed(0)} | ` +
        `${x(r.eventCapacityPerSecond === null ? null : r.eventCapacityPerSecond / r.writesPerSecond)} | ≥ 1× | ${met((r.eventCapacityPerSecond ?? 0) >= r.writesPerSecond)} |`,
    );
    body.push(
      `| events still to handle at the last write | ${r.backlog.events} (${backlogSeconds.toFixed(2)} s of writes) | 1 s of writes (${r.writesPerSecond.toFixed(0)}) | ${x(backlogSeconds)} | ≤ ${TARGETS.rollupBacklogSeconds}× | ${met(backlogSeconds <= TARGETS.rollupBacklogSeconds)} |`,
    );
    body.push(
      `| last accepted write → every rollup equals a recomputation | ${inSeconds(r.convergedMs)} | debounce ${r.debounceMs} ms + full recomputation ${r.fullRecomputeMs.toFixed(0)} ms = ${inSeconds(floorMs)} | ` +
        `${x(r.convergedMs === null ? null : r.convergedMs / floorMs)} | ≤ ${TARGETS.rollupConvergedVsFloor}× | ${met(r.convergedMs !== null && r.convergedMs <= floorMs * TARGETS.rollupConvergedVsFloor)} |`,
    );
    body.push(
      `| recompute jobs run (completed on the queue: ${r.completedJobs >= KEPT_COMPLETED ? `the last ${KEPT_COMPLETED} kept` : r.completedJobs}, failed: ${r.failedJobs}) | ${r.rollupWrites} (${(r.rollupWrites / r.offers).toFixed(2)} per offer) | ` +
        `${r.jobBudget} (one per offer per ${r.debounceMs} ms window with a change) | ${x(r.jobBudget > 0 ? r.rollupWrites / r.jobBudget : null)} | ≤ 1× | ${met(r.rollupWrites <= r.jobBudget)} |`,
    );
    body.push(`| refused writes | ${r.errors} | — | — | 0 | ${met(r.errors === 0)} |`);
    const runs = report.rollupBurstRuns;
    body.push(
      '',
      `CPU ms per accepted change during the burst: ${cpuLine(r.cpuPerChange)}. ` +
        `The median of ${runs.length} run(s) by time to correct rollups over its floor: ${runs.map((t) => `${inSeconds(t.convergedMs)} of ${inSeconds(t.debounceMs + t.fullRecomputeMs)}`).join(', ')}; ` +
        `events behind at the last write ${runs.map((t) => t.backlog.events).join(', ')}; recompute jobs ${runs.map((t) => t.rollupWrites).join(', ')}; over all runs ${runs.reduce((n, t) => n + t.errors, 0)} refused writes and ` +
        `${runs.reduce((n, t) => n + t.drifted, 0)} rollups still differing once every job had run. At the last write ${r.backlog.rollups} offers' recomputes were waiting out the debounce.`,
    );
    verdict('Rollup burst', 'events behind at the last write, in seconds of writes', `${backlogSeconds.toFixed(2)} s`, `≤ ${TARGETS.rollupBacklogSeconds} s`, backlogSeconds <= TARGETS.rollupBacklogSeconds);
    verdict(
      'Rollup burst',
      'last write → rollups correct ÷ (debounce + one full recomputation)',
      x(r.convergedMs === null ? null : r.convergedMs / floorMs),
      `≤ ${TARGETS.rollupConvergedVsFloor}×`,
      r.convergedMs !== null && r.convergedMs <= floorMs * TARGETS.rollupConvergedVsFloor,
    );
    verdict('Rollup burst', 'recompute jobs ÷ one per offer per debounce window with a change', x(r.jobBudget > 0 ? r.rollupWrites / r.jobBudget : null), '≤ 1×', r.rollupWrites <= r.jobBudget);
    verdict('Rollup burst', 'refused writes; rollups differing at the end (all runs)', `${runs.reduce((n, t) => n + t.errors, 0)}; ${runs.reduce((n, t) => n + t.drifted, 0)}`, '0; 0', runs.every((t) => t.errors === 0 && t.drifted === 0));
  }

  const f = report.reminderFanOut;
  if (f) {
    body.push('', '## 4. Reminder fan-out', '');
    body.push(
      `A CiCC consultation closing within a day; none of its ${f.members} members has voted. The closing-reminder rule is triggered through the ` +
        `queue with the clock moved; ${f.workers} worker processes deliver by SMTP (SMTP_URL smtp://127.0.0.1:<port>${f.smtpUrlQuery}) to a real ` +
        `server on loopback, which counts every message. The floor: one process sending the same ${f.floor.messages} messages (recipients, texts, Message-IDs) ` +
        `through a pooled nodemailer transport (${SMTP_POOL_CONNECTIONS} connections, as the workers') to the same server, with no queue and no database.`,
      '',
    );
    body.push('| measure | workers | floor | ratio | target | |', '|---|---|---|---|---|---|');
    body.push(`| reminders due / created by the rule | ${f.due} / ${f.created} | — | — | ${f.members} | ${met(f.due === f.members && f.created === f.members)} |`);
    body.push(
      `| trigger (floor: go) → all delivered | ${inSeconds(f.deliveredMs)} (${f.mailsPerSecond.toFixed(0)} mails/s) | ${inSeconds(f.floor.deliveredMs)} (${f.floor.mailsPerSecond.toFixed(0)} mails/s) | ` +
        `${x(f.ratio)} | ≥ ${TARGETS.remindersVsFloor}× | ${met(f.deliveredMs !== null && f.ratio >= TARGETS.remindersVsFloor)} |`,
    );
    body.push(`| duplicates | ${f.duplicates} | ${f.floor.duplicates} | — | 0 | ${met(f.duplicates === 0)} |`);
    body.push(`| missing | ${f.missing} | ${f.floor.missing} | — | 0 | ${met(f.missing === 0)} |`);
    body.push(`| mail to anyone else | ${f.unexpected} | — | — | 0 | ${met(f.unexpected === 0)} |`);
    body.push(`| CPU ms per message | ${cpuLine(f.cpuPerMail)} | ${cpuLine(f.floor.cpuPerMail)} | | | |`);
    const runs = report.reminderFanOutRuns;
    body.push(
      '',
      `The median of ${runs.length} run(s) by ratio: ${runs.map((t) => `${x(t.ratio)} (${inSeconds(t.deliveredMs)} against ${inSeconds(t.floor.deliveredMs)})`).join(', ')}; over all runs ` +
        `${runs.reduce((n, t) => n + t.duplicates, 0)} duplicates and ${runs.reduce((n, t) => n + t.missing, 0)} missing (the floor: ${runs.reduce((n, t) => n + t.floor.duplicates, 0)} and ${runs.reduce((n, t) => n + t.floor.missing, 0)}).`,
    );
    verdict('Reminder fan-out', 'two workers\' mails/s ÷ the floor\'s', x(f.ratio), `≥ ${TARGETS.remindersVsFloor}×`, f.deliveredMs !== null && f.ratio >= TARGETS.remindersVsFloor);
    verdict('Reminder fan-out', 'duplicates; missing (all runs)', `${runs.reduce((n, t) => n + t.duplicates, 0)}; ${runs.reduce((n, t) => n + t.missing, 0)}`, '0; 0', runs.every((t) => t.duplicates === 0 && t.missing === 0));
  }

  const cpu = cpus();
  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push(`- When: ${new Date().toISOString()}`);
  lines.push(`- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  lines.push(`- Node ${process.version}, PostgreSQL ${pgVersion}`);
  lines.push(
    `- Calibration: ${report.calibration.before.toFixed(0)} ms at the start and ${report.calibration.after.toFixed(0)} ms at the end for the same fixed CPU work ` +
      `(SHA-256 over 64 MiB in this process, fastest of three). Two result files compare through it; a gap between the two says the machine was busy with something else.`,
  );
  lines.push('- Every target is a ratio to a floor measured in the same run.', '');
  lines.push('## Targets', '', '| scenario | measure | figure | target | |', '|---|---|---|---|---|', ...verdicts);
  report.markdown = [...lines, ...body].join('\n') + '\n';
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
