import { GraphQLSchemaHost } from '@nestjs/graphql';
import { UnrecoverableError } from 'bullmq';
import { parse } from 'graphql';
import { DataSource } from 'typeorm';
import { Role } from '@app/access';
import { CommentReportReason } from '@app/comments';
import { ConsultationAudience, QuestionKind } from '@app/consultations';
import { QueueFactory, QueueName, SystemJob } from '@app/core';
import { MembershipRole } from '@app/governance';
import { MeetingStatus } from '@app/meetings';
import { ProposalStatus } from '@app/proposals';
import {
  addMembership,
  agreementsByPartyCode,
  createCiccMember,
  createComment,
  createCommentReport,
  createConsultation,
  createEndorsedAuthorityOffers,
  createMeeting,
  createPerson,
  createProposal,
  createRepresentative,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';
import { AccessOperations } from '../apps/api/src/access/access-operations';
import { grantRoleDirectly } from './support/access-fixtures';
import { eventually } from './support/eventually';

const DAY = 24 * 60 * 60 * 1000;

/** Someone asking: a person, or nobody (anonymous). `authority` is the LA they would answer for. */
interface Persona {
  id: string | null;
  authority: string;
}

/** Every role of the authorization matrix, from memberships and grants as in real life, and nobody. */
async function createPersonas(ds: DataSource): Promise<Record<string, Persona>> {
  const admin = await createPerson(ds, { displayName: 'Admin' });
  await grantRoleDirectly(ds, admin.id, Role.PROGRAMME_ADMIN);
  const board = await createPerson(ds, { displayName: 'Board member' });
  await addMembership(ds, board.id, 'TRUST_BOARD', MembershipRole.MEMBER);
  const housing = await seatCoChairs(ds, 'HOUSE_HOUSING');
  const housingMember = await createPerson(ds, { displayName: 'Housing member' });
  await addMembership(ds, housingMember.id, 'HOUSE_HOUSING', MembershipRole.MEMBER);
  const health = await seatCoChairs(ds, 'HOUSE_HEALTH');
  const cicc = await createCiccMember(ds, { displayName: 'CiCC member' });
  const under18 = await createCiccMember(ds, { displayName: 'CiCC member under 18', birthMonth: `${new Date().getUTCFullYear() - 15}-03-01` });
  const lambeth = await createRepresentative(ds, { authority: 'lam' });
  const croydon = await createRepresentative(ds, { authority: 'crd' });
  const tfl = await createRepresentative(ds, { organisation: 'GLA_TFL' });
  const director = await createPerson(ds, { displayName: "Directors' viewer" });
  await grantRoleDirectly(ds, director.id, Role.ALDCS_VIEWER);
  const lead = await createPerson(ds, { displayName: 'Safeguarding lead' });
  await grantRoleDirectly(ds, lead.id, Role.SAFEGUARDING_LEAD);
  const plain = await createPerson(ds, { displayName: 'No role' });
  const p = (id: string | null, authority = 'lam'): Persona => ({ id, authority });
  return {
    PROGRAMME_ADMIN: p(admin.id),
    TRUST_BOARD_MEMBER: p(board.id),
    HOUSING_CO_CHAIR_YOUNG_PERSON: p(housing.youngPerson.id),
    HOUSING_CO_CHAIR_SECTOR_LEAD: p(housing.sectorLead.id),
    HOUSING_MEMBER: p(housingMember.id),
    OTHER_HOUSE_CO_CHAIR: p(health.sectorLead.id),
    CICC_MEMBER: p(cicc.id),
    CICC_MEMBER_UNDER_18: p(under18.id),
    LA_OFFICER_THIS_LA: p(lambeth.id, 'lam'),
    LA_OFFICER_ANOTHER_LA: p(croydon.id, 'crd'),
    PARTNER_OFFICER: p(tfl.id),
    DIRECTORS_VIEWER: p(director.id),
    SAFEGUARDING_LEAD: p(lead.id),
    NO_ROLE: p(plain.id),
    ANONYMOUS: p(null),
  };
}

/** One action: arranges fresh records, reads `viewerCan` as the persona, then tries the operation as them. */
interface Case {
  action: string;
  /** Arranges the records and returns what the read and the operation need. */
  arrange(persona: Persona): Promise<Record<string, unknown>>;
  /** A query whose data gives the Boolean (null when the persona cannot see the object). */
  read: { query: string; variables(f: Record<string, unknown>): Record<string, unknown>; pick(data: any, f: Record<string, unknown>): boolean | null };
  /** Set when the state refuses everyone (a closed consultation, a vote still open). */
  nobody?: true;
  /** Set when the object is public, so nobody (not signed in) reads it, with every Boolean false. */
  publicRead?: true;
  /** Set when only some may read the object: a read refused as FORBIDDEN counts as false. */
  restrictedRead?: true;
  /** Puts back what the operation changed that later cases rely on (after the operation, allowed or not). */
  restore?(persona: Persona, f: Record<string, unknown>): Promise<void>;
  /** The operation, as a document and its variables. */
  act: { query: string; variables(f: Record<string, unknown>, persona: Persona): Record<string, unknown> };
}

const PROPOSAL_CAN = `query($id: ID!) { proposal(id: $id) { viewerCan { edit setStatus signOff withdrawSignOff reviseOffer openConsultation comment vote changeVote } allowedNextStatuses } }`;
const CONSULTATION_CAN = `query($id: ID!) { consultation(id: $id) { viewerCan { respond vote changeVote closeConsultation recordOutcome } } }`;
const COMMENT_CAN = `query($id: ID!) { proposalComments(proposalId: $id, first: 50) { edges { node { id viewerCan { reply edit delete report hide restore moderate } replies { id } } } } }`;
const BODY_CAN = `query($id: ID!) { body(id: $id) { viewerCan { scheduleMeeting openConsultation createProposal addMember appointCoChair invite } } }`;
const MEETING_CAN = `query($id: ID!) { meeting(id: $id) { viewerCan { addAgendaItem recordDecision addActionItem }
  decisions { id viewerCan { addActionItem } } actionItems { id viewerCan { update } } } }`;
const PERSON_CAN = `query($id: ID!) { person(id: $id) { viewerCan { edit changeCareExperienced erase manageRoles } } }`;
const EDITION_CAN = `query($number: Int!) { compactEdition(number: $number) { viewerCan { publishNextEdition } } }`;
const AGREEMENT_CAN = `query($id: ID!) { agreement(id: $id) { viewerCan { setStatus reconfirm } } }`;
const MEMBERSHIP_CAN = `query($id: ID!) { person(id: $id) { memberships { id viewerCan { end endCoChairTerm } } } }`;
const CONCERN_CAN = `query($id: ID!) { safeguardingConcern(id: $id) { viewerCan { handle } } }`;
const PARTY_CAN = `query($id: ID!) { agreementParty(id: $id) { viewerCan { updateAgreements } } }`;
const PROGRAMME_CAN = `{ viewerCan { invite createPerson retryFailedJobs openQueueDashboard leaveCicc } }`;

const proposalCan = (action: string) => ({ query: PROPOSAL_CAN, variables: (f: Record<string, unknown>) => ({ id: f.proposalId }), pick: (d: any) => d?.proposal?.viewerCan?.[action] ?? null });
const consultationCan = (action: string) => ({
  query: CONSULTATION_CAN,
  variables: (f: Record<string, unknown>) => ({ id: f.consultationId }),
  pick: (d: any) => d?.consultation?.viewerCan?.[action] ?? null,
});
const bodyCan = (action: string) => ({ query: BODY_CAN, variables: (f: Record<string, unknown>) => ({ id: f.bodyId }), pick: (d: any) => d?.body?.viewerCan?.[action] ?? null });
const meetingCan = (action: string) => ({ query: MEETING_CAN, variables: (f: Record<string, unknown>) => ({ id: f.meetingId }), pick: (d: any) => d?.meeting?.viewerCan?.[action] ?? null });
const personCan = (action: string) => ({ query: PERSON_CAN, variables: (f: Record<string, unknown>) => ({ id: f.personId }), pick: (d: any) => d?.person?.viewerCan?.[action] ?? null });
const membershipCan = (action: string) => ({
  query: MEMBERSHIP_CAN,
  variables: (f: Record<string, unknown>) => ({ id: f.personId }),
  pick: (d: any, f: Record<string, unknown>) => d?.person?.memberships?.find((m: any) => m.id === f.membershipId)?.viewerCan?.[action] ?? null,
});
const concernCan = (action: string) => ({ query: CONCERN_CAN, variables: (f: Record<string, unknown>) => ({ id: f.reportId }), pick: (d: any) => d?.safeguardingConcern?.viewerCan?.[action] ?? null });
const partyCan = (action: string) => ({ query: PARTY_CAN, variables: (f: Record<string, unknown>) => ({ id: f.partyId }), pick: (d: any) => d?.agreementParty?.viewerCan?.[action] ?? null });
const programmeCan = (action: string) => ({ query: PROGRAMME_CAN, variables: () => ({}), pick: (d: any) => d?.viewerCan?.[action] ?? null });
const agreementCan = (action: string) => ({ query: AGREEMENT_CAN, variables: (f: Record<string, unknown>) => ({ id: f.agreementId }), pick: (d: any) => d?.agreement?.viewerCan?.[action] ?? null });

describe('viewerCan says exactly what each operation then allows, for every role', () => {
  let t: TestApp;
  let ds: DataSource;
  const personas: Record<string, Persona> = {};

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.dataSource;
    Object.assign(personas, await createPersonas(ds));
  });
  afterAll(() => t.close());

  const bodyId = async (code: string) => (await ds.query<{ id: string }[]>(`SELECT id FROM body WHERE code = $1`, [code]))[0].id;
  const today = () => new Date().toISOString().slice(0, 10);
  const PUBLISH = `mutation($input: PublishCompactEditionInput!) { publishCompactEdition(input: $input) { __typename } }`;
  const housingProposal = (status: ProposalStatus, overrides: Record<string, unknown> = {}) => createProposal(ds, 'HOUSE_HOUSING', { status, ...overrides });
  const openConsultation = (proposalId: string | null, audience: ConsultationAudience, extra: Record<string, unknown> = {}) =>
    createConsultation(ds, { proposalId, audience, questions: [{ kind: QuestionKind.YES_NO, prompt: 'Do you agree?' }], ...extra });
  const signOff = (proposalId: string, personId: string, role: MembershipRole) =>
    ds.query(`INSERT INTO proposal_sign_off (proposal_id, person_id, role, note) VALUES ($1, $2, $3, '')`, [proposalId, personId, role]);
  const vote = (proposalId: string, consultationId: string, personId: string) =>
    ds.query(`INSERT INTO vote (proposal_id, consultation_id, member_id, choice) VALUES ($1, $2, $3, 'SUPPORT')`, [proposalId, consultationId, personId]);
  const commentOn = async () => {
    const proposal = await housingProposal(ProposalStatus.IN_CONSULTATION);
    const author = personas.HOUSING_MEMBER.id!;
    const comment = await createComment(ds, proposal.id, author);
    return { proposal, comment };
  };

  let invited = 0;
  const newEmail = () => `invitee-${Date.now()}-${++invited}@example.org`;
  const INVITE_PERSON = `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { person { id } } }`;
  const INVITE_PEOPLE = `mutation($input: InvitePeopleInput!) { invitePeople(input: $input) { invitations { person { id } } } }`;
  const END_MEMBERSHIP = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id } } }`;
  const HANDLE_CONCERN = `mutation($input: HandleSafeguardingConcernInput!) { handleSafeguardingConcern(input: $input) { concern { id } } }`;
  /** A safety concern about a comment on a Housing proposal, raised by a CiCC member. */
  const safetyConcern = async () => {
    const { proposal, comment } = await commentOn();
    const report = await createCommentReport(ds, comment.id, personas.CICC_MEMBER.id!, CommentReportReason.SAFETY_CONCERN);
    return { proposalId: proposal.id, commentId: comment.id, reportId: report.id };
  };
  /** A fresh Housing offer out for agreement; the persona's LA agreement to it, by the LA's id. */
  const authorityAgreement = async (persona: Persona) => {
    const [offer] = await createEndorsedAuthorityOffers(ds, 1, 'HOUSE_HOUSING');
    const agreement = (await agreementsByPartyCode(ds, offer))[persona.authority];
    const [{ id: partyId }] = await ds.query<{ id: string }[]>(`SELECT id FROM local_authority WHERE short_code = $1`, [persona.authority]);
    return { partyId, agreementId: agreement.id, version: agreement.version };
  };

  /** Reads the Boolean for a comment from the proposal's discussion (a comment the persona cannot see is false). */
  const commentRead = (action: string) => ({
    query: COMMENT_CAN,
    variables: (f: Record<string, unknown>) => ({ id: f.proposalId }),
    pick: (d: any, f: Record<string, unknown>) => {
      const node = (d?.proposalComments?.edges ?? []).map((e: any) => e.node).find((n: any) => n.id === f?.commentId);
      return node ? node.viewerCan[action] : null;
    },
  });

  const cases: Case[] = [
    // ------------------------------------------------------------------ Proposal
    {
      action: 'Proposal.edit (updateProposal)',
      arrange: async () => {
        const p = await housingProposal(ProposalStatus.DRAFT);
        return { proposalId: p.id, version: p.version };
      },
      read: proposalCan('edit'),
      act: {
        query: `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { id } } }`,
        variables: (f) => ({ input: { proposalId: f.proposalId, expectedVersion: f.version, title: 'Council tax exemption for care leavers' } }),
      },
    },
    {
      action: 'Proposal.setStatus (transitionProposal to WITHDRAWN)',
      arrange: async () => {
        const p = await housingProposal(ProposalStatus.DRAFT);
        return { proposalId: p.id, version: p.version };
      },
      read: proposalCan('setStatus'),
      act: {
        query: `mutation($input: TransitionProposalInput!) { transitionProposal(input: $input) { proposal { id } } }`,
        variables: (f) => ({ input: { proposalId: f.proposalId, expectedVersion: f.version, to: 'WITHDRAWN', reason: 'The House withdraws it.' } }),
      },
    },
    {
      action: 'Proposal.signOff (signOffProposal)',
      arrange: async () => ({ proposalId: (await housingProposal(ProposalStatus.IN_CONSULTATION)).id }),
      read: proposalCan('signOff'),
      act: { query: `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended } }`, variables: (f) => ({ input: { proposalId: f.proposalId } }) },
    },
    {
      action: 'Proposal.signOff while the CiCC vote is open (signOffProposal)',
      nobody: true,
      arrange: async () => {
        const p = await housingProposal(ProposalStatus.IN_CONSULTATION);
        await openConsultation(p.id, ConsultationAudience.CICC);
        return { proposalId: p.id };
      },
      read: proposalCan('signOff'),
      act: { query: `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended } }`, variables: (f) => ({ input: { proposalId: f.proposalId } }) },
    },
    {
      action: 'Proposal.withdrawSignOff (withdrawSignOff)',
      arrange: async (persona) => {
        const p = await housingProposal(ProposalStatus.IN_CONSULTATION);
        // The persona signed it off, when they hold a seat; otherwise the young-person co-chair did.
        const seat = persona.id === personas.HOUSING_CO_CHAIR_SECTOR_LEAD.id ? MembershipRole.CO_CHAIR_SECTOR_LEAD : MembershipRole.CO_CHAIR_YOUNG_PERSON;
        await signOff(p.id, seat === MembershipRole.CO_CHAIR_SECTOR_LEAD ? persona.id! : personas.HOUSING_CO_CHAIR_YOUNG_PERSON.id!, seat);
        return { proposalId: p.id };
      },
      read: proposalCan('withdrawSignOff'),
      act: { query: `mutation($input: WithdrawSignOffInput!) { withdrawSignOff(input: $input) { proposal { id } } }`, variables: (f) => ({ input: { proposalId: f.proposalId } }) },
    },
    {
      action: 'Proposal.reviseOffer (reviseOffer)',
      arrange: async () => {
        const p = await housingProposal(ProposalStatus.ENDORSED);
        return { proposalId: p.id, version: p.version };
      },
      read: proposalCan('reviseOffer'),
      act: {
        query: `mutation($input: ReviseOfferInput!) { reviseOffer(input: $input) { proposal { id } } }`,
        variables: (f) => ({ input: { proposalId: f.proposalId, expectedVersion: f.version, reason: 'The Board changed the wording.', summary: 'Care leavers pay no council tax to 25.' } }),
      },
    },
    {
      action: 'Proposal.openConsultation (openConsultation)',
      arrange: async () => ({ proposalId: (await housingProposal(ProposalStatus.DRAFT)).id }),
      read: proposalCan('openConsultation'),
      act: {
        query: `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`,
        variables: (f) => ({ input: { proposalId: f.proposalId, audience: 'LOCAL_AUTHORITIES', closesAt: new Date(Date.now() + 7 * DAY).toISOString() } }),
      },
    },
    {
      action: 'Proposal.comment while an LA consultation is open (addComment)',
      arrange: async () => {
        const p = await housingProposal(ProposalStatus.IN_CONSULTATION);
        await openConsultation(p.id, ConsultationAudience.LOCAL_AUTHORITIES);
        return { proposalId: p.id };
      },
      read: proposalCan('comment'),
      act: { query: `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, variables: (f) => ({ input: { proposalId: f.proposalId, body: 'We can do this.' } }) },
    },
    {
      action: 'Proposal.comment while it is before the Board (addComment)',
      arrange: async () => ({ proposalId: (await housingProposal(ProposalStatus.RECOMMENDED)).id }),
      read: proposalCan('comment'),
      act: { query: `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, variables: (f) => ({ input: { proposalId: f.proposalId, body: 'The Board should back it.' } }) },
    },
    {
      action: 'Proposal.vote (castVote, first vote)',
      arrange: async () => {
        const p = await housingProposal(ProposalStatus.IN_CONSULTATION);
        await openConsultation(p.id, ConsultationAudience.CICC);
        return { proposalId: p.id };
      },
      read: proposalCan('vote'),
      act: { query: `mutation($input: CastVoteInput!) { castVote(input: $input) { changed } }`, variables: (f) => ({ input: { proposalId: f.proposalId, choice: 'SUPPORT' } }) },
    },
    {
      action: 'Proposal.changeVote (castVote again)',
      arrange: async (persona) => {
        const p = await housingProposal(ProposalStatus.IN_CONSULTATION);
        const { consultation } = await openConsultation(p.id, ConsultationAudience.CICC);
        if (persona.id) await vote(p.id, consultation.id, persona.id);
        return { proposalId: p.id };
      },
      read: proposalCan('changeVote'),
      act: { query: `mutation($input: CastVoteInput!) { castVote(input: $input) { changed } }`, variables: (f) => ({ input: { proposalId: f.proposalId, choice: 'OPPOSE' } }) },
    },
    // ------------------------------------------------------------------ Consultation
    {
      action: 'Consultation.respond, CiCC (respondToConsultation)',
      arrange: async () => {
        const { consultation, questions } = await openConsultation(null, ConsultationAudience.CICC);
        return { consultationId: consultation.id, questionId: questions[0].id };
      },
      read: consultationCan('respond'),
      act: {
        query: `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { replaced } }`,
        variables: (f) => ({ input: { consultationId: f.consultationId, answers: [{ questionId: f.questionId, yesNo: true }] } }),
      },
    },
    {
      action: 'Consultation.respond, for an LA (respondToConsultation)',
      arrange: async (persona) => {
        const { consultation, questions } = await openConsultation(null, ConsultationAudience.LOCAL_AUTHORITIES);
        const [{ id: authorityId }] = await ds.query<{ id: string }[]>(`SELECT id FROM local_authority WHERE short_code = $1`, [persona.authority]);
        return { consultationId: consultation.id, questionId: questions[0].id, authorityId };
      },
      read: consultationCan('respond'),
      act: {
        query: `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { replaced } }`,
        variables: (f) => ({ input: { consultationId: f.consultationId, onBehalfOfAuthorityId: f.authorityId, answers: [{ questionId: f.questionId, yesNo: true }] } }),
      },
    },
    {
      action: 'Consultation.respond once closed (respondToConsultation)',
      nobody: true,
      arrange: async () => {
        const { consultation, questions } = await openConsultation(null, ConsultationAudience.CICC, { closedAt: new Date() });
        return { consultationId: consultation.id, questionId: questions[0].id };
      },
      read: consultationCan('respond'),
      act: {
        query: `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { replaced } }`,
        variables: (f) => ({ input: { consultationId: f.consultationId, answers: [{ questionId: f.questionId, yesNo: true }] } }),
      },
    },
    {
      action: 'Consultation.vote (castVote)',
      arrange: async () => {
        const p = await housingProposal(ProposalStatus.IN_CONSULTATION);
        const { consultation } = await openConsultation(p.id, ConsultationAudience.CICC);
        return { consultationId: consultation.id, proposalId: p.id };
      },
      read: consultationCan('vote'),
      act: { query: `mutation($input: CastVoteInput!) { castVote(input: $input) { changed } }`, variables: (f) => ({ input: { proposalId: f.proposalId, choice: 'ABSTAIN' } }) },
    },
    {
      action: 'Consultation.closeConsultation (closeConsultation)',
      arrange: async () => ({ consultationId: (await openConsultation(null, ConsultationAudience.LOCAL_AUTHORITIES)).consultation.id }),
      read: consultationCan('closeConsultation'),
      act: { query: `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { id } } }`, variables: (f) => ({ input: { consultationId: f.consultationId } }) },
    },
    {
      action: 'Consultation.recordOutcome (recordConsultationOutcome)',
      arrange: async () => ({ consultationId: (await openConsultation(null, ConsultationAudience.LOCAL_AUTHORITIES, { closedAt: new Date() })).consultation.id }),
      read: consultationCan('recordOutcome'),
      act: {
        query: `mutation($input: RecordConsultationOutcomeInput!) { recordConsultationOutcome(input: $input) { consultation { id } } }`,
        variables: (f) => ({ input: { consultationId: f.consultationId, summary: 'Most LAs can do this.' } }),
      },
    },
    {
      action: 'Consultation.recordOutcome while open (recordConsultationOutcome)',
      nobody: true,
      arrange: async () => ({ consultationId: (await openConsultation(null, ConsultationAudience.LOCAL_AUTHORITIES)).consultation.id }),
      read: consultationCan('recordOutcome'),
      act: {
        query: `mutation($input: RecordConsultationOutcomeInput!) { recordConsultationOutcome(input: $input) { consultation { id } } }`,
        variables: (f) => ({ input: { consultationId: f.consultationId, summary: 'Too early.' } }),
      },
    },
    // ------------------------------------------------------------------ Comment
    {
      action: 'Comment.reply (addComment with parentId)',
      arrange: async () => {
        const { proposal, comment } = await commentOn();
        return { proposalId: proposal.id, commentId: comment.id };
      },
      read: commentRead('reply'),
      act: {
        query: `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`,
        variables: (f) => ({ input: { proposalId: f.proposalId, parentId: f.commentId, body: 'I agree.' } }),
      },
    },
    {
      action: 'Comment.edit (editComment)',
      arrange: async () => {
        const { proposal, comment } = await commentOn();
        return { proposalId: proposal.id, commentId: comment.id, version: comment.version };
      },
      read: commentRead('edit'),
      act: {
        query: `mutation($input: EditCommentInput!) { editComment(input: $input) { comment { id } } }`,
        variables: (f) => ({ input: { commentId: f.commentId, expectedVersion: f.version, body: 'Edited.' } }),
      },
    },
    {
      action: 'Comment.delete (deleteComment)',
      arrange: async () => {
        const { proposal, comment } = await commentOn();
        return { proposalId: proposal.id, commentId: comment.id };
      },
      read: commentRead('delete'),
      act: { query: `mutation($input: DeleteCommentInput!) { deleteComment(input: $input) { comment { id } } }`, variables: (f) => ({ input: { commentId: f.commentId } }) },
    },
    {
      action: 'Comment.report (reportComment)',
      arrange: async () => {
        const { proposal, comment } = await commentOn();
        return { proposalId: proposal.id, commentId: comment.id };
      },
      read: commentRead('report'),
      act: { query: `mutation($input: ReportCommentInput!) { reportComment(input: $input) { report { id } } }`, variables: (f) => ({ input: { commentId: f.commentId, reason: 'OFF_TOPIC' } }) },
    },
    {
      action: 'Comment.hide (hideComment)',
      arrange: async () => {
        const { proposal, comment } = await commentOn();
        return { proposalId: proposal.id, commentId: comment.id };
      },
      read: commentRead('hide'),
      act: { query: `mutation($input: HideCommentInput!) { hideComment(input: $input) { comment { id } } }`, variables: (f) => ({ input: { commentId: f.commentId, reason: 'Off topic.' } }) },
    },
    {
      action: 'Comment.restore (unhideComment)',
      arrange: async () => {
        const { proposal, comment } = await commentOn();
        await ds.query(`UPDATE comment SET hidden_at = now(), hidden_by_id = $2, hidden_reason = 'Off topic.' WHERE id = $1`, [comment.id, personas.HOUSING_CO_CHAIR_SECTOR_LEAD.id]);
        return { proposalId: proposal.id, commentId: comment.id };
      },
      read: commentRead('restore'),
      act: { query: `mutation($input: UnhideCommentInput!) { unhideComment(input: $input) { comment { id } } }`, variables: (f) => ({ input: { commentId: f.commentId, reason: 'It was on topic.' } }) },
    },
    {
      action: 'Comment.moderate (resolveCommentReport)',
      arrange: async () => {
        const { proposal, comment } = await commentOn();
        const report = await createCommentReport(ds, comment.id, personas.CICC_MEMBER.id!);
        return { proposalId: proposal.id, commentId: comment.id, reportId: report.id };
      },
      read: commentRead('moderate'),
      act: {
        query: `mutation($input: ResolveCommentReportInput!) { resolveCommentReport(input: $input) { __typename } }`,
        variables: (f) => ({ input: { reportId: f.reportId, resolution: 'Spoke to the author.' } }),
      },
    },
    // ------------------------------------------------------------------ Agreement
    {
      action: 'Agreement.setStatus (setAgreementStatus)',
      arrange: async () => {
        const [offer] = await createEndorsedAuthorityOffers(ds, 1, 'HOUSE_HOUSING');
        const { lam } = await agreementsByPartyCode(ds, offer);
        return { agreementId: lam.id, version: lam.version };
      },
      read: agreementCan('setStatus'),
      act: {
        query: `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id } } }`,
        variables: (f) => ({ input: { agreementId: f.agreementId, expectedVersion: f.version, status: 'IN_DISCUSSION' } }),
      },
    },
    {
      action: 'Agreement.reconfirm (confirmAgreementWording)',
      arrange: async () => {
        const [offer] = await createEndorsedAuthorityOffers(ds, 1, 'HOUSE_HOUSING');
        const { lam } = await agreementsByPartyCode(ds, offer);
        await ds.query(`UPDATE agreement_status SET reconfirmation_needed = true WHERE id = $1`, [lam.id]);
        return { agreementId: lam.id, version: lam.version };
      },
      read: agreementCan('reconfirm'),
      act: {
        query: `mutation($input: ConfirmAgreementWordingInput!) { confirmAgreementWording(input: $input) { agreement { id } } }`,
        variables: (f) => ({ input: { agreementId: f.agreementId, expectedVersion: f.version } }),
      },
    },
    // ------------------------------------------------------------------ Body (House)
    {
      action: 'Body.scheduleMeeting (scheduleMeeting)',
      publicRead: true,
      arrange: async () => ({ bodyId: await bodyId('HOUSE_HOUSING') }),
      read: bodyCan('scheduleMeeting'),
      act: {
        query: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,
        variables: (f) => ({ input: { bodyId: f.bodyId, title: 'House meeting', startsAt: new Date(Date.now() + 7 * DAY).toISOString() } }),
      },
    },
    {
      action: 'Body.openConsultation, a House (openConsultation)',
      publicRead: true,
      arrange: async () => ({ bodyId: await bodyId('HOUSE_HOUSING') }),
      read: bodyCan('openConsultation'),
      act: {
        query: `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`,
        variables: (f) => ({ input: { bodyId: f.bodyId, title: 'Council tax survey', audience: 'LOCAL_AUTHORITIES', closesAt: new Date(Date.now() + 7 * DAY).toISOString() } }),
      },
    },
    {
      action: 'Body.openConsultation, the CiCC (openConsultation)',
      publicRead: true,
      nobody: true,
      arrange: async () => ({ bodyId: await bodyId('CICC') }),
      read: bodyCan('openConsultation'),
      act: {
        query: `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`,
        variables: (f) => ({ input: { bodyId: f.bodyId, title: 'A survey', audience: 'LOCAL_AUTHORITIES', closesAt: new Date(Date.now() + 7 * DAY).toISOString() } }),
      },
    },
    {
      action: 'Body.createProposal (createProposal)',
      publicRead: true,
      arrange: async () => ({ bodyId: await bodyId('HOUSE_HOUSING') }),
      read: bodyCan('createProposal'),
      act: {
        query: `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id } } }`,
        variables: (f) => ({ input: { houseId: f.bodyId, title: 'Free bus travel', summary: 'Care leavers travel free to 25.', category: 'TRANSPORT', deliveryModel: 'EACH_LA' } }),
      },
    },
    {
      action: 'Body.addMember (addMembership)',
      publicRead: true,
      arrange: async () => ({ bodyId: await bodyId('HOUSE_HOUSING'), personId: (await createPerson(ds)).id }),
      read: bodyCan('addMember'),
      act: {
        query: `mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } } }`,
        variables: (f) => ({ input: { bodyId: f.bodyId, personId: f.personId, role: 'MEMBER' } }),
      },
    },
    {
      action: 'Body.appointCoChair (appointCoChair)',
      publicRead: true,
      arrange: async () => ({ bodyId: await bodyId('HOUSE_TRANSPORT'), personId: (await createPerson(ds)).id }),
      read: bodyCan('appointCoChair'),
      act: {
        query: `mutation($input: AppointCoChairInput!) { appointCoChair(input: $input) { __typename } }`,
        variables: (f) => ({ input: { houseId: f.bodyId, personId: f.personId, seat: 'SECTOR_LEAD', reason: 'Leads housing for the sector.' } }),
      },
    },
    // ------------------------------------------------------------------ Meeting, Decision, ActionItem
    {
      action: 'Meeting.addAgendaItem (addAgendaItem)',
      arrange: async () => ({ meetingId: (await createMeeting(ds, 'HOUSE_HOUSING')).id }),
      read: meetingCan('addAgendaItem'),
      act: { query: `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { __typename } }`, variables: (f) => ({ input: { meetingId: f.meetingId, title: 'Council tax' } }) },
    },
    {
      action: 'Meeting.addAgendaItem, cancelled (addAgendaItem)',
      nobody: true,
      arrange: async () => ({ meetingId: (await createMeeting(ds, 'HOUSE_HOUSING', { status: MeetingStatus.CANCELLED })).id }),
      read: meetingCan('addAgendaItem'),
      act: { query: `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { __typename } }`, variables: (f) => ({ input: { meetingId: f.meetingId, title: 'Council tax' } }) },
    },
    {
      action: 'Meeting.recordDecision (recordDecision)',
      arrange: async () => ({ meetingId: (await createMeeting(ds, 'HOUSE_HOUSING')).id }),
      read: meetingCan('recordDecision'),
      act: {
        query: `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { __typename } }`,
        variables: (f) => ({ input: { meetingId: f.meetingId, kind: 'NOTE', summary: 'The House noted the survey.' } }),
      },
    },
    {
      action: 'Meeting.addActionItem (addActionItem)',
      arrange: async () => ({ meetingId: (await createMeeting(ds, 'HOUSE_HOUSING')).id }),
      read: meetingCan('addActionItem'),
      act: {
        query: `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { __typename } }`,
        variables: (f) => ({ input: { meetingId: f.meetingId, ownerId: personas.HOUSING_MEMBER.id, description: 'Write to the LAs.', dueOn: '2027-01-01' } }),
      },
    },
    {
      action: 'Decision.addActionItem (addActionItem at its meeting)',
      arrange: async () => {
        const meeting = await createMeeting(ds, 'TRUST_BOARD');
        const [{ id }] = await ds.query<{ id: string }[]>(`INSERT INTO decision (meeting_id, kind, summary) VALUES ($1, 'NOTE', 'Noted.') RETURNING id`, [meeting.id]);
        return { meetingId: meeting.id, decisionId: id };
      },
      read: { query: MEETING_CAN, variables: (f) => ({ id: f.meetingId }), pick: (d: any, f) => d?.meeting?.decisions?.find((x: any) => x.id === f.decisionId)?.viewerCan?.addActionItem ?? null },
      act: {
        query: `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { __typename } }`,
        variables: (f) => ({ input: { meetingId: f.meetingId, ownerId: personas.TRUST_BOARD_MEMBER.id, description: 'Tell the LAs.', dueOn: '2027-01-01' } }),
      },
    },
    {
      action: 'ActionItem.update (updateActionItem)',
      arrange: async () => {
        const meeting = await createMeeting(ds, 'HOUSE_HOUSING');
        const [{ id }] = await ds.query<{ id: string }[]>(
          `INSERT INTO action_item (meeting_id, owner_id, description, due_on) VALUES ($1, $2, 'Ask TfL.', '2027-01-01') RETURNING id`,
          [meeting.id, personas.PARTNER_OFFICER.id],
        );
        return { meetingId: meeting.id, actionItemId: id };
      },
      read: { query: MEETING_CAN, variables: (f) => ({ id: f.meetingId }), pick: (d: any, f) => d?.meeting?.actionItems?.find((x: any) => x.id === f.actionItemId)?.viewerCan?.update ?? null },
      act: {
        query: `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { __typename } }`,
        variables: (f) => ({ input: { actionItemId: f.actionItemId, expectedVersion: 1, status: 'DONE' } }),
      },
    },
    // ------------------------------------------------------------------ Person
    {
      action: 'Person.edit (updatePerson)',
      arrange: async () => {
        const [{ version }] = await ds.query<{ version: number }[]>(`SELECT version FROM person WHERE id = $1`, [personas.NO_ROLE.id]);
        return { personId: personas.NO_ROLE.id, version };
      },
      read: personCan('edit'),
      act: {
        query: `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { __typename } }`,
        variables: (f) => ({ input: { id: f.personId, expectedVersion: f.version, displayName: 'No role' } }),
      },
    },
    {
      action: 'Person.changeCareExperienced (updatePerson)',
      arrange: async () => {
        const [{ version }] = await ds.query<{ version: number }[]>(`SELECT version FROM person WHERE id = $1`, [personas.NO_ROLE.id]);
        return { personId: personas.NO_ROLE.id, version };
      },
      read: personCan('changeCareExperienced'),
      act: {
        query: `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { __typename } }`,
        variables: (f) => ({ input: { id: f.personId, expectedVersion: f.version, careExperienced: false } }),
      },
    },
    {
      action: 'Person.erase (erasePerson)',
      arrange: async () => ({ personId: (await createPerson(ds)).id }),
      read: personCan('erase'),
      act: { query: `mutation($input: ErasePersonInput!) { erasePerson(input: $input) { __typename } }`, variables: (f) => ({ input: { personId: f.personId } }) },
    },
    {
      action: 'Person.manageRoles (grantRole)',
      arrange: async () => ({ personId: (await createPerson(ds)).id }),
      read: personCan('manageRoles'),
      act: {
        query: `mutation($input: GrantRoleInput!) { grantRole(input: $input) { __typename } }`,
        variables: (f) => ({ input: { personId: f.personId, role: 'ALDCS_VIEWER', reason: 'A director joining.' } }),
      },
    },
    {
      action: 'Person.manageRoles (revokeRole)',
      arrange: async () => {
        const person = await createPerson(ds);
        return { personId: person.id, grantId: await grantRoleDirectly(ds, person.id, Role.ALDCS_VIEWER) };
      },
      read: personCan('manageRoles'),
      act: { query: `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { __typename } }`, variables: (f) => ({ input: { grantId: f.grantId, reason: 'They moved on.' } }) },
    },
    // ------------------------------------------------------------------ Membership
    {
      action: 'Membership.end, a House member (endMembership)',
      arrange: async () => {
        const person = await createPerson(ds);
        const membership = await addMembership(ds, person.id, 'HOUSE_HOUSING', MembershipRole.MEMBER);
        return { personId: person.id, membershipId: membership.id };
      },
      read: membershipCan('end'),
      act: { query: END_MEMBERSHIP, variables: (f) => ({ input: { membershipId: f.membershipId, reason: 'They moved on.' } }) },
    },
    {
      action: 'Membership.end, a CiCC place (endMembership)',
      arrange: async () => {
        const person = await createCiccMember(ds);
        const [{ id }] = await ds.query<{ id: string }[]>(`SELECT m.id FROM membership m JOIN body b ON b.id = m.body_id WHERE m.person_id = $1 AND b.code = 'CICC'`, [person.id]);
        return { personId: person.id, membershipId: id };
      },
      read: membershipCan('end'),
      act: { query: END_MEMBERSHIP, variables: (f) => ({ input: { membershipId: f.membershipId, reason: 'They turned 25.' } }) },
    },
    {
      action: 'Membership.end, a young-person co-chair’s only CiCC place (endMembership)',
      nobody: true,
      arrange: async () => {
        const personId = personas.HOUSING_CO_CHAIR_YOUNG_PERSON.id!;
        const [{ id }] = await ds.query<{ id: string }[]>(
          `SELECT m.id FROM membership m JOIN body b ON b.id = m.body_id WHERE m.person_id = $1 AND b.code = 'CICC' AND m.ended_at IS NULL`,
          [personId],
        );
        return { personId, membershipId: id };
      },
      read: membershipCan('end'),
      act: { query: END_MEMBERSHIP, variables: (f) => ({ input: { membershipId: f.membershipId, reason: 'They turned 25.' } }) },
    },
    {
      action: 'Membership.endCoChairTerm (endCoChairTerm)',
      arrange: async () => {
        const houseId = await bodyId('HOUSE_FINANCE');
        let [holder] = await ds.query<{ personId: string; id: string }[]>(
          `SELECT person_id AS "personId", id FROM membership WHERE body_id = $1 AND role = 'CO_CHAIR_SECTOR_LEAD' AND ended_at IS NULL`,
          [houseId],
        );
        if (!holder) {
          const person = await createPerson(ds);
          holder = { personId: person.id, id: (await addMembership(ds, person.id, 'HOUSE_FINANCE', MembershipRole.CO_CHAIR_SECTOR_LEAD)).id };
        }
        return { houseId, personId: holder.personId, membershipId: holder.id };
      },
      read: membershipCan('endCoChairTerm'),
      act: {
        query: `mutation($input: EndCoChairTermInput!) { endCoChairTerm(input: $input) { membership { id } } }`,
        variables: (f) => ({ input: { houseId: f.houseId, seat: 'SECTOR_LEAD', reason: 'Their term is over.' } }),
      },
    },
    // ------------------------------------------------------------------ SafeguardingConcern
    {
      action: 'SafeguardingConcern.handle (handleSafeguardingConcern)',
      restrictedRead: true,
      arrange: safetyConcern,
      read: concernCan('handle'),
      act: { query: HANDLE_CONCERN, variables: (f) => ({ input: { reportId: f.reportId, action: 'NO_SAFETY_RISK_FOUND', notes: 'Spoke to them; they are safe.' } }) },
    },
    {
      action: 'SafeguardingConcern.handle once handled (handleSafeguardingConcern)',
      restrictedRead: true,
      nobody: true,
      arrange: async () => {
        const concern = await safetyConcern();
        await ds.query(`UPDATE comment_report SET resolved_at = now(), resolved_by_id = $2, resolution = 'Safeguarding: OTHER' WHERE id = $1`, [concern.reportId, personas.SAFEGUARDING_LEAD.id]);
        return concern;
      },
      read: concernCan('handle'),
      act: { query: HANDLE_CONCERN, variables: (f) => ({ input: { reportId: f.reportId, action: 'OTHER', notes: 'Again.' } }) },
    },
    // ------------------------------------------------------------------ AgreementParty
    {
      action: 'AgreementParty.updateAgreements (updateAuthorityAgreements)',
      arrange: authorityAgreement,
      read: partyCan('updateAgreements'),
      act: {
        query: `mutation($input: UpdateAuthorityAgreementsInput!) { updateAuthorityAgreements(input: $input) { agreements { id } } }`,
        variables: (f) => ({ input: { authorityId: f.partyId, items: [{ agreementId: f.agreementId, expectedVersion: f.version, status: 'IN_DISCUSSION' }] } }),
      },
    },
    {
      action: 'AgreementParty.updateAgreements (updatePartyAgreements)',
      arrange: authorityAgreement,
      read: partyCan('updateAgreements'),
      act: {
        query: `mutation($input: UpdatePartyAgreementsInput!) { updatePartyAgreements(input: $input) { agreements { id } } }`,
        variables: (f) => ({ input: { partyId: f.partyId, items: [{ agreementId: f.agreementId, expectedVersion: f.version, status: 'IN_DISCUSSION' }] } }),
      },
    },
    // ------------------------------------------------------------------ Inviting and adding people
    {
      action: 'Body.invite, a House (invitePerson)',
      publicRead: true,
      arrange: async () => ({ bodyId: await bodyId('HOUSE_HOUSING'), email: newEmail() }),
      read: bodyCan('invite'),
      act: { query: INVITE_PERSON, variables: (f) => ({ input: { displayName: 'Sam Invited', email: f.email, memberships: [{ bodyId: f.bodyId, role: 'MEMBER' }] } }) },
    },
    {
      action: 'Body.invite, a House (invitePeople)',
      publicRead: true,
      arrange: async () => ({ bodyId: await bodyId('HOUSE_HOUSING'), email: newEmail() }),
      read: bodyCan('invite'),
      act: { query: INVITE_PEOPLE, variables: (f) => ({ input: { memberships: [{ bodyId: f.bodyId, role: 'MEMBER' }], rows: [{ displayName: 'Alex Listed', email: f.email }] } }) },
    },
    {
      action: 'Body.invite, the Trust Board (invitePerson)',
      publicRead: true,
      arrange: async () => ({ bodyId: await bodyId('TRUST_BOARD'), email: newEmail() }),
      read: bodyCan('invite'),
      act: { query: INVITE_PERSON, variables: (f) => ({ input: { displayName: 'Jo Trustee', email: f.email, memberships: [{ bodyId: f.bodyId, role: 'MEMBER' }] } }) },
    },
    {
      action: 'ViewerCan.invite, naming no House (invitePerson)',
      arrange: async () => ({ email: newEmail() }),
      read: programmeCan('invite'),
      act: { query: INVITE_PERSON, variables: (f) => ({ input: { displayName: 'Kim Invited', email: f.email } }) },
    },
    {
      action: 'ViewerCan.invite, naming no House (invitePeople)',
      arrange: async () => ({ email: newEmail() }),
      read: programmeCan('invite'),
      act: { query: INVITE_PEOPLE, variables: (f) => ({ input: { rows: [{ displayName: 'Lee Listed', email: f.email }] } }) },
    },
    {
      action: 'ViewerCan.createPerson (createPerson)',
      arrange: async () => ({ email: newEmail() }),
      read: programmeCan('createPerson'),
      act: { query: `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, variables: (f) => ({ input: { displayName: 'Pat Added', email: f.email } }) },
    },
    // ------------------------------------------------------------------ Background jobs
    {
      action: 'ViewerCan.retryFailedJobs (retryFailedJobs)',
      arrange: async () => {
        // A job that failed for good, as a refused email leaves one.
        const factory = t.app.get(QueueFactory);
        const queue = factory.queue(QueueName.SYSTEM);
        const job = await queue.add(SystemJob.HEARTBEAT, { from: 'api', at: new Date().toISOString() }, { jobId: `viewer-can-${Date.now()}-${++invited}`, attempts: 1 });
        const worker = factory.worker(QueueName.SYSTEM, async () => {
          throw new UnrecoverableError('The heartbeat was refused.');
        });
        await eventually(async () => (await job.getState()) === 'failed', 'the job to fail');
        await worker.close();
        await queue.close();
        return { jobId: job.id };
      },
      read: programmeCan('retryFailedJobs'),
      act: { query: `mutation($input: RetryFailedJobsInput!) { retryFailedJobs(input: $input) { retriedJobIds } }`, variables: (f) => ({ input: { queue: 'SYSTEM', jobIds: [f.jobId] } }) },
    },
    {
      action: 'ViewerCan.openQueueDashboard (openQueueDashboard)',
      arrange: async () => ({}),
      read: programmeCan('openQueueDashboard'),
      act: { query: `mutation($input: OpenQueueDashboardInput!) { openQueueDashboard(input: $input) { url } }`, variables: () => ({ input: {} }) },
    },
    // ------------------------------------------------------------------ Leaving
    {
      action: 'ViewerCan.leaveCicc (leaveCicc)',
      arrange: async (persona) => {
        const places = persona.id
          ? await ds.query<{ role: MembershipRole }[]>(`SELECT m.role FROM membership m JOIN body b ON b.id = m.body_id WHERE m.person_id = $1 AND b.code = 'CICC' AND m.ended_at IS NULL`, [persona.id])
          : [];
        return { places: places.map((p) => p.role) };
      },
      read: programmeCan('leaveCicc'),
      act: { query: `mutation($input: LeaveCiccInput!) { leaveCicc(input: $input) { ended { id } } }`, variables: () => ({ input: { reason: 'I am moving on.' } }) },
      // Leaving ends the member's CiCC places and every session of theirs: later cases need both back.
      restore: async (persona, f) => {
        if (!persona.id) return;
        const [{ left }] = await ds.query<{ left: boolean }[]>(
          `SELECT NOT EXISTS (SELECT 1 FROM membership m JOIN body b ON b.id = m.body_id WHERE m.person_id = $1 AND b.code = 'CICC' AND m.ended_at IS NULL) AS left`,
          [persona.id],
        );
        if (!left) return;
        for (const role of f.places as MembershipRole[]) await addMembership(ds, persona.id, 'CICC', role);
        t.forgetToken(persona.id);
      },
    },
    // ------------------------------------------------------------------ CompactEdition
    {
      action: 'CompactEdition.publishNextEdition (publishCompactEdition)',
      publicRead: true,
      arrange: async () => {
        // Each edition publishes the ADOPTED offers; a new one makes the next edition worth publishing.
        await createProposal(ds, 'HOUSE_FINANCE', { status: ProposalStatus.ADOPTED });
        let [{ number }] = await ds.query<{ number: number }[]>(`SELECT coalesce(max(number), 0)::int AS number FROM compact_edition`);
        if (number === 0) {
          await t.ok(PUBLISH, { input: { number: 1, title: 'The Compact', publishedOn: today() } }, { as: personas.PROGRAMME_ADMIN.id! });
          number = 1;
        }
        return { number };
      },
      read: { query: EDITION_CAN, variables: (f) => ({ number: f.number }), pick: (d: any) => d?.compactEdition?.viewerCan?.publishNextEdition ?? null },
      act: { query: PUBLISH, variables: (f) => ({ input: { number: (f.number as number) + 1, title: 'The Compact', publishedOn: today() } }) },
    },
  ];

  it.each(cases.map((c) => [c.action, c] as const))('%s', async (_name, c) => {
    // The read asks for the Boolean the case is named after: one not asked for would read as false.
    const asked = /^\w+\.(\w+)/.exec(c.action)?.[1];
    expect(asked && new RegExp(`\\b${asked}\\b`).test(c.read.query) ? 'read' : `${c.action}: its Boolean is not read`).toBe('read');
    const rows: string[] = [];
    const mismatches: string[] = [];
    for (const [name, persona] of Object.entries(personas)) {
      const facts = await c.arrange(persona);
      const as = persona.id ? { as: persona.id } : {};
      const read = await t.gql(c.read.query, c.read.variables(facts), as);
      const can = c.read.pick(read.data, facts) ?? false;
      if (!persona.id && !c.publicRead) expect(read.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      else if (c.restrictedRead && read.errors) expect(read.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      else expect(read.errors).toBeUndefined();
      const res = await t.gql(c.act.query, c.act.variables(facts, persona), as);
      const done = !res.errors?.length;
      await c.restore?.(persona, facts);
      rows.push(`${name}: ${can ? 'can' : 'cannot'}`);
      if (can !== done) mismatches.push(`${name}: viewerCan ${can}, operation ${done ? 'succeeded' : `refused ${JSON.stringify(res.errors?.[0]?.extensions)} ${res.errors?.[0]?.message}`}`);
    }
    expect(mismatches).toEqual([]);
    // Each case is decided both ways by someone (unless its state refuses everyone), so agreement is not a matter of everything failing.
    expect(rows.some((r) => r.endsWith(': can'))).toBe(!c.nobody);
    expect(rows.some((r) => r.endsWith(': cannot'))).toBe(true);
  });

  /**
   * Operations with no viewerCan: each acts only on the caller's own sign-in, session, invitation
   * or notifications, so no page shows or hides it by role. Anything else needs a row above.
   */
  const OPEN_OPERATIONS: Record<string, string> = {
    requestSignInCode: 'Anyone may ask for a sign-in code; it answers the same whether or not the address belongs to someone.',
    verifySignInCode: 'Anyone holding an emailed code may use it; the code is the proof of who is signing in.',
    acceptInvitation: 'Anyone holding an invitation link may use it once; the token is the proof of who is signing in.',
    refreshSession: 'Anyone holding a refresh token may exchange it; the token is the proof of the session.',
    signOut: 'Anyone holding a refresh token may end that session.',
    signOutEverywhere: 'Anyone signed in may end their own sessions.',
    markNotificationsRead: 'Anyone signed in marks only their own notifications read.',
    setNotificationPreference: 'Anyone signed in chooses only how they themself hear about things.',
  };

  /** The mutation a case's operation runs. */
  const mutationOf = (document: string): string => {
    const [operation] = parse(document).definitions;
    if (operation.kind !== 'OperationDefinition' || operation.operation !== 'mutation') throw new Error(`Not a mutation: ${document}`);
    const [field] = operation.selectionSet.selections;
    if (field.kind !== 'Field') throw new Error(`No mutation field in: ${document}`);
    return field.name.value;
  };

  it('covers every mutation: a row above, or one of the operations open to everyone (or anyone signed in), with why', () => {
    const mutations = Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {}).sort();
    const covered = new Set(cases.map((c) => mutationOf(c.act.query)));
    expect(mutations.filter((m) => !covered.has(m) && !(m in OPEN_OPERATIONS))).toEqual([]);
    // The open list names only operations the schema serves, without a row, each with a reason.
    expect(Object.keys(OPEN_OPERATIONS).filter((m) => covered.has(m) || !mutations.includes(m))).toEqual([]);
    expect(Object.entries(OPEN_OPERATIONS).filter(([, why]) => why.trim().length < 10)).toEqual([]);
    // And they are open: public, or for anyone signed in, never for some roles only.
    const rules = t.app.get(AccessOperations).snapshot();
    expect(Object.keys(OPEN_OPERATIONS).filter((m) => !/^(PUBLIC|SIGNED_IN)/.test(rules[`Mutation.${m}`] ?? ''))).toEqual([]);
  });

  const MOVES = ['IN_CONSULTATION', 'DRAFT', 'DECLINED', 'WITHDRAWN'];
  const MOVE = `mutation($input: TransitionProposalInput!) { transitionProposal(input: $input) { proposal { id } } }`;

  it.each([
    ['DRAFT', ProposalStatus.DRAFT, true],
    ['DRAFT without UASC considerations', ProposalStatus.DRAFT, false],
    ['IN_CONSULTATION', ProposalStatus.IN_CONSULTATION, true],
    ['RECOMMENDED', ProposalStatus.RECOMMENDED, true],
    ['ENDORSED', ProposalStatus.ENDORSED, true],
  ] as const)('allowedNextStatuses from %s lists exactly the moves transitionProposal then makes, for each role', async (_name, status, uasc) => {
    const mismatches: string[] = [];
    const offered = new Set<string>();
    for (const [name, persona] of Object.entries(personas)) {
      if (!persona.id) continue;
      for (const to of MOVES) {
        const p = await housingProposal(status, uasc ? {} : { uascConsiderations: null });
        const read = await t.ok(PROPOSAL_CAN, { id: p.id }, { as: persona.id });
        const listed: string[] = read.proposal.allowedNextStatuses;
        expect(read.proposal.viewerCan.setStatus).toBe(listed.length > 0);
        listed.forEach((s) => offered.add(s));
        const res = await t.gql(MOVE, { input: { proposalId: p.id, to, reason: 'Moving it.', expectedVersion: p.version } }, { as: persona.id });
        const done = !res.errors?.length;
        if (listed.includes(to) !== done) mismatches.push(`${name} ${status}→${to}: listed ${listed.includes(to)}, moved ${done} ${res.errors?.[0]?.message ?? ''}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Never a status only a sign-off or a Board decision reaches.
    expect([...offered].filter((s) => !MOVES.includes(s))).toEqual([]);
  });

  describe('costs a bounded number of statements for a page, however long', () => {
    const measure = async (query: string, variables: Record<string, unknown>, as: string, count: (data: any) => number, expected: number): Promise<number> => {
      const before = t.statementCount();
      const data = await t.ok(query, variables, { as });
      expect(count(data)).toBe(expected);
      return t.statementCount() - before;
    };

    it('proposals with viewerCan and allowedNextStatuses', async () => {
      const member = personas.CICC_MEMBER.id!;
      const arrange = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const status = [ProposalStatus.DRAFT, ProposalStatus.IN_CONSULTATION, ProposalStatus.ENDORSED][i % 3];
          const p = await createProposal(ds, 'HOUSE_ETE', { status });
          if (status === ProposalStatus.IN_CONSULTATION) {
            const { consultation } = await openConsultation(p.id, ConsultationAudience.CICC, { houseCode: 'HOUSE_ETE' });
            if (i % 2 === 0) await vote(p.id, consultation.id, member);
          }
        }
      };
      const LIST = `query($first: Int, $house: ID) { proposals(first: $first, filter: { houseId: $house }) { edges { node { id allowedNextStatuses
        viewerCan { edit setStatus signOff withdrawSignOff reviseOffer openConsultation comment vote changeVote } } } } }`;
      const [{ id: house }] = await ds.query<{ id: string }[]>(`SELECT id FROM body WHERE code = 'HOUSE_ETE'`);
      await arrange(5);
      const small = await measure(LIST, { first: 5, house }, member, (d) => d.proposals.edges.length, 5);
      await arrange(45);
      const large = await measure(LIST, { first: 50, house }, member, (d) => d.proposals.edges.length, 50);
      expect(large).toBe(small);
    });

    it('consultations, comments and agreements with viewerCan', async () => {
      const officer = personas.LA_OFFICER_THIS_LA.id!;
      const CONSULTATIONS = `query($first: Int, $house: ID) { consultations(first: $first, filter: { houseId: $house }) { edges { node { id viewerCan { respond vote changeVote closeConsultation recordOutcome } } } } }`;
      const [{ id: house }] = await ds.query<{ id: string }[]>(`SELECT id FROM body WHERE code = 'HOUSE_RELATIONSHIPS'`);
      const consult = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const p = await createProposal(ds, 'HOUSE_RELATIONSHIPS', { status: ProposalStatus.IN_CONSULTATION });
          await openConsultation(p.id, i % 2 ? ConsultationAudience.CICC : ConsultationAudience.LOCAL_AUTHORITIES, { houseCode: 'HOUSE_RELATIONSHIPS', closedAt: i % 3 ? null : new Date() });
        }
      };
      await consult(4);
      const smallConsultations = await measure(CONSULTATIONS, { first: 4, house }, officer, (d) => d.consultations.edges.length, 4);
      await consult(26);
      expect(await measure(CONSULTATIONS, { first: 30, house }, officer, (d) => d.consultations.edges.length, 30)).toBe(smallConsultations);

      // Each page is full (first = how many there are), so both count the total the same way.
      const COMMENTS = `query($id: ID!, $first: Int) { proposalComments(proposalId: $id, first: $first) { edges { node { id viewerCan { reply edit delete report hide restore moderate }
        replies { id viewerCan { reply edit report } } } } } }`;
      const thread = async (n: number) => {
        const p = await createProposal(ds, 'HOUSE_RELATIONSHIPS', { status: ProposalStatus.ENDORSED });
        for (let i = 0; i < n; i++) {
          const top = await createComment(ds, p.id, i % 2 ? officer : personas.HOUSING_MEMBER.id!);
          await createComment(ds, p.id, personas.TRUST_BOARD_MEMBER.id!, { parentId: top.id });
        }
        return p.id;
      };
      const fewComments = await measure(COMMENTS, { id: await thread(10), first: 10 }, officer, (d) => d.proposalComments.edges.length, 10);
      expect(await measure(COMMENTS, { id: await thread(20), first: 20 }, officer, (d) => d.proposalComments.edges.length, 20)).toBe(fewComments);

      const AGREEMENTS = `query($first: Int, $proposal: ID) { agreements(first: $first, filter: { proposalId: $proposal }) { edges { node { id viewerCan { setStatus reconfirm }
        party { viewerCan { updateAgreements } } } } } }`;
      const [offer] = await createEndorsedAuthorityOffers(ds, 1, 'HOUSE_RELATIONSHIPS');
      const fewAgreements = await measure(AGREEMENTS, { first: 3, proposal: offer }, officer, (d) => d.agreements.edges.length, 3);
      expect(await measure(AGREEMENTS, { first: 30, proposal: offer }, officer, (d) => d.agreements.edges.length, 30)).toBe(fewAgreements);
    });

    it('memberships and safety concerns with viewerCan', async () => {
      const admin = personas.PROGRAMME_ADMIN.id!;
      // CiCC places read each member's other places and seats (see endMembershipPermission).
      const MEMBERS = `query($first: Int, $body: ID) { people(first: $first, filter: { bodyId: $body }) { edges { node { id
        memberships { viewerCan { end endCoChairTerm } } } } } }`;
      const cicc = await bodyId('CICC');
      const [{ count }] = await ds.query<{ count: number }[]>(`SELECT count(DISTINCT person_id)::int AS count FROM membership WHERE body_id = $1 AND ended_at IS NULL`, [cicc]);
      const join = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const member = await createCiccMember(ds);
          if (i % 2) await addMembership(ds, member.id, 'HOUSE_ETE', MembershipRole.MEMBER);
        }
      };
      await join(Math.max(0, 4 - count));
      const fewMembers = await measure(MEMBERS, { first: 4, body: cicc }, admin, (d) => d.people.edges.length, 4);
      await join(16);
      expect(await measure(MEMBERS, { first: 20, body: cicc }, admin, (d) => d.people.edges.length, 20)).toBe(fewMembers);

      const lead = personas.SAFEGUARDING_LEAD.id!;
      const QUEUE = `query($first: Int) { safeguardingQueue(first: $first) { edges { node { id viewerCan { handle } } } } }`;
      const raise = async (n: number) => {
        for (let i = 0; i < n; i++) await safetyConcern();
      };
      await raise(3);
      const fewConcerns = await measure(QUEUE, { first: 3 }, lead, (d) => d.safeguardingQueue.edges.length, 3);
      await raise(20);
      expect(await measure(QUEUE, { first: 20 }, lead, (d) => d.safeguardingQueue.edges.length, 20)).toBe(fewConcerns);
    });

    it('meetings with their decisions and actions, and people, with viewerCan', async () => {
      const member = personas.HOUSING_MEMBER.id!;
      const MEETINGS = `query($first: Int, $body: ID) { meetings(first: $first, filter: { bodyId: $body }) { edges { node { id
        viewerCan { addAgendaItem recordDecision addActionItem } decisions { viewerCan { addActionItem } } actionItems { viewerCan { update } } } } } }`;
      const body = await bodyId('HOUSE_HEALTH');
      const meet = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const meeting = await createMeeting(ds, 'HOUSE_HEALTH', { startsAt: new Date(Date.UTC(2026, 0, 1 + meetingDay++)) });
          await ds.query(`INSERT INTO decision (meeting_id, kind, summary) VALUES ($1, 'NOTE', 'Noted.')`, [meeting.id]);
          await ds.query(`INSERT INTO action_item (meeting_id, owner_id, description, due_on) VALUES ($1, $2, 'Do it.', '2027-01-01')`, [meeting.id, member]);
        }
      };
      let meetingDay = 0;
      await meet(4);
      const fewMeetings = await measure(MEETINGS, { first: 4, body }, member, (d) => d.meetings.edges.length, 4);
      await meet(16);
      expect(await measure(MEETINGS, { first: 20, body }, member, (d) => d.meetings.edges.length, 20)).toBe(fewMeetings);

      const PEOPLE = `query($first: Int, $body: ID) { people(first: $first, filter: { bodyId: $body }) { edges { node { id viewerCan { edit changeCareExperienced erase } } } } }`;
      const admin = personas.PROGRAMME_ADMIN.id!;
      const staff = async (n: number) => {
        for (let i = 0; i < n; i++) await addMembership(ds, (await createPerson(ds)).id, 'HOUSE_TRANSPORT', MembershipRole.MEMBER);
      };
      const transport = await bodyId('HOUSE_TRANSPORT');
      const [{ count }] = await ds.query<{ count: number }[]>(`SELECT count(DISTINCT person_id)::int AS count FROM membership WHERE body_id = $1 AND ended_at IS NULL`, [transport]);
      await staff(Math.max(0, 4 - count));
      const fewPeople = await measure(PEOPLE, { first: 4, body: transport }, admin, (d) => d.people.edges.length, 4);
      await staff(16);
      expect(await measure(PEOPLE, { first: 20, body: transport }, admin, (d) => d.people.edges.length, 20)).toBe(fewPeople);
    });
  });
});
