import DataLoader from 'dataloader';
import { AccessService, Viewer } from '@app/access';
import { AgreementsService } from '@app/agreements';
import { CommentDecision, CommentsService, CommentStateFacts } from '@app/comments';
import { ConsultationsService, RunnerFacts, VoteFacts, VotesService } from '@app/consultations';
import { Actor } from '@app/core';
import { GovernanceService, LeavingFacts } from '@app/governance';
import { MeetingEntity, MeetingsService } from '@app/meetings';
import { ErasureFacts, PersonalDataService } from '@app/personal-data';
import { ProposalSignOffEntity, ProposalsService, SeatHolders } from '@app/proposals';
import { byKey, groupByKey, Loaders } from '../graphql/loaders';

/**
 * The request's loaders for the facts the permission rules read, so that `viewerCan` on a page of
 * objects costs a few statements however many objects there are.
 */

/** The caller as the rules see them (their roles are read once per request). */
export function viewerLoader(loaders: Loaders, access: AccessService, actor: Actor): Promise<Viewer> {
  return loaders.for<Actor, Viewer>('viewer', async (actors) => Promise.all(actors.map((a) => access.viewer(a)))).load(actor);
}

/** Sign-offs not voided, per proposal. */
export function signOffsLoader(loaders: Loaders, proposals: ProposalsService): DataLoader<string, ProposalSignOffEntity[]> {
  return loaders.for<string, ProposalSignOffEntity[]>('proposalSignOffsByProposalId', async (ids) => groupByKey(ids, await proposals.signOffsOf(ids), (s) => s.proposalId));
}

/** Who holds each co-chair seat, per House. */
export function seatsLoader(loaders: Loaders, proposals: ProposalsService): DataLoader<string, SeatHolders> {
  return loaders.for<string, SeatHolders>('coChairSeatsByHouseId', async (ids) => {
    const map = await proposals.seatHoldersOf(ids);
    return ids.map((id) => map.get(id)!);
  });
}

/** Who runs each body's consultations. */
export function runnersLoader(loaders: Loaders, consultations: ConsultationsService): DataLoader<string, RunnerFacts | null> {
  return loaders.for<string, RunnerFacts | null>('consultationRunnersByBodyId', async (ids) => {
    const map = await consultations.runnerFacts(ids);
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** The caller's CiCC vote facts, per proposal. */
export function voteFactsLoader(loaders: Loaders, votes: VotesService, actor: Actor): DataLoader<string, VoteFacts> {
  return loaders.for<string, VoteFacts>('voteFactsByProposalId', async (ids) => {
    const map = await votes.voteFacts(actor.personId, ids);
    return ids.map((id) => map.get(id) ?? { proposalId: id, latest: null, ownVoteConsultationId: null });
  });
}

/** Whether the caller may comment, per proposal (commentDecision). */
export function commentDecisionLoader(loaders: Loaders, comments: CommentsService, actor: Actor): DataLoader<string, CommentDecision | null> {
  return loaders.for<string, CommentDecision | null>('commentDecisionByProposalId', async (ids) => {
    const map = await comments.commentDecisions(actor, ids);
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** The state of every comment on a proposal (with its House, and whether the caller has a report of it open), per proposal. */
export function commentStatesLoader(loaders: Loaders, comments: CommentsService, actor: Actor): DataLoader<string, Map<string, CommentState>> {
  return loaders.for<string, Map<string, CommentState>>('commentStatesByProposalId', async (ids) =>
    groupByKey(ids, await comments.commentStates(actor.personId, ids), (c) => c.proposalId).map((rows) => new Map(rows.map((r) => [r.id, r]))),
  );
}

export type CommentState = CommentStateFacts & { houseId: string; reportOpenByViewer: boolean };

/** Each agreement's re-confirmation flag and its offer's status. */
export function agreementFactsLoader(loaders: Loaders, agreements: AgreementsService) {
  return loaders.for('agreementFactsById', async (ids: readonly string[]) => byKey(ids, await agreements.permissionFacts(ids), (a) => a.id));
}

/** The bodies where the caller holds a meeting seat (see meetingMemberPermission). */
export function meetingSeatsLoader(loaders: Loaders, meetings: MeetingsService, actor: Actor): Promise<Set<string>> {
  return loaders.for<string, Set<string>>('meetingSeatsOfCaller', async (keys) => {
    const seats = await meetings.meetingSeatsOf(actor.personId);
    return keys.map(() => seats);
  }).load('caller');
}

/** Meetings by id (for the rules on their decisions and actions). */
export function meetingLoader(loaders: Loaders, meetings: MeetingsService): DataLoader<string, MeetingEntity | null> {
  return loaders.for<string, MeetingEntity | null>('meetingEntityById', async (ids) => byKey(ids, await meetings.meetingsByIds(ids), (m) => m.id));
}

/** What erasePerson needs to know about each person. */
export function erasureFactsLoader(loaders: Loaders, personalData: PersonalDataService): DataLoader<string, ErasureFacts | null> {
  return loaders.for<string, ErasureFacts | null>('erasureFactsByPersonId', async (ids) => byKey(ids, await personalData.erasureFacts(ids), (p) => p.id));
}

/** What leaving the CiCC depends on, per person (endMembership of a CiCC place, leaveCicc). */
export function leavingFactsLoader(loaders: Loaders, governance: GovernanceService): DataLoader<string, LeavingFacts | null> {
  return loaders.for<string, LeavingFacts | null>('leavingFactsByPersonId', async (ids) => {
    const map = await governance.leavingFacts(ids);
    return ids.map((id) => map.get(id) ?? null);
  });
}
