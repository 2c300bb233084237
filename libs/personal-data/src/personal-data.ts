/**
 * Everything the service holds about one person, as they may read it (myData, and the download
 * GET /exports/my-data.json). Dates are instants; names of bodies, parties and proposals are given
 * beside their ids so that the file reads on its own. Notes that moderators and safeguarding leads
 * write about a person's comments or reports are not part of it.
 */
export interface PersonalData {
  generatedAt: Date;
  profile: {
    id: string;
    displayName: string;
    email: string;
    /** First day of the birth month (YYYY-MM-DD), when known. */
    birthMonth: string | null;
    careExperienced: boolean;
    homeAuthority: string | null;
    createdAt: Date;
    updatedAt: Date;
  };
  memberships: {
    id: string;
    body: string;
    role: string;
    represents: string | null;
    startedAt: Date;
    endedAt: Date | null;
    startReason: string | null;
    endReason: string | null;
  }[];
  /** The roles held now, from memberships and grants. */
  roles: { role: string; scope: string | null; source: string }[];
  roleGrants: { id: string; role: string; scope: string | null; reason: string; grantedAt: Date; revokedAt: Date | null; revokeReason: string | null }[];
  votes: { proposalId: string; proposal: string; consultationId: string; choice: string; castAt: Date; updatedAt: Date }[];
  consultationResponses: {
    id: string;
    consultationId: string;
    consultation: string;
    /** The LA, ICS area or partner answered for; null for a personal response. */
    onBehalfOf: string | null;
    firstSubmittedAt: Date;
    submittedAt: Date;
    answers: { question: string; answer: string }[];
  }[];
  comments: {
    id: string;
    proposalId: string;
    proposal: string;
    parentId: string | null;
    body: string;
    createdAt: Date;
    editedAt: Date | null;
    deletedAt: Date | null;
    hiddenAt: Date | null;
    /** Earlier wordings, oldest first. */
    revisions: { revision: number; body: string; writtenAt: Date; replacedAt: Date }[];
  }[];
  /** Reports the person made about comments. */
  reports: { id: string; commentId: string; reason: string; details: string; createdAt: Date; resolvedAt: Date | null }[];
  notifications: {
    id: string;
    kind: string;
    subject: string;
    body: string;
    link: string | null;
    channel: string;
    status: string;
    createdAt: Date;
    sentAt: Date | null;
    readAt: Date | null;
  }[];
  notificationPreferences: { kind: string; delivery: string }[];
  sessions: { id: string; method: string; createdAt: Date; lastRefreshedAt: Date | null; revokedAt: Date | null; endReason: string | null }[];
  invitations: { id: string; house: string | null; createdAt: Date; expiresAt: Date; acceptedAt: Date | null }[];
  /** Sign-offs given as a House co-chair. */
  signOffs: { id: string; proposalId: string; proposal: string; role: string; note: string | null; signedAt: Date; voidedAt: Date | null }[];
  /** Actions from meetings that the person owns. */
  actionItems: { id: string; meetingId: string; meeting: string; description: string; dueOn: string; status: string }[];
  /**
   * Audit events the person made, and events about their own records (profile, memberships, role
   * grants, sessions, invitations, sign-in codes, notification choices). Who else made a change is
   * not said, only whether it was them.
   */
  auditEvents: {
    id: string;
    at: Date;
    action: string;
    entityType: string;
    entityId: string;
    byYou: boolean;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];
}

/** What an erased person is called from then on. */
export const ERASED_NAME = 'Erased person';

/** The address an erased person's email is replaced with: unique, and deliverable nowhere (RFC 2606). */
export function erasedEmail(personId: string): string {
  return `erased-${personId}@erased.invalid`;
}

/** What remains of an erased person's comments, shown nowhere (the comment reads as deleted). */
export const ERASED_COMMENT = "Removed when its author's data was erased.";

/** The reason recorded for memberships and grants ended by erasure, and in place of the reasons they had. */
export const ERASED_REASON = "Ended when the person's data was erased.";

/** What an erasure did. */
export interface ErasureResult {
  personId: string;
  erasedAt: Date;
  membershipsEnded: number;
  grantsRevoked: number;
  sessionsEnded: number;
  commentsRemoved: number;
  answersRemoved: number;
  votesDetached: number;
  notificationsDeleted: number;
  auditEventsRedacted: number;
}
