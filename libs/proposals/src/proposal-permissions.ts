import { ALLOWED, Permission, refused } from '@app/core';
import { bodyScope, Role, Viewer, viewerHolds } from '@app/access';
import { GovernanceConflictError, GovernanceErrorCode, MembershipRole } from '@app/governance';
import { allowedTransitions, checkTransition, FORWARD_HOUSE_MOVES, TransitionRoute, AGREEMENT_STATUSES } from './proposal-status.machine';
import { ProposalStatus } from './proposal.entity';
import { EDITABLE_STATUSES, SeatHolders, SIGNING_SEATS, SignOffRecord, signOffState } from './proposal.rules';
import { ProposalConflictError, ProposalErrorCode, ProposalForbiddenError, ProposalInputError } from './proposals.errors';

/**
 * Who may do what to a proposal. Each rule is a pure function of the viewer and the facts below,
 * used both by the operation (which throws the refusal) and by `Proposal.viewerCan` (which reads
 * many proposals' facts in a few statements).
 */

/** What the proposal rules need to know about one proposal. */
export interface ProposalFacts {
  proposal: { id: string; houseId: string; status: ProposalStatus; uascConsiderations: string | null };
  houseName: string;
  /** Who holds each co-chair seat of the House now. */
  seats: SeatHolders;
  /** Sign-offs not voided. */
  signOffs: readonly SignOffRecord[];
}

/** The seat a person holds in the House now, if any. */
export function seatOf(personId: string | null, seats: SeatHolders): MembershipRole | null {
  if (!personId) return null;
  return SIGNING_SEATS.find((role) => seats[role] === personId) ?? null;
}

/** A House's co-chairs and members (by membership or grant) draft and edit its proposals. */
export function draftPermission(viewer: Viewer, house: { id: string; name: string }, verb: 'draft' | 'edit' = 'draft'): Permission {
  const scope = bodyScope(house.id);
  if (viewerHolds(viewer, Role.HOUSE_MEMBER, scope) || viewerHolds(viewer, Role.HOUSE_CO_CHAIR, scope)) return ALLOWED;
  return refused(
    new ProposalForbiddenError(
      ProposalErrorCode.NOT_A_HOUSE_MEMBER,
      `Only current co-chairs and members of ${house.name} can ${verb} its proposals.`,
      verb === 'draft' ? 'houseId' : 'proposalId',
    ),
  );
}

/** updateProposal: the House's co-chairs and members, while the proposal is in DRAFT or IN_CONSULTATION. */
export function updateProposalPermission(viewer: Viewer, facts: ProposalFacts): Permission {
  const member = draftPermission(viewer, { id: facts.proposal.houseId, name: facts.houseName }, 'edit');
  if (!member.allowed) return member;
  const { status } = facts.proposal;
  if (!EDITABLE_STATUSES.includes(status)) {
    return refused(
      new ProposalConflictError(
        ProposalErrorCode.NOT_EDITABLE,
        `This proposal is ${status} and can no longer be edited. Send it back to DRAFT first (if its status allows), then edit it.`,
        'proposalId',
        { status },
      ),
    );
  }
  return ALLOWED;
}

/** The two seats filled, or a refusal naming the empty one(s). */
function bothSeatsPermission(houseName: string, seats: SeatHolders): Permission {
  const missingRoles = SIGNING_SEATS.filter((role) => !seats[role]);
  if (missingRoles.length === 0) return ALLOWED;
  const missing = missingRoles.map((r) => (r === MembershipRole.CO_CHAIR_YOUNG_PERSON ? 'a young-person co-chair from the CiCC' : 'a sector-lead co-chair'));
  return refused(
    new GovernanceConflictError(
      GovernanceErrorCode.MISSING_CO_CHAIRS,
      `${houseName} has no ${missing.join(' and no ')}, so its proposals cannot move forward. Appoint ${missing.length > 1 ? 'them' : 'one'} first.`,
      undefined,
      { missing: missingRoles },
    ),
  );
}

/**
 * One status change by one route: legal from the current status, by that route; a House move by a
 * current co-chair (seat or HOUSE_CO_CHAIR grant) with both seats filled to move forward, and to
 * RECOMMENDED only with both seats signed; out of draft only with UASC considerations.
 */
export function transitionPermission(viewer: Viewer, facts: ProposalFacts, to: ProposalStatus, route: TransitionRoute): Permission {
  const from = facts.proposal.status;
  const check = checkTransition(from, to, route);
  if (!check.ok && check.reason === 'ILLEGAL') {
    const allowed = check.allowed.length ? check.allowed.join(', ') : 'none (it is final)';
    return refused(
      new ProposalConflictError(ProposalErrorCode.ILLEGAL_TRANSITION, `A ${from} proposal cannot move to ${to}. Allowed from ${from}: ${allowed}.`, 'to', {
        from,
        to,
        allowed: check.allowed,
      }),
    );
  }
  if (!check.ok && check.reason === 'WRONG_ROUTE') {
    return refused(
      new ProposalConflictError(
        ProposalErrorCode.WRONG_ROUTE,
        to === ProposalStatus.ENDORSED || route === TransitionRoute.HOUSE
          ? `Moving a ${from} proposal to ${to} needs a recorded Trust Board decision.`
          : `Moving a ${from} proposal to ${to} is for the House's co-chairs.`,
        'to',
        { from, to, routes: check.routes },
      ),
    );
  }
  if (route === TransitionRoute.HOUSE) {
    const coChair = viewer.system || seatOf(viewer.personId, facts.seats) !== null || viewerHolds(viewer, Role.HOUSE_CO_CHAIR, bodyScope(facts.proposal.houseId));
    if (!coChair) {
      return refused(new ProposalForbiddenError(ProposalErrorCode.NOT_A_CO_CHAIR, `Only ${facts.houseName}'s current co-chairs can change the status of its proposals.`));
    }
    if (FORWARD_HOUSE_MOVES.includes(to)) {
      const seated = bothSeatsPermission(facts.houseName, facts.seats);
      if (!seated.allowed) return seated;
    }
    if (to === ProposalStatus.RECOMMENDED) {
      // Only sign-offs by the people who hold the seats now count.
      const state = signOffState(from, facts.signOffs, facts.seats);
      if (!state.ready) {
        return refused(
          new ProposalConflictError(
            ProposalErrorCode.ILLEGAL_TRANSITION,
            `Both co-chairs must sign off before ${facts.houseName} recommends this proposal; still awaited: ${state.awaiting.join(', ')}.`,
            'to',
            { awaited: state.awaiting },
          ),
        );
      }
    }
  }
  if (from === ProposalStatus.DRAFT && to !== ProposalStatus.WITHDRAWN && !facts.proposal.uascConsiderations?.trim()) {
    return refused(
      new ProposalInputError(
        ProposalErrorCode.UASC_CONSIDERATIONS_REQUIRED,
        'Say how this offer works for former unaccompanied asylum-seeking children (uascConsiderations) before it leaves draft.',
        'uascConsiderations',
      ),
    );
  }
  return ALLOWED;
}

/** transitionProposal: a House move to anything but RECOMMENDED, which comes only from both co-chairs signing off. */
export function moveProposalPermission(viewer: Viewer, facts: ProposalFacts, to: ProposalStatus): Permission {
  if (to === ProposalStatus.RECOMMENDED) {
    return refused(
      new ProposalConflictError(
        ProposalErrorCode.SIGN_OFF_REQUIRED,
        'A proposal becomes RECOMMENDED when both co-chairs have signed it off (signOffProposal); it cannot be moved there directly.',
        'to',
      ),
    );
  }
  return transitionPermission(viewer, facts, to, TransitionRoute.HOUSE);
}

/** The statuses this viewer can move the proposal to with transitionProposal now. */
export function movableStatuses(viewer: Viewer, facts: ProposalFacts): ProposalStatus[] {
  return allowedTransitions(facts.proposal.status).filter((to) => moveProposalPermission(viewer, facts, to).allowed);
}

/**
 * signOffProposal (this domain's part; others may refuse too, see ProposalsService.beforeSignOff):
 * a current co-chair from their seat, while the proposal is in consultation, once per seat holder.
 */
export function signOffPermission(viewer: Viewer, facts: ProposalFacts): Permission {
  const role = seatOf(viewer.personId, facts.seats);
  if (!role) {
    return refused(new ProposalForbiddenError(ProposalErrorCode.NOT_A_CO_CHAIR, `Only ${facts.houseName}'s current co-chairs can sign off its proposals.`));
  }
  if (facts.proposal.status !== ProposalStatus.IN_CONSULTATION) {
    return refused(
      new ProposalConflictError(
        ProposalErrorCode.NOT_IN_CONSULTATION,
        `Only a proposal in consultation can be signed off; this one is ${facts.proposal.status}.`,
        'proposalId',
        { status: facts.proposal.status },
      ),
    );
  }
  if (facts.signOffs.some((s) => s.role === role && s.personId === viewer.personId)) {
    return refused(new ProposalConflictError(ProposalErrorCode.ALREADY_SIGNED, 'You have already signed off this proposal.', 'proposalId'));
  }
  return ALLOWED;
}

/** withdrawSignOff: the signer, while the proposal is still in consultation. */
export function withdrawSignOffPermission(viewer: Viewer, facts: ProposalFacts): Permission {
  if (facts.proposal.status !== ProposalStatus.IN_CONSULTATION) {
    return refused(
      new ProposalConflictError(
        ProposalErrorCode.NOT_IN_CONSULTATION,
        `A sign-off can be withdrawn only while the proposal is in consultation; this one is ${facts.proposal.status}.`,
        'proposalId',
        { status: facts.proposal.status },
      ),
    );
  }
  if (!viewer.personId || !facts.signOffs.some((s) => s.personId === viewer.personId)) {
    return refused(new ProposalConflictError(ProposalErrorCode.NOT_SIGNED, 'You have not signed off this proposal, so there is nothing to withdraw.', 'proposalId'));
  }
  return ALLOWED;
}

/** reviseOffer: a programme admin, while the offer is out for agreement (ENDORSED or ADOPTED). */
export function reviseOfferPermission(viewer: Viewer, facts: Pick<ProposalFacts, 'proposal'>): Permission {
  if (!viewerHolds(viewer, Role.PROGRAMME_ADMIN)) {
    return refused(new ProposalForbiddenError('NOT_PROGRAMME_ADMIN', 'Only a programme admin can revise an offer that is out for agreement.'));
  }
  const { status } = facts.proposal;
  if (!AGREEMENT_STATUSES.includes(status)) {
    return refused(
      new ProposalConflictError(
        ProposalErrorCode.NOT_EDITABLE,
        `Only an endorsed or adopted offer is revised this way; this one is ${status}${EDITABLE_STATUSES.includes(status) ? ', so edit it with updateProposal' : ''}.`,
        'proposalId',
        { status },
      ),
    );
  }
  return ALLOWED;
}
