import { DEFAULT_TIME_ZONE, ProgrammeCalendar } from '@app/core';
import { Role, RoleAssignment, RoleSource, ScopeKind } from '@app/access';
import { ConsultationAudience } from '@app/consultations';
import { CommentErrorCode } from './comments.errors';
import { commentDecision, CommentRight, ProposalCommentFacts } from './comment-permission';

const london = new ProgrammeCalendar(DEFAULT_TIME_ZONE);
const HOUSING = 'house-housing';
const HEALTH = 'house-health';
const role = (r: Role, scope: RoleAssignment['scope'] = null): RoleAssignment => ({ role: r, scope, source: RoleSource.GRANT, sourceId: `${r}-${scope?.id ?? 'all'}` });
const inHouse = (r: Role, id = HOUSING) => role(r, { kind: ScopeKind.BODY, id });
const proposal = (over: Partial<ProposalCommentFacts> = {}): ProposalCommentFacts => ({
  proposalId: 'p1', houseId: HOUSING, houseName: 'Housing House', status: 'DRAFT', openConsultations: [], ...over,
});
const open = (audience: ConsultationAudience) => ({ audience, closesAt: new Date('2027-03-12T17:00:00Z') });

describe('who may comment on a proposal', () => {
  it("lets programme admins and the House's co-chairs and members comment, whatever the proposal's state", () => {
    for (const status of ['DRAFT', 'IN_CONSULTATION', 'ADOPTED', 'WITHDRAWN']) {
      expect(commentDecision([role(Role.PROGRAMME_ADMIN)], proposal({ status }), london)).toEqual({ allowed: true, right: CommentRight.PROGRAMME_ADMIN });
      expect(commentDecision([inHouse(Role.HOUSE_MEMBER)], proposal({ status }), london)).toEqual({ allowed: true, right: CommentRight.HOUSE });
      expect(commentDecision([inHouse(Role.HOUSE_CO_CHAIR)], proposal({ status }), london)).toEqual({ allowed: true, right: CommentRight.HOUSE });
    }
  });

  it("refuses another House's members, and anyone without a part in it, saying who may and whom to ask", () => {
    for (const roles of [[inHouse(Role.HOUSE_CO_CHAIR, HEALTH), inHouse(Role.HOUSE_MEMBER, HEALTH)], [role(Role.CICC_MEMBER)], []]) {
      expect(commentDecision(roles, proposal(), london)).toEqual({
        allowed: false,
        reason: CommentErrorCode.NOT_A_PARTICIPANT,
        message:
          'Comments on this proposal are for members and co-chairs of Housing House and programme admins. If you should take part, ask a co-chair of Housing House to add you to the House.',
      });
    }
  });

  it("tells directors' viewers and safeguarding leads their role reads and does not comment", () => {
    const viewer = commentDecision([role(Role.ALDCS_VIEWER)], proposal({ status: 'ENDORSED', openConsultations: [open(ConsultationAudience.ALDCS)] }), london);
    expect(viewer).toMatchObject({ allowed: false, reason: CommentErrorCode.READ_ONLY_ROLE });
    expect(!viewer.allowed && viewer.message).toMatch(/^As a directors' viewer you can read this proposal and its comments, but not comment on it\./);
    expect(commentDecision([role(Role.SAFEGUARDING_LEAD)], proposal(), london)).toMatchObject({ allowed: false, reason: CommentErrorCode.READ_ONLY_ROLE });
    // A viewer who also sits on the House takes part as a member.
    expect(commentDecision([role(Role.ALDCS_VIEWER), inHouse(Role.HOUSE_MEMBER)], proposal(), london).allowed).toBe(true);
  });

  it("lets a consultation's audience comment while it is open", () => {
    const cicc = proposal({ status: 'IN_CONSULTATION', openConsultations: [open(ConsultationAudience.CICC)] });
    expect(commentDecision([role(Role.CICC_MEMBER)], cicc, london)).toEqual({ allowed: true, right: CommentRight.CONSULTATION_AUDIENCE });
    const officer = role(Role.LA_OFFICER, { kind: ScopeKind.AUTHORITY, id: 'lam' });
    const refused = commentDecision([officer], cicc, london);
    expect(!refused.allowed && refused.message).toBe(
      'Comments on this proposal are for members and co-chairs of Housing House, members of the Children in Care Council until its consultation closes on 12 March 2027 and programme admins. If you should take part, ask a co-chair of Housing House to add you to the House.',
    );
    for (const audience of [ConsultationAudience.LOCAL_AUTHORITIES, ConsultationAudience.HOUSING_DIRECTORS, ConsultationAudience.ALDCS]) {
      expect(commentDecision([officer], proposal({ openConsultations: [open(audience)] }), london).allowed).toBe(true);
    }
    const partner = role(Role.PARTNER_OFFICER, { kind: ScopeKind.ORGANISATION, id: 'tfl' });
    expect(commentDecision([partner], proposal({ openConsultations: [open(ConsultationAudience.PARTNERS)] }), london).allowed).toBe(true);
    expect(commentDecision([partner], cicc, london).allowed).toBe(false);
  });

  it('lets the Trust Board comment while the proposal is before it, and the deciding councils and partners once endorsed', () => {
    const board = [role(Role.TRUST_BOARD_MEMBER)];
    expect(commentDecision(board, proposal({ status: 'RECOMMENDED' }), london)).toEqual({ allowed: true, right: CommentRight.TRUST_BOARD });
    expect(commentDecision(board, proposal({ status: 'ENDORSED' }), london).allowed).toBe(true);
    expect(commentDecision(board, proposal({ status: 'ADOPTED' }), london).allowed).toBe(false);
    const officer = [role(Role.LA_OFFICER, { kind: ScopeKind.AUTHORITY, id: 'lam' })];
    expect(commentDecision(officer, proposal({ status: 'ENDORSED' }), london)).toEqual({ allowed: true, right: CommentRight.DECIDING_PARTY });
    expect(commentDecision(officer, proposal({ status: 'RECOMMENDED' }), london).allowed).toBe(false);
  });
});
