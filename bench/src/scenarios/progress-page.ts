import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { startSmtpServer } from '../../../libs/testing/src/smtp';
import { BenchDatabase } from '../database';
import { JsonClient } from '../http-client';
import { freePort, startServer, Started, stop } from '../processes';
import { WebVisitor } from '../web-client';

/** The agreementMatrix part of the directors' page, as the page asks for it. */
export const PAGE_MATRIX_QUERY = `{ agreementMatrix { proposals { id title status deliveryModel } parties { id kind name shortCode tileRow tileCol } columns { proposalIds partyIds statuses reconfirmationsNeeded } } }`;

export const PROGRESS_PAGE_TARGET = "London's progress page";
export const PROGRESS_QUERY_TARGET = 'its agreementMatrix query';

export interface ProgressPageOptions {
  /** Requests in flight at once. */
  connections: number;
  /** Seconds of load per round, or a fixed number of requests (smoke runs). */
  seconds?: number;
  amount?: number;
  rounds: number;
  /** The director the page is opened as (an ALDCS_VIEWER), by email; and the API's settings. */
  directorEmail: string;
  apiHeaders: Record<string, string>;
  apiEnv: Record<string, string>;
}

export interface ProgressPageRun {
  target: typeof PROGRESS_PAGE_TARGET | typeof PROGRESS_QUERY_TARGET;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  /** Median bytes of an answer on the wire (the page compressed as the web app sends it; the query's JSON as the API sends it). */
  bytes: number;
  errors: number;
}

export interface ProgressPageResult {
  offers: number;
  authorities: number;
  page: ProgressPageRun;
  query: ProgressPageRun;
  pageRuns: ProgressPageRun[];
  queryRuns: ProgressPageRun[];
  /** The page's p95 ÷ the query's p95 (median rounds). */
  p95Ratio: number;
}

/** Sends `once` from `connections` loops for the time or count given; latencies and sizes. */
async function loadFor(options: ProgressPageOptions, once: () => Promise<{ ok: boolean; bytes: number }>): Promise<Omit<ProgressPageRun, 'target'>> {
  const latencies: number[] = [];
  const sizes: number[] = [];
  let errors = 0;
  let left = options.amount ?? Infinity;
  const began = performance.now();
  const until = options.seconds ? began + options.seconds * 1000 : Infinity;
  const loop = async () => {
    while (left > 0 && performance.now() < until) {
      left -= 1;
      const start = performance.now();
      const answer = await once().catch(() => ({ ok: false, bytes: 0 }));
      latencies.push(performance.now() - start);
      sizes.push(answer.bytes);
      if (!answer.ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  const seconds = (performance.now() - began) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
  return { requests: latencies.length, rps: latencies.length / seconds, p50: at(0.5), p95: at(0.95), bytes: [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)] ?? 0, errors };
}

/**
 * The directors' page, "London's progress", at the bench database's scale: a director signed in
 * through the web app's pages opens it again and again from `connections` tabs at once; in the
 * same run the same director's token asks the API for the page's agreementMatrix alone at the same
 * concurrency. The page's p95 as a ratio of the query's is the web app's cost (its other reads,
 * rendering the maps and tables, compressing, the session).
 */
export async function progressPageScenario(db: BenchDatabase, options: ProgressPageOptions): Promise<ProgressPageResult> {
  const smtp = await startSmtpServer();
  const started: Started[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  let direct: JsonClient | undefined;
  try {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const webBase = `http://127.0.0.1:${webPort}`;
    const api = await startServer('API', 'apps/api/src/main.ts', apiPort, {
      DATABASE_URL: db.url, NODE_ENV: 'production', LOG_LEVEL: 'error', QUEUE_BACKEND: 'postgres', SMTP_URL: smtp.url, APP_URL: webBase, TRUST_PROXY: 'loopback', ...options.apiEnv,
    });
    started.push(api);
    started.push(
      await startServer('web app', 'apps/web/src/main.ts', webPort, {
        DATABASE_URL: db.url, NODE_ENV: 'production', LOG_LEVEL: 'error', HOST: '127.0.0.1', PORT: String(apiPort), WEB_PORT: String(webPort),
        WEB_TRUST_PROXY: 'loopback', SESSION_SECRET: randomBytes(32).toString('hex'),
      }, '/health'),
    );

    // The director signs in as anyone does: email, then the code from the email.
    const director = new WebVisitor(webBase, agent, '10.0.0.1');
    const sent = await director.submit('/sign-in', await director.get('/sign-in'), { email: options.directorEmail });
    const check = await director.get(sent.location!);
    const code = /(\d{6})/.exec((await smtp.nextMailTo(options.directorEmail, 30_000)).subject)?.[1];
    const signedIn = await director.submit('/sign-in/check-your-email', check, { code: code ?? '' });
    if (signedIn.status !== 303) throw new Error(`The director could not sign in to the web app (${signedIn.status})`);
    const first = await director.get('/londons-progress');
    if (first.status !== 200 || !first.html.includes('London')) throw new Error(`London's progress answered ${first.status}`);

    direct = new JsonClient(api.url, options.connections);
    const http = direct;
    const body = JSON.stringify({ query: PAGE_MATRIX_QUERY });
    const pageRuns: ProgressPageRun[] = [];
    const queryRuns: ProgressPageRun[] = [];
    for (let r = 0; r < options.rounds; r += 1) {
      pageRuns.push({
        target: PROGRESS_PAGE_TARGET,
        ...(await loadFor(options, async () => {
          const page = await director.get('/londons-progress');
          return { ok: page.status === 200, bytes: page.bytes };
        })),
      });
      queryRuns.push({
        target: PROGRESS_QUERY_TARGET,
        ...(await loadFor(options, async () => {
          const answer = await http.post(body, options.apiHeaders);
          return { ok: answer.status === 200 && !answer.body.errors, bytes: JSON.stringify(answer.body).length };
        })),
      });
    }
    const median = (runs: ProgressPageRun[]) => [...runs].sort((a, b) => a.p95 - b.p95)[Math.floor((runs.length - 1) / 2)];
    const page = median(pageRuns);
    const query = median(queryRuns);
    const [counts] = await db.dataSource.query<{ offers: number; authorities: number }[]>(
      `SELECT (SELECT count(DISTINCT proposal_id) FROM agreement_status)::int AS offers, (SELECT count(*) FROM local_authority)::int AS authorities`,
    );
    return { ...counts, page, query, pageRuns, queryRuns, p95Ratio: query.p95 > 0 ? page.p95 / query.p95 : 0 };
  } finally {
    direct?.close();
    agent.destroy();
    await stop(started);
    await smtp.close();
  }
}
