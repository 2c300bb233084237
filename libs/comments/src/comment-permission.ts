import { ALLOWED, Permission, ProgrammeCalendar, refused } from '@app/core';
import { bodyScope, holds, Role, RoleAssignment, Viewer, viewerHolds } from '@app/access';
import { ConsultationAudience } from '@app/consultations';
import { CommentHold } from './comment.entity';
import { CommentConflictError, CommentErrorCode, CommentForbiddenError, CommentNotFoundError } from './comments.errors';

/** What decides who may comment on one proposal (see CommentsService.commentFacts, which reads many at once). */
export interface ProposalCommentFacts {
  proposalId: string;
  houseId: string;
  /** The House's name, to say whom to ask. */
  houseName: string;
  /** A ProposalStatus value. */
  status: string;
  /** Consultations on the proposal open now, with when each stops taking responses. */
  openConsultations: readonly { audience: ConsultationAudience; closesAt: Date }[];
}

/** Why someone may comment: the first rule that lets them (for a caller who wants to say so). */
export enum CommentRight {
  PROGRAMME_ADMIN = 'PROGRAMME_ADMIN',
  HOUSE = 'HOUSE',
  CONSULTATION_AUDIENCE = 'CONSULTATION_AUDIENCE',
  TRUST_BOARD = 'TRUST_BOARD',
  DECIDING_PARTY = 'DECIDING_PARTY',
}

export type CommentDecision =
  | { allowed: true; right: CommentRight }
  | { allowed: false; reason: CommentErrorCode.READ_ONLY_ROLE | CommentErrorCode.NOT_A_PARTICIPANT; message: string };

/** Statuses in which a proposal is before the Trust Board (recommended to it, or endorsed and awaiting adoption). */
const BEFORE_THE_BOARD = new Set(['RECOMMENDED', 'ENDORSED']);

/** Who answers a consultation of each audience, as roles (the consultation services decide for which LA). */
const AUDIENCE_ROLES: Readonly<Record<ConsultationAudience, readonly Role[]>> = {
  [ConsultationAudience.CICC]: [Role.CICC_MEMBER],
  [ConsultationAudience.LOCAL_AUTHORITIES]: [Role.LA_OFFICER],
  [ConsultationAudience.HOUSING_DIRECTORS]: [Role.LA_OFFICER],
  [ConsultationAudience.ALDCS]: [Role.LA_OFFICER],
  [ConsultationAudience.PARTNERS]: [Role.PARTNER_OFFICER],
};

const AUDIENCE_NAMES: Readonly<Record<ConsultationAudience, string>> = {
  [ConsultationAudience.CICC]: 'members of the Children in Care Council',
  [ConsultationAudience.LOCAL_AUTHORITIES]: 'local authority officers',
  [ConsultationAudience.HOUSING_DIRECTORS]: 'local authority officers',
  [ConsultationAudience.ALDCS]: 'local authority officers',
  [ConsultationAudience.PARTNERS]: 'partner officers',
};

/**
 * Who may comment on (or reply on) a proposal. A pure decision on the caller's roles (from
 * memberships and grants, as AccessService reads them) and the proposal's facts, so a list of
 * proposals can be decided from one read of each:
 *
 * - programme admins, always;
 * - the proposal's House: its co-chairs and members (HOUSE_CO_CHAIR / HOUSE_MEMBER for that House);
 * - a consultation's audience while that consultation on the proposal is open: CiCC members for
 *   a CiCC consultation (and vote), LA officers for LA, housing-director and ALDCS consultations,
 *   partner officers for a partners' consultation;
 * - Trust Board members while the proposal is before the Board (RECOMMENDED or ENDORSED);
 * - LA and partner officers while it is ENDORSED (each party is deciding whether to agree it).
 *
 * Everyone else signed in reads the discussion but does not join it: directors' viewers
 * (ALDCS_VIEWER) and safeguarding leads by those roles, members of other Houses, and people with
 * no role. Editing, deleting and reporting one's own or others' comments are not decided here.
 */
export function commentDecision(roles: readonly RoleAssignment[], proposal: ProposalCommentFacts, calendar: ProgrammeCalendar): CommentDecision {
  const has = (role: Role) => holds(roles, role);
  if (has(Role.PROGRAMME_ADMIN)) return { allowed: true, right: CommentRight.PROGRAMME_ADMIN };
  const house = bodyScope(proposal.houseId);
  if (holds(roles, Role.HOUSE_CO_CHAIR, house) || holds(roles, Role.HOUSE_MEMBER, house)) return { allowed: true, right: CommentRight.HOUSE };
  if (proposal.openConsultations.some((c) => AUDIENCE_ROLES[c.audience].some(has))) return { allowed: true, right: CommentRight.CONSULTATION_AUDIENCE };
  if (BEFORE_THE_BOARD.has(proposal.status) && has(Role.TRUST_BOARD_MEMBER)) return { allowed: true, right: CommentRight.TRUST_BOARD };
  if (proposal.status === 'ENDORSED' && (has(Role.LA_OFFICER) || has(Role.PARTNER_OFFICER))) return { allowed: true, right: CommentRight.DECIDING_PARTY };

  const ask = `If you should take part, ask a co-chair of ${proposal.houseName} to add you to the House.`;
  if (has(Role.ALDCS_VIEWER) || has(Role.SAFEGUARDING_LEAD)) {
    const role = has(Role.ALDCS_VIEWER) ? "a directors' viewer" : 'a safeguarding lead';
    return {
      allowed: false,
      reason: CommentErrorCode.READ_ONLY_ROLE,
      message: `As ${role} you can read this proposal and its comments, but not comment on it. ${ask}`,
    };
  }
  return { allowed: false, reason: CommentErrorCode.NOT_A_PARTICIPANT, message: `${whoMayComment(proposal, calendar)} ${ask}` };
}

/** "Comments on this proposal are for …", naming who may comment now. */
function whoMayComment(proposal: ProposalCommentFacts, calendar: ProgrammeCalendar): string {
  const who = [`members and co-chairs of ${proposal.houseName}`];
  const audiences = new Map<string, Date>();
  for (const c of proposal.openConsultations) {
    const name = AUDIENCE_NAMES[c.audience];
    const until = audiences.get(name);
    if (!until || until < c.closesAt) audiences.set(name, c.closesAt);
  }
  for (const [name, until] of audiences) who.push(`${name} until its consultation closes on ${calendar.dayInWords(until)}`);
  if (BEFORE_THE_BOARD.has(proposal.status)) who.push('Trust Board members');
  if (proposal.status === 'ENDORSED') who.push('officers of the councils and partners deciding whether to agree it');
  who.push('programme admins');
  return `Comments on this proposal are for ${who.slice(0, -1).join(', ')} and ${who[who.length - 1]}.`;
}

/** What the rules for acting on one comment need to know about it. */
export interface CommentStateFacts {
  id: string;
  proposalId: string;
  authorId: string | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  hold: CommentHold | null;
}

const NOT_A_MODERATOR_MESSAGE = "Only the current co-chairs of the proposal's House moderate its comments. Use reportComment to tell them about a comment.";

/**
 * Who moderates a proposal's comments (hide, unhide, resolve reports): the current co-chairs of
 * its House, by seat or by a HOUSE_CO_CHAIR grant for it (and the system).
 */
export function moderatePermission(viewer: Viewer, houseId: string): Permission {
  if (viewerHolds(viewer, Role.HOUSE_CO_CHAIR, bodyScope(houseId))) return ALLOWED;
  return refused(new CommentForbiddenError(CommentErrorCode.NOT_A_MODERATOR, NOT_A_MODERATOR_MESSAGE));
}

/** A hidden comment does not exist for anyone but its House's moderators (and its author deleting it). */
function seenPermission(comment: CommentStateFacts, moderator: boolean, authorDeleting = false): Permission {
  if (comment.hiddenAt && !moderator && !authorDeleting) {
    return refused(new CommentConflictError(CommentErrorCode.HIDDEN, 'This comment has been hidden by the moderators.', 'commentId'));
  }
  return ALLOWED;
}

/** addComment as a reply: commentDecision on the proposal, and a parent that can be replied to. */
export function replyPermission(decision: CommentDecision, parent: CommentStateFacts, moderator: boolean): Permission {
  if (!decision.allowed) return refused(new CommentForbiddenError(decision.reason, decision.message, 'proposalId'));
  if (parent.hiddenAt && !moderator) {
    return refused(new CommentNotFoundError(CommentErrorCode.COMMENT_NOT_FOUND, `No comment on this proposal has id ${parent.id}.`, 'parentId'));
  }
  if (parent.deletedAt) {
    return refused(new CommentConflictError(CommentErrorCode.DELETED, 'That comment was deleted by its author, so it cannot be replied to. Comment on the proposal instead.', 'parentId'));
  }
  if (parent.hiddenAt) return refused(new CommentConflictError(CommentErrorCode.HIDDEN, 'That comment is hidden by the moderators, so it cannot be replied to.', 'parentId'));
  if (parent.hold) {
    return refused(new CommentConflictError(CommentErrorCode.HELD, 'That comment is being looked at, so it cannot be replied to for now. Comment on the proposal instead.', 'parentId'));
  }
  return ALLOWED;
}

/** addComment on the proposal itself: commentDecision. */
export function commentPermission(decision: CommentDecision): Permission {
  return decision.allowed ? ALLOWED : refused(new CommentForbiddenError(decision.reason, decision.message, 'proposalId'));
}

/** editComment: its author, while it is not deleted, hidden or held. */
export function editCommentPermission(viewer: Viewer, comment: CommentStateFacts, moderator: boolean): Permission {
  const seen = seenPermission(comment, moderator);
  if (!seen.allowed) return seen;
  if (!viewer.personId || comment.authorId !== viewer.personId) {
    return refused(new CommentForbiddenError(CommentErrorCode.NOT_THE_AUTHOR, 'Only the author of a comment can edit it.', 'commentId'));
  }
  if (comment.deletedAt) return refused(new CommentConflictError(CommentErrorCode.DELETED, 'This comment was deleted, so it can no longer be edited.', 'commentId'));
  if (comment.hiddenAt) return refused(new CommentConflictError(CommentErrorCode.HIDDEN, 'This comment is hidden by the moderators, so it cannot be edited.', 'commentId'));
  if (comment.hold) {
    return refused(
      new CommentConflictError(CommentErrorCode.HELD, 'This comment is held while a safeguarding lead looks at it, so it cannot be edited now. You can still delete it.', 'commentId'),
    );
  }
  return ALLOWED;
}

/** deleteComment: its author (even while it is hidden or held), once. */
export function deleteCommentPermission(viewer: Viewer, comment: CommentStateFacts, moderator: boolean): Permission {
  const author = !!viewer.personId && comment.authorId === viewer.personId;
  const seen = seenPermission(comment, moderator, author);
  if (!seen.allowed) return seen;
  if (!author) return refused(new CommentForbiddenError(CommentErrorCode.NOT_THE_AUTHOR, 'Only the author of a comment can delete it.', 'commentId'));
  if (comment.deletedAt) return refused(new CommentConflictError(CommentErrorCode.DELETED, 'This comment is already deleted.', 'commentId'));
  return ALLOWED;
}

/** reportComment: anyone who can see it, while it is not deleted, once while their report is open. */
export function reportCommentPermission(comment: CommentStateFacts, moderator: boolean, reportOpenByViewer: boolean): Permission {
  const seen = seenPermission(comment, moderator);
  if (!seen.allowed) return seen;
  if (comment.deletedAt) return refused(new CommentConflictError(CommentErrorCode.DELETED, 'This comment was deleted by its author; there is nothing left to report.', 'commentId'));
  if (reportOpenByViewer) return refused(alreadyReported());
  return ALLOWED;
}

export function alreadyReported(): CommentConflictError {
  return new CommentConflictError(CommentErrorCode.ALREADY_REPORTED, 'You have already reported this comment; the moderators will look at your report.', 'commentId');
}

/** hideComment: its House's moderators, while it is not hidden. */
export function hideCommentPermission(viewer: Viewer, comment: CommentStateFacts, houseId: string): Permission {
  const moderator = moderatePermission(viewer, houseId);
  if (!moderator.allowed) return moderator;
  if (comment.hiddenAt) return refused(new CommentConflictError(CommentErrorCode.ALREADY_HIDDEN, 'This comment is already hidden.', 'commentId'));
  return ALLOWED;
}

/** unhideComment: its House's moderators, while it is hidden. */
export function unhideCommentPermission(viewer: Viewer, comment: CommentStateFacts, houseId: string): Permission {
  const moderator = moderatePermission(viewer, houseId);
  if (!moderator.allowed) return moderator;
  if (!comment.hiddenAt) return refused(new CommentConflictError(CommentErrorCode.NOT_HIDDEN, 'This comment is not hidden.', 'commentId'));
  return ALLOWED;
}

/** Reading and handling concerns about someone's safety: safeguarding leads only. */
export function safeguardingLeadPermission(viewer: Viewer): Permission {
  if (viewerHolds(viewer, Role.SAFEGUARDING_LEAD)) return ALLOWED;
  return refused(new CommentForbiddenError(CommentErrorCode.NOT_A_SAFEGUARDING_LEAD, 'Only safeguarding leads see and handle concerns about someone’s safety.'));
}

/** handleSafeguardingConcern: a safeguarding lead, once, while the concern is open. */
export function handleConcernPermission(viewer: Viewer, concern: { resolvedAt: Date | null }): Permission {
  const lead = safeguardingLeadPermission(viewer);
  if (!lead.allowed) return lead;
  if (concern.resolvedAt) return refused(new CommentConflictError(CommentErrorCode.ALREADY_RESOLVED, 'This concern has already been handled; see how in the safeguarding queue.', 'reportId'));
  return ALLOWED;
}
