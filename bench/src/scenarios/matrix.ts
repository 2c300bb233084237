import { BenchDatabase } from '../database';
import { load, LoadResult, median } from '../load';
import { freePort, startServer, Started, stop } from '../processes';

export const API_MATRIX_QUERY = `{ agreementMatrix { proposals { id title status deliveryModel } parties { id kind name shortCode tileRow tileCol } cells { agreementId proposalId partyId status reciprocity effectiveDate updatedAt version } } }`;
/** The same matrix with its cells as parallel lists (AgreementMatrix.columns): the same values, far fewer GraphQL objects. */
export const API_MATRIX_COLUMNS_QUERY = `{ agreementMatrix { proposals { id title status deliveryModel } parties { id kind name shortCode tileRow tileCol } columns { agreementIds proposalIds partyIds statuses reciprocities effectiveDates updatedAts versions } } }`;
export const COLUMNS_TARGET = 'Compact API, columns';
/** The cell-shaped matrix from the same API run as graphql-js runs operations (GRAPHQL_COMPILED=false): the design before compiled execution. */
export const UNCOMPILED_TARGET = 'Compact API, graphql-js execution';
/** The same view for a fixed set of offers: the answer stays one size while the data grows. */
export const API_MATRIX_FOR_QUERY = `query($ids: [ID!]) { agreementMatrix(filter: { proposalIds: $ids }) { proposals { id title status deliveryModel } parties { id kind name shortCode tileRow tileCol } cells { agreementId proposalId partyId status reciprocity effectiveDate updatedAt version } } }`;
/** How many offers the fixed-answer probe asks for (London's programme today). */
export const FIXED_ANSWER_OFFERS = 30;
export const FIXED_ANSWER_TARGET = `Compact API, ${FIXED_ANSWER_OFFERS} offers`;
export const POSTGRAPHILE_MATRIX_QUERY = `{
  allProposals(orderBy: [TITLE_ASC, ID_ASC]) { nodes { id title status deliveryModel } }
  allLocalAuthorities(orderBy: NAME_ASC) { nodes { id name shortCode tileRow tileCol } }
  allAgreementStatuses { nodes { id proposalId localAuthorityId status reciprocity effectiveDate updatedAt version } }
}`;

export interface MatrixTargetResult extends LoadResult {
  target: string;
  rows: number;
}

export interface MatrixOptions {
  connections: number;
  duration?: number;
  amount?: number;
  repeat: number;
  /** Headers that sign the API request in as a director (ALDCS viewer). */
  apiHeaders: Record<string, string>;
  apiEnv: Record<string, string>;
}

/** Counts the agreement rows an answer carries, to prove each target returned the same rows. */
function rowsIn(target: string, body: any): number {
  if (target === 'PostGraphile v4') return body.data.allAgreementStatuses.nodes.length;
  if (body.data.agreementMatrix.columns) return body.data.agreementMatrix.columns.agreementIds.length;
  return body.data.agreementMatrix.cells.length;
}

/**
 * Scenario 1: the directors' matrix for every offer, through this API (cells as objects, and as
 * parallel lists; and cells again from the API running uncompiled), PostGraphile v4 and the raw-SQL floor, on the same database in the same run;
 * and, for scenario 5, the API's answer for a fixed 30 offers, which should cost the same at every
 * scale. Medians over `repeat` runs. Every answer is cold: nothing is cached between requests.
 */
export async function matrixScenario(db: BenchDatabase, options: MatrixOptions): Promise<MatrixTargetResult[]> {
  const env = { DATABASE_URL: db.url, NODE_ENV: 'production', LOG_LEVEL: 'error', QUEUE_BACKEND: 'postgres', ...options.apiEnv };
  const started: Started[] = [];
  try {
    started.push(await startServer('Compact API', 'apps/api/src/main.ts', await freePort(), env));
    started.push(await startServer('PostGraphile v4', 'bench/src/peers/postgraphile.ts', await freePort(), { DATABASE_URL: db.url }));
    started.push(await startServer('raw SQL floor', 'bench/src/peers/raw-floor.ts', await freePort(), { DATABASE_URL: db.url }, '/'));
    started.push(await startServer(UNCOMPILED_TARGET, 'apps/api/src/main.ts', await freePort(), { ...env, GRAPHQL_COMPILED: 'false' }));
    // Growth: the first offers by title, whose answer is the same size at every scale.
    const fixed = await db.dataSource.query<{ id: string; rows: number }[]>(
      `SELECT p.id, (SELECT count(*) FROM agreement_status a WHERE a.proposal_id = p.id)::int AS rows FROM proposal p ORDER BY p.title, p.id LIMIT $1`,
      [FIXED_ANSWER_OFFERS],
    );
    const targets = [
      { name: started[0].name, server: started[0], body: JSON.stringify({ query: API_MATRIX_QUERY }), headers: options.apiHeaders, rows: db.counts.agreements },
      { name: COLUMNS_TARGET, server: started[0], body: JSON.stringify({ query: API_MATRIX_COLUMNS_QUERY }), headers: options.apiHeaders, rows: db.counts.agreements },
      { name: UNCOMPILED_TARGET, server: started[3], body: JSON.stringify({ query: API_MATRIX_QUERY }), headers: options.apiHeaders, rows: db.counts.agreements },
      { name: started[1].name, server: started[1], body: JSON.stringify({ query: POSTGRAPHILE_MATRIX_QUERY }), headers: {}, rows: db.counts.agreements },
      { name: started[2].name, server: started[2], body: '{}', headers: {}, rows: db.counts.agreements },
      {
        name: FIXED_ANSWER_TARGET,
        server: started[0],
        body: JSON.stringify({ query: API_MATRIX_FOR_QUERY, variables: { ids: fixed.map((f) => f.id) } }),
        headers: options.apiHeaders,
        rows: fixed.reduce((n, f) => n + f.rows, 0),
      },
    ];
    // Compiled execution must not change the answer: the two APIs' cells are compared whole.
    const answers = await Promise.all(
      [started[0], started[3]].map(async (server) => {
        const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...options.apiHeaders }, body: JSON.stringify({ query: API_MATRIX_QUERY }) });
        return res.text();
      }),
    );
    if (answers[0] !== answers[1]) throw new Error(`The compiled API's matrix differs from the uncompiled one's: ${answers[0].slice(0, 300)} … ${answers[1].slice(0, 300)}`);
    const results: MatrixTargetResult[] = [];
    for (const target of targets) {
      const check = await fetch(target.server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: target.body });
      const answer = (await check.json()) as { errors?: unknown };
      if (!check.ok || answer.errors) throw new Error(`${target.name} answered ${check.status}: ${JSON.stringify(answer).slice(0, 500)}`);
      const rows = rowsIn(target.name, answer);
      if (rows !== target.rows) throw new Error(`${target.name} returned ${rows} rows, expected ${target.rows}`);
      const runs: LoadResult[] = [];
      for (let i = 0; i < options.repeat; i += 1) {
        runs.push(await load({ url: target.server.url, body: target.body, headers: target.headers, connections: options.connections, duration: options.duration, amount: options.amount }));
      }
      results.push({
        target: target.name,
        rows,
        requests: median(runs.map((r) => r.requests)),
        rps: median(runs.map((r) => r.rps)),
        p50: median(runs.map((r) => r.p50)),
        p99: median(runs.map((r) => r.p99)),
        errors: runs.reduce((n, r) => n + r.errors, 0),
        non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
      });
    }
    return results;
  } finally {
    await stop(started);
  }
}
