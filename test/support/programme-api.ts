import { randomUUID } from 'node:crypto';
import { Role } from '@app/access';
import type { TestApp } from '@app/testing';
import { grantRoleDirectly } from './access-fixtures';

export interface ApiPerson {
  id: string;
  email: string;
  displayName: string;
}

const DAY = 24 * 3600 * 1000;

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`;
const ADD_MEMBERSHIP = `mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } } }`;
const APPOINT = `mutation($input: AppointCoChairInput!) { appointCoChair(input: $input) { house { id } } }`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { grant { id } } }`;
const CREATE_PROPOSAL = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } } }`;
const OPEN = `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id version } } }`;
const CLOSE = `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { id version } } }`;
const OUTCOME = `mutation($input: RecordConsultationOutcomeInput!) { recordConsultationOutcome(input: $input) { consultation { id } } }`;
const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { vote { choice } } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
const RESPOND = `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { response { id } } }`;
const SIGN_OFF = `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended } }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`;
const DECIDE = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { proposalStatus } }`;
const SET_AGREEMENT = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id status version } } }`;

/**
 * Arranges a programme the way its people would, through the API's own GraphQL operations: the
 * first programme admin is the only record made directly (someone has to be able to let others
 * in); everyone else is added, seated and granted by that admin, and proposals, consultations,
 * votes, comments, answers, decisions and agreement changes are made by the people entitled to.
 */
export class ProgrammeApi {
  readonly bodies: Record<string, string> = {};
  readonly authorities: Record<string, string> = {};
  readonly organisations: Record<string, string> = {};
  private boardChair?: ApiPerson;

  private constructor(
    readonly t: TestApp,
    readonly adminId: string,
  ) {}

  /** The first programme admin (made directly) and the reference data's ids (read through the API). */
  static async start(t: TestApp): Promise<ProgrammeApi> {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(`INSERT INTO person (display_name, email) VALUES ('Programme admin', $1) RETURNING id`, [
      `admin-${randomUUID().slice(0, 8)}@example.org`,
    ]);
    await grantRoleDirectly(t.dataSource, id, Role.PROGRAMME_ADMIN);
    const api = new ProgrammeApi(t, id);
    const ref = await t.ok(`{ bodies { id code } localAuthorities { id shortCode } organisations { id code } }`);
    for (const b of ref.bodies as { id: string; code: string }[]) api.bodies[b.code] = b.id;
    for (const la of ref.localAuthorities as { id: string; shortCode: string }[]) api.authorities[la.shortCode] = la.id;
    for (const o of ref.organisations as { id: string; code: string }[]) api.organisations[o.code] = o.id;
    return api;
  }

  /** A person added by the admin (unique name and email unless given). */
  async person(input: { displayName?: string; email?: string; careExperienced?: boolean; birthMonth?: string; homeAuthority?: string } = {}): Promise<ApiPerson> {
    const tag = randomUUID().slice(0, 8);
    const displayName = input.displayName ?? `Person ${tag}`;
    const email = input.email ?? `person-${tag}@example.org`;
    const data = await this.t.ok(
      CREATE_PERSON,
      {
        input: {
          displayName,
          email,
          careExperienced: input.careExperienced ?? false,
          birthMonth: input.birthMonth,
          homeAuthorityId: input.homeAuthority ? this.authorities[input.homeAuthority] : undefined,
        },
      },
      { as: this.adminId },
    );
    return { id: data.createPerson.person.id, email, displayName };
  }

  /** Adds a person to a body (by code) in a role, representing an LA (short code) or an organisation (code) if given. */
  async join(personId: string, bodyCode: string, role = 'MEMBER', represents: { authority?: string; organisation?: string } = {}): Promise<void> {
    await this.t.ok(
      ADD_MEMBERSHIP,
      {
        input: {
          personId,
          bodyId: this.bodies[bodyCode],
          role,
          representsAuthorityId: represents.authority ? this.authorities[represents.authority] : undefined,
          representsOrganisationId: represents.organisation ? this.organisations[represents.organisation] : undefined,
        },
      },
      { as: this.adminId },
    );
  }

  /** A care-experienced young person who is a member of the Children in Care Council. */
  async ciccMember(input: { displayName?: string; email?: string; homeAuthority?: string } = {}): Promise<ApiPerson> {
    const person = await this.person({ ...input, careExperienced: true, birthMonth: '2004-05' });
    await this.join(person.id, 'CICC');
    return person;
  }

  /** A leaving-care officer of an LA (a LLANCL member representing it). */
  async officer(authority: string, input: { displayName?: string; email?: string } = {}): Promise<ApiPerson> {
    const person = await this.person(input);
    await this.join(person.id, 'LLANCL', 'MEMBER', { authority });
    return person;
  }

  /** Appoints both co-chairs of a House: a young person from the CiCC and a sector lead. */
  async seatCoChairs(houseCode: string): Promise<{ youngPerson: ApiPerson; sectorLead: ApiPerson }> {
    const youngPerson = await this.ciccMember();
    const sectorLead = await this.person();
    for (const [person, seat] of [
      [youngPerson, 'YOUNG_PERSON'],
      [sectorLead, 'SECTOR_LEAD'],
    ] as const) {
      await this.t.ok(APPOINT, { input: { houseId: this.bodies[houseCode], personId: person.id, seat, reason: 'Appointed for the test programme' } }, { as: this.adminId });
    }
    return { youngPerson, sectorLead };
  }

  /** Gives a person a role (optionally scoped), as the admin. */
  async grant(personId: string, role: string, scope?: { kind: string; id: string }): Promise<void> {
    await this.t.ok(GRANT, { input: { personId, role, reason: 'Arranged for the test programme', scopeKind: scope?.kind, scopeId: scope?.id } }, { as: this.adminId });
  }

  /** A proposal drafted by a House's co-chair. */
  async proposal(houseCode: string, asCoChair: string, input: { title?: string; category?: string; deliveryModel?: string } = {}): Promise<string> {
    const data = await this.t.ok(
      CREATE_PROPOSAL,
      {
        input: {
          houseId: this.bodies[houseCode],
          title: input.title ?? 'Council tax exemption to 25',
          summary: 'Care leavers pay no council tax until they turn 25.',
          category: input.category ?? 'HOUSING',
          deliveryModel: input.deliveryModel ?? 'EACH_LA',
          uascConsiderations: 'Applies whatever the young person’s immigration status.',
        },
      },
      { as: asCoChair },
    );
    return data.createProposal.proposal.id;
  }

  /** Opens a consultation as a co-chair: on a proposal (no title, as the app does), or on a House topic with a title. */
  async openConsultation(
    asCoChair: string,
    input: { proposalId?: string; houseCode?: string; title?: string; audience: string; closesInDays?: number; opensInDays?: number; opensAt?: Date; questions?: unknown[] },
  ): Promise<string> {
    const now = Date.now();
    const data = await this.t.ok(
      OPEN,
      {
        input: {
          proposalId: input.proposalId,
          houseId: input.houseCode ? this.bodies[input.houseCode] : undefined,
          title: input.title,
          audience: input.audience,
          opensAt: input.opensAt?.toISOString() ?? (input.opensInDays ? new Date(now + input.opensInDays * DAY).toISOString() : undefined),
          closesAt: new Date(now + (input.closesInDays ?? 7) * DAY).toISOString(),
          questions: input.questions,
        },
      },
      { as: asCoChair },
    );
    return data.openConsultation.consultation.id;
  }

  async closeConsultation(asCoChair: string, consultationId: string): Promise<void> {
    await this.t.ok(CLOSE, { input: { consultationId } }, { as: asCoChair });
  }

  async recordOutcome(asCoChair: string, consultationId: string, summary: string): Promise<void> {
    await this.t.ok(OUTCOME, { input: { consultationId, summary } }, { as: asCoChair });
  }

  async vote(asMember: string, proposalId: string, choice = 'SUPPORT'): Promise<void> {
    await this.t.ok(VOTE, { input: { proposalId, choice } }, { as: asMember });
  }

  async comment(asPerson: string, proposalId: string, body: string, parentId?: string): Promise<string> {
    const data = await this.t.ok(COMMENT, { input: { proposalId, body, parentId } }, { as: asPerson });
    return data.addComment.comment.id;
  }

  /** Answers a consultation (on behalf of an LA, by short code, for LA audiences). */
  async respond(asPerson: string, consultationId: string, answers: unknown[], onBehalfOf?: string): Promise<void> {
    await this.t.ok(
      RESPOND,
      { input: { consultationId, answers, onBehalfOfAuthorityId: onBehalfOf ? this.authorities[onBehalfOf] : undefined } },
      { as: asPerson },
    );
  }

  /** Both co-chairs sign a proposal in consultation off, which recommends it. */
  async recommend(proposalId: string, coChairs: { youngPerson: ApiPerson; sectorLead: ApiPerson }): Promise<void> {
    await this.t.ok(SIGN_OFF, { input: { proposalId, note: 'Signed off for the House' } }, { as: coChairs.youngPerson.id });
    const second = await this.t.ok(SIGN_OFF, { input: { proposalId } }, { as: coChairs.sectorLead.id });
    if (!second.signOffProposal.recommended) throw new Error(`Proposal ${proposalId} was not recommended by both sign-offs`);
  }

  /** A Trust Board decision on a recommended proposal (ENDORSE opens its agreements), taken by the Board's chair at a meeting. */
  async trustBoardDecides(proposalId: string, kind = 'ENDORSE', summary = 'Endorsed; each party is asked to agree it.'): Promise<string> {
    if (!this.boardChair) {
      this.boardChair = await this.person({ displayName: 'Trust Board chair' });
      await this.join(this.boardChair.id, 'TRUST_BOARD', 'CHAIR');
    }
    const meeting = await this.t.ok(
      SCHEDULE,
      { input: { bodyId: this.bodies.TRUST_BOARD, title: 'Trust Board', startsAt: new Date(Date.now() + 3600 * 1000).toISOString() } },
      { as: this.boardChair.id },
    );
    const decided = await this.t.ok(DECIDE, { input: { meetingId: meeting.scheduleMeeting.meeting.id, proposalId, kind, summary } }, { as: this.boardChair.id });
    return decided.recordDecision.proposalStatus;
  }

  /** A proposal's agreements keyed by the LA's short code (or the party id for other parties). */
  async agreementsOf(proposalId: string, asPerson: string): Promise<Record<string, { id: string; version: number; status: string }>> {
    const byAuthorityId = new Map(Object.entries(this.authorities).map(([code, id]) => [id, code]));
    const out: Record<string, { id: string; version: number; status: string }> = {};
    let after: string | null = null;
    for (;;) {
      const data: Record<string, any> = await this.t.ok(
        `query($filter: AgreementsFilterInput, $after: String) { agreements(filter: $filter, first: 100, after: $after) { edges { node { id partyId status version } } pageInfo { hasNextPage endCursor } } }`,
        { filter: { proposalId }, after },
        { as: asPerson },
      );
      for (const { node } of data.agreements.edges as { node: { id: string; partyId: string; status: string; version: number } }[]) {
        out[byAuthorityId.get(node.partyId) ?? node.partyId] = { id: node.id, version: node.version, status: node.status };
      }
      if (!data.agreements.pageInfo.hasNextPage) return out;
      after = data.agreements.pageInfo.endCursor;
    }
  }

  /** An officer sets their party's agreement status. */
  async setAgreement(asOfficer: string, agreement: { id: string; version: number }, status: string, extra: Record<string, unknown> = {}): Promise<void> {
    await this.t.ok(SET_AGREEMENT, { input: { agreementId: agreement.id, expectedVersion: agreement.version, status, ...extra } }, { as: asOfficer });
  }
}
