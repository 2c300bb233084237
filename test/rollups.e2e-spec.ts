import { ConfigService } from '@nestjs/config';
import { Role } from '@app/access';
import { AgreementState } from '@app/agreements';
import { Clock, QueueFactory, QueueName, RollupJob } from '@app/core';
import { agreementsByPartyCode, createEndorsedAuthorityOffers, createPerson, createRepresentative, startTestApp, TestApp } from '@app/testing';
import { queueFactoryFromEnvironment } from '../libs/core/src/queue/queue.module';
import { ROLLUP_STATES, RollupsService } from '@app/rollups';
import { RollupRequests } from '../apps/worker/src/rollup-requests';
import { grantRoleDirectly } from './support/access-fixtures';

const SET = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id status version } } }`;
const PROGRESS = `query($id: ID!) {
  proposalProgress(proposalId: $id) {
    proposalId totalParties shareFormallyAgreedOrImplemented counts { status count }
    byIcsArea { areaId code name totalParties shareFormallyAgreedOrImplemented counts { status count } }
    bySubRegion { areaId code name totalParties shareFormallyAgreedOrImplemented counts { status count } }
    notEngaged { kind shortCode name }
  }
}`;
const HISTORY = `query($id: ID!, $from: Date, $to: Date, $first: Int, $after: String) {
  proposalProgressHistory(proposalId: $id, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { proposalId date total shareFormallyAgreedOrImplemented counts { status count } } }
  }
}`;

function countsOf(list: { status: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(list.map((c) => [c.status, c.count]));
}

/** The counts straight from the agreement rows: what any rollup must equal. */
async function fullRecount(t: TestApp, proposalId: string): Promise<Record<string, number>> {
  const rows = await t.dataSource.query<{
    status: string;
    n: number;
  }[]>(`SELECT status::text AS status, count(*)::int AS n FROM agreement_status WHERE proposal_id = $1 GROUP BY status`, [proposalId]);
  return Object.fromEntries(ROLLUP_STATES.map((s) => [s, rows.find((r) => r.status === s)?.n ?? 0]));
}

describe('progress rollups, the nightly recomputation and the trend', () => {
  let t: TestApp;
  let rollups: RollupsService;
  let director: string;
  const officers: Record<string, string> = {};

  async function setStatus(proposalId: string, la: string, status: AgreementState, extra: Record<string, unknown> = {}): Promise<void> {
    const agreement = (await agreementsByPartyCode(t.dataSource, proposalId))[la];
    officers[la] ??= (await createRepresentative(t.dataSource, { authority: la })).id;
    const agreed = status === AgreementState.FORMALLY_AGREED || status === AgreementState.IMPLEMENTED;
    const input = { agreementId: agreement.id, expectedVersion: agreement.version, status, ...(agreed ? { reciprocity: 'BOTH' } : {}), ...extra };
    await t.ok(SET, { input }, { as: officers[la] });
  }

  async function progress(proposalId: string) {
    return (await t.ok(PROGRESS, { id: proposalId }, { as: director })).proposalProgress;
  }

  beforeAll(async () => {
    t = await startTestApp();
    rollups = t.app.get(RollupsService);
    director = (await createPerson(t.dataSource)).id;
    await grantRoleDirectly(t.dataSource, director, Role.ALDCS_VIEWER);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('names the same agreement states as the agreements lib, in the same order', () => {
    expect([...ROLLUP_STATES]).toEqual(Object.values(AgreementState));
  });

  it('answers progress from the stored rollup while it matches the rows, and never from a stale one', async () => {
    const [proposalId] = await createEndorsedAuthorityOffers(t.dataSource, 1, 'HOUSE_HOUSING');
    await setStatus(proposalId, 'lam', AgreementState.FORMALLY_AGREED);
    await setStatus(proposalId, 'swr', AgreementState.IMPLEMENTED, { effectiveDate: '2026-04-01' });
    await setStatus(proposalId, 'cmd', AgreementState.IN_DISCUSSION);

    // No rollup yet: the figures come from the rows.
    await expect(rollups.tallies(proposalId)).resolves.toMatchObject({ fromRollup: false });
    const live = await progress(proposalId);
    expect(countsOf(live.counts)).toEqual(await fullRecount(t, proposalId));

    await rollups.recompute(proposalId);
    await expect(rollups.tallies(proposalId)).resolves.toMatchObject({ fromRollup: true });
    const stored = await progress(proposalId);
    expect(stored).toEqual(live);
    expect(stored.totalParties).toBe(33);
    expect(stored.shareFormallyAgreedOrImplemented).toBeCloseTo(2 / 33, 12);
    const sel = stored.byIcsArea.find((a: { code: string }) => a.code === 'SEL');
    expect(countsOf(sel.counts)).toMatchObject({ FORMALLY_AGREED: 1, IMPLEMENTED: 1, NOT_STARTED: 4 });

    // A change after the rollup: the stored row no longer matches, so progress is recomputed from the rows.
    await setStatus(proposalId, 'hck', AgreementState.DECLINED);
    await expect(rollups.tallies(proposalId)).resolves.toMatchObject({ fromRollup: false });
    const after = await progress(proposalId);
    expect(countsOf(after.counts)).toEqual(await fullRecount(t, proposalId));
    expect(countsOf(after.counts).DECLINED).toBe(1);

    // Once recomputed, the rollup is used again and still equals a full recomputation.
    await rollups.recompute(proposalId);
    await expect(rollups.tallies(proposalId)).resolves.toMatchObject({ fromRollup: true });
    await expect(progress(proposalId)).resolves.toEqual(after);
  });

  it('nightly: corrects drift and records it, writes one snapshot per proposal and day', async () => {
    const [drifted, missing, healthy] = await createEndorsedAuthorityOffers(t.dataSource, 3, 'HOUSE_ETE');
    await setStatus(drifted, 'lam', AgreementState.IN_DISCUSSION);
    await rollups.recompute(drifted);
    await rollups.recompute(healthy);
    // Someone's figures went wrong (a lost job, a hand edit): the nightly pass must notice.
    await t.dataSource.query(`UPDATE proposal_rollup SET implemented = 5, not_started = 27 WHERE proposal_id = $1`, [drifted]);
    await t.dataSource.query(`DELETE FROM proposal_rollup WHERE proposal_id = $1`, [missing]);

    // The pass runs at night, and the readers below read that night's figures: the clock says so.
    const night = new Date('2026-03-02T01:30:00Z');
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(night);
    const result = await rollups.recomputeAll();
    expect(result.snapshotDate).toBe('2026-03-02');
    expect(result.drifted).toEqual(expect.arrayContaining([drifted, missing]));
    expect(result.drifted).not.toContain(healthy);

    const drift = await t.dataSource.query<{ proposal_id: string; stored: Record<string, number> | null; recomputed: Record<string, number> }[]>(`SELECT proposal_id, stored, recomputed FROM proposal_rollup_drift WHERE proposal_id = ANY($1::uuid[]) ORDER BY proposal_id`, [
      [drifted, missing],
    ]);
    const byId = Object.fromEntries(drift.map((d) => [d.proposal_id, d]));
    expect(byId[drifted].stored).toMatchObject({ implemented: 5, not_started: 27 });
    expect(byId[drifted].recomputed).toMatchObject({ implemented: 0, not_started: 32, in_discussion: 1, total: 33 });
    expect(byId[missing].stored).toBeNull();

    // Corrected: every rollup now equals a full recomputation and is used by readers.
    for (const id of [drifted, missing, healthy]) {
      const [row] = await t.dataSource.query<Record<string, number>[]>(`SELECT * FROM proposal_rollup WHERE proposal_id = $1`, [id]);
      const full = await fullRecount(t, id);
      expect(Object.fromEntries(ROLLUP_STATES.map((s) => [s, Number(row[s.toLowerCase()])]))).toEqual(full);
      await expect(rollups.tallies(id)).resolves.toMatchObject({ fromRollup: true });
    }

    // Running again the same night finds nothing to correct and keeps one snapshot per proposal.
    const again = await rollups.recomputeAll(new Date('2026-03-02T03:00:00Z'));
    expect(again.snapshotDate).toBe('2026-03-02');
    expect(again.drifted).toEqual([]);
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM proposal_progress_snapshot WHERE proposal_id = $1`, [drifted]);
    expect(n).toBe(1);
  });

  it('proposalProgressHistory returns the trend day by day, for the roles that see progress', async () => {
    const [proposalId] = await createEndorsedAuthorityOffers(t.dataSource, 1, 'HOUSE_TRANSPORT');
    await rollups.recomputeAll(new Date('2026-05-01T01:30:00Z'));
    await setStatus(proposalId, 'lam', AgreementState.AGREED_IN_PRINCIPLE);
    await setStatus(proposalId, 'brm', AgreementState.FORMALLY_AGREED);
    await rollups.recomputeAll(new Date('2026-05-02T01:30:00Z'));
    await setStatus(proposalId, 'swr', AgreementState.IMPLEMENTED, { effectiveDate: '2026-06-01' });
    await rollups.recomputeAll(new Date('2026-05-03T01:30:00Z'));

    const { proposalProgressHistory: h } = await t.ok(HISTORY, { id: proposalId }, { as: director });
    expect(h.totalCount).toBe(3);
    const nodes = h.edges.map((e: { node: { date: string; counts: { status: string; count: number }[]; shareFormallyAgreedOrImplemented: number } }) => e.node);
    expect(nodes.map((n: { date: string }) => n.date)).toEqual(['2026-05-01', '2026-05-02', '2026-05-03']);
    expect(countsOf(nodes[0].counts)).toMatchObject({ NOT_STARTED: 33, FORMALLY_AGREED: 0 });
    expect(countsOf(nodes[1].counts)).toMatchObject({ NOT_STARTED: 31, AGREED_IN_PRINCIPLE: 1, FORMALLY_AGREED: 1 });
    expect(countsOf(nodes[2].counts)).toMatchObject({ NOT_STARTED: 30, IMPLEMENTED: 1 });
    expect(nodes.map((n: { shareFormallyAgreedOrImplemented: number }) => Math.round(n.shareFormallyAgreedOrImplemented * 33))).toEqual([0, 1, 2]);

    const window = await t.ok(HISTORY, { id: proposalId, from: '2026-05-02', to: '2026-05-02' }, { as: director });
    expect(window.proposalProgressHistory.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual(['2026-05-02']);
    const paged = await t.ok(HISTORY, { id: proposalId, first: 2 }, { as: director });
    expect(paged.proposalProgressHistory.pageInfo.hasNextPage).toBe(true);
    const rest = await t.ok(HISTORY, { id: proposalId, first: 2, after: paged.proposalProgressHistory.pageInfo.endCursor }, { as: director });
    expect(rest.proposalProgressHistory.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual(['2026-05-03']);

    const backwards = await t.fails(HISTORY, { id: proposalId, from: '2026-05-03', to: '2026-05-01' }, { as: director });
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const badDate = await t.fails(HISTORY, { id: proposalId, from: '2026-13-01' }, { as: director });
    expect(badDate.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.fails(HISTORY, { id: '00000000-0000-4000-8000-000000000000' }, { as: director });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await t.fails(HISTORY, { id: proposalId });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    const nobody = (await createPerson(t.dataSource)).id;
    const refused = await t.fails(HISTORY, { id: proposalId }, { as: nobody });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });

  it('turns a burst of rollup requests for one proposal into one job', async () => {
    const [proposalId, other] = await createEndorsedAuthorityOffers(t.dataSource, 2, 'HOUSE_RELATIONSHIPS');
    const factory: QueueFactory = queueFactoryFromEnvironment(t.app.get(ConfigService));
    const config = { get: () => 1500 } as unknown as ConfigService;
    const requests = new RollupRequests(factory, config as never);
    const queue = factory.queue(QueueName.ROLLUPS);
    try {
      await Promise.all(Array.from({ length: 33 }, () => requests.request(proposalId)));
      await requests.request(other);
      const jobs = (await queue.getJobs(['delayed', 'waiting', 'active', 'completed'])).filter((j) => j?.name === RollupJob.RECOMPUTE_PROPOSAL);
      const byProposal = jobs.map((j) => (j.data as { proposalId: string }).proposalId).sort();
      expect(byProposal).toEqual([proposalId, other].sort());
      const mine = jobs.find((j) => (j.data as { proposalId: string }).proposalId === proposalId);
      expect(mine?.opts.delay).toBe(1500);
    } finally {
      await requests.onModuleDestroy();
      await queue.close();
    }
  });
});
