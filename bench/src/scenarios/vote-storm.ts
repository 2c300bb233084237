import { BenchDatabase } from '../database';
import { median } from '../load';
import { freePort, startServer, Started, stop } from '../processes';
import { sessionTokens } from '../viewer';

const CHOICES = ['SUPPORT', 'OPPOSE', 'ABSTAIN'] as const;
type Choice = (typeof CHOICES)[number];

export interface VoteStormOptions {
  members: number;
  proposals: number;
  /** Requests in flight at once, each loop owning a disjoint set of members. */
  concurrency: number;
  apiEnv: Record<string, string>;
}

export interface VoteStormResult {
  members: number;
  proposals: number;
  requests: number;
  seconds: number;
  votesPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  tallyMismatches: number;
}

const CAST = `mutation($input: CastVoteInput!) { castVote(input: $input) { changed vote { choice } } }`;

/** Member m's first and final choice on proposal p: deterministic, so the final tallies are known. */
export function firstChoice(m: number, p: number): Choice {
  return CHOICES[(m + p) % 3];
}
export function finalChoice(m: number, p: number): Choice {
  return CHOICES[(m * 7 + p * 3) % 3];
}

/**
 * Scenario 2: `members` signed-in CiCC members each vote on `proposals` open proposals and then
 * change every vote, from `concurrency` loops at once. Each member's two votes on a proposal go in
 * order (one loop owns them), so the final tallies must equal what the generator expects exactly.
 */
export async function voteStormScenario(db: BenchDatabase, options: VoteStormOptions): Promise<VoteStormResult> {
  const ds = db.dataSource;
  const memberRows = (await ds.query(
    `WITH p AS (INSERT INTO person (display_name, email, care_experienced, birth_month)
                SELECT 'Voter ' || g, 'voter' || g || '@bench.example', true, date '2004-01-01' FROM generate_series(1, $1::int) g RETURNING id, email)
     SELECT id FROM p ORDER BY email`,
    [options.members],
  )) as { id: string }[];
  const memberIds = memberRows.map((r) => r.id);
  await ds.query(`INSERT INTO membership (person_id, body_id, role) SELECT unnest($1::uuid[]), (SELECT id FROM body WHERE code = 'CICC'), 'MEMBER'`, [memberIds]);
  const proposalRows = (await ds.query(
    `INSERT INTO proposal (house_id, title, summary, category, delivery_model, uasc_considerations, status)
     SELECT (SELECT id FROM body WHERE code = 'HOUSE_HOUSING'), 'Storm offer ' || g, 'Open for votes', 'HOUSING', 'EACH_LA', 'Applies to all.', 'IN_CONSULTATION'
       FROM generate_series(1, $1::int) g RETURNING id`,
    [options.proposals],
  )) as { id: string }[];
  const proposalIds = proposalRows.map((r) => r.id);
  await ds.query(
    `INSERT INTO consultation (proposal_id, house_id, audience, opens_at, closes_at, tally_visibility)
     SELECT id, house_id, 'CICC', now() - interval '1 hour', now() + interval '1 day', 'ALWAYS' FROM proposal WHERE id = ANY($1::uuid[])`,
    [proposalIds],
  );
  const tokens = await sessionTokens(ds, memberIds);

  const started: Started[] = [];
  try {
    const api = await startServer('Compact API', 'apps/api/src/main.ts', await freePort(), {
      DATABASE_URL: db.url, NODE_ENV: 'production', LOG_LEVEL: 'error', QUEUE_BACKEND: 'postgres', ...options.apiEnv,
    });
    started.push(api);
    const latencies: number[] = [];
    let errors = 0;
    const loop = async (worker: number) => {
      for (let m = worker; m < memberIds.length; m += options.concurrency) {
        for (const round of [0, 1]) {
          for (let p = 0; p < proposalIds.length; p += 1) {
            const choice = round === 0 ? firstChoice(m, p) : finalChoice(m, p);
            const began = performance.now();
            const res = await fetch(api.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[m]}` },
              body: JSON.stringify({ query: CAST, variables: { input: { proposalId: proposalIds[p], choice } } }),
            });
            const body = (await res.json()) as { errors?: unknown[] };
            latencies.push(performance.now() - began);
            if (!res.ok || body.errors) errors += 1;
          }
        }
      }
    };
    const began = performance.now();
    await Promise.all(Array.from({ length: options.concurrency }, (_, i) => loop(i)));
    const seconds = (performance.now() - began) / 1000;

    const expected = new Map<string, number>();
    for (let m = 0; m < memberIds.length; m += 1) {
      for (let p = 0; p < proposalIds.length; p += 1) {
        const key = `${proposalIds[p]}:${finalChoice(m, p)}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    const actual = (await ds.query(
      `SELECT proposal_id, choice, count(*)::int AS n FROM vote WHERE proposal_id = ANY($1::uuid[]) GROUP BY proposal_id, choice`,
      [proposalIds],
    )) as { proposal_id: string; choice: string; n: number }[];
    let tallyMismatches = 0;
    const seen = new Set<string>();
    for (const row of actual) {
      const key = `${row.proposal_id}:${row.choice}`;
      seen.add(key);
      if (expected.get(key) !== row.n) tallyMismatches += 1;
    }
    for (const key of expected.keys()) if (!seen.has(key)) tallyMismatches += 1;

    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      members: memberIds.length,
      proposals: proposalIds.length,
      requests: latencies.length,
      seconds,
      votesPerSecond: latencies.length / seconds,
      p50: median(latencies),
      p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))],
      errors,
      tallyMismatches,
    };
  } finally {
    await stop(started);
  }
}
