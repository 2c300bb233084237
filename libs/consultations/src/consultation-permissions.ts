import { ALLOWED, Permission, ProgrammeCalendar, refused } from '@app/core';
import { actsFor, bodyScope, PartyScope, partiesActedFor, Role, ScopeKind, Viewer, viewerHolds } from '@app/access';
import { BodyKind } from '@app/reference';
import { ProposalStatus } from '@app/proposals';
import { ConsultationState, consultationState, effectiveClose } from './consultation-rules';
import { AUTHORITY_AUDIENCES, ConsultationAudience } from './consultation.entity';
import { ConsultationConflictError, ConsultationErrorCode, ConsultationForbiddenError, ConsultationInputError } from './consultations.errors';

/**
 * Who may do what with a consultation. Each rule is a pure function of the viewer and facts, used
 * both by the operation (which throws the refusal) and by `viewerCan` (which reads the facts of
 * many consultations in a few statements).
 */

/** The body that runs a consultation and who runs its consultations now (CONSULTATION_RUNNERS_SQL). */
export interface RunnerFacts {
  body: { id: string; name: string; kind: BodyKind };
  runnerIds: readonly string[];
}

/** A consultation's timing, as the rules see it. */
export interface ConsultationTiming {
  id: string;
  audience: ConsultationAudience;
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
}

/** Statuses of a proposal a House may still consult on. */
export const CONSULTABLE: readonly ProposalStatus[] = [ProposalStatus.DRAFT, ProposalStatus.IN_CONSULTATION];

/** Who runs a body's consultations, in words: "Housing House's current co-chairs". */
export function runnersOf(body: { name: string; kind: BodyKind }): string {
  return body.kind === BodyKind.HOUSE ? `${body.name}'s current co-chairs` : `${body.name}'s current chair or co-chairs`;
}

/**
 * A body's consultations are run by a House's co-chairs, another consulting body's chair or
 * co-chairs, and anyone a programme admin gave co-chair rights in it (a HOUSE_CO_CHAIR grant).
 */
export function runConsultationsPermission(viewer: Viewer, facts: RunnerFacts, doing: string): Permission {
  if (viewer.system) return ALLOWED;
  if (viewer.personId && facts.runnerIds.includes(viewer.personId)) return ALLOWED;
  if (viewerHolds(viewer, Role.HOUSE_CO_CHAIR, bodyScope(facts.body.id))) return ALLOWED;
  return refused(new ConsultationForbiddenError(ConsultationErrorCode.NOT_A_CO_CHAIR, `Only ${runnersOf(facts.body)} can ${doing}.`));
}

/** Bodies that consult: the Houses, working groups (the Compact Working Group ran the 2022 survey of LAs) and the Trust Board. */
export const CONSULTING_BODY_KINDS: readonly BodyKind[] = [BodyKind.HOUSE, BodyKind.WORKING_GROUP, BodyKind.TRUST_BOARD];

/**
 * openConsultation: on a proposal only while it is DRAFT or IN_CONSULTATION; run by a body that
 * consults (CONSULTING_BODY_KINDS); by those who run that body's consultations.
 */
export function openConsultationPermission(viewer: Viewer, proposal: { status: ProposalStatus } | null, runners: RunnerFacts, bodyField = 'bodyId'): Permission {
  if (proposal && !CONSULTABLE.includes(proposal.status)) {
    return refused(
      new ConsultationConflictError(
        ConsultationErrorCode.PROPOSAL_NOT_OPEN_FOR_CONSULTATION,
        `The proposal is ${proposal.status}; a House consults on a proposal only while it is DRAFT or IN_CONSULTATION.`,
        'proposalId',
        { status: proposal.status },
      ),
    );
  }
  if (!CONSULTING_BODY_KINDS.includes(runners.body.kind)) {
    return refused(
      new ConsultationInputError(
        'NOT_A_HOUSE',
        `${runners.body.name} does not run consultations; they are run by a House, a working group (such as the Compact Working Group) or the Trust Board.`,
        bodyField,
      ),
    );
  }
  return runConsultationsPermission(viewer, runners, 'open its consultations');
}

/** closeConsultation: those who run it, while it has not closed. */
export function closeConsultationPermission(viewer: Viewer, consultation: ConsultationTiming, runners: RunnerFacts, now: Date): Permission {
  const runner = runConsultationsPermission(viewer, runners, 'close its consultations');
  if (!runner.allowed) return runner;
  if (consultationState(consultation, now) === ConsultationState.CLOSED) {
    return refused(
      new ConsultationConflictError(ConsultationErrorCode.ALREADY_CLOSED, `This consultation already closed at ${effectiveClose(consultation).toISOString()}.`, 'consultationId'),
    );
  }
  return ALLOWED;
}

/** recordConsultationOutcome: those who run it, once it has closed. */
export function recordOutcomePermission(viewer: Viewer, consultation: ConsultationTiming, runners: RunnerFacts, now: Date): Permission {
  const runner = runConsultationsPermission(viewer, runners, 'record the outcome of its consultations');
  if (!runner.allowed) return runner;
  if (consultationState(consultation, now) !== ConsultationState.CLOSED) {
    return refused(
      new ConsultationConflictError(
        ConsultationErrorCode.NOT_CLOSED,
        `This consultation is still running until ${consultation.closesAt.toISOString()}; close it before recording its outcome.`,
        'consultationId',
      ),
    );
  }
  return ALLOWED;
}

/** Whether the consultation takes responses now, or a refusal saying when it did or will. */
export function takesResponsesPermission(consultation: ConsultationTiming, now: Date): Permission {
  const state = consultationState(consultation, now);
  if (state === ConsultationState.SCHEDULED) {
    return refused(
      new ConsultationConflictError(
        ConsultationErrorCode.NOT_YET_OPEN,
        `This consultation opens at ${consultation.opensAt.toISOString()} and takes responses until ${consultation.closesAt.toISOString()}.`,
        'consultationId',
        { opensAt: consultation.opensAt.toISOString(), closesAt: consultation.closesAt.toISOString() },
      ),
    );
  }
  if (state === ConsultationState.CLOSED) {
    const closed = effectiveClose(consultation);
    return refused(
      new ConsultationConflictError(
        ConsultationErrorCode.NOT_OPEN,
        `This consultation closed at ${closed.toISOString()} (it ran from ${consultation.opensAt.toISOString()}); it no longer takes responses.`,
        'consultationId',
        { opensAt: consultation.opensAt.toISOString(), closedAt: closed.toISOString() },
      ),
    );
  }
  return ALLOWED;
}

/**
 * respondToConsultation, as far as who answers: while it is open; a CiCC consultation takes
 * current CiCC members' own answers; one of LAs (housing directors, ALDCS) is answered for an LA,
 * a partners' one for an ICS area or partner organisation, by someone who acts for it (actsFor).
 * Without `party`, whether the viewer acts for any party of the right kind. Other consultations
 * take anyone's own answers. (The shape of the answers is checked by the operation.)
 */
export function respondPermission(viewer: Viewer, consultation: ConsultationTiming, now: Date, party?: PartyScope | null): Permission {
  const open = takesResponsesPermission(consultation, now);
  if (!open.allowed) return open;
  const perAuthority = AUTHORITY_AUDIENCES.includes(consultation.audience);
  const perPartner = consultation.audience === ConsultationAudience.PARTNERS;
  if (!perAuthority && !perPartner) {
    if (consultation.audience === ConsultationAudience.CICC && !viewerHolds(viewer, Role.CICC_MEMBER)) {
      return refused(new ConsultationForbiddenError(ConsultationErrorCode.NOT_A_CICC_MEMBER, 'This consultation is for current members of the Children in Care Council.'));
    }
    return ALLOWED;
  }
  const acts = viewer.system || (party ? actsFor(viewer.roles, party) : partiesActedFor(viewer.roles, perAuthority ? [ScopeKind.AUTHORITY] : [ScopeKind.AREA, ScopeKind.ORGANISATION]).length > 0);
  if (acts) return ALLOWED;
  return refused(
    new ConsultationForbiddenError(
      perAuthority ? ConsultationErrorCode.DOES_NOT_REPRESENT_AUTHORITY : ConsultationErrorCode.DOES_NOT_REPRESENT_PARTNER,
      `You can answer ${perAuthority ? 'for a local authority' : 'for an ICS area or partner organisation'} only while you act for it: as its officer, through a membership that represents it (a CiCC membership does not), or by a programme admin's grant.`,
      party ? PARTY_FIELD[party.kind] : undefined,
    ),
  );
}

const PARTY_FIELD: Readonly<Record<PartyScope['kind'], string>> = {
  [ScopeKind.AUTHORITY]: 'onBehalfOfAuthorityId',
  [ScopeKind.AREA]: 'onBehalfOfAreaId',
  [ScopeKind.ORGANISATION]: 'onBehalfOfOrganisationId',
};

/** The CiCC vote on a proposal as the rules see it: its latest CiCC consultation, and the viewer's vote. */
export interface VoteFacts {
  proposalId: string;
  /** The proposal's CiCC consultation that opened last (only one runs at a time), if any. */
  latest: ConsultationTiming | null;
  /** The consultation the viewer's vote on the proposal is in, if they voted. */
  ownVoteConsultationId: string | null;
}

/** castVote: a current CiCC member, while a CiCC consultation on the proposal is open. */
export function castVotePermission(viewer: Viewer, facts: VoteFacts, now: Date): Permission {
  if (!viewerHolds(viewer, Role.CICC_MEMBER)) {
    return refused(new ConsultationForbiddenError(ConsultationErrorCode.NOT_A_CICC_MEMBER, 'Only current members of the Children in Care Council can vote on proposals.'));
  }
  const latest = facts.latest;
  if (!latest) {
    return refused(new ConsultationConflictError(ConsultationErrorCode.NO_VOTE_OPEN, 'There is no CiCC consultation on this proposal, so it is not open for votes.', 'proposalId'));
  }
  const state = consultationState(latest, now);
  if (state === ConsultationState.SCHEDULED) {
    return refused(
      new ConsultationConflictError(
        ConsultationErrorCode.NOT_YET_OPEN,
        `Voting on this proposal opens at ${latest.opensAt.toISOString()} and closes at ${latest.closesAt.toISOString()}.`,
        'proposalId',
        { consultationId: latest.id },
      ),
    );
  }
  if (state === ConsultationState.CLOSED) {
    return refused(
      new ConsultationConflictError(
        ConsultationErrorCode.NO_VOTE_OPEN,
        `Voting on this proposal closed at ${effectiveClose(latest).toISOString()}; votes can no longer be cast or changed.`,
        'proposalId',
        { consultationId: latest.id },
      ),
    );
  }
  return ALLOWED;
}

/** castVote again, changing a vote already cast in the open consultation. */
export function changeVotePermission(viewer: Viewer, facts: VoteFacts, now: Date): Permission {
  const cast = castVotePermission(viewer, facts, now);
  if (!cast.allowed) return cast;
  if (facts.ownVoteConsultationId !== facts.latest?.id) {
    return refused(new ConsultationConflictError(ConsultationErrorCode.NO_VOTE_OPEN, 'You have not voted on this proposal yet, so there is no vote to change.', 'proposalId'));
  }
  return ALLOWED;
}

/** The young people's vote must count: no sign-off while the proposal's CiCC vote is still to close. */
export function signOffAfterVotePermission(proposal: { title: string }, facts: VoteFacts, now: Date, calendar: ProgrammeCalendar): Permission {
  const londonTime = (at: Date) => calendar.dayAndTimeInWordsWithZone(at);
  const vote = facts.latest;
  if (!vote || consultationState(vote, now) === ConsultationState.CLOSED) return ALLOWED;
  const when = vote.opensAt.getTime() > now.getTime() ? `opens on ${londonTime(vote.opensAt)} and closes` : 'is open until';
  return refused(
    new ConsultationConflictError(
      ConsultationErrorCode.CICC_VOTE_NOT_CLOSED,
      `The CiCC members' vote on "${proposal.title}" ${when} ${londonTime(vote.closesAt)}. Sign it off once the vote has closed, so that the young people's vote counts.`,
      'proposalId',
      { consultationId: vote.id, opensAt: vote.opensAt.toISOString(), closesAt: vote.closesAt.toISOString() },
    ),
  );
}
