import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { CAST_VOTE_STATEMENT_NAME, castVoteStatement } from '@app/consultations';
import { AUTHENTICATE_STATEMENT, AUTHENTICATE_STATEMENT_NAME } from '@app/identity';
import { CpuSplit, measureCpu, perUnit } from '../cpu';
import { BenchDatabase } from '../database';
import { JsonClient } from '../http-client';
import { median } from '../load';
import { freePort, startServer, Started, stop } from '../processes';
import { signedInSessions } from '../viewer';

const CHOICES = ['SUPPORT', 'OPPOSE', 'ABSTAIN'] as const;
type Choice = (typeof CHOICES)[number];

export interface VoteStormOptions {
  members: number;
  proposals: number;
  /** Requests in flight at once, each loop owning a disjoint set of members. */
  concurrency: number;
  /** Rounds of (floor, API), each on the same members and proposals with the votes cleared before it. */
  rounds: number;
  /** Connections the API keeps to PostgreSQL (DATABASE_POOL_SIZE); the floor's pool has as many. */
  poolSize: number;
  apiEnv: Record<string, string>;
}

export const VOTE_API_TARGET = 'Compact API';
export const VOTE_FLOOR_TARGET = 'pg floor';

/** One storm: every member votes on every proposal, then changes every vote. */
export interface VoteStormRun {
  target: typeof VOTE_API_TARGET | typeof VOTE_FLOOR_TARGET;
  requests: number;
  seconds: number;
  votesPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  tallyMismatches: number;
  /** CPU ms per vote: the API process (none for the floor), the database's backends, and the load generator (with the floor's own pg client work). */
  cpuPerVote: CpuSplit;
}

export interface VoteStormResult {
  members: number;
  proposals: number;
  concurrency: number;
  poolSize: number;
  /** The median round of each (by votes/s), and every round. */
  api: VoteStormRun;
  floor: VoteStormRun;
  apiRuns: VoteStormRun[];
  floorRuns: VoteStormRun[];
  /** The API's median votes/s over the floor's. */
  ratio: number;
}

const CAST = `mutation($input: CastVoteInput!) { castVote(input: $input) { changed vote { choice } } }`;

/** Member m's first and final choice on proposal p: deterministic, so the final tallies are known. */
export function firstChoice(m: number, p: number): Choice {
  return CHOICES[(m + p) % 3];
}
export function finalChoice(m: number, p: number): Choice {
  return CHOICES[(m * 7 + p * 3) % 3];
}

/** Sends one vote; resolves whether it went through. */
type SendVote = (member: number, proposal: number, choice: Choice) => Promise<boolean>;

/**
 * Scenario 2: `members` signed-in CiCC members each vote on `proposals` open proposals and then
 * change every vote, from `concurrency` loops at once. Each member's two votes on a proposal go in
 * order (one loop owns them), so the final tallies must equal what the generator expects exactly.
 *
 * The floor sends the same statements the API runs for a vote (the session check, then the vote
 * statement, both prepared on each connection) straight to PostgreSQL with `pg`, from the same
 * number of loops through a pool as large as the API's, for the same members and proposals. The
 * rounds alternate floor and API, with the votes cleared before each, so both meet the same rows.
 */
export async function voteStormScenario(db: BenchDatabase, options: VoteStormOptions): Promise<VoteStormResult> {
  const ds = db.dataSource;
  const memberRows = await ds.query<{ id: string }[]>(
    `WITH p AS (INSERT INTO person (display_name, email, care_experienced, birth_month)
                SELECT 'Voter ' || g, 'voter' || g || '@bench.example', true, date '2004-01-01' FROM generate_series(1, $1::int) g RETURNING id, email)
     SELECT id FROM p ORDER BY email`,
    [options.members],
  );
  const memberIds = memberRows.map((r) => r.id);
  await ds.query(`INSERT INTO membership (person_id, body_id, role) SELECT unnest($1::uuid[]), (SELECT id FROM body WHERE code = 'CICC'), 'MEMBER'`, [memberIds]);
  const proposalRows = await ds.query<{ id: string }[]>(
    `INSERT INTO proposal (house_id, title, summary, category, delivery_model, uasc_considerations, status)
     SELECT (SELECT id FROM body WHERE code = 'HOUSE_HOUSING'), 'Storm offer ' || g, 'Open for votes', 'HOUSING', 'EACH_LA', 'Applies to all.', 'IN_CONSULTATION'
       FROM generate_series(1, $1::int) g RETURNING id`,
    [options.proposals],
  );
  const proposalIds = proposalRows.map((r) => r.id);
  await ds.query(
    `INSERT INTO consultation (proposal_id, house_id, audience, opens_at, closes_at, tally_visibility)
     SELECT id, house_id, 'CICC', now() - interval '1 hour', now() + interval '1 day', 'ALWAYS' FROM proposal WHERE id = ANY($1::uuid[])`,
    [proposalIds],
  );
  const sessions = await signedInSessions(ds, memberIds);
  await ds.query('ANALYZE');

  /** Runs one storm through `send` and checks the tallies it leaves. */
  const storm = async (target: VoteStormRun['target'], send: SendVote, services: Record<string, number[]>): Promise<VoteStormRun> => {
    await ds.query(`DELETE FROM vote WHERE proposal_id = ANY($1::uuid[])`, [proposalIds]);
    await ds.query(`VACUUM ANALYZE vote`);
    const latencies: number[] = [];
    let errors = 0;
    const loop = async (worker: number) => {
      for (let m = worker; m < memberIds.length; m += options.concurrency) {
        for (const round of [0, 1]) {
          for (let p = 0; p < proposalIds.length; p += 1) {
            const began = performance.now();
            const ok = await send(m, p, round === 0 ? firstChoice(m, p) : finalChoice(m, p)).catch(() => false);
            latencies.push(performance.now() - began);
            if (!ok) errors += 1;
          }
        }
      }
    };
    const began = performance.now();
    const { cpu } = await measureCpu(ds, db.name, services, () => Promise.all(Array.from({ length: options.concurrency }, (_, i) => loop(i))));
    const seconds = (performance.now() - began) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      target,
      requests: latencies.length,
      seconds,
      votesPerSecond: latencies.length / seconds,
      p50: median(latencies),
      p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))],
      errors,
      tallyMismatches: await tallyMismatches(),
      cpuPerVote: perUnit(cpu, latencies.length),
    };
  };

  const tallyMismatches = async (): Promise<number> => {
    const expected = new Map<string, number>();
    for (let m = 0; m < memberIds.length; m += 1) {
      for (let p = 0; p < proposalIds.length; p += 1) {
        const key = `${proposalIds[p]}:${finalChoice(m, p)}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    const actual = await ds.query<{ proposal_id: string; choice: string; n: number }[]>(
      `SELECT proposal_id, choice, count(*)::int AS n FROM vote WHERE proposal_id = ANY($1::uuid[]) GROUP BY proposal_id, choice`,
      [proposalIds],
    );
    let mismatches = 0;
    const seen = new Set<string>();
    for (const row of actual) {
      const key = `${row.proposal_id}:${row.choice}`;
      seen.add(key);
      if (expected.get(key) !== row.n) mismatches += 1;
    }
    for (const key of expected.keys()) if (!seen.has(key)) mismatches += 1;
    return mismatches;
  };

  const started: Started[] = [];
  let client: JsonClient | undefined;
  const pool = new Pool({ connectionString: db.url, max: options.poolSize, application_name: 'bench-vote-floor' });
  try {
    const api = await startServer(VOTE_API_TARGET, 'apps/api/src/main.ts', await freePort(), {
      DATABASE_URL: db.url, NODE_ENV: 'production', LOG_LEVEL: 'error', QUEUE_BACKEND: 'postgres', DATABASE_POOL_SIZE: String(options.poolSize), ...options.apiEnv,
    });
    started.push(api);
    client = new JsonClient(api.url, options.concurrency);
    const http = client;
    const viaApi: SendVote = async (m, p, choice) => {
      const answer = await http.post(JSON.stringify({ query: CAST, variables: { input: { proposalId: proposalIds[p], choice } } }), {
        authorization: `Bearer ${sessions[m].token}`,
      });
      return answer.status === 200 && !answer.body.errors;
    };
    const castText = castVoteStatement(ds);
    const viaPg: SendVote = async (m, p, choice) => {
      const { personId, sessionId } = sessions[m];
      // The API's two statements, in its order: the session check, then the vote (with its audit actor and correlation id).
      const session = await pool.query({ name: AUTHENTICATE_STATEMENT_NAME, text: AUTHENTICATE_STATEMENT, values: [sessionId, personId] });
      if (session.rows.length !== 1) return false;
      const vote = await pool.query({ name: CAST_VOTE_STATEMENT_NAME, text: castText, values: [proposalIds[p], personId, choice, new Date(), personId, randomUUID()] });
      return vote.rows[0]?.voted === true;
    };

    const apiRuns: VoteStormRun[] = [];
    const floorRuns: VoteStormRun[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      floorRuns.push(await storm(VOTE_FLOOR_TARGET, viaPg, {}));
      apiRuns.push(await storm(VOTE_API_TARGET, viaApi, { api: [api.child.pid!] }));
    }
    const byRate = (runs: VoteStormRun[]) => [...runs].sort((a, b) => a.votesPerSecond - b.votesPerSecond)[Math.floor((runs.length - 1) / 2)];
    const apiMedian = byRate(apiRuns);
    const floorMedian = byRate(floorRuns);
    return {
      members: memberIds.length,
      proposals: proposalIds.length,
      concurrency: options.concurrency,
      poolSize: options.poolSize,
      api: apiMedian,
      floor: floorMedian,
      apiRuns,
      floorRuns,
      ratio: floorMedian.votesPerSecond > 0 ? apiMedian.votesPerSecond / floorMedian.votesPerSecond : 0,
    };
  } finally {
    client?.close();
    await pool.end();
    await stop(started);
  }
}
