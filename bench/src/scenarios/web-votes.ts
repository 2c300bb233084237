import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { startSmtpServer } from '../../../libs/testing/src/smtp';
import { CastVoteDocument, ProposalPageDocument, VotePageDocument } from '../../../apps/web/src/api/generated/graphql';
import { COMMENTS_SHOWN } from '../../../apps/web/src/journeys/proposal/proposal-page';
import { CpuSplit, measureCpu, perUnit } from '../cpu';
import { BenchDatabase } from '../database';
import { JsonClient } from '../http-client';
import { freePort, startServer, Started, stop } from '../processes';
import { signedInSessions } from '../viewer';
import { WebAnswer, WebVisitor } from '../web-client';

const CHOICES = ['SUPPORT', 'OPPOSE', 'ABSTAIN'] as const;

export interface WebVotesOptions {
  members: number;
  proposals: number;
  /** Members in the middle of their visit at once. */
  concurrency: number;
  /** Rounds of (web, direct), each with the votes cleared before it. */
  rounds: number;
  poolSize: number;
  apiEnv: Record<string, string>;
}

export const WEB_VOTES_TARGET = 'through the web app';
/** A design measured beside it: the vote form on the proposal page itself (no vote page of its own). */
export const WEB_INLINE_TARGET = 'through the web app, form on the proposal page';
export const DIRECT_VOTES_TARGET = 'straight to GraphQL';
/** The pages' own GraphQL operations (two proposal reads, the vote page's read, the vote) sent straight to the API. */
export const PAGE_OPERATIONS_TARGET = "the pages' GraphQL operations, straight";

/** The pages of one member's vote, in the order a browser asks for them. */
export const VOTE_PAGES = ['proposal page', 'vote page', 'vote form sent (303)', 'proposal page with the vote counted'] as const;
type VotePage = (typeof VOTE_PAGES)[number];

export interface WebVotesRun {
  target: typeof WEB_VOTES_TARGET | typeof WEB_INLINE_TARGET | typeof DIRECT_VOTES_TARGET | typeof PAGE_OPERATIONS_TARGET;
  votes: number;
  seconds: number;
  votesPerSecond: number;
  errors: number;
  tallyMismatches: number;
  cpuPerVote: CpuSplit;
}

export interface PageFigures {
  page: string;
  count: number;
  p50: number;
  p95: number;
  /** Median bytes of the body on the wire (compressed as sent), and decompressed. */
  bytes: number;
  htmlBytes: number;
}

export interface WebVotesResult {
  members: number;
  proposals: number;
  concurrency: number;
  /** Every member signing in through the web app's pages with the code from their email. */
  signIn: { seconds: number; perSecond: number; errors: number; pages: PageFigures[] };
  web: WebVotesRun;
  direct: WebVotesRun;
  webRuns: WebVotesRun[];
  directRuns: WebVotesRun[];
  /** The median round of the design with the form on the proposal page, and every round. */
  inline: WebVotesRun;
  inlineRuns: WebVotesRun[];
  /** The median round of the pages' own operations straight to the API, and every round. */
  operations: WebVotesRun;
  operationsRuns: WebVotesRun[];
  /** The pages of the median web round. */
  pages: PageFigures[];
  /** Median web votes/s ÷ median direct votes/s. */
  ratio: number;
}

const CAST = `mutation($input: CastVoteInput!) { castVote(input: $input) { changed vote { choice } } }`;

const choiceOf = (m: number) => CHOICES[m % CHOICES.length];

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0;
}

/** Collects page times and sizes by page. */
class PageLog {
  private readonly seen = new Map<string, { ms: number[]; bytes: number[]; html: number[] }>();

  add(page: string, answer: WebAnswer): WebAnswer {
    const entry = this.seen.get(page) ?? { ms: [], bytes: [], html: [] };
    entry.ms.push(answer.ms);
    entry.bytes.push(answer.bytes);
    entry.html.push(Buffer.byteLength(answer.html));
    this.seen.set(page, entry);
    return answer;
  }

  figures(order: readonly string[]): PageFigures[] {
    return order
      .filter((page) => this.seen.has(page))
      .map((page) => {
        const { ms, bytes, html } = this.seen.get(page)!;
        const sortedMs = [...ms].sort((a, b) => a - b);
        const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
        return { page, count: ms.length, p50: percentile(sortedMs, 0.5), p95: percentile(sortedMs, 0.95), bytes: mid(bytes), htmlBytes: mid(html) };
      });
  }
}

function expect(answer: WebAnswer, status: number, what: string): WebAnswer {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} instead of ${status}`);
  return answer;
}

/**
 * "An evening of voting through the web": `members` CiCC members each sign in through the web
 * app's pages (the code read from their email on a real SMTP server), open a proposal, open its
 * vote page, send the form and land back on the proposal with their vote counted, from
 * `concurrency` members at once. In the same run the same members cast the same votes straight
 * to the API's GraphQL (castVote, bearer tokens) at the same concurrency: the ratio of the two
 * rates is the web app's cost. Rounds alternate the two with the votes cleared before each; the
 * final tallies must equal what the generator expects after every round.
 */
export async function webVotesScenario(db: BenchDatabase, options: WebVotesOptions): Promise<WebVotesResult> {
  const ds = db.dataSource;
  const members = await ds.query<{ id: string; email: string }[]>(
    `WITH p AS (INSERT INTO person (display_name, email, care_experienced, birth_month)
                SELECT 'Member ' || g, 'member' || g || '@bench.example', true, date '2004-01-01' FROM generate_series(1, $1::int) g RETURNING id, email)
     SELECT id, email FROM p ORDER BY email`,
    [options.members],
  );
  await ds.query(`INSERT INTO membership (person_id, body_id, role) SELECT unnest($1::uuid[]), (SELECT id FROM body WHERE code = 'CICC'), 'MEMBER'`, [members.map((m) => m.id)]);
  const proposalIds = (
    await ds.query<{ id: string }[]>(
      `INSERT INTO proposal (house_id, title, summary, category, delivery_model, uasc_considerations, status)
       SELECT (SELECT id FROM body WHERE code = 'HOUSE_HOUSING'), 'Evening offer ' || g, 'Care leavers get help with a deposit for their first home.', 'HOUSING', 'EACH_LA',
              'Young people who came to the UK alone get the same help, whatever their immigration status.', 'IN_CONSULTATION'
         FROM generate_series(1, $1::int) g RETURNING id`,
      [options.proposals],
    )
  ).map((r) => r.id);
  await ds.query(
    `INSERT INTO consultation (proposal_id, house_id, audience, opens_at, closes_at, tally_visibility)
     SELECT id, house_id, 'CICC', now() - interval '1 hour', now() + interval '3 days', 'ALWAYS' FROM proposal WHERE id = ANY($1::uuid[])`,
    [proposalIds],
  );
  const sessions = await signedInSessions(ds, members.map((m) => m.id));
  await ds.query('ANALYZE');
  const proposalOf = (m: number) => proposalIds[m % proposalIds.length];

  const tallyMismatches = async (): Promise<number> => {
    const expected = new Map<string, number>();
    members.forEach((_, m) => expected.set(`${proposalOf(m)}:${choiceOf(m)}`, (expected.get(`${proposalOf(m)}:${choiceOf(m)}`) ?? 0) + 1));
    const actual = await ds.query<{ key: string; n: number }[]>(
      `SELECT proposal_id || ':' || choice AS key, count(*)::int AS n FROM vote WHERE proposal_id = ANY($1::uuid[]) GROUP BY 1`,
      [proposalIds],
    );
    let mismatches = 0;
    for (const row of actual) if (expected.get(row.key) !== row.n) mismatches += 1;
    for (const key of expected.keys()) if (!actual.some((row) => row.key === key)) mismatches += 1;
    return mismatches;
  };

  /** Runs `visit` for every member from `concurrency` loops; resolves the errors. */
  let firstError: unknown = null;
  const everyone = async (visit: (m: number) => Promise<void>): Promise<number> => {
    let errors = 0;
    const loop = async (worker: number) => {
      for (let m = worker; m < members.length; m += options.concurrency) {
        await visit(m).catch((error: unknown) => {
          errors += 1;
          firstError ??= error;
        });
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, (_, i) => loop(i)));
    return errors;
  };

  const smtp = await startSmtpServer();
  const started: Started[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  let direct: JsonClient | undefined;
  try {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const webBase = `http://127.0.0.1:${webPort}`;
    const api = await startServer('API', 'apps/api/src/main.ts', apiPort, {
      DATABASE_URL: db.url, NODE_ENV: 'production', LOG_LEVEL: 'error', QUEUE_BACKEND: 'postgres', DATABASE_POOL_SIZE: String(options.poolSize),
      SMTP_URL: smtp.url, APP_URL: webBase, TRUST_PROXY: 'loopback', ...options.apiEnv,
    });
    started.push(api);
    const web = await startServer('web app', 'apps/web/src/main.ts', webPort, {
      DATABASE_URL: db.url, NODE_ENV: 'production', LOG_LEVEL: 'error', HOST: '127.0.0.1', PORT: String(apiPort), WEB_PORT: String(webPort),
      WEB_TRUST_PROXY: 'loopback', SESSION_SECRET: randomBytes(32).toString('hex'),
    }, '/health');
    started.push(web);
    const services = { api: [api.child.pid!], web: [web.child.pid!] };

    // Each member's own address: 10.x.y.z, as if on their own phone.
    const visitors = members.map((_, m) => new WebVisitor(webBase, agent, `10.${(m >> 16) & 255}.${(m >> 8) & 255}.${m & 255}`));

    // Signing in, once for the whole run: the web sessions then last through every round.
    const signInLog = new PageLog();
    const signInBegan = performance.now();
    const signInErrors = await everyone(async (m) => {
      const v = visitors[m];
      const email = members[m].email;
      const form = expect(signInLog.add('sign-in page', await v.get('/sign-in')), 200, 'sign-in page');
      const sent = expect(signInLog.add('email sent (303)', await v.submit('/sign-in', form, { email })), 303, 'sending the email address');
      const check = expect(signInLog.add('check your email', await v.get(sent.location!)), 200, 'check your email');
      const mail = await smtp.nextMailTo(email, 60_000);
      const code = /(\d{6})/.exec(mail.subject)?.[1];
      if (!code) throw new Error(`no code in "${mail.subject}"`);
      const signedIn = expect(signInLog.add('code sent (303)', await v.submit('/sign-in/check-your-email', check, { code })), 303, 'sending the code');
      expect(signInLog.add('first page signed in', await v.get(signedIn.location!)), 200, 'the first page signed in');
    });
    const signInSeconds = (performance.now() - signInBegan) / 1000;
    if (signInErrors > members.length / 10) throw new Error(`${signInErrors} of ${members.length} members could not sign in through the web app; the first: ${String(firstError)}`);

    direct = new JsonClient(api.url, options.concurrency);
    const http = direct;

    const round = async (target: WebVotesRun['target'], visit: (m: number) => Promise<void>): Promise<WebVotesRun> => {
      await ds.query(`DELETE FROM vote WHERE proposal_id = ANY($1::uuid[])`, [proposalIds]);
      await ds.query(`VACUUM ANALYZE vote`);
      const began = performance.now();
      const { result: errors, cpu } = await measureCpu(ds, db.name, services, () => everyone(visit));
      const seconds = (performance.now() - began) / 1000;
      const votes = members.length - errors;
      return { target, votes, seconds, votesPerSecond: votes / seconds, errors, tallyMismatches: await tallyMismatches(), cpuPerVote: perUnit(cpu, votes) };
    };

    const webRuns: { run: WebVotesRun; log: PageLog }[] = [];
    const directRuns: WebVotesRun[] = [];
    const operationsRuns: WebVotesRun[] = [];
    const inlineRuns: WebVotesRun[] = [];
    const asMember = async (m: number, query: string, variables: Record<string, unknown>) => {
      const answer = await http.post(JSON.stringify({ query, variables }), { authorization: `Bearer ${sessions[m].token}` });
      if (answer.status !== 200 || answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
    };
    for (let r = 0; r < options.rounds; r += 1) {
      const log = new PageLog();
      const page = (name: VotePage, answer: WebAnswer) => log.add(name, answer);
      const run = await round(WEB_VOTES_TARGET, async (m) => {
        const v = visitors[m];
        const id = proposalOf(m);
        expect(page('proposal page', await v.get(`/proposals/${id}`)), 200, 'the proposal page');
        const form = expect(page('vote page', await v.get(`/proposals/${id}/vote`)), 200, 'the vote page');
        const sent = expect(page('vote form sent (303)', await v.submit(`/proposals/${id}/vote`, form, { choice: choiceOf(m) })), 303, 'sending the vote');
        const after = expect(page('proposal page with the vote counted', await v.get(sent.location!.replace(/#.*$/, ''))), 200, 'the proposal page after voting');
        if (!after.html.includes('Your vote has been counted')) throw new Error('the vote was not said to be counted');
      });
      webRuns.push({ run, log });
      // The same journey if the proposal page carried the vote form: its page's form token, no vote page.
      inlineRuns.push(
        await round(WEB_INLINE_TARGET, async (m) => {
          const v = visitors[m];
          const id = proposalOf(m);
          const proposal = expect(await v.get(`/proposals/${id}`), 200, 'the proposal page');
          const sent = expect(await v.submit(`/proposals/${id}/vote`, proposal, { choice: choiceOf(m) }), 303, 'sending the vote');
          const after = expect(await v.get(sent.location!.replace(/#.*$/, '')), 200, 'the proposal page after voting');
          if (!after.html.includes('Your vote has been counted')) throw new Error('the vote was not said to be counted');
        }),
      );
      directRuns.push(await round(DIRECT_VOTES_TARGET, (m) => asMember(m, CAST, { input: { proposalId: proposalOf(m), choice: choiceOf(m) } })));
      operationsRuns.push(
        await round(PAGE_OPERATIONS_TARGET, async (m) => {
          const id = proposalOf(m);
          await asMember(m, ProposalPageDocument.toString(), { id, comments: COMMENTS_SHOWN });
          await asMember(m, VotePageDocument.toString(), { id });
          await asMember(m, CastVoteDocument.toString(), { input: { proposalId: id, choice: choiceOf(m) } });
          await asMember(m, ProposalPageDocument.toString(), { id, comments: COMMENTS_SHOWN });
        }),
      );
    }
    const byRate = <T>(runs: T[], rate: (t: T) => number) => [...runs].sort((a, b) => rate(a) - rate(b))[Math.floor((runs.length - 1) / 2)];
    const webMedian = byRate(webRuns, (w) => w.run.votesPerSecond);
    const directMedian = byRate(directRuns, (d) => d.votesPerSecond);
    const operationsMedian = byRate(operationsRuns, (d) => d.votesPerSecond);
    const inlineMedian = byRate(inlineRuns, (d) => d.votesPerSecond);
    return {
      members: members.length,
      proposals: proposalIds.length,
      concurrency: options.concurrency,
      signIn: { seconds: signInSeconds, perSecond: (members.length - signInErrors) / signInSeconds, errors: signInErrors, pages: signInLog.figures(['sign-in page', 'email sent (303)', 'check your email', 'code sent (303)', 'first page signed in']) },
      web: webMedian.run,
      direct: directMedian,
      webRuns: webRuns.map((w) => w.run),
      directRuns,
      inline: inlineMedian,
      inlineRuns,
      operations: operationsMedian,
      operationsRuns,
      pages: webMedian.log.figures(VOTE_PAGES),
      ratio: directMedian.votesPerSecond > 0 ? webMedian.run.votesPerSecond / directMedian.votesPerSecond : 0,
    };
  } finally {
    direct?.close();
    agent.destroy();
    await stop(started);
    await smtp.close();
  }
}
