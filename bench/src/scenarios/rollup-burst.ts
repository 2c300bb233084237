import { DataSource } from 'typeorm';
import { AgreementStatusesChangedPayload, Clock, EventJob, QueueName, RollupJob, standaloneTransactionHost } from '@app/core';
import { ProposalsService } from '@app/proposals';
import { RollupsService } from '@app/rollups';
import { CpuSplit, measureCpu, perUnit } from '../cpu';
import { BenchDatabase } from '../database';
import { JsonClient } from '../http-client';
import { startBenchJobs, until } from '../jobs';
import { median } from '../load';
import { freePort, startServer, Started, stop } from '../processes';
import { sessionTokens } from '../viewer';

export interface RollupBurstOptions {
  offers: number;
  /** Agreement-status changes to send (spread over every offer × 33 LAs, a step forward each). */
  changes: number;
  /** Requests in flight at once; each loop owns whole LAs, so an agreement's changes go in order. */
  concurrency: number;
  /** Worker processes running (each with the settings in `workerEnv`). */
  workers: number;
  /** Worker settings beyond the defaults (e.g. OUTBOX_BATCH_SIZE, ROLLUP_BATCH_SIZE, WORKER_CONCURRENCY). */
  workerEnv: Record<string, string>;
  debounceMs: number;
  /** How long to wait for every rollup to equal a recomputation before giving up. */
  timeoutMs: number;
}

export interface RollupBurstResult {
  offers: number;
  agreements: number;
  changes: number;
  requests: number;
  bulkRequests: number;
  errors: number;
  writeSeconds: number;
  writesPerSecond: number;
  p50: number;
  p99: number;
  debounceMs: number;
  /** From the last accepted write until every proposal's rollup equalled a full recomputation; null if it never did. */
  convergedMs: number | null;
  /** Proposals whose rollup differed from a recomputation once every job had run (0 when all is well). */
  drifted: number;
  /** Rollups written by recompute jobs, counted in the database, and completed recompute jobs on the queue. */
  rollupWrites: number;
  completedJobs: number;
  failedJobs: number;
  /** Σ over offers of the debounce windows in which the offer had a change: the most jobs the target allows. */
  jobBudget: number;
  /** Just after the last accepted write: domain events not yet handled, and offers whose recompute was waiting out the debounce. */
  backlog: { events: number; rollups: number };
  workers: number;
  workerEnv: Record<string, string>;
  /** Domain events the workers had handled by the last accepted write, per second of the burst. */
  eventsPerSecond: number;
  /**
   * Domain events handled per second of the workers' handling time (Σ over finished event jobs of
   * their running time): what the workers could keep up with.
   */
  eventCapacityPerSecond: number | null;
  /** One full recomputation of every offer's rollup (the nightly pass), timed on the same data after the burst. */
  fullRecomputeMs: number;
  /** CPU ms per accepted change during the burst: the API, the workers, the database's backends and the load generator. */
  cpuPerChange: CpuSplit;
}

/** The forward path a party takes: discuss, agree in principle, agree formally, implement (or decline after discussing). */
const NEXT: Record<string, string | undefined> = {
  NOT_STARTED: 'IN_DISCUSSION',
  IN_DISCUSSION: 'AGREED_IN_PRINCIPLE',
  AGREED_IN_PRINCIPLE: 'FORMALLY_AGREED',
  FORMALLY_AGREED: 'IMPLEMENTED',
};

interface Agreement {
  id: string;
  status: string;
  version: number;
  declines: boolean;
}

interface Change {
  agreement: Agreement;
  status: string;
  reciprocity?: string;
  effectiveDate?: string;
  expectedVersion: number;
}

const SET = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id status version } } }`;
const BULK = `mutation($input: UpdateAuthorityAgreementsInput!) { updateAuthorityAgreements(input: $input) { agreements { id status version } } }`;
/** An officer sends a bulk update of up to ten changes (as after a committee meeting), then this many one at a time, and so on. */
const SINGLES_PER_BULK = 9;
const BULK_SIZE = 10;
/** A request that takes longer than this counts as refused. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Loads `offers` ENDORSED EACH_LA proposals with an agreement per LA (a mix of not started, in
 * discussion and agreed in principle), an officer per LA, the Houses' co-chairs (who take agreement
 * news in their digest), and current rollups, all in bulk SQL. Returns the proposal ids.
 */
async function load(ds: DataSource, offers: number): Promise<{ proposalIds: string[]; officers: Map<string, string> }> {
  const q = (sql: string, params: unknown[] = []) => ds.query(sql, params);
  const proposals = (await q(
    `INSERT INTO proposal (house_id, title, summary, category, delivery_model, uasc_considerations, status)
     SELECT h.id, 'Rollup offer ' || lpad(g::text, 4, '0'), 'Benchmark offer ' || g, 'HOUSING', 'EACH_LA', 'Applies to all.', 'ENDORSED'
       FROM generate_series(1, $1::int) g
       JOIN LATERAL (SELECT id FROM body WHERE kind = 'HOUSE' ORDER BY code OFFSET (g % 6) LIMIT 1) h ON true
     RETURNING id`,
    [offers],
  )) as { id: string }[];
  await q(`INSERT INTO agreement_status (proposal_id, party_kind, local_authority_id, status, version)
           SELECT p.id, 'LOCAL_AUTHORITY', la.id,
                  (ARRAY['NOT_STARTED','NOT_STARTED','IN_DISCUSSION','IN_DISCUSSION','AGREED_IN_PRINCIPLE'])[1 + abs(hashtext(p.title || la.gss_code)) % 5]::agreement_state, 1
             FROM proposal p CROSS JOIN local_authority la WHERE p.title LIKE 'Rollup offer %'`);
  const officers = (await q(
    `WITH o AS (INSERT INTO person (display_name, email)
                SELECT 'Officer, ' || la.name, 'officer-' || la.gss_code || '@bench.example' FROM local_authority la RETURNING id, email),
          m AS (INSERT INTO membership (person_id, body_id, role, represents_authority_id)
                SELECT o.id, (SELECT id FROM body WHERE code = 'LLANCL'), 'MEMBER', la.id
                  FROM o JOIN local_authority la ON o.email = 'officer-' || la.gss_code || '@bench.example')
     SELECT o.id AS person_id, la.id AS authority_id FROM o JOIN local_authority la ON o.email = 'officer-' || la.gss_code || '@bench.example'`,
  )) as { person_id: string; authority_id: string }[];
  await q(`WITH h AS (SELECT id, code FROM body WHERE kind = 'HOUSE'),
                seat AS (SELECT h.id AS house_id, h.code, r.role FROM h CROSS JOIN unnest(ARRAY['CO_CHAIR_YOUNG_PERSON','CO_CHAIR_SECTOR_LEAD']) AS r(role)),
                p AS (INSERT INTO person (display_name, email)
                      SELECT 'Co-chair ' || code || ' ' || role, lower(code || '-' || role) || '@bench.example' FROM seat RETURNING id, email),
                m AS (INSERT INTO membership (person_id, body_id, role)
                      SELECT p.id, seat.house_id, seat.role::membership_role FROM p JOIN seat ON p.email = lower(seat.code || '-' || seat.role) || '@bench.example')
           INSERT INTO notification_preference (person_id, kind, delivery, version) SELECT id, 'AGREEMENT_STATUS_CHANGED', 'WEEKLY_DIGEST', 1 FROM p`);
  await q('ANALYZE');
  // Rollups as the nightly pass leaves them; ProposalsService is only needed for snapshot history.
  await new RollupsService(standaloneTransactionHost(ds), {} as ProposalsService, new Clock()).recomputeAll();
  // Counts every rollup a job writes from now on (the bench database is dropped afterwards).
  await q(`CREATE TABLE bench_rollup_write (proposal_id uuid NOT NULL, written_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  await q(`CREATE FUNCTION bench_count_rollup_write() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN INSERT INTO bench_rollup_write (proposal_id) VALUES (NEW.proposal_id); RETURN NEW; END $$`);
  await q(`CREATE TRIGGER bench_rollup_write AFTER INSERT OR UPDATE ON proposal_rollup FOR EACH ROW EXECUTE FUNCTION bench_count_rollup_write()`);
  return { proposalIds: proposals.map((p) => p.id), officers: new Map(officers.map((o) => [o.authority_id, o.person_id])) };
}

/**
 * Plans `total` changes, one forward step each: a round over every agreement, then another, until
 * the count is reached or no agreement can move. Each LA's changes are grouped into requests for
 * its officer: a bulk update of up to ten, then nine single changes, and again.
 */
function plan(agreementsByLa: Map<string, Agreement[]>, total: number): Map<string, Change[][]> {
  const changesByLa = new Map<string, Change[]>([...agreementsByLa.keys()].map((la) => [la, []]));
  const state = new Map<Agreement, { status: string; version: number }>();
  for (const list of agreementsByLa.values()) for (const a of list) state.set(a, { status: a.status, version: a.version });
  let planned = 0;
  for (let moved = true; planned < total && moved; ) {
    moved = false;
    for (const [la, list] of agreementsByLa) {
      for (const a of list) {
        if (planned >= total) break;
        const s = state.get(a)!;
        const next = a.declines && s.status === 'IN_DISCUSSION' ? 'DECLINED' : NEXT[s.status];
        if (!next) continue;
        changesByLa.get(la)!.push({
          agreement: a,
          status: next,
          reciprocity: next === 'FORMALLY_AGREED' ? 'BOTH' : undefined,
          effectiveDate: next === 'IMPLEMENTED' ? '2026-04-01' : undefined,
          expectedVersion: s.version,
        });
        state.set(a, { status: next, version: s.version + 1 });
        planned += 1;
        moved = true;
      }
    }
  }
  const requests = new Map<string, Change[][]>();
  for (const [la, changes] of changesByLa) {
    const out: Change[][] = [];
    for (let i = 0; i < changes.length; ) {
      if (out.length % (SINGLES_PER_BULK + 1) !== 0) {
        out.push([changes[i++]]);
        continue;
      }
      const bulk: Change[] = [];
      const seen = new Set<Agreement>();
      while (i < changes.length && bulk.length < BULK_SIZE && !seen.has(changes[i].agreement)) {
        seen.add(changes[i].agreement);
        bulk.push(changes[i++]);
      }
      out.push(bulk);
    }
    requests.set(la, out);
  }
  return requests;
}

type EventsQueue = ReturnType<Awaited<ReturnType<typeof startBenchJobs>>['queues']['queue']>;

/** Events in a job: a packed job carries many, any other one. */
function eventsIn(job: { name: string; data: unknown } | undefined): number {
  if (!job) return 0;
  return job.name === EventJob.AGREEMENT_STATUSES_CHANGED ? (job.data as AgreementStatusesChangedPayload).events.length : 1;
}

/** Agreement-change events written but not yet handled: still in the outbox, or in an events job not finished. */
async function eventsNotHandled(ds: DataSource, events: EventsQueue): Promise<number> {
  const [{ unsent }] = await ds.query<{ unsent: number }[]>(`SELECT count(*)::int AS unsent FROM outbox_event WHERE sent_at IS NULL AND job_name = 'agreement-status-changed'`);
  const jobs = await events.getJobs(['waiting', 'active', 'delayed', 'prioritized'], 0, -1);
  return unsent + jobs.filter((j) => j?.name === EventJob.AGREEMENT_STATUSES_CHANGED || j?.name === EventJob.AGREEMENT_STATUS_CHANGED).reduce((n, j) => n + eventsIn(j), 0);
}

/**
 * Events handled per second of time in which the workers were handling any (the union of the
 * finished event jobs' running times): how fast they go when there is work, not how fast it came.
 */
async function eventCapacity(events: EventsQueue): Promise<number | null> {
  const jobs = (await events.getJobs(['completed'], 0, -1)).filter((j) => j?.processedOn && j.finishedOn);
  const spans = jobs.map((j) => [j.processedOn!, j.finishedOn!] as const).sort((a, b) => a[0] - b[0]);
  let busy = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    busy += to - Math.max(from, end);
    end = to;
  }
  const handled = jobs.reduce((n, j) => n + eventsIn(j), 0);
  return busy > 0 ? handled / (busy / 1000) : null;
}

function item(c: Change) {
  return {
    agreementId: c.agreement.id,
    status: c.status,
    expectedVersion: c.expectedVersion,
    ...(c.reciprocity ? { reciprocity: c.reciprocity } : {}),
    ...(c.effectiveDate ? { effectiveDate: c.effectiveDate } : {}),
  };
}

/**
 * Scenario 3: a burst of agreement-status changes from the LAs' officers, through the API, with the
 * real worker running. Measures how soon after the last accepted write every proposal's stored
 * rollup equals a full recomputation, and how many recompute jobs the debounce let through.
 */
export async function rollupBurstScenario(db: BenchDatabase, options: RollupBurstOptions): Promise<RollupBurstResult> {
  const ds = db.dataSource;
  const { proposalIds, officers } = await load(ds, options.offers);
  const rows = await ds.query<{ id: string; status: string; version: number; local_authority_id: string; n: string }[]>(
    `SELECT a.id, a.status, a.version, a.local_authority_id, row_number() OVER (ORDER BY p.title, la.gss_code) AS n
       FROM agreement_status a JOIN proposal p ON p.id = a.proposal_id JOIN local_authority la ON la.id = a.local_authority_id
      WHERE a.proposal_id = ANY($1::uuid[])
      ORDER BY la.gss_code, p.title`,
    [proposalIds],
  );
  const agreementsByLa = new Map<string, Agreement[]>();
  for (const r of rows) {
    const list = agreementsByLa.get(r.local_authority_id) ?? [];
    list.push({ id: r.id, status: r.status, version: r.version, declines: Number(r.n) % 10 === 7 });
    agreementsByLa.set(r.local_authority_id, list);
  }
  // Each LA starts at a different offer, so the burst does not sweep the offers in lockstep.
  [...agreementsByLa.values()].forEach((list, i) => list.push(...list.splice(0, Math.floor((i * list.length) / agreementsByLa.size))));
  const requestsByLa = plan(agreementsByLa, options.changes);
  const authorities = [...requestsByLa.keys()];
  const tokens = new Map(authorities.map((la, i) => [la, i]));
  const signedIn = await sessionTokens(ds, authorities.map((la) => officers.get(la)!));

  const jobs = await startBenchJobs(db);
  const started: Started[] = [];
  const rollups = new RollupsService(standaloneTransactionHost(ds), {} as ProposalsService, new Clock());
  const queue = jobs.queues.queue(QueueName.ROLLUPS);
  const eventsQueue = jobs.queues.queue(QueueName.EVENTS);
  // (The nightly scheduler's next run waits on the rollups queue too: only recompute jobs count.)
  const recomputeJobs = async (states: ('delayed' | 'waiting' | 'active' | 'prioritized' | 'completed' | 'failed')[]) =>
    (await queue.getJobs(states, 0, -1)).filter((j) => j?.name === RollupJob.RECOMPUTE_PROPOSAL).length;
  let client: JsonClient | undefined;
  try {
    const workers = await jobs.startWorkers(options.workers, { ROLLUP_DEBOUNCE_MS: String(options.debounceMs), ...options.workerEnv });
    const api = await startServer('Compact API', 'apps/api/src/main.ts', await freePort(), jobs.env({ LOG_LEVEL: 'error' }));
    started.push(api);
    client = new JsonClient(api.url, options.concurrency);
    const http = client;

    const latencies: number[] = [];
    let errors = 0;
    let accepted = 0;
    let lastAccepted = 0;
    let bulkRequests = 0;
    const loop = async (worker: number) => {
      const mine = authorities.filter((_, i) => i % options.concurrency === worker);
      const queues = mine.map((la) => [...requestsByLa.get(la)!]);
      while (queues.some((q) => q.length > 0)) {
        for (let k = 0; k < mine.length; k += 1) {
          const request = queues[k].shift();
          if (!request) continue;
          const la = mine[k];
          const bulk = request.length > 1;
          if (bulk) bulkRequests += 1;
          const body = bulk
            ? { query: BULK, variables: { input: { authorityId: la, items: request.map(item) } } }
            : { query: SET, variables: { input: item(request[0]) } };
          const began = performance.now();
          const answer = await http
            .post(JSON.stringify(body), { authorization: `Bearer ${signedIn[tokens.get(la)!]}` }, REQUEST_TIMEOUT_MS)
            .then((res) => ({ ok: res.status === 200, ...res.body }))
            .catch((error: Error) => ({ ok: false, errors: [error.message] }));
          const at = performance.now();
          latencies.push(at - began);
          if (!answer.ok || answer.errors) {
            errors += 1;
            if (errors <= 3) console.error(`rollup burst: a change was refused: ${JSON.stringify(answer).slice(0, 300)}`);
            continue;
          }
          accepted += request.length;
          lastAccepted = Math.max(lastAccepted, at);
        }
      }
    };
    const began = performance.now();
    const workerPids = workers.map((w) => w.pid);
    const { cpu } = await measureCpu(ds, db.name, { api: [api.child.pid!], workers: workerPids }, () =>
      Promise.all(Array.from({ length: Math.min(options.concurrency, authorities.length) }, (_, i) => loop(i))),
    );
    const writeSeconds = ((lastAccepted || performance.now()) - began) / 1000;

    // What was still on its way when the last write was accepted: events to relay or handle, rollups waiting out the debounce.
    const backlog = { events: await eventsNotHandled(ds, eventsQueue), rollups: await recomputeJobs(['delayed']) };
    const [{ written }] = await ds.query<{ written: number }[]>(`SELECT count(*)::int AS written FROM outbox_event WHERE job_name = 'agreement-status-changed'`);
    // Each check reads one snapshot: when it finds no drift, the rollups were right as of its start.
    const check = { at: 0, drifted: proposalIds.length };
    const converged = await until(async () => {
      check.at = performance.now();
      check.drifted = (await rollups.drifted(proposalIds)).length;
      return check.drifted === 0;
    }, options.timeoutMs, 50);

    // Let every job that is still due run (and any duplicate show up) before counting.
    await until(async () => {
      const due = await recomputeJobs(['delayed', 'waiting', 'active', 'prioritized']);
      const events = await eventsQueue.getJobCounts('delayed', 'waiting', 'active', 'prioritized');
      const [{ n }] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NULL`);
      return n === 0 && due === 0 && Object.values(events).every((c) => c === 0);
    }, options.timeoutMs, 200);
    check.drifted = (await rollups.drifted(proposalIds)).length;
    const completed = await recomputeJobs(['completed']);
    const failedJobs = await recomputeJobs(['failed']);
    const [{ writes }] = await ds.query<{ writes: number }[]>(`SELECT count(*)::int AS writes FROM bench_rollup_write`);
    const capacity = await eventCapacity(eventsQueue);
    // The floor of the target: one full recomputation of every offer, on the same data, with the service idle.
    const recomputeBegan = performance.now();
    await rollups.recomputeAll();
    const fullRecomputeMs = performance.now() - recomputeBegan;
    const [{ budget }] = await ds.query<{ budget: number }[]>(
      `SELECT count(DISTINCT (a.proposal_id, floor(extract(epoch FROM h.changed_at) * 1000 / $2::int)))::int AS budget
         FROM agreement_status_history h JOIN agreement_status a ON a.id = h.agreement_id
        WHERE a.proposal_id = ANY($1::uuid[]) AND h.from_status IS DISTINCT FROM h.to_status AND h.changed_by_id IS NOT NULL`,
      [proposalIds, options.debounceMs],
    );

    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      offers: proposalIds.length,
      agreements: rows.length,
      changes: accepted,
      requests: latencies.length,
      bulkRequests,
      errors,
      writeSeconds,
      writesPerSecond: accepted / writeSeconds,
      p50: median(latencies),
      p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0,
      debounceMs: options.debounceMs,
      convergedMs: converged ? Math.max(0, check.at - lastAccepted) : null,
      drifted: check.drifted,
      rollupWrites: writes,
      completedJobs: completed,
      failedJobs,
      jobBudget: budget,
      backlog,
      workers: options.workers,
      workerEnv: options.workerEnv,
      eventsPerSecond: Math.max(0, written - backlog.events) / writeSeconds,
      eventCapacityPerSecond: capacity,
      fullRecomputeMs,
      cpuPerChange: perUnit(cpu, accepted),
    };
  } finally {
    client?.close();
    await Promise.all([queue.close(), eventsQueue.close()]);
    await stop(started);
    await jobs.stop();
  }
}
