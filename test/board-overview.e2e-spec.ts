import { Role } from '@app/access';
import { ConsultationAudience } from '@app/consultations';
import { ProposalStatus } from '@app/proposals';
import {
  createConsultation,
  createEndorsedAuthorityOffers,
  createPerson,
  createProposal,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const OVERVIEW = `query($days: Int, $latest: Int) {
  boardOverview(closingWithinDays: $days, latestChanges: $latest) {
    closingWithinDays
    houses {
      house { code name }
      coChairsComplete
      proposalsByStatus { status count }
      openConsultations closingSoon scheduledConsultations
      agreementParties agreementsFormallyAgreedOrImplemented
      latestChanges { kind proposalTitle fromStatus toStatus partyName actorName reason }
    }
  }
}`;

const DAY = 24 * 60 * 60 * 1000;

describe('boardOverview: the Trust Board’s one-screen summary', () => {
  let t: TestApp;
  /** A director of children's services, who reads the Board's overview. */
  let director: string;
  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    director = (await createPerson(ds, { displayName: 'Director of Children’s Services' })).id;
    await grantRoleDirectly(ds, director, Role.ALDCS_VIEWER);
    await seatCoChairs(ds, 'HOUSE_HOUSING');
    await createProposal(ds, 'HOUSE_HOUSING', { status: ProposalStatus.DRAFT });
    await createProposal(ds, 'HOUSE_HOUSING', { status: ProposalStatus.DRAFT });
    const inConsultation = await createProposal(ds, 'HOUSE_HOUSING', { status: ProposalStatus.IN_CONSULTATION, title: 'Rent deposit scheme' });
    await createConsultation(ds, { houseCode: 'HOUSE_HOUSING', proposalId: inConsultation.id, audience: ConsultationAudience.CICC, closesAt: new Date(Date.now() + 2 * DAY) });
    await createConsultation(ds, { houseCode: 'HOUSE_HOUSING', closesAt: new Date(Date.now() + 20 * DAY) });
    await createConsultation(ds, { houseCode: 'HOUSE_HOUSING', opensAt: new Date(Date.now() + 3 * DAY), closesAt: new Date(Date.now() + 10 * DAY) });
    await createConsultation(ds, { houseCode: 'HOUSE_HOUSING', opensAt: new Date(Date.now() - 9 * DAY), closesAt: new Date(Date.now() - DAY) });

    const [offer] = await createEndorsedAuthorityOffers(ds, 1, 'HOUSE_FINANCE');
    await ds.query(
      `UPDATE agreement_status SET status = 'FORMALLY_AGREED', reciprocity = 'BOTH'
        WHERE proposal_id = $1 AND local_authority_id IN (SELECT id FROM local_authority WHERE short_code IN ('lam', 'crd', 'swr'))`,
      [offer],
    );
    await ds.query(
      `INSERT INTO agreement_status_history (agreement_id, from_status, to_status, reciprocity, note, changed_at, version)
       SELECT a.id, 'NOT_STARTED', 'FORMALLY_AGREED', 'BOTH', 'Cabinet approved', now() - interval '1 hour', 2
         FROM agreement_status a JOIN local_authority la ON la.id = a.local_authority_id
        WHERE a.proposal_id = $1 AND la.short_code = 'lam'`,
      [offer],
    );
    await ds.query(
      `INSERT INTO proposal_transition (proposal_id, from_status, to_status, reason, at)
       VALUES ($1, 'RECOMMENDED', 'ENDORSED', 'Trust Board decision', now() - interval '2 hours')`,
      [offer],
    );
  });
  afterAll(() => t.close());

  it('counts proposals by status, consultations and agreement progress per House', async () => {
    const data = await t.ok(OVERVIEW, { days: 7 }, { as: director });
    const houses = data.boardOverview.houses as any[];
    expect(houses).toHaveLength(6);
    const housing = houses.find((h) => h.house.code === 'HOUSE_HOUSING');
    const counts = Object.fromEntries(housing.proposalsByStatus.map((s: any) => [s.status, s.count]));
    expect(counts).toEqual({ DRAFT: 2, IN_CONSULTATION: 1, RECOMMENDED: 0, ENDORSED: 0, ADOPTED: 0, DECLINED: 0, WITHDRAWN: 0 });
    expect(housing).toMatchObject({ coChairsComplete: true, openConsultations: 2, closingSoon: 1, scheduledConsultations: 1, agreementParties: 0 });

    const finance = houses.find((h) => h.house.code === 'HOUSE_FINANCE');
    expect(finance).toMatchObject({ coChairsComplete: false, agreementParties: 33, agreementsFormallyAgreedOrImplemented: 3 });
  });

  it('lists the latest changes newest first, agreement changes naming the authority', async () => {
    const data = await t.ok(OVERVIEW, { latest: 5 }, { as: director });
    const finance = (data.boardOverview.houses as any[]).find((h) => h.house.code === 'HOUSE_FINANCE');
    expect(finance.latestChanges).toEqual([
      expect.objectContaining({ kind: 'AGREEMENT_STATUS', partyName: 'Lambeth', fromStatus: 'NOT_STARTED', toStatus: 'FORMALLY_AGREED', reason: 'Cabinet approved' }),
      expect.objectContaining({ kind: 'PROPOSAL_STATUS', fromStatus: 'RECOMMENDED', toStatus: 'ENDORSED', reason: 'Trust Board decision' }),
    ]);
    const limited = await t.ok(OVERVIEW, { latest: 1 }, { as: director });
    expect((limited.boardOverview.houses as any[]).find((h) => h.house.code === 'HOUSE_FINANCE').latestChanges).toHaveLength(1);
  });

  it('widens "closing soon" with the window asked for', async () => {
    const data = await t.ok(OVERVIEW, { days: 30 }, { as: director });
    const housing = (data.boardOverview.houses as any[]).find((h) => h.house.code === 'HOUSE_HOUSING');
    expect(housing.closingSoon).toBe(2);
  });

  it('runs a fixed handful of statements: one per aggregate, plus one batched House lookup', async () => {
    const before = t.statementCount();
    await t.ok(OVERVIEW, {}, { as: director });
    const used = t.statementCount() - before;
    // 6 for the overview itself, plus a fixed 1 that sign-in adds to every request: the open-session
    // check on the access token, which reads the caller's memberships and grants in the same
    // statement (it was 3: the session check, then memberships, then grants).
    expect(used).toBeLessThanOrEqual(6 + 1);
  });

  it('refuses a window outside 1–90 days with BAD_USER_INPUT naming the argument', async () => {
    const error = await t.fails(OVERVIEW, { days: 0 }, { as: director });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closingWithinDays' });
  });
});
