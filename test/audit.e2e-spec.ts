import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually } from './support/eventually';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { QueueFactory, QueueName, SystemJob } from '@app/core';
import { auditDiff, PERSONAL_FIELDS, personalFieldsOf } from '@app/audit';
import { CommentReportReason } from '@app/comments';
import { ConsultationAudience, QuestionKind } from '@app/consultations';
import { MembershipRole, PersonEntity } from '@app/governance';
import { hashToken, randomToken, SessionService, SignInMethod, SignInService } from '@app/identity';
import { MailTransport, OutboxMailTransport } from '@app/mail';
import { ActionItemEntity } from '@app/meetings';
import { ProposalSignOffEntity, ProposalStatus } from '@app/proposals';
import {
  addMembership,
  agreementsByPartyCode,
  authorityByShortCode,
  bodyByCode,
  createAuthorityOfficer,
  createBodyMember,
  createCiccMember,
  createComment,
  createCommentReport,
  createConsultation,
  createEndorsedAuthorityOffers,
  createMeeting,
  createPerson,
  createProposal,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';

const DAY = 24 * 60 * 60 * 1000;

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  correlation_id: string | null;
}

/** What one mutation must have recorded: at least one event like this. */
interface ExpectedEvent {
  entityType: string;
  /** When the event's record id is known in advance or from the payload. */
  entityId?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

interface Case {
  /** Who calls: a signed-in person, or null for the public sign-in operations. */
  as: string | null;
  /**
   * Whom the events name as actor, when not the caller: a public sign-in operation is recorded as
   * the person its token or code proves (or anonymously, when it proves no one).
   */
  actor?: string | null;
  query: string;
  variables: Record<string, unknown>;
  /** Events expected, given the response data. */
  expect: (data: Record<string, any>) => ExpectedEvent[];
}

describe('audit trail', () => {
  let t: TestApp;
  let ds: DataSource;
  let admin: PersonEntity;
  let housing: { youngPerson: PersonEntity; sectorLead: PersonEntity };

  /**
   * One GraphQL request over HTTP as a signed-in person, returning the body and the response's
   * x-correlation-id header (which the harness's gql helpers do not expose).
   */
  async function send(query: string, variables: Record<string, unknown>, as: string | null, correlationId?: string) {
    const req = t.http().post('/graphql').set('content-type', 'application/json');
    if (as) req.set('authorization', `Bearer ${await t.tokenFor(as)}`);
    if (correlationId) req.set('x-correlation-id', correlationId);
    const res = await req.send({ query, variables });
    if (res.status >= 500) throw new Error(`HTTP ${res.status} from /graphql: ${res.text}`);
    const header = res.headers['x-correlation-id'];
    return { body: res.body as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] }, correlationId: header };
  }

  function eventsOfRequest(correlationId: string): Promise<AuditRow[]> {
    return ds.query(`SELECT * FROM audit_event WHERE correlation_id = $1 ORDER BY at, id`, [correlationId]);
  }

  /** The sign-in code last emailed to `email` (the app's mail goes to an outbox folder in tests; a code's mail leaves after the answer). */
  async function codeEmailedTo(email: string): Promise<string> {
    const outbox = (t.app.get<OutboxMailTransport>(MailTransport)).directory;
    for (let tries = 0; tries < 50; tries++) {
      const files = (await readdir(outbox).catch(() => [] as string[])).sort().reverse();
      for (const file of files) {
        const raw = await readFile(join(outbox, file), 'utf8');
        const code = /^Subject: Your sign-in code: (\d{6})$/m.exec(raw)?.[1];
        if (code && raw.includes(`To: ${email}`)) return code;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No sign-in code was emailed to ${email}`);
  }

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.dataSource;
    admin = await createPerson(ds, { displayName: 'Programme Admin' });
    await ds.query(`INSERT INTO role_grant (person_id, role, reason) VALUES ($1, 'PROGRAMME_ADMIN', 'Runs the programme')`, [admin.id]);
    housing = await seatCoChairs(ds, 'HOUSE_HOUSING');
  });
  afterAll(() => t.close());

  // ------------------------------------------------------------------------------------------
  // Every mutation, arranged with factories and called through HTTP.

  const cases: Record<string, () => Promise<Case>> = {
    createPerson: async () => ({
      as: admin.id,
      query: `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
      variables: { input: { displayName: 'Amira Khan', email: `amira-${Date.now()}@example.org` } },
      // People are recorded by id: their name and email are named as set, never recorded.
      expect: (d) => [{ entityType: 'person', entityId: d.createPerson.person.id, before: null, after: { id: d.createPerson.person.id, withheld: ['careExperienced', 'displayName', 'email'] } }],
    }),
    updatePerson: async () => {
      const person = await createPerson(ds, { displayName: 'Old Name' });
      return {
        as: admin.id,
        query: `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }`,
        variables: { input: { id: person.id, expectedVersion: person.version, displayName: 'New Name' } },
        expect: () => [{ entityType: 'person', entityId: person.id, before: { version: person.version }, after: { version: person.version + 1, withheld: ['displayName'] } }],
      };
    },
    addMembership: async () => {
      const person = await createPerson(ds);
      const house = await bodyByCode(ds, 'HOUSE_HEALTH');
      return {
        as: admin.id,
        query: `mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } } }`,
        variables: { input: { personId: person.id, bodyId: house.id, role: 'MEMBER', reason: 'Joins the Health House' } },
        expect: (d) => [
          { entityType: 'membership', entityId: d.addMembership.membership.id, before: null, after: { personId: person.id, bodyId: house.id, role: 'MEMBER', withheld: ['startReason'] } },
        ],
      };
    },
    endMembership: async () => {
      const person = await createPerson(ds);
      const membership = await addMembership(ds, person.id, 'HOUSE_HEALTH');
      return {
        as: admin.id,
        query: `mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id } } }`,
        variables: { input: { membershipId: membership.id, reason: 'Moved to another council' } },
        expect: () => [
          { entityType: 'membership', entityId: membership.id, before: { endedAt: null }, after: { endedAt: expect.any(String), withheld: ['endReason'] } },
        ],
      };
    },
    appointCoChair: async () => {
      const chairs = await seatCoChairs(ds, 'HOUSE_TRANSPORT');
      const successor = await createPerson(ds);
      const house = await bodyByCode(ds, 'HOUSE_TRANSPORT');
      const [previous] = await ds.query<{ id: string }[]>(`SELECT id FROM membership WHERE person_id = $1 AND body_id = $2`, [chairs.sectorLead.id, house.id]);
      return {
        as: admin.id,
        query: `mutation($input: AppointCoChairInput!) { appointCoChair(input: $input) { membership { id } } }`,
        variables: { input: { houseId: house.id, personId: successor.id, seat: 'SECTOR_LEAD', reason: 'Elected at the House meeting' } },
        expect: (d) => [
          { entityType: 'membership', entityId: d.appointCoChair.membership.id, before: null, after: { personId: successor.id, role: 'CO_CHAIR_SECTOR_LEAD' } },
          { entityType: 'membership', entityId: previous.id, before: { endedAt: null }, after: { endedAt: expect.any(String), withheld: ['endReason'] } },
        ],
      };
    },
    endCoChairTerm: async () => {
      const chairs = await seatCoChairs(ds, 'HOUSE_RELATIONSHIPS');
      const house = await bodyByCode(ds, 'HOUSE_RELATIONSHIPS');
      const [term] = await ds.query<{ id: string }[]>(`SELECT id FROM membership WHERE person_id = $1 AND body_id = $2`, [chairs.youngPerson.id, house.id]);
      return {
        as: admin.id,
        query: `mutation($input: EndCoChairTermInput!) { endCoChairTerm(input: $input) { membership { id } } }`,
        variables: { input: { houseId: house.id, seat: 'YOUNG_PERSON', reason: 'Stepping down' } },
        expect: () => [{ entityType: 'membership', entityId: term.id, before: { endedAt: null }, after: { endedAt: expect.any(String), withheld: ['endReason'] } }],
      };
    },
    leaveCicc: async () => {
      const member = await createCiccMember(ds);
      const [membership] = await ds.query<{ id: string }[]>(`SELECT id FROM membership WHERE person_id = $1`, [member.id]);
      return {
        as: member.id,
        query: `mutation($input: LeaveCiccInput!) { leaveCicc(input: $input) { ended { id } } }`,
        variables: { input: { reason: 'Busy with college' } },
        expect: () => [{ entityType: 'membership', entityId: membership.id, before: { endedAt: null }, after: { endedAt: expect.any(String), withheld: ['endReason'] } }],
      };
    },
    grantRole: async () => {
      const person = await createPerson(ds);
      return {
        as: admin.id,
        query: `mutation($input: GrantRoleInput!) { grantRole(input: $input) { grant { id } } }`,
        variables: { input: { personId: person.id, role: 'ALDCS_VIEWER', reason: 'Reads the progress views' } },
        expect: (d) => [{ entityType: 'role_grant', entityId: d.grantRole.grant.id, before: null, after: { personId: person.id, role: 'ALDCS_VIEWER', withheld: ['reason'] } }],
      };
    },
    revokeRole: async () => {
      const person = await createPerson(ds);
      const [grant] = await ds.query<{ id: string }[]>(`INSERT INTO role_grant (person_id, role, reason) VALUES ($1, 'ALDCS_VIEWER', 'Temporary') RETURNING id`, [
        person.id,
      ]);
      return {
        as: admin.id,
        query: `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { grant { id } } }`,
        variables: { input: { grantId: grant.id, reason: 'No longer needed' } },
        expect: () => [{ entityType: 'role_grant', entityId: grant.id, before: { revokedAt: null }, after: { revokedAt: expect.any(String), withheld: ['revokeReason'] } }],
      };
    },
    createProposal: async () => {
      const house = await bodyByCode(ds, 'HOUSE_HOUSING');
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id } } }`,
        variables: {
          input: {
            houseId: house.id,
            title: 'Rent deposit guarantee',
            summary: 'Every LA guarantees a rent deposit.',
            category: 'HOUSING',
            deliveryModel: 'EACH_LA',
            uascConsiderations: 'Open to all care leavers whatever their status.',
          },
        },
        expect: (d) => [
          { entityType: 'proposal', entityId: d.createProposal.proposal.id, before: null, after: { title: 'Rent deposit guarantee', status: 'DRAFT', partnerIds: [] } },
        ],
      };
    },
    updateProposal: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING');
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { id } } }`,
        variables: { input: { proposalId: proposal.id, expectedVersion: proposal.version, title: 'Council tax exemption to 26' } },
        expect: () => [
          {
            entityType: 'proposal',
            entityId: proposal.id,
            before: { title: 'Council tax exemption to 25', version: proposal.version },
            after: { title: 'Council tax exemption to 26', version: proposal.version + 1 },
          },
        ],
      };
    },
    transitionProposal: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING');
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: TransitionProposalInput!) { transitionProposal(input: $input) { proposal { id } } }`,
        variables: { input: { proposalId: proposal.id, to: 'IN_CONSULTATION', reason: 'Ready to consult', expectedVersion: proposal.version } },
        expect: () => [{ entityType: 'proposal', entityId: proposal.id, before: { status: 'DRAFT' }, after: { status: 'IN_CONSULTATION' } }],
      };
    },
    signOffProposal: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING', { status: ProposalStatus.IN_CONSULTATION });
      return {
        as: housing.youngPerson.id,
        query: `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended } }`,
        variables: { input: { proposalId: proposal.id, note: 'Our members back it' } },
        expect: () => [
          {
            entityType: 'proposal_sign_off',
            before: null,
            after: { proposalId: proposal.id, personId: housing.youngPerson.id, role: 'CO_CHAIR_YOUNG_PERSON', note: 'Our members back it' },
          },
        ],
      };
    },
    withdrawSignOff: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING', { status: ProposalStatus.IN_CONSULTATION });
      const inserted = await ds.getRepository(ProposalSignOffEntity).insert({
        proposalId: proposal.id,
        personId: housing.youngPerson.id,
        role: MembershipRole.CO_CHAIR_YOUNG_PERSON,
        note: '',
      });
      return {
        as: housing.youngPerson.id,
        query: `mutation($input: WithdrawSignOffInput!) { withdrawSignOff(input: $input) { proposal { id } } }`,
        variables: { input: { proposalId: proposal.id } },
        expect: () => [
          { entityType: 'proposal_sign_off', entityId: inserted.identifiers[0].id as string, before: { voidedAt: null }, after: { voidedAt: expect.any(String) } },
        ],
      };
    },
    openConsultation: async () => {
      const house = await bodyByCode(ds, 'HOUSE_HOUSING');
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`,
        variables: {
          input: {
            houseId: house.id,
            title: 'Rent deposits in your LA',
            audience: 'LOCAL_AUTHORITIES',
            closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
            questions: [{ kind: 'YES_NO', prompt: 'Do you offer a rent deposit?' }],
          },
        },
        expect: (d) => [
          {
            entityType: 'consultation',
            entityId: d.openConsultation.consultation.id,
            before: null,
            after: { title: 'Rent deposits in your LA', audience: 'LOCAL_AUTHORITIES', questions: [expect.objectContaining({ prompt: 'Do you offer a rent deposit?' })] },
          },
        ],
      };
    },
    closeConsultation: async () => {
      const { consultation } = await createConsultation(ds);
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { id } } }`,
        variables: { input: { consultationId: consultation.id } },
        expect: () => [{ entityType: 'consultation', entityId: consultation.id, before: { closedAt: null }, after: { closedAt: expect.any(String) } }],
      };
    },
    recordConsultationOutcome: async () => {
      const { consultation } = await createConsultation(ds, { opensAt: new Date(Date.now() - 9 * DAY), closesAt: new Date(Date.now() - DAY) });
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: RecordConsultationOutcomeInput!) { recordConsultationOutcome(input: $input) { consultation { id } } }`,
        variables: { input: { consultationId: consultation.id, summary: 'Most LAs already offer it.' } },
        expect: () => [
          { entityType: 'consultation', entityId: consultation.id, before: { outcomeSummary: null }, after: { outcomeSummary: 'Most LAs already offer it.' } },
        ],
      };
    },
    erasePerson: async () => {
      const person = await createCiccMember(ds, { displayName: 'To Be Erased' });
      return {
        as: admin.id,
        query: `mutation($input: ErasePersonInput!) { erasePerson(input: $input) { erasedAt } }`,
        variables: { input: { personId: person.id } },
        expect: () => [{ entityType: 'person', entityId: person.id, before: null, after: { membershipsEnded: 1, erasedAt: expect.any(String) } }],
      };
    },
    respondToConsultation: async () => {
      const { consultation, questions } = await createConsultation(ds, { questions: [{ prompt: 'Do you exempt care leavers from council tax?' }] });
      const officer = await createAuthorityOfficer(ds, 'lam');
      const lambeth = await authorityByShortCode(ds, 'lam');
      return {
        as: officer.id,
        query: `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { response { id } } }`,
        variables: { input: { consultationId: consultation.id, onBehalfOfAuthorityId: lambeth.id, answers: [{ questionId: questions[0].id, yesNo: true }] } },
        expect: (d) => [
          {
            entityType: 'consultation_response',
            entityId: d.respondToConsultation.response.id,
            before: null,
            after: { consultationId: consultation.id, onBehalfOfAuthorityId: lambeth.id, answers: [{ questionId: questions[0].id, value: true }] },
          },
        ],
      };
    },
    castVote: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING', { status: ProposalStatus.IN_CONSULTATION });
      const { consultation } = await createConsultation(ds, { proposalId: proposal.id, audience: ConsultationAudience.CICC });
      const member = await createCiccMember(ds);
      return {
        as: member.id,
        query: `mutation($input: CastVoteInput!) { castVote(input: $input) { changed } }`,
        variables: { input: { proposalId: proposal.id, choice: 'OPPOSE' } },
        expect: () => [{ entityType: 'proposal', entityId: proposal.id, before: null, after: { consultationId: consultation.id, vote: 'CAST' } }],
      };
    },
    addComment: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING');
      return {
        as: housing.youngPerson.id,
        query: `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`,
        variables: { input: { proposalId: proposal.id, body: 'This would help so many of us.' } },
        expect: (d) => [
          { entityType: 'comment', entityId: d.addComment.comment.id, before: null, after: { proposalId: proposal.id, withheld: ['body'] } },
        ],
      };
    },
    editComment: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING');
      const comment = await createComment(ds, proposal.id, housing.youngPerson.id);
      return {
        as: housing.youngPerson.id,
        query: `mutation($input: EditCommentInput!) { editComment(input: $input) { comment { id } } }`,
        variables: { input: { commentId: comment.id, body: 'Edited: this would help.', expectedVersion: comment.version } },
        expect: () => [
          { entityType: 'comment', entityId: comment.id, before: { editedAt: null }, after: { editedAt: expect.any(String), withheld: ['body'] } },
        ],
      };
    },
    deleteComment: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING');
      const comment = await createComment(ds, proposal.id, housing.youngPerson.id);
      return {
        as: housing.youngPerson.id,
        query: `mutation($input: DeleteCommentInput!) { deleteComment(input: $input) { comment { id } } }`,
        variables: { input: { commentId: comment.id } },
        expect: () => [{ entityType: 'comment', entityId: comment.id, before: { deletedAt: null }, after: { deletedAt: expect.any(String) } }],
      };
    },
    reportComment: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING');
      const comment = await createComment(ds, proposal.id, housing.youngPerson.id);
      const reporter = await createCiccMember(ds);
      return {
        as: reporter.id,
        query: `mutation($input: ReportCommentInput!) { reportComment(input: $input) { report { id } } }`,
        variables: { input: { commentId: comment.id, reason: 'OFF_TOPIC', details: 'It is about something else' } },
        expect: (d) => [
          { entityType: 'comment_report', entityId: d.reportComment.report.id, before: null, after: { commentId: comment.id, reporterId: reporter.id, reason: 'OFF_TOPIC' } },
        ],
      };
    },
    hideComment: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING');
      const author = await createCiccMember(ds);
      const comment = await createComment(ds, proposal.id, author.id);
      const report = await createCommentReport(ds, comment.id, housing.youngPerson.id);
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: HideCommentInput!) { hideComment(input: $input) { comment { id } } }`,
        variables: { input: { commentId: comment.id, reason: 'Names a young person' } },
        expect: () => [
          { entityType: 'comment', entityId: comment.id, before: { hiddenAt: null, hiddenReason: null }, after: { hiddenReason: 'Names a young person' } },
          { entityType: 'comment_report', entityId: report.id, before: { resolvedAt: null }, after: { resolution: 'Comment hidden: Names a young person' } },
        ],
      };
    },
    unhideComment: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING');
      const author = await createCiccMember(ds);
      const comment = await createComment(ds, proposal.id, author.id, {
        hiddenAt: new Date(),
        hiddenById: housing.sectorLead.id,
        hiddenReason: 'Checking a name',
      });
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: UnhideCommentInput!) { unhideComment(input: $input) { comment { id } } }`,
        variables: { input: { commentId: comment.id, reason: 'The name was the author’s own' } },
        expect: () => [
          { entityType: 'comment', entityId: comment.id, before: { hiddenReason: 'Checking a name' }, after: { hiddenAt: null, hiddenReason: null } },
        ],
      };
    },
    resolveCommentReport: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING');
      const comment = await createComment(ds, proposal.id, housing.youngPerson.id);
      const report = await createCommentReport(ds, comment.id, housing.sectorLead.id);
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: ResolveCommentReportInput!) { resolveCommentReport(input: $input) { report { id } } }`,
        variables: { input: { reportId: report.id, resolution: 'On topic after all' } },
        expect: () => [
          { entityType: 'comment_report', entityId: report.id, before: { resolvedAt: null }, after: { resolution: 'On topic after all', resolvedById: housing.sectorLead.id } },
        ],
      };
    },
    handleSafeguardingConcern: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING');
      const comment = await createComment(ds, proposal.id, housing.youngPerson.id);
      const report = await createCommentReport(ds, comment.id, housing.sectorLead.id, CommentReportReason.SAFETY_CONCERN);
      const lead = await createPerson(ds);
      await ds.query(`INSERT INTO role_grant (person_id, role, reason) VALUES ($1, 'SAFEGUARDING_LEAD', 'Designated lead')`, [lead.id]);
      return {
        as: lead.id,
        query: `mutation($input: HandleSafeguardingConcernInput!) { handleSafeguardingConcern(input: $input) { concern { id } } }`,
        variables: { input: { reportId: report.id, action: 'CONTACTED_PERSON', notes: 'Spoke to them; they are safe.' } },
        expect: () => [
          { entityType: 'comment_report', entityId: report.id, before: { resolvedAt: null }, after: { resolvedById: lead.id, resolution: 'Safeguarding: CONTACTED_PERSON' } },
        ],
      };
    },
    setAgreementStatus: async () => {
      const [proposalId] = await createEndorsedAuthorityOffers(ds, 1);
      const agreement = (await agreementsByPartyCode(ds, proposalId)).lam;
      const officer = await createAuthorityOfficer(ds, 'lam');
      return {
        as: officer.id,
        query: `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id } } }`,
        variables: { input: { agreementId: agreement.id, expectedVersion: agreement.version, status: 'IN_DISCUSSION', note: 'At cabinet in May' } },
        expect: () => [
          {
            entityType: 'agreement_status',
            entityId: agreement.id,
            before: { status: 'NOT_STARTED', version: agreement.version },
            after: { status: 'IN_DISCUSSION', note: 'At cabinet in May', version: agreement.version + 1 },
          },
        ],
      };
    },
    updateAuthorityAgreements: async () => {
      const proposalIds = await createEndorsedAuthorityOffers(ds, 2);
      const rows = await Promise.all(proposalIds.map(async (id) => (await agreementsByPartyCode(ds, id)).crd));
      const officer = await createAuthorityOfficer(ds, 'crd');
      const croydon = await authorityByShortCode(ds, 'crd');
      return {
        as: officer.id,
        query: `mutation($input: UpdateAuthorityAgreementsInput!) { updateAuthorityAgreements(input: $input) { agreements { id } } }`,
        variables: {
          input: {
            authorityId: croydon.id,
            items: rows.map((r) => ({ agreementId: r.id, expectedVersion: r.version, status: 'AGREED_IN_PRINCIPLE' })),
          },
        },
        expect: () =>
          rows.map((r) => ({ entityType: 'agreement_status', entityId: r.id, before: { status: 'NOT_STARTED' }, after: { status: 'AGREED_IN_PRINCIPLE' } })),
      };
    },
    updatePartyAgreements: async () => {
      const proposalIds = await createEndorsedAuthorityOffers(ds, 2);
      const rows = await Promise.all(proposalIds.map(async (id) => (await agreementsByPartyCode(ds, id)).hck));
      const officer = await createAuthorityOfficer(ds, 'hck');
      const hackney = await authorityByShortCode(ds, 'hck');
      return {
        as: officer.id,
        query: `mutation($input: UpdatePartyAgreementsInput!) { updatePartyAgreements(input: $input) { agreements { id } } }`,
        variables: { input: { partyId: hackney.id, items: rows.map((r) => ({ agreementId: r.id, expectedVersion: r.version, status: 'IN_DISCUSSION' })) } },
        expect: () => rows.map((r) => ({ entityType: 'agreement_status', entityId: r.id, before: { status: 'NOT_STARTED' }, after: { status: 'IN_DISCUSSION' } })),
      };
    },
    reviseOffer: async () => {
      const proposal = await createProposal(ds, 'HOUSE_HOUSING', { status: ProposalStatus.ENDORSED });
      return {
        as: admin.id,
        query: `mutation($input: ReviseOfferInput!) { reviseOffer(input: $input) { proposal { id } } }`,
        variables: { input: { proposalId: proposal.id, expectedVersion: proposal.version, reason: 'Trust Board widened it', maxAge: 24 } },
        expect: () => [{ entityType: 'proposal', entityId: proposal.id, before: { maxAge: 25 }, after: { maxAge: 24 } }],
      };
    },
    confirmAgreementWording: async () => {
      const [proposalId] = await createEndorsedAuthorityOffers(ds, 1);
      await ds.query(`UPDATE agreement_status SET status = 'AGREED_IN_PRINCIPLE', reconfirmation_needed = true WHERE proposal_id = $1`, [proposalId]);
      const agreement = (await agreementsByPartyCode(ds, proposalId)).lam;
      const officer = await createAuthorityOfficer(ds, 'lam');
      return {
        as: officer.id,
        query: `mutation($input: ConfirmAgreementWordingInput!) { confirmAgreementWording(input: $input) { agreement { id } } }`,
        variables: { input: { agreementId: agreement.id, expectedVersion: agreement.version } },
        expect: () => [{ entityType: 'agreement_status', entityId: agreement.id, before: { reconfirmationNeeded: true }, after: { reconfirmationNeeded: false } }],
      };
    },
    invitePerson: async () => {
      const person = await createPerson(ds);
      const house = await bodyByCode(ds, 'HOUSE_HOUSING');
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { invitation { id } } }`,
        variables: { input: { personId: person.id, houseId: house.id } },
        expect: (d) => [
          {
            entityType: 'invitation',
            entityId: d.invitePerson.invitation.id,
            before: null,
            after: { personId: person.id, houseId: house.id, invitedById: housing.sectorLead.id, expiresAt: expect.any(String) },
          },
        ],
      };
    },
    invitePeople: async () => {
      const person = await createPerson(ds);
      const house = await bodyByCode(ds, 'HOUSE_HOUSING');
      return {
        as: housing.sectorLead.id,
        query: `mutation($input: InvitePeopleInput!) { invitePeople(input: $input) { invitations { invitation { id } } } }`,
        variables: { input: { houseId: house.id, rows: [{ displayName: person.displayName, email: person.email }] } },
        expect: (d) => [
          {
            entityType: 'invitation',
            entityId: d.invitePeople.invitations[0].invitation.id,
            before: null,
            after: { personId: person.id, houseId: house.id, invitedById: housing.sectorLead.id, expiresAt: expect.any(String) },
          },
        ],
      };
    },
    acceptInvitation: async () => {
      const person = await createPerson(ds);
      const token = randomToken();
      const [invitation] = await ds.query<{ id: string }[]>(
        `INSERT INTO invitation (person_id, invited_by_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '7 days') RETURNING id`,
        [person.id, admin.id, hashToken(token)],
      );
      return {
        as: null,
        actor: person.id,
        query: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { tokens { accessToken } } }`,
        variables: { input: { token } },
        expect: () => [
          { entityType: 'invitation', entityId: invitation.id, before: { acceptedAt: null }, after: { acceptedAt: expect.any(String) } },
          { entityType: 'sign_in_session', before: null, after: { personId: person.id, method: 'INVITATION' } },
        ],
      };
    },
    requestSignInCode: async () => {
      const person = await createPerson(ds, { email: `code-request-${Date.now()}@example.org` });
      return {
        as: null,
        // Asking for a code proves nothing about who asks.
        actor: null,
        query: `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { codeLifetimeMinutes } }`,
        variables: { input: { email: person.email } },
        expect: () => [{ entityType: 'sign_in_code', entityId: person.id, before: null, after: { expiresAt: expect.any(String) } }],
      };
    },
    verifySignInCode: async () => {
      const person = await createPerson(ds, { email: `code-verify-${Date.now()}@example.org` });
      await t.app.get(SignInService).requestCode({ personId: null }, person.email);
      const code = await codeEmailedTo(person.email);
      return {
        as: null,
        actor: person.id,
        query: `mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { tokens { accessToken } } }`,
        variables: { input: { email: person.email, code } },
        expect: () => [{ entityType: 'sign_in_session', before: null, after: { personId: person.id, method: 'EMAIL_CODE' } }],
      };
    },
    refreshSession: async () => {
      const person = await createPerson(ds);
      const session = await t.app.get(SessionService).issueFor(person.id, SignInMethod.EMAIL_CODE);
      return {
        as: null,
        actor: person.id,
        query: `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { tokens { accessToken } } }`,
        variables: { input: { refreshToken: session.refreshToken } },
        expect: () => [
          { entityType: 'sign_in_session', entityId: session.sessionId, before: { lastRefreshedAt: null }, after: { lastRefreshedAt: expect.any(String) } },
        ],
      };
    },
    signOut: async () => {
      const person = await createPerson(ds);
      const session = await t.app.get(SessionService).issueFor(person.id, SignInMethod.EMAIL_CODE);
      return {
        as: null,
        actor: person.id,
        query: `mutation($input: SignOutInput!) { signOut(input: $input) { signedOut } }`,
        variables: { input: { refreshToken: session.refreshToken } },
        expect: () => [
          {
            entityType: 'sign_in_session',
            entityId: session.sessionId,
            before: { revokedAt: null, endReason: null },
            after: { revokedAt: expect.any(String), endReason: 'SIGNED_OUT' },
          },
        ],
      };
    },
    signOutEverywhere: async () => {
      const person = await createPerson(ds);
      const phone = await t.app.get(SessionService).issueFor(person.id, SignInMethod.EMAIL_CODE);
      return {
        as: person.id,
        query: `mutation($input: SignOutEverywhereInput!) { signOutEverywhere(input: $input) { sessionsEnded } }`,
        variables: { input: { keepThisSession: true } },
        expect: () => [
          {
            entityType: 'sign_in_session',
            entityId: phone.sessionId,
            before: { revokedAt: null, endReason: null },
            after: { revokedAt: expect.any(String), endReason: 'SIGNED_OUT_EVERYWHERE' },
          },
        ],
      };
    },
    retryFailedJobs: async () => {
      // A job that failed for good, as a refused email or a deleted record leaves one.
      const factory = t.app.get(QueueFactory);
      const queue = factory.queue(QueueName.SYSTEM);
      const job = await queue.add(SystemJob.HEARTBEAT, { from: 'api', at: new Date().toISOString() }, { jobId: `audit-${randomToken()}`, attempts: 1 });
      const worker = factory.worker(QueueName.SYSTEM, async () => {
        throw new UnrecoverableError('The heartbeat was refused.');
      });
      await eventually(async () => (await job.getState()) === 'failed', 'the job to fail');
      await worker.close();
      await queue.close();
      return {
        as: admin.id,
        query: `mutation($input: RetryFailedJobsInput!) { retryFailedJobs(input: $input) { retriedJobIds } }`,
        variables: { input: { queue: 'SYSTEM', jobIds: [job.id] } },
        expect: () => [{ entityType: 'queue', before: null, after: { queue: QueueName.SYSTEM, jobId: job.id, failedReason: 'The heartbeat was refused.' } }],
      };
    },
    openQueueDashboard: async () => ({
      as: admin.id,
      query: `mutation($input: OpenQueueDashboardInput!) { openQueueDashboard(input: $input) { url } }`,
      variables: { input: {} },
      expect: () => [{ entityType: 'queue_dashboard_ticket', before: null, after: { sessionId: expect.any(String), expiresAt: expect.any(String) } }],
    }),
    publishCompactEdition: async () => {
      await createProposal(ds, 'HOUSE_HOUSING', { status: ProposalStatus.ADOPTED });
      const [{ next }] = await ds.query<{ next: number }[]>(`SELECT coalesce(max(number), 0) + 1 AS next FROM compact_edition`);
      return {
        as: admin.id,
        query: `mutation($input: PublishCompactEditionInput!) { publishCompactEdition(input: $input) { edition { id } } }`,
        variables: { input: { number: next, title: 'The London Care Leavers Compact', publishedOn: '2026-05-01' } },
        expect: (d) => [
          {
            entityType: 'compact_edition',
            entityId: d.publishCompactEdition.edition.id,
            before: null,
            after: { number: next, title: 'The London Care Leavers Compact', publishedOn: '2026-05-01', offerCount: expect.any(Number) },
          },
        ],
      };
    },
    scheduleMeeting: async () => {
      const member = await createBodyMember(ds, 'TRUST_BOARD');
      const board = await bodyByCode(ds, 'TRUST_BOARD');
      return {
        as: member.id,
        query: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,
        variables: { input: { bodyId: board.id, title: 'Trust Board, spring', startsAt: '2026-04-20T10:00:00.000Z' } },
        expect: (d) => [
          { entityType: 'meeting', entityId: d.scheduleMeeting.meeting.id, before: null, after: { title: 'Trust Board, spring', startsAt: '2026-04-20T10:00:00.000Z' } },
        ],
      };
    },
    addAgendaItem: async () => {
      const member = await createBodyMember(ds, 'TRUST_BOARD');
      const meeting = await createMeeting(ds, 'TRUST_BOARD');
      return {
        as: member.id,
        query: `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { agendaItem { id } } }`,
        variables: { input: { meetingId: meeting.id, title: 'Progress on council tax' } },
        expect: (d) => [
          { entityType: 'agenda_item', entityId: d.addAgendaItem.agendaItem.id, before: null, after: { meetingId: meeting.id, title: 'Progress on council tax', position: 1 } },
        ],
      };
    },
    recordDecision: async () => {
      const member = await createBodyMember(ds, 'TRUST_BOARD');
      const meeting = await createMeeting(ds, 'TRUST_BOARD');
      const proposal = await createProposal(ds, 'HOUSE_HOUSING', { status: ProposalStatus.RECOMMENDED });
      return {
        as: member.id,
        query: `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }`,
        variables: { input: { meetingId: meeting.id, kind: 'ENDORSE', summary: 'Endorsed for the next edition.', proposalId: proposal.id } },
        expect: (d) => [
          { entityType: 'decision', entityId: d.recordDecision.decision.id, before: null, after: { kind: 'ENDORSE', proposalId: proposal.id } },
          { entityType: 'proposal', entityId: proposal.id, before: { status: 'RECOMMENDED' }, after: { status: 'ENDORSED' } },
          { entityType: 'meeting', entityId: meeting.id, before: { status: 'SCHEDULED' }, after: { status: 'HELD' } },
        ],
      };
    },
    addActionItem: async () => {
      const member = await createBodyMember(ds, 'TRUST_BOARD');
      const meeting = await createMeeting(ds, 'TRUST_BOARD');
      return {
        as: member.id,
        query: `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { actionItem { id } } }`,
        variables: { input: { meetingId: meeting.id, ownerId: member.id, description: 'Write to every DCS', dueOn: '2026-04-01' } },
        expect: (d) => [
          { entityType: 'action_item', entityId: d.addActionItem.actionItem.id, before: null, after: { ownerId: member.id, dueOn: '2026-04-01', status: 'OPEN' } },
        ],
      };
    },
    updateActionItem: async () => {
      const member = await createBodyMember(ds, 'TRUST_BOARD');
      const meeting = await createMeeting(ds, 'TRUST_BOARD');
      const repo = ds.getRepository(ActionItemEntity);
      const item = await repo.save(repo.create({ meetingId: meeting.id, ownerId: member.id, description: 'Write to every DCS', dueOn: '2026-04-01' }));
      return {
        as: member.id,
        query: `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { actionItem { id } } }`,
        variables: { input: { actionItemId: item.id, expectedVersion: item.version, status: 'DONE' } },
        expect: () => [{ entityType: 'action_item', entityId: item.id, before: { status: 'OPEN' }, after: { status: 'DONE' } }],
      };
    },
    markNotificationsRead: async () => {
      const person = await createPerson(ds);
      const [n] = await ds.query<{ id: string }[]>(
        `INSERT INTO notification (recipient_id, kind, subject, body, dedupe_key, channel, status)
         VALUES ($1, 'COMMENT_REPLY', 'A reply', 'Someone replied.', $2, 'IN_APP', 'IN_APP') RETURNING id`,
        [person.id, `audit:${person.id}`],
      );
      return {
        as: person.id,
        query: `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked } }`,
        variables: { input: { notificationIds: [n.id] } },
        expect: () => [{ entityType: 'notification', entityId: n.id, before: { readAt: null } }],
      };
    },
    setNotificationPreference: async () => {
      const person = await createPerson(ds);
      return {
        as: person.id,
        query: `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { delivery } } }`,
        variables: { input: { kind: 'WEEKLY_DIGEST', delivery: 'IN_APP_ONLY' } },
        expect: () => [
          { entityType: 'notification_preference', entityId: person.id, before: { delivery: 'EMAIL_NOW' }, after: { delivery: 'IN_APP_ONLY' } },
        ],
      };
    },
  };

  it('has a case for every mutation in the schema', () => {
    const mutations = Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.filter((m) => !(m in cases))).toEqual([]);
  });

  it.each(Object.keys(cases))('%s records who changed what, in the request that did it', async (action) => {
    const c = await cases[action]();
    const { body, correlationId } = await send(c.query, c.variables, c.as);
    expect(body.errors).toBeUndefined();
    expect(correlationId).toEqual(expect.any(String));

    const events = await eventsOfRequest(correlationId);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e).toMatchObject({ actor_id: c.actor === undefined ? c.as : c.actor, action, correlation_id: correlationId });
    }
    for (const wanted of c.expect(body.data!)) {
      const match = events.find(
        (e) =>
          e.entity_type === wanted.entityType &&
          (wanted.entityId === undefined || e.entity_id === wanted.entityId) &&
          (wanted.before === undefined || (wanted.before === null ? e.before === null : e.before !== null && matches(e.before, wanted.before))) &&
          (wanted.after === undefined || (wanted.after === null ? e.after === null : e.after !== null && matches(e.after, wanted.after))),
      );
      if (!match) throw new Error(`No ${action} event like ${JSON.stringify(wanted)} among ${JSON.stringify(events, null, 2)}`);
    }
    // Only changed fields: whatever the before holds, the after holds something different.
    for (const e of events) {
      if (!e.before || !e.after) continue;
      for (const field of Object.keys(e.before)) expect([field, e.after[field]]).not.toEqual([field, e.before[field]]);
    }
  });

  it('after every mutation above, the trail holds none of the names, emails and words people gave: it refers to people by id', async () => {
    const trail = JSON.stringify(await ds.query(`SELECT before, after FROM audit_event`));
    expect(trail).toContain('withheld');
    for (const given of [
      'Amira Khan',
      'amira-',
      'Old Name',
      'New Name',
      'Joins the Health House',
      'Moved to another council',
      'Elected at the House meeting',
      'Stepping down',
      'Busy with college',
      'Reads the progress views',
      'No longer needed',
      'This would help so many of us.',
      'Edited: this would help.',
      'A comment on this proposal.',
      'It is about something else',
    ]) {
      expect({ given, recorded: trail.includes(given) }).toEqual({ given, recorded: false });
    }
  });

  it('withholds in the database, for events written before this rule, exactly the fields the service withholds', async () => {
    const kinds = [...Object.keys(PERSONAL_FIELDS).filter((k) => k !== '*'), 'proposal'];
    for (const entityType of kinds) {
      const fields = [...personalFieldsOf(entityType)];
      const payload = { id: 'x', title: 'kept', ...Object.fromEntries(fields.map((f) => [f, `${f} value`])) };
      const [{ redacted }] = await ds.query<{ redacted: unknown }[]>(`SELECT audit_redacted($1, $2::jsonb) AS redacted`, [entityType, JSON.stringify(payload)]);
      expect({ entityType, redacted }).toEqual({ entityType, redacted: auditDiff(null, payload, personalFieldsOf(entityType))!.after });
    }
  });

  it("records which questions a person answered in their own name, never what they said; a party's answers are its position and are kept", async () => {
    const { consultation, questions } = await createConsultation(ds, {
      audience: ConsultationAudience.CICC,
      questions: [{ kind: QuestionKind.FREE_TEXT, prompt: 'What would help you most?' }],
    });
    const member = await createCiccMember(ds);
    const { body, correlationId } = await send(
      `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { response { id } } }`,
      { input: { consultationId: consultation.id, answers: [{ questionId: questions[0].id, text: 'A place near my sister in Croydon' }] } },
      member.id,
    );
    expect(body.errors).toBeUndefined();
    const [event] = await eventsOfRequest(correlationId);
    expect(event.after).toMatchObject({ respondentId: member.id, answers: [questions[0].id] });
    expect(JSON.stringify(event)).not.toContain('sister');
  });

  function matches(actual: Record<string, unknown>, expected: Record<string, unknown>): boolean {
    try {
      expect(actual).toMatchObject(expected);
      return true;
    } catch {
      return false;
    }
  }

  // ------------------------------------------------------------------------------------------

  it('keeps the correlation id the client sent', async () => {
    const person = await createPerson(ds);
    const { body, correlationId } = await send(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }`,
      { input: { id: person.id, expectedVersion: person.version, displayName: 'Renamed' } },
      admin.id,
      'client-req-42',
    );
    expect(body.errors).toBeUndefined();
    expect(correlationId).toBe('client-req-42');
    await expect(eventsOfRequest('client-req-42')).resolves.toEqual([expect.objectContaining({ entity_id: person.id, action: 'updatePerson' })]);
  });

  it('a failed mutation leaves no audit event, even one written before the failure', async () => {
    // Opening a CiCC consultation on a draft moves the proposal into consultation; without UASC
    // considerations that move fails after the consultation (and its audit event) were written.
    const proposal = await createProposal(ds, 'HOUSE_HOUSING', { uascConsiderations: null });
    const { body, correlationId } = await send(
      `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`,
      { input: { proposalId: proposal.id, audience: 'CICC', closesAt: new Date(Date.now() + 7 * DAY).toISOString() } },
      housing.sectorLead.id,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uascConsiderations' });
    await expect(eventsOfRequest(correlationId)).resolves.toEqual([]);
    await expect(ds.query(`SELECT count(*)::int AS n FROM consultation WHERE proposal_id = $1`, [proposal.id])).resolves.toEqual([{ n: 0 }]);

    const stale = await createProposal(ds, 'HOUSE_HOUSING');
    const refused = await send(
      `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { id } } }`,
      { input: { proposalId: stale.id, expectedVersion: stale.version + 5, title: 'Too late' } },
      housing.sectorLead.id,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await expect(eventsOfRequest(refused.correlationId)).resolves.toEqual([]);
  });

  it('the database refuses to change or delete audit events', async () => {
    const [{ id }] = await ds.query<{ id: string }[]>(
      `INSERT INTO audit_event (action, entity_type, entity_id) VALUES ('createPerson', 'person', $1) RETURNING id`,
      [admin.id],
    );
    await expect(ds.query(`UPDATE audit_event SET action = 'tampered' WHERE id = $1`, [id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(ds.query(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(ds.query(`TRUNCATE audit_event`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(ds.query(`SELECT action FROM audit_event WHERE id = $1`, [id])).resolves.toEqual([{ action: 'createPerson' }]);
  });

  it('records that a vote was cast or changed, never the choice', async () => {
    const proposal = await createProposal(ds, 'HOUSE_HOUSING', { status: ProposalStatus.IN_CONSULTATION });
    await createConsultation(ds, { proposalId: proposal.id, audience: ConsultationAudience.CICC });
    const member = await createCiccMember(ds);
    const vote = `mutation($input: CastVoteInput!) { castVote(input: $input) { changed } }`;
    const first = await send(vote, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, member.id);
    const second = await send(vote, { input: { proposalId: proposal.id, choice: 'ABSTAIN' } }, member.id);
    expect(second.body.data?.castVote.changed).toBe(true);

    const events = await ds.query<AuditRow[]>(`SELECT * FROM audit_event WHERE entity_id = $1 ORDER BY at`, [proposal.id]);
    expect(events.map((e) => [e.action, e.entity_type, e.after?.vote, e.correlation_id])).toEqual([
      ['castVote', 'proposal', 'CAST', first.correlationId],
      ['castVote', 'proposal', 'CHANGED', second.correlationId],
    ]);
    const recorded = JSON.stringify(events);
    for (const choice of ['SUPPORT', 'OPPOSE', 'ABSTAIN', 'choice']) expect(recorded).not.toContain(choice);
  });

  it('records refused sign-in attempts with their outcome, never a code or a token', async () => {
    const person = await createPerson(ds, { email: `refused-${Date.now()}@example.org` });
    const secrets: string[] = [];

    // A wrong code: the refusal is recorded against the person's code, anonymously (a wrong code proves no one).
    await t.app.get(SignInService).requestCode({ personId: null }, person.email);
    const code = await codeEmailedTo(person.email);
    secrets.push(code);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    secrets.push(wrong);
    const verify = `mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { tokens { accessToken } } }`;
    const refusedCode = await send(verify, { input: { email: person.email, code: wrong } }, null);
    expect(refusedCode.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_CODE_NOT_ACCEPTED' });
    await expect(eventsOfRequest(refusedCode.correlationId)).resolves.toEqual([
      expect.objectContaining({ actor_id: null, action: 'verifySignInCode', entity_type: 'sign_in_code', entity_id: person.id, after: { refused: 'WRONG', wrongAttempts: 1 } }),
    ]);

    // A used invitation link: refused, and the refusal stands although the attempt changed nothing.
    const token = randomToken();
    secrets.push(token, hashToken(token));
    const [invitation] = await ds.query<{ id: string }[]>(
      `INSERT INTO invitation (person_id, invited_by_id, token_hash, expires_at, accepted_at) VALUES ($1, $2, $3, now() + interval '7 days', now()) RETURNING id`,
      [person.id, admin.id, hashToken(token)],
    );
    const accept = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { tokens { accessToken } } }`;
    const usedLink = await send(accept, { input: { token } }, null);
    expect(usedLink.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_ALREADY_USED' });
    await expect(eventsOfRequest(usedLink.correlationId)).resolves.toEqual([
      expect.objectContaining({ actor_id: null, action: 'acceptInvitation', entity_type: 'invitation', entity_id: invitation.id, after: { refused: 'USED' } }),
    ]);

    // A refresh token presented twice: the session ends for safety, recorded anonymously (a copy is in someone's hands).
    const session = await t.app.get(SessionService).issueFor(person.id, SignInMethod.EMAIL_CODE);
    const refresh = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { tokens { accessToken refreshToken } } }`;
    const rotated = await send(refresh, { input: { refreshToken: session.refreshToken } }, null);
    expect(rotated.body.errors).toBeUndefined();
    secrets.push(session.refreshToken, session.accessToken, rotated.body.data!.refreshSession.tokens.refreshToken, rotated.body.data!.refreshSession.tokens.accessToken);
    const reused = await send(refresh, { input: { refreshToken: session.refreshToken } }, null);
    expect(reused.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    const [ended] = await eventsOfRequest(reused.correlationId);
    expect(ended).toMatchObject({
      actor_id: null,
      action: 'refreshSession',
      entity_type: 'sign_in_session',
      entity_id: session.sessionId,
      before: { revokedAt: null, endReason: null },
      after: { revokedAt: expect.any(String), endReason: 'REFRESH_TOKEN_REUSED' },
    });

    const recorded = JSON.stringify(await ds.query(`SELECT * FROM audit_event WHERE action IN ('requestSignInCode', 'verifySignInCode', 'acceptInvitation', 'refreshSession', 'signOut')`));
    for (const secret of secrets) expect(recorded).not.toContain(secret);
    for (const field of ['"code"', 'codeHash', 'token', 'Token']) expect(recorded).not.toContain(field);
  });

  // ------------------------------------------------------------------------------------------
  // Reading the trail

  const AUDIT_EVENTS = `query($filter: AuditEventsFilterInput, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id at action entityType entityId actorId actor { id displayName } correlationId changes { field before after } } }
    }
  }`;

  it('programme admins read the trail newest first, filtered by record, actor and time', async () => {
    const proposal = await createProposal(ds, 'HOUSE_HOUSING');
    const edit = (title: string, version: number) =>
      send(
        `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { version } } }`,
        { input: { proposalId: proposal.id, expectedVersion: version, title } },
        housing.sectorLead.id,
      );
    const first = await edit('First title', proposal.version);
    const second = await edit('Second title', first.body.data!.updateProposal.proposal.version);
    const move = await send(
      `mutation($input: TransitionProposalInput!) { transitionProposal(input: $input) { proposal { id } } }`,
      { input: { proposalId: proposal.id, to: 'WITHDRAWN', reason: 'Merged into another offer', expectedVersion: second.body.data!.updateProposal.proposal.version } },
      housing.youngPerson.id,
    );
    expect(move.body.errors).toBeUndefined();

    const byRecord = await t.ok(AUDIT_EVENTS, { filter: { entityType: 'proposal', entityId: proposal.id } }, { as: admin.id });
    const nodes = byRecord.auditEvents.edges.map((e: any) => e.node);
    expect(byRecord.auditEvents.totalCount).toBe(3);
    expect(nodes.map((n: any) => [n.action, n.actor.id, n.correlationId])).toEqual([
      ['transitionProposal', housing.youngPerson.id, move.correlationId],
      ['updateProposal', housing.sectorLead.id, second.correlationId],
      ['updateProposal', housing.sectorLead.id, first.correlationId],
    ]);
    expect(nodes[1].changes).toEqual(
      expect.arrayContaining([{ field: 'title', before: JSON.stringify('First title'), after: JSON.stringify('Second title') }]),
    );
    expect(nodes[0].changes).toEqual(expect.arrayContaining([{ field: 'status', before: '"DRAFT"', after: '"WITHDRAWN"' }]));

    const byActor = await t.ok(AUDIT_EVENTS, { filter: { entityId: proposal.id, actorId: housing.youngPerson.id } }, { as: admin.id });
    expect(byActor.auditEvents.edges.map((e: any) => e.node.action)).toEqual(['transitionProposal']);

    const secondAt = new Date(nodes[1].at);
    const window = await t.ok(
      AUDIT_EVENTS,
      { filter: { entityId: proposal.id, from: secondAt.toISOString(), to: new Date(secondAt.getTime() + 1).toISOString() } },
      { as: admin.id },
    );
    expect(window.auditEvents.edges.map((e: any) => e.node.correlationId)).toEqual([second.correlationId]);

    const page1 = await t.ok(AUDIT_EVENTS, { filter: { entityId: proposal.id }, first: 2 }, { as: admin.id });
    expect(page1.auditEvents.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.ok(AUDIT_EVENTS, { filter: { entityId: proposal.id }, first: 2, after: page1.auditEvents.pageInfo.endCursor }, { as: admin.id });
    expect(page2.auditEvents.edges.map((e: any) => e.node.correlationId)).toEqual([first.correlationId]);
  });

  it('loads the actors of a page of events together', async () => {
    const before = t.statementCount();
    const page = await t.ok(AUDIT_EVENTS, { first: 50 }, { as: admin.id });
    expect(page.auditEvents.edges.length).toBeGreaterThan(10);
    // The page, its count and one batch of people (the people and their privacy facts, 2), however
    // many actors: 4. Plus 1 that sign-in adds to every signed-in request: the check that the
    // access token's session is still open, which reads the caller's roles for the guard in the
    // same statement (it was 3: the session check, then memberships, then grants).
    expect(t.statementCount() - before).toBeLessThanOrEqual(5);
  });

  it('refuses a window that ends before it starts, naming the field', async () => {
    const error = await t.fails(
      AUDIT_EVENTS,
      { filter: { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
      { as: admin.id },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });

  it('is for programme admins only', async () => {
    const error = await t.fails(AUDIT_EVENTS, {}, { as: housing.sectorLead.id });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.fails(AUDIT_EVENTS, {}, {});
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('offers no way to change or delete audit events through the API', () => {
    const mutations = Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {});
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
  });
});
