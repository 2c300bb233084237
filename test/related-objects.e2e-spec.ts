import { randomUUID } from 'node:crypto';
import { MembershipRole } from '@app/governance';
import {
  agreementsByPartyCode,
  bodyByCode,
  createBodyMember,
  createConsultation,
  createEndorsedAuthorityOffers,
  createPerson,
  createProposal,
  createRepresentative,
  startTestApp,
  TestApp,
} from '@app/testing';

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`;
const AGENDA = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { agendaItem { id } } }`;
const DECIDE = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }`;
const ACTION = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { actionItem { id } } }`;

const LOOKUPS = `query($id: ID!) {
  proposal(id: $id) { id }
  consultation(id: $id) { id }
  proposals(first: 1) { totalCount }
}`;
const CONSULTATIONS = `query($first: Int) {
  consultations(first: $first) {
    edges { node { id proposalId proposal { id title createdBy { id displayName } } } }
  }
}`;
const MEETINGS = `query($filter: MeetingsFilterInput, $first: Int) {
  meetings(filter: $filter, first: $first) {
    edges { node {
      id
      agendaItems { proposalId proposal { id title } }
      decisions { recordedById recordedBy { id displayName } proposal { id } }
      actionItems { ownerId owner { id displayName } }
    } }
  }
}`;

const SET_STATUS = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id } } }`;
const AGREEMENTS = `query($proposalId: ID!, $first: Int) {
  agreements(filter: { proposalId: $proposalId }, first: $first) {
    edges { node { id proposal { id } updatedBy { id displayName } } }
  }
}`;

describe('Related records as objects, and single-item lookups', () => {
  let t: TestApp;
  let reader: string;

  beforeAll(async () => {
    t = await startTestApp();
    reader = (await createPerson(t.dataSource)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a missing item with null and a NOT_FOUND error, keeping the rest of the response', async () => {
    const missing = randomUUID();
    const result = await t.gql<{ proposal: unknown; consultation: unknown; proposals: { totalCount: number } }>(LOOKUPS, { id: missing }, { as: reader });
    expect(result.data).toMatchObject({ proposal: null, consultation: null, proposals: { totalCount: expect.any(Number) } });
    expect(result.errors?.map((e) => [e.path, e.extensions?.code]).sort()).toEqual([
      [['consultation'], 'NOT_FOUND'],
      [['proposal'], 'NOT_FOUND'],
    ]);
  });

  it("gives each consultation's proposal and its author as objects, loaded in batches", async () => {
    const start = Date.now() + 60_000;
    const made: { consultationId: string; proposalId: string; title: string; authorId: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const author = await createPerson(t.dataSource);
      const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { title: `Batched proposal ${i}`, createdById: author.id });
      // Newest first: these open after anything else in the list.
      const { consultation } = await createConsultation(t.dataSource, { proposalId: proposal.id, opensAt: new Date(start + (6 - i) * 1000), closesAt: new Date(start + 86_400_000) });
      made.push({ consultationId: consultation.id, proposalId: proposal.id, title: proposal.title, authorId: author.id });
    }

    const measure = async (first: number) => {
      const before = t.statementCount();
      const data = await t.ok(CONSULTATIONS, { first }, { as: reader });
      return { statements: t.statementCount() - before, nodes: data.consultations.edges.map((e: any) => e.node) };
    };
    const two = await measure(2);
    const six = await measure(6);
    expect(six.nodes).toEqual(
      made.map((m) => ({ id: m.consultationId, proposalId: m.proposalId, proposal: { id: m.proposalId, title: m.title, createdBy: { id: m.authorId, displayName: expect.any(String) } } })),
    );
    expect(six.statements).toBe(two.statements);
  });

  it("gives a meeting's decisions, agenda and actions their proposal and people as objects, loaded in batches", async () => {
    const chair = (await createBodyMember(t.dataSource, 'TRUST_BOARD', MembershipRole.CHAIR)).id;
    const bodyId = (await bodyByCode(t.dataSource, 'TRUST_BOARD')).id;
    const meetingIds: string[] = [];
    const expected: Record<string, unknown>[] = [];
    for (let i = 0; i < 3; i++) {
      const startsAt = `2031-0${i + 1}-05T10:00:00.000Z`;
      const meetingId = (await t.ok(SCHEDULE, { input: { bodyId, title: `Board ${i}`, startsAt, endsAt: startsAt.replace('10:00', '12:00'), location: 'City Hall' } }, { as: chair }))
        .scheduleMeeting.meeting.id as string;
      const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { title: `On the agenda ${i}` });
      const owner = await createPerson(t.dataSource);
      await t.ok(AGENDA, { input: { meetingId, title: 'The offer', proposalId: proposal.id } }, { as: chair });
      await t.ok(DECIDE, { input: { meetingId, kind: 'NOTE', summary: 'Noted.', proposalId: proposal.id } }, { as: chair });
      await t.ok(ACTION, { input: { meetingId, ownerId: owner.id, description: 'Write to the LAs.', dueOn: '2031-06-01' } }, { as: chair });
      meetingIds.push(meetingId);
      expected.push({
        id: meetingId,
        agendaItems: [{ proposalId: proposal.id, proposal: { id: proposal.id, title: proposal.title } }],
        decisions: [{ recordedById: chair, recordedBy: { id: chair, displayName: expect.any(String) }, proposal: { id: proposal.id } }],
        actionItems: [{ ownerId: owner.id, owner: { id: owner.id, displayName: owner.displayName } }],
      });
    }

    const filter = { bodyId, from: '2031-01-01T00:00:00.000Z', to: '2031-12-31T00:00:00.000Z' };
    const measure = async (first: number) => {
      const before = t.statementCount();
      const data = await t.ok(MEETINGS, { filter, first }, { as: chair });
      return { statements: t.statementCount() - before, nodes: data.meetings.edges.map((e: any) => e.node) };
    };
    const one = await measure(1);
    const three = await measure(3);
    expect(three.nodes).toEqual(expected);
    expect(three.statements).toBe(one.statements);
  });

  it('gives agreements their proposal and who changed them as objects, loaded in batches', async () => {
    // Two offers to every LA: one LA has moved on the first, three on the second.
    const [fewChanged, manyChanged] = await createEndorsedAuthorityOffers(t.dataSource, 2);
    const officers: Record<string, string> = {};
    for (const code of ['lam', 'crd', 'swr']) officers[code] = (await createRepresentative(t.dataSource, { authority: code })).id;
    const move = async (proposalId: string, codes: string[]) => {
      const rows = await agreementsByPartyCode(t.dataSource, proposalId);
      for (const code of codes) {
        await t.ok(SET_STATUS, { input: { agreementId: rows[code].id, status: 'IN_DISCUSSION', expectedVersion: rows[code].version } }, { as: officers[code] });
      }
      return rows;
    };
    await move(fewChanged, ['lam']);
    const rows = await move(manyChanged, ['lam', 'crd', 'swr']);

    const measure = async (proposalId: string) => {
      const before = t.statementCount();
      const data = await t.ok(AGREEMENTS, { proposalId, first: 40 }, { as: reader });
      return { statements: t.statementCount() - before, nodes: data.agreements.edges.map((e: any) => e.node) };
    };
    const few = await measure(fewChanged);
    const many = await measure(manyChanged);
    expect(many.nodes.filter((n: any) => n.updatedBy).map((n: any) => n.updatedBy.id).sort()).toEqual(Object.values(officers).sort());
    expect(many.nodes.every((n: any) => n.proposal.id === manyChanged)).toBe(true);
    expect(many.statements).toBe(few.statements);

    const history = await t.ok(
      `query($id: ID!) { agreementHistory(agreementId: $id) { edges { node { changedById changedBy { id } } } } }`,
      { id: rows.lam.id },
      { as: reader },
    );
    expect(history.agreementHistory.edges.map((e: any) => e.node)).toEqual([{ changedById: officers.lam, changedBy: { id: officers.lam } }]);
  });
});
