// Holds locks on the app's pool while votes wait behind them: needs more than one connection.
import './support/database-pool';
import { ProposalEntity, ProposalStatus } from '@app/proposals';
import { createCiccMember, createPerson, createProposal, seatCoChairs, startTestApp, TestApp } from '@app/testing';

const OPEN = `mutation($input: OpenConsultationInput!) {
  openConsultation(input: $input) { proposalMovedToConsultation consultation { id state takesVotes tallyVisibility version } }
}`;
const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { changed vote { choice proposalId } consultation { id } } }`;
const CLOSE = `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { state closedAt version } } }`;
const TALLY = `query($id: ID!) { consultation(id: $id) { state tally { support oppose abstain total } tallyHiddenReason myVote { choice } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();

describe('CiCC votes on a proposal', () => {
  let t: TestApp;
  let chairs: Awaited<ReturnType<typeof seatCoChairs>>;
  /** Someone signed in who follows the vote but does not vote (reading consultations needs sign-in). */
  let observer: string;
  beforeAll(async () => {
    t = await startTestApp();
    chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    observer = (await createPerson(t.dataSource, { displayName: 'Observer' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const statusOf = async (id: string) => (await t.dataSource.getRepository(ProposalEntity).findOneByOrFail({ id })).status;
  const votesOf = async (memberId: string, proposalId: string) =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM vote WHERE member_id = $1 AND proposal_id = $2`, [memberId, proposalId]))[0].n);

  /** Waits until some statement waits for a lock held by the session with this backend pid. */
  async function blockedBy(pid: number): Promise<void> {
    for (;;) {
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [pid]);
      if (row.n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** CiCC members who each vote as told (a tally is shown only once five have voted: TALLY_MIN_VOTERS). */
  async function votersFor(proposalId: string, choices: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const choice of choices) {
      const member = await createCiccMember(t.dataSource);
      await t.ok(VOTE, { input: { proposalId, choice } }, { as: member.id });
      ids.push(member.id);
    }
    return ids;
  }

  async function openVote(proposalId: string, tallyVisibility: string, as = chairs.youngPerson.id) {
    const data = await t.ok(OPEN, { input: { proposalId, audience: 'CICC', closesAt: inDays(14), tallyVisibility } }, { as });
    return data.openConsultation as { proposalMovedToConsultation: boolean; consultation: { id: string; state: string; takesVotes: boolean; version: number } };
  }

  it('a co-chair opens a CiCC consultation on a draft proposal, which moves it into consultation', async () => {
    const proposal = await createProposal(t.dataSource);
    const opened = await openVote(proposal.id, 'AFTER_VOTING', chairs.sectorLead.id);
    expect(opened.proposalMovedToConsultation).toBe(true);
    expect(opened.consultation).toMatchObject({ state: 'OPEN', takesVotes: true });
    expect(await statusOf(proposal.id)).toBe(ProposalStatus.IN_CONSULTATION);
    const [transition] = await t.dataSource.query(`SELECT to_status, actor_id FROM proposal_transition WHERE proposal_id = $1`, [proposal.id]);
    expect(transition).toEqual({ to_status: 'IN_CONSULTATION', actor_id: chairs.sectorLead.id });
  });

  it('refuses to open a consultation for someone who is not a co-chair, and leaves the proposal in draft', async () => {
    const proposal = await createProposal(t.dataSource);
    const member = await createCiccMember(t.dataSource);
    const error = await t.fails(OPEN, { input: { proposalId: proposal.id, audience: 'CICC', closesAt: inDays(7) } }, { as: member.id });
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_CO_CHAIR' });
    expect(await statusOf(proposal.id)).toBe(ProposalStatus.DRAFT);
    const anonymous = await t.fails(OPEN, { input: { proposalId: proposal.id, audience: 'CICC', closesAt: inDays(7) } });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('opening a draft proposal without UASC considerations fails as a whole', async () => {
    const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { uascConsiderations: null });
    const error = await t.fails(OPEN, { input: { proposalId: proposal.id, audience: 'CICC', closesAt: inDays(7) } }, { as: chairs.youngPerson.id });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uascConsiderations' });
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM consultation WHERE proposal_id = $1`, [proposal.id]))[0].n)).toBe(0);
  });

  it('members vote and change their vote (still one row); a non-member cannot vote', async () => {
    const proposal = await createProposal(t.dataSource);
    const { consultation } = await openVote(proposal.id, 'ALWAYS');
    const [ada, ben, cal] = [await createCiccMember(t.dataSource), await createCiccMember(t.dataSource), await createCiccMember(t.dataSource)];

    const first = await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: ada.id });
    expect(first.castVote).toEqual({ changed: false, vote: { choice: 'SUPPORT', proposalId: proposal.id }, consultation: { id: consultation.id } });
    const changed = await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'OPPOSE' } }, { as: ada.id });
    expect(changed.castVote).toMatchObject({ changed: true, vote: { choice: 'OPPOSE' } });
    expect(await votesOf(ada.id, proposal.id)).toBe(1);

    // A double submit at the same moment still makes one vote.
    await Promise.all([
      t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: ben.id }),
      t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: ben.id }),
    ]);
    expect(await votesOf(ben.id, proposal.id)).toBe(1);
    await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'ABSTAIN' } }, { as: cal.id });

    const outsider = await createPerson(t.dataSource, { careExperienced: true });
    const refused = await t.fails(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: outsider.id });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_CICC_MEMBER' });

    // Three have voted: too few for the tally to be shown without giving votes away.
    const few = await t.ok(TALLY, { id: consultation.id }, { as: ada.id });
    expect(few.consultation).toMatchObject({ tally: null, tallyHiddenReason: "Results are shown once at least 5 people have voted, so nobody's vote can be worked out." });
    await votersFor(proposal.id, ['SUPPORT', 'ABSTAIN']);
    const seen = await t.ok(TALLY, { id: consultation.id }, { as: ada.id });
    expect(seen.consultation).toEqual({
      state: 'OPEN',
      tally: { support: 2, oppose: 1, abstain: 2, total: 5 },
      tallyHiddenReason: null,
      myVote: { choice: 'OPPOSE' },
    });
    const asBen = await t.ok(TALLY, { id: consultation.id }, { as: ben.id });
    expect(asBen.consultation.myVote).toEqual({ choice: 'SUPPORT' });
  });

  it('never exposes who voted how: votes have no public type, only MyVote without a member', async () => {
    const data = await t.ok(`{ __schema { types { name fields { name } } } }`);
    const types = data.__schema.types as { name: string; fields: { name: string }[] | null }[];
    expect(types.map((x) => x.name)).not.toContain('Vote');
    const myVote = types.find((x) => x.name === 'MyVote');
    expect(myVote?.fields?.map((f) => f.name).sort()).toEqual(['castAt', 'choice', 'proposalId', 'updatedAt']);
  });

  it('under AFTER_VOTING hides the tally until the member has voted; after close everyone sees it and votes are refused', async () => {
    const proposal = await createProposal(t.dataSource);
    const { consultation } = await openVote(proposal.id, 'AFTER_VOTING');
    const [ada, ben] = [await createCiccMember(t.dataSource), await createCiccMember(t.dataSource)];
    await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: ada.id });

    const before = await t.ok(TALLY, { id: consultation.id }, { as: ben.id });
    expect(before.consultation.tally).toBeNull();
    expect(before.consultation.tallyHiddenReason).toMatch(/once they have voted/);
    expect(before.consultation.myVote).toBeNull();

    await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'OPPOSE' } }, { as: ben.id });
    await votersFor(proposal.id, ['SUPPORT', 'SUPPORT', 'ABSTAIN']);
    const after = await t.ok(TALLY, { id: consultation.id }, { as: ben.id });
    expect(after.consultation.tally).toEqual({ support: 3, oppose: 1, abstain: 1, total: 5 });
    const nonVoter = await t.ok(TALLY, { id: consultation.id }, { as: observer });
    expect(nonVoter.consultation.tally).toBeNull();
    const anonymous = await t.fails(TALLY, { id: consultation.id });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');

    const closed = await t.ok(CLOSE, { input: { consultationId: consultation.id, expectedVersion: consultation.version } }, { as: chairs.sectorLead.id });
    expect(closed.closeConsultation.consultation.state).toBe('CLOSED');
    const late = await t.fails(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: ada.id });
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_VOTE_OPEN', field: 'proposalId' });
    expect(late.message).toContain(closed.closeConsultation.consultation.closedAt);
    const public_ = await t.ok(TALLY, { id: consultation.id }, { as: observer });
    expect(public_.consultation.tally).toEqual({ support: 3, oppose: 1, abstain: 1, total: 5 });

    const again = await t.fails(CLOSE, { input: { consultationId: consultation.id } }, { as: chairs.sectorLead.id });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CLOSED' });
  });

  it('under AFTER_CLOSE hides the tally from everyone, voters included, until close', async () => {
    const proposal = await createProposal(t.dataSource);
    const { consultation } = await openVote(proposal.id, 'AFTER_CLOSE');
    const [ada] = await votersFor(proposal.id, ['SUPPORT', 'SUPPORT', 'OPPOSE', 'SUPPORT', 'ABSTAIN']);
    for (const as of [ada, chairs.youngPerson.id, observer]) {
      const hidden = await t.ok(TALLY, { id: consultation.id }, { as });
      expect(hidden.consultation.tally).toBeNull();
      expect(hidden.consultation.tallyHiddenReason).toBe('The tally is shown when voting closes.');
    }
    const stale = await t.fails(CLOSE, { input: { consultationId: consultation.id, expectedVersion: consultation.version + 5 } }, { as: chairs.youngPerson.id });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', field: 'version' });
    const notChair = await t.fails(CLOSE, { input: { consultationId: consultation.id } }, { as: ada });
    expect(notChair.extensions?.code).toBe('FORBIDDEN');

    await t.ok(CLOSE, { input: { consultationId: consultation.id } }, { as: chairs.youngPerson.id });
    const shown = await t.ok(TALLY, { id: consultation.id }, { as: observer });
    expect(shown.consultation).toMatchObject({ state: 'CLOSED', tally: { support: 3, oppose: 1, abstain: 1, total: 5 }, tallyHiddenReason: null });
  });

  it('runs one CiCC vote per proposal at a time, and a later vote keeps the earlier tally', async () => {
    const proposal = await createProposal(t.dataSource);
    const first = await openVote(proposal.id, 'ALWAYS');
    const clash = await t.fails(OPEN, { input: { proposalId: proposal.id, audience: 'CICC', closesAt: inDays(3) } }, { as: chairs.youngPerson.id });
    expect(clash.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VOTE_ALREADY_RUNNING' });

    const members = await votersFor(proposal.id, ['SUPPORT', 'SUPPORT', 'SUPPORT', 'SUPPORT', 'SUPPORT']);
    await t.ok(CLOSE, { input: { consultationId: first.consultation.id } }, { as: chairs.youngPerson.id });

    const second = await openVote(proposal.id, 'ALWAYS');
    expect(second.proposalMovedToConsultation).toBe(false);
    for (const member of members) {
      const moved = await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'OPPOSE' } }, { as: member });
      expect(moved.castVote.changed).toBe(true);
    }
    expect(await votesOf(members[0], proposal.id)).toBe(1);

    expect((await t.ok(TALLY, { id: first.consultation.id }, { as: observer })).consultation.tally).toEqual({ support: 5, oppose: 0, abstain: 0, total: 5 });
    expect((await t.ok(TALLY, { id: second.consultation.id }, { as: observer })).consultation.tally).toEqual({ support: 0, oppose: 5, abstain: 0, total: 5 });
  });

  it('a consultation scheduled for later leaves the proposal in draft and takes no votes yet', async () => {
    const proposal = await createProposal(t.dataSource);
    const data = await t.ok(OPEN, { input: { proposalId: proposal.id, audience: 'CICC', opensAt: inDays(2), closesAt: inDays(9) } }, { as: chairs.youngPerson.id });
    expect(data.openConsultation).toMatchObject({ proposalMovedToConsultation: false, consultation: { state: 'SCHEDULED' } });
    expect(await statusOf(proposal.id)).toBe(ProposalStatus.DRAFT);
    const member = await createCiccMember(t.dataSource);
    const early = await t.fails(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: member.id });
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_YET_OPEN' });

    const none = await t.fails(VOTE, { input: { proposalId: (await createProposal(t.dataSource)).id, choice: 'SUPPORT' } }, { as: member.id });
    expect(none.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_VOTE_OPEN' });
  });

  it('a vote that goes through costs one statement besides the session check', async () => {
    const proposal = await createProposal(t.dataSource);
    await openVote(proposal.id, 'ALWAYS');
    const member = await createCiccMember(t.dataSource);
    await t.tokenFor(member.id);
    for (const choice of ['SUPPORT', 'OPPOSE']) {
      const before = t.statementCount();
      await t.ok(VOTE, { input: { proposalId: proposal.id, choice } }, { as: member.id });
      // The open-session check that comes with every signed-in request (1), then the vote itself:
      // membership, the open consultation under a share lock, the upsert and its audit event, in
      // one statement (1). It used to be 6 (a transaction around four statements).
      expect(t.statementCount() - before).toBe(2);
    }
  });

  it('a vote that arrives while the consultation is being closed waits for the close and is refused', async () => {
    const proposal = await createProposal(t.dataSource);
    const { consultation } = await openVote(proposal.id, 'ALWAYS');
    const member = await createCiccMember(t.dataSource);
    await t.tokenFor(member.id);
    // Hold the row as closing does (FOR UPDATE), let the vote queue behind it, then close and commit.
    const closing = t.dataSource.createQueryRunner();
    await closing.connect();
    try {
      await closing.startTransaction();
      await closing.query(`SELECT id FROM consultation WHERE id = $1 FOR UPDATE`, [consultation.id]);
      const [{ pid }] = await closing.query(`SELECT pg_backend_pid() AS pid`);
      const late = t.gql(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: member.id });
      await blockedBy(pid);
      await closing.query(`UPDATE consultation SET closed_at = now() WHERE id = $1`, [consultation.id]);
      await closing.commitTransaction();
      const refused = await late;
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_VOTE_OPEN' });
    } finally {
      await closing.release();
    }
    expect(await votesOf(member.id, proposal.id)).toBe(0);
    const events = await t.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'castVote' AND entity_id = $1`, [proposal.id]);
    expect(events).toEqual([]);
  });

  it('closing waits for a vote holding the consultation and counts it in the final tally', async () => {
    const proposal = await createProposal(t.dataSource);
    const { consultation } = await openVote(proposal.id, 'ALWAYS');
    const member = await createCiccMember(t.dataSource);
    // A vote in flight holds the consultation as the vote statement does (FOR SHARE) until it commits.
    const voting = t.dataSource.createQueryRunner();
    await voting.connect();
    try {
      await voting.startTransaction();
      await voting.query(`SELECT id FROM consultation WHERE id = $1 FOR SHARE`, [consultation.id]);
      await voting.query(`INSERT INTO vote (proposal_id, consultation_id, member_id, choice) VALUES ($1, $2, $3, 'OPPOSE')`, [proposal.id, consultation.id, member.id]);
      const [{ pid }] = await voting.query(`SELECT pg_backend_pid() AS pid`);
      const close = t.gql(CLOSE, { input: { consultationId: consultation.id } }, { as: chairs.youngPerson.id });
      await blockedBy(pid);
      await voting.commitTransaction();
      const closed = await close;
      expect(closed.errors).toBeUndefined();
    } finally {
      await voting.release();
    }
    const [final] = await t.dataSource.query(`SELECT final_support, final_oppose, final_abstain FROM consultation WHERE id = $1`, [consultation.id]);
    expect(final).toEqual({ final_support: 0, final_oppose: 1, final_abstain: 0 });
  });

  it('a tiny audience gives no vote away: the tally stays hidden, for everyone, until five have voted, and after close if fewer did', async () => {
    const HIDDEN = `query($id: ID!) { consultation(id: $id) { state tally { support oppose abstain total } tallyHidden { reason message } } }`;
    const proposal = await createProposal(t.dataSource);
    const { consultation } = await openVote(proposal.id, 'ALWAYS');
    const [first] = await votersFor(proposal.id, ['SUPPORT']);
    const tooFew = { reason: 'TOO_FEW_VOTERS', message: "Results are shown once at least 5 people have voted, so nobody's vote can be worked out." };
    // Before, the first voter saw 1/0/0 become 1/1/0 and knew how the second voted.
    expect((await t.ok(HIDDEN, { id: consultation.id }, { as: first })).consultation).toEqual({ state: 'OPEN', tally: null, tallyHidden: tooFew });
    await votersFor(proposal.id, ['OPPOSE']);
    for (const as of [first, chairs.youngPerson.id, observer]) {
      expect((await t.ok(HIDDEN, { id: consultation.id }, { as })).consultation).toEqual({ state: 'OPEN', tally: null, tallyHidden: tooFew });
    }
    // Voting's own answer hides it too.
    const voted = await t.ok(`mutation($input: CastVoteInput!) { castVote(input: $input) { consultation { tally { total } tallyHidden { reason } } } }`, {
      input: { proposalId: proposal.id, choice: 'ABSTAIN' },
    }, { as: first });
    expect(voted.castVote.consultation).toEqual({ tally: null, tallyHidden: { reason: 'TOO_FEW_VOTERS' } });

    // Closed with two voters: still hidden, and the reason says why.
    await t.ok(CLOSE, { input: { consultationId: consultation.id } }, { as: chairs.youngPerson.id });
    expect((await t.ok(HIDDEN, { id: consultation.id }, { as: observer })).consultation).toEqual({
      state: 'CLOSED',
      tally: null,
      tallyHidden: { reason: 'TOO_FEW_VOTERS', message: "Fewer than 5 people voted, so the results are not shown: with so few, each person's vote could be worked out." },
    });

    // At five voters the tally appears.
    const other = await createProposal(t.dataSource);
    const next = await openVote(other.id, 'ALWAYS');
    await votersFor(other.id, ['SUPPORT', 'OPPOSE', 'SUPPORT', 'ABSTAIN']);
    expect((await t.ok(HIDDEN, { id: next.consultation.id }, { as: observer })).consultation.tallyHidden.reason).toBe('TOO_FEW_VOTERS');
    await votersFor(other.id, ['SUPPORT']);
    expect((await t.ok(HIDDEN, { id: next.consultation.id }, { as: observer })).consultation).toEqual({
      state: 'OPEN',
      tally: { support: 3, oppose: 1, abstain: 1, total: 5 },
      tallyHidden: null,
    });
  });

  it("waits for the young people's vote: no sign-off while the CiCC vote is open or still to open, saying when it closes; then the vote's end lets them recommend", async () => {
    const { youngPerson, sectorLead } = chairs;
    const p = await createProposal(t.dataSource, 'HOUSE_HOUSING', { title: 'A standard setting-up-home allowance' });
    const SIGN = `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended } }`;
    const closesAt = '2099-06-30T17:00:00Z';
    const opened = (await t.ok(OPEN, { input: { proposalId: p.id, audience: 'CICC', closesAt } }, { as: youngPerson.id })).openConsultation.consultation as { id: string };

    const early = await t.fails(SIGN, { input: { proposalId: p.id, note: 'Ready' } }, { as: sectorLead.id });
    expect(early.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CICC_VOTE_NOT_CLOSED',
      field: 'proposalId',
      details: { consultationId: opened.id, closesAt: '2099-06-30T17:00:00.000Z' },
    });
    expect(early.message).toBe(
      `The CiCC members' vote on "A standard setting-up-home allowance" is open until 30 June 2099 at 18:00 (London time). Sign it off once the vote has closed, so that the young people's vote counts.`,
    );
    // Neither co-chair can sign, nothing is recorded, and votes keep coming.
    expect((await t.fails(SIGN, { input: { proposalId: p.id } }, { as: youngPerson.id })).extensions?.reason).toBe('CICC_VOTE_NOT_CLOSED');
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM proposal_sign_off WHERE proposal_id = $1`, [p.id]))[0].n)).toBe(0);
    await t.ok(VOTE, { input: { proposalId: p.id, choice: 'SUPPORT' } }, { as: (await createCiccMember(t.dataSource)).id });
    expect(await statusOf(p.id)).toBe(ProposalStatus.IN_CONSULTATION);

    // Once the vote has closed, both sign off and the proposal is recommended.
    await t.ok(CLOSE, { input: { consultationId: opened.id } }, { as: youngPerson.id });
    await t.ok(SIGN, { input: { proposalId: p.id } }, { as: sectorLead.id });
    expect((await t.ok(SIGN, { input: { proposalId: p.id } }, { as: youngPerson.id })).signOffProposal.recommended).toBe(true);

    // A vote announced for later counts too.
    const later = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.IN_CONSULTATION });
    await t.ok(OPEN, { input: { proposalId: later.id, audience: 'CICC', opensAt: '2099-01-04T09:00:00Z', closesAt: '2099-01-18T09:00:00Z' } }, { as: youngPerson.id });
    const scheduled = await t.fails(SIGN, { input: { proposalId: later.id } }, { as: sectorLead.id });
    expect(scheduled.extensions?.reason).toBe('CICC_VOTE_NOT_CLOSED');
    expect(scheduled.message).toContain('opens on 4 January 2099 at 09:00 (London time) and closes 18 January 2099 at 09:00 (London time)');
  });

  it('refuses bad vote input with the right codes', async () => {
    const member = await createCiccMember(t.dataSource);
    const badChoice = await t.fails(VOTE, { input: { proposalId: '00000000-0000-4000-8000-000000000000', choice: 'MAYBE' } }, { as: member.id });
    expect(badChoice.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.fails(VOTE, { input: { proposalId: '00000000-0000-4000-8000-000000000000', choice: 'SUPPORT' } }, { as: member.id });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'proposalId' });
    const malformed = await t.fails(VOTE, { input: { proposalId: 'not-a-uuid', choice: 'SUPPORT' } }, { as: member.id });
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalId' });
  });
});
