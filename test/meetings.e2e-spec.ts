import { Role } from '@app/access';
import { MembershipRole } from '@app/governance';
import { ProposalStatus } from '@app/proposals';
import { bodyByCode, createBodyMember, createCiccMember, createMeeting, createPerson, createProposal, startTestApp, TestApp } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id title status startsAt endsAt location version body { code } } } }`;
const AGENDA = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { agendaItem { id position title proposalId } } }`;
const DECIDE = `mutation($input: RecordDecisionInput!) {
  recordDecision(input: $input) { decision { id kind summary proposalId recordedById } proposalStatus proposalVersion }
}`;
const ACTION = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { actionItem { id ownerId description dueOn status version meeting { id } } } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { actionItem { id status dueOn version } } }`;
const MEETING = `query($id: ID!) {
  meeting(id: $id) {
    id status body { code name }
    agendaItems { position title proposalId }
    decisions { kind summary proposalId }
    actionItems { description ownerId dueOn status }
  }
}`;
const MEETINGS = `query($filter: MeetingsFilterInput, $first: Int) {
  meetings(filter: $filter, first: $first) {
    totalCount edges { node { id title body { code } agendaItems { title } decisions { kind } actionItems { description } } }
  }
}`;
const ACTIONS = `query($filter: ActionItemsFilterInput) { actionItems(filter: $filter) { totalCount edges { node { description dueOn status ownerId } } } }`;

describe('Meetings, decisions and actions through GraphQL', () => {
  let t: TestApp;
  let boardId: string;
  let housingId: string;
  let chair: string;
  let member: string;
  let outsider: string;

  beforeAll(async () => {
    t = await startTestApp();
    boardId = (await bodyByCode(t.dataSource, 'TRUST_BOARD')).id;
    housingId = (await bodyByCode(t.dataSource, 'HOUSE_HOUSING')).id;
    chair = (await createBodyMember(t.dataSource, 'TRUST_BOARD', MembershipRole.CHAIR)).id;
    member = (await createBodyMember(t.dataSource, 'TRUST_BOARD', MembershipRole.MEMBER)).id;
    outsider = (await createPerson(t.dataSource)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  async function schedule(bodyId = boardId, as = chair, overrides: Record<string, unknown> = {}): Promise<string> {
    const data = await t.ok(
      SCHEDULE,
      { input: { bodyId, title: 'Trust Board, March', startsAt: '2026-03-05T10:00:00.000Z', endsAt: '2026-03-05T12:00:00.000Z', location: 'City Hall', ...overrides } },
      { as },
    );
    return data.scheduleMeeting.meeting.id as string;
  }

  async function agreementRows(proposalId: string): Promise<number> {
    const [row] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM agreement_status WHERE proposal_id = $1`, [proposalId]);
    return row.n;
  }

  it('schedules a Trust Board meeting for a member, and refuses others', async () => {
    const data = await t.ok(
      SCHEDULE,
      { input: { bodyId: boardId, title: '  Trust Board, March ', startsAt: '2026-03-05T10:00:00.000Z', location: 'City Hall' } },
      { as: member },
    );
    expect(data.scheduleMeeting.meeting).toMatchObject({ title: 'Trust Board, March', status: 'SCHEDULED', endsAt: null, location: 'City Hall', version: 1, body: { code: 'TRUST_BOARD' } });

    const forbidden = await t.fails(SCHEDULE, { input: { bodyId: boardId, title: 'x', startsAt: '2026-03-05T10:00:00.000Z' } }, { as: outsider });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.message).toContain('Care Leavers Trust Board');

    const anonymous = await t.fails(SCHEDULE, { input: { bodyId: boardId, title: 'x', startsAt: '2026-03-05T10:00:00.000Z' } });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets someone granted a seat explicitly act for the body, as its members do, and only that body', async () => {
    const granted = (await createPerson(t.dataSource)).id;
    await grantRoleDirectly(t.dataSource, granted, Role.TRUST_BOARD_MEMBER);
    const meetingId = await schedule(boardId, granted, { title: 'Trust Board, April' });
    const item = await t.ok(AGENDA, { input: { meetingId, title: 'Apologies' } }, { as: granted });
    expect(item.addAgendaItem.agendaItem.position).toBe(1);

    const houseMember = (await createPerson(t.dataSource)).id;
    await grantRoleDirectly(t.dataSource, houseMember, Role.HOUSE_MEMBER, { body: housingId });
    await expect(schedule(housingId, houseMember, { title: 'Housing House' })).resolves.toEqual(expect.any(String));
    const otherBody = await t.fails(SCHEDULE, { input: { bodyId: boardId, title: 'x', startsAt: '2026-03-05T10:00:00.000Z' } }, { as: houseMember });
    expect(otherBody.extensions?.code).toBe('FORBIDDEN');
    const viewer = (await createPerson(t.dataSource)).id;
    await grantRoleDirectly(t.dataSource, viewer, Role.ALDCS_VIEWER);
    const notASeat = await t.fails(SCHEDULE, { input: { bodyId: boardId, title: 'x', startsAt: '2026-03-05T10:00:00.000Z' } }, { as: viewer });
    expect(notASeat.extensions?.code).toBe('FORBIDDEN');
  });

  it('links an agenda item to its papers, and refuses a link that is not a web address', async () => {
    const meetingId = await schedule();
    const WITH_PAPERS = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { agendaItem { title papersUrl } } }`;
    const added = await t.ok(WITH_PAPERS, { input: { meetingId, title: 'Budget report', papersUrl: 'https://example.org/board/2026-12/budget.pdf' } }, { as: chair });
    expect(added.addAgendaItem.agendaItem).toEqual({ title: 'Budget report', papersUrl: 'https://example.org/board/2026-12/budget.pdf' });
    const without = await t.ok(WITH_PAPERS, { input: { meetingId, title: 'Any other business' } }, { as: chair });
    expect(without.addAgendaItem.agendaItem.papersUrl).toBeNull();
    const bad = await t.fails(WITH_PAPERS, { input: { meetingId, title: 'Minutes', papersUrl: 'javascript:alert(1)' } }, { as: chair });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'papersUrl' });
    expect(bad.message).toBe('Enter the link to the papers as a web address starting https://');
  });

  it('endorses a recommended proposal on the agenda: the proposal moves and its 33 agreement rows open, in one step', async () => {
    const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.RECOMMENDED });
    const meetingId = await schedule();
    const first = await t.ok(AGENDA, { input: { meetingId, title: 'Apologies' } }, { as: chair });
    const second = await t.ok(AGENDA, { input: { meetingId, title: 'Council tax exemption to 25', proposalId: proposal.id } }, { as: chair });
    expect(first.addAgendaItem.agendaItem.position).toBe(1);
    expect(second.addAgendaItem.agendaItem).toMatchObject({ position: 2, proposalId: proposal.id });

    const decided = await t.ok(
      DECIDE,
      { input: { meetingId, kind: 'ENDORSE', summary: 'Endorsed for agreement by every LA.', proposalId: proposal.id, expectedProposalVersion: proposal.version } },
      { as: chair },
    );
    expect(decided.recordDecision).toMatchObject({
      decision: { kind: 'ENDORSE', summary: 'Endorsed for agreement by every LA.', proposalId: proposal.id, recordedById: chair },
      proposalStatus: 'ENDORSED',
      proposalVersion: proposal.version + 1,
    });
    expect(await agreementRows(proposal.id)).toBe(33);
    const [transition] = await t.dataSource.query<{ from_status: string; to_status: string; reason: string; actor_id: string }[]>(
      `SELECT from_status, to_status, reason, actor_id FROM proposal_transition WHERE proposal_id = $1 ORDER BY at DESC LIMIT 1`,
      [proposal.id],
    );
    expect(transition).toEqual({ from_status: 'RECOMMENDED', to_status: 'ENDORSED', reason: 'Endorsed for agreement by every LA.', actor_id: chair });

    const view = await t.ok(MEETING, { id: meetingId }, { as: chair });
    expect(view.meeting).toMatchObject({
      status: 'HELD',
      body: { code: 'TRUST_BOARD' },
      agendaItems: [{ position: 1, title: 'Apologies', proposalId: null }, { position: 2, proposalId: proposal.id }],
      decisions: [{ kind: 'ENDORSE', proposalId: proposal.id }],
      actionItems: [],
    });
  });

  it('refuses a decision the status machine does not allow, naming the allowed moves, and records nothing', async () => {
    const draft = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.DRAFT });
    const meetingId = await schedule();
    const error = await t.fails(DECIDE, { input: { meetingId, kind: 'ENDORSE', summary: 'Endorsed.', proposalId: draft.id } }, { as: chair });
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toContain('Allowed from DRAFT: IN_CONSULTATION, WITHDRAWN');
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM decision WHERE meeting_id = $1`, [meetingId]);
    expect(n).toBe(0);
    expect(await agreementRows(draft.id)).toBe(0);
  });

  it('refuses a decision taken on a stale proposal version, leaving everything as it was', async () => {
    const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.RECOMMENDED });
    const meetingId = await schedule();
    const error = await t.fails(
      DECIDE,
      { input: { meetingId, kind: 'ENDORSE', summary: 'Endorsed.', proposalId: proposal.id, expectedProposalVersion: proposal.version + 5 } },
      { as: chair },
    );
    expect(error.extensions?.code).toBe('CONFLICT');
    const [row] = await t.dataSource.query<{ status: string }[]>(`SELECT status FROM proposal WHERE id = $1`, [proposal.id]);
    expect(row.status).toBe('RECOMMENDED');
    expect(await agreementRows(proposal.id)).toBe(0);
  });

  it('declines, sends back and adopts through Trust Board decisions', async () => {
    const meetingId = await schedule();
    const toDecline = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.RECOMMENDED });
    const toSendBack = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.RECOMMENDED });
    const toAdopt = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.RECOMMENDED });
    const run = async (kind: string, proposalId: string) =>
      (await t.ok(DECIDE, { input: { meetingId, kind, summary: `${kind} agreed.`, proposalId } }, { as: member })).recordDecision.proposalStatus;
    expect(await run('DECLINE', toDecline.id)).toBe('DECLINED');
    expect(await run('SEND_BACK', toSendBack.id)).toBe('DRAFT');
    expect(await run('ENDORSE', toAdopt.id)).toBe('ENDORSED');
    expect(await run('ADOPT', toAdopt.id)).toBe('ADOPTED');
    expect(await agreementRows(toAdopt.id)).toBe(33);
    expect(await agreementRows(toDecline.id)).toBe(0);
  });

  it("keeps moving decisions for the Trust Board: a House meeting may only note", async () => {
    const coChair = (await createBodyMember(t.dataSource, 'HOUSE_HOUSING', MembershipRole.CO_CHAIR_SECTOR_LEAD)).id;
    const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.RECOMMENDED });
    const meetingId = await schedule(housingId, coChair, { title: 'Housing House' });
    const error = await t.fails(DECIDE, { input: { meetingId, kind: 'ENDORSE', summary: 'Endorsed.', proposalId: proposal.id } }, { as: coChair });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(error.message).toContain('Only the Trust Board');
    const noted = await t.ok(DECIDE, { input: { meetingId, kind: 'NOTE', summary: 'Discussed the draft.', proposalId: proposal.id } }, { as: coChair });
    expect(noted.recordDecision).toMatchObject({ decision: { kind: 'NOTE' }, proposalStatus: 'RECOMMENDED' });

    const notMember = await t.fails(DECIDE, { input: { meetingId, kind: 'NOTE', summary: 'Noted.' } }, { as: chair });
    expect(notMember.extensions?.code).toBe('FORBIDDEN');
    const noProposal = await t.fails(DECIDE, { input: { meetingId: await schedule(), kind: 'ADOPT', summary: 'Adopted.' } }, { as: chair });
    expect(noProposal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalId' });
  });

  it('records action items with an owner and a due date, lists them and updates them with optimistic locking', async () => {
    const meetingId = await schedule();
    const owner = (await createPerson(t.dataSource)).id;
    const added = await t.ok(ACTION, { input: { meetingId, ownerId: owner, description: 'Write to the five non-responding LAs.', dueOn: '2026-04-01' } }, { as: chair });
    const item = added.addActionItem.actionItem;
    expect(item).toMatchObject({ ownerId: owner, dueOn: '2026-04-01', status: 'OPEN', version: 1, meeting: { id: meetingId } });
    await t.ok(ACTION, { input: { meetingId, ownerId: owner, description: 'Report back.', dueOn: '2026-06-01' } }, { as: chair });

    const dueSoon = await t.ok(ACTIONS, { filter: { ownerId: owner, status: 'OPEN', dueBefore: '2026-05-01' } }, { as: owner });
    expect(dueSoon.actionItems.totalCount).toBe(1);
    expect(dueSoon.actionItems.edges[0].node).toMatchObject({ description: 'Write to the five non-responding LAs.', ownerId: owner });

    // The owner may update their own action even without a Trust Board seat.
    const done = await t.ok(UPDATE_ACTION, { input: { actionItemId: item.id, expectedVersion: 1, status: 'DONE' } }, { as: owner });
    expect(done.updateActionItem.actionItem).toMatchObject({ status: 'DONE', version: 2 });
    const stale = await t.fails(UPDATE_ACTION, { input: { actionItemId: item.id, expectedVersion: 1, status: 'CANCELLED' } }, { as: chair });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const [row] = await t.dataSource.query<{ status: string; version: number }[]>(`SELECT status, version FROM action_item WHERE id = $1`, [item.id]);
    expect(row).toEqual({ status: 'DONE', version: 2 });
    const someoneElse = await t.fails(UPDATE_ACTION, { input: { actionItemId: item.id, expectedVersion: 2, status: 'OPEN' } }, { as: outsider });
    expect(someoneElse.extensions?.code).toBe('FORBIDDEN');

    const view = await t.ok(MEETING, { id: meetingId }, { as: chair });
    expect(view.meeting.actionItems.map((a: { dueOn: string }) => a.dueOn)).toEqual(['2026-04-01', '2026-06-01']);
  });

  it('answers bad input with the field at fault', async () => {
    const meetingId = await schedule();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [string, Record<string, unknown>, string, string][] = [
      [SCHEDULE, { bodyId: boardId, title: 'x', startsAt: '2026-03-05T10:00:00.000Z', endsAt: '2026-03-05T09:00:00.000Z' }, 'BAD_USER_INPUT', 'endsAt'],
      [SCHEDULE, { bodyId: boardId, title: '   ', startsAt: '2026-03-05T10:00:00.000Z' }, 'BAD_USER_INPUT', 'title'],
      [SCHEDULE, { bodyId: unknown, title: 'x', startsAt: '2026-03-05T10:00:00.000Z' }, 'NOT_FOUND', 'bodyId'],
      [SCHEDULE, { bodyId: 'trust-board', title: 'x', startsAt: '2026-03-05T10:00:00.000Z' }, 'BAD_USER_INPUT', 'bodyId'],
      [AGENDA, { meetingId: unknown, title: 'x' }, 'NOT_FOUND', 'meetingId'],
      [AGENDA, { meetingId, title: '' }, 'BAD_USER_INPUT', 'title'],
      [AGENDA, { meetingId, title: 'x', proposalId: unknown }, 'NOT_FOUND', 'proposalId'],
      [DECIDE, { meetingId, kind: 'NOTE', summary: ' ' }, 'BAD_USER_INPUT', 'summary'],
      [ACTION, { meetingId, ownerId: unknown, description: 'x', dueOn: '2026-04-01' }, 'NOT_FOUND', 'ownerId'],
      [ACTION, { meetingId, ownerId: chair, description: 'x', dueOn: '2026-02-30' }, 'BAD_USER_INPUT', 'dueOn'],
      [ACTION, { meetingId, ownerId: chair, description: 'x', dueOn: '2026-03-01' }, 'BAD_USER_INPUT', 'dueOn'],
      [UPDATE_ACTION, { actionItemId: unknown, expectedVersion: 1 }, 'NOT_FOUND', 'actionItemId'],
    ];
    for (const [query, input, code, field] of cases) {
      const error = await t.fails(query, { input }, { as: chair });
      expect({ input, code: error.extensions?.code, field: error.extensions?.field }).toEqual({ input, code, field });
    }
    const reversed = await t.fails(MEETINGS, { filter: { from: '2026-04-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' } }, { as: chair });
    expect(reversed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const missing = await t.fails(MEETING, { id: unknown }, { as: chair });
    expect(missing.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists meetings of a body within dates, loading nested fields in a fixed number of statements', async () => {
    const cicc = await bodyByCode(t.dataSource, 'CICC');
    const owner = (await createPerson(t.dataSource)).id;
    const ciccMember = (await createCiccMember(t.dataSource)).id;
    const make = async (count: number, day: number) => {
      for (let i = 0; i < count; i++) {
        const m = await createMeeting(t.dataSource, 'CICC', { title: `CiCC ${day}.${i}`, startsAt: new Date(`2027-0${day}-0${i + 1}T18:00:00Z`) });
        await t.dataSource.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 1, 'Welcome')`, [m.id]);
        await t.dataSource.query(`INSERT INTO action_item (meeting_id, owner_id, description, due_on) VALUES ($1, $2, 'Follow up', '2027-12-01')`, [m.id, owner]);
      }
    };
    await make(1, 1);
    await make(5, 2);
    const count = async (from: string, to: string) => {
      const before = t.statementCount();
      const data = await t.ok(MEETINGS, { filter: { bodyId: cicc.id, from, to }, first: 50 }, { as: ciccMember });
      return { statements: t.statementCount() - before, data: data.meetings };
    };
    const one = await count('2027-01-01T00:00:00.000Z', '2027-01-31T00:00:00.000Z');
    const five = await count('2027-02-01T00:00:00.000Z', '2027-02-28T00:00:00.000Z');
    expect(one.data.totalCount).toBe(1);
    expect(five.data.totalCount).toBe(5);
    expect(five.data.edges[0].node).toMatchObject({ body: { code: 'CICC' }, agendaItems: [{ title: 'Welcome' }], decisions: [], actionItems: [{ description: 'Follow up' }] });
    expect(five.statements).toBe(one.statements);
  });
});
