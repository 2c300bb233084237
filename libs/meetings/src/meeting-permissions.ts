import { assignmentMatches, bodyScope, Role, RoleAssignment, RoleSource, Viewer } from '@app/access';
import { ALLOWED, Permission, refused } from '@app/core';
import { BodyKind } from '@app/reference';
import { MeetingStatus } from './meeting.entity';
import { MeetingConflictError, MeetingErrorCode, MeetingForbiddenError } from './meetings.errors';

/**
 * Who may do what with a body's meetings. Each rule is a pure function of the viewer and facts,
 * used both by the operation (which throws the refusal) and by `viewerCan`.
 */

/** The body a meeting belongs to, as the rules see it. */
export interface MeetingBody {
  id: string;
  name: string;
  kind: BodyKind;
}

/**
 * Whether an explicit grant makes its holder a member of this body for its meetings: TRUST_BOARD_MEMBER
 * for the Trust Board, CICC_MEMBER for the CiCC, HOUSE_MEMBER or HOUSE_CO_CHAIR for that House. Roles
 * that come from memberships are not counted here: the membership itself is checked, with MEETING_ROLES.
 */
export function grantGivesMeetingSeat(assignment: RoleAssignment, body: MeetingBody): boolean {
  if (assignment.source !== RoleSource.GRANT) return false;
  switch (body.kind) {
    case BodyKind.TRUST_BOARD:
      return assignment.role === Role.TRUST_BOARD_MEMBER;
    case BodyKind.CICC:
      return assignment.role === Role.CICC_MEMBER;
    case BodyKind.HOUSE:
      return assignmentMatches(assignment, Role.HOUSE_MEMBER, bodyScope(body.id)) || assignmentMatches(assignment, Role.HOUSE_CO_CHAIR, bodyScope(body.id));
    default:
      return false;
  }
}

/**
 * The chair, a co-chair or a member of the body with a current membership (`seatBodyIds`: the
 * bodies where the viewer holds one of MEETING_ROLES), or someone a programme admin granted the
 * body's member role (grantGivesMeetingSeat); and the system.
 */
export function meetingMemberPermission(viewer: Viewer, body: MeetingBody, seatBodyIds: ReadonlySet<string>, doing: string): Permission {
  if (viewer.system || seatBodyIds.has(body.id) || viewer.roles.some((a) => grantGivesMeetingSeat(a, body))) return ALLOWED;
  return refused(new MeetingForbiddenError(MeetingErrorCode.NOT_A_MEMBER, `Only the chair or a member of ${body.name} can ${doing}.`));
}

/** A cancelled meeting takes no agenda, decisions or actions. */
export function meetingNotCancelledPermission(meeting: { title: string; status: MeetingStatus }): Permission {
  if (meeting.status !== MeetingStatus.CANCELLED) return ALLOWED;
  return refused(new MeetingConflictError(MeetingErrorCode.MEETING_CANCELLED, `"${meeting.title}" was cancelled; use another meeting.`, 'meetingId'));
}

/** addAgendaItem, recordDecision, addActionItem: the body's members, while the meeting is not cancelled. */
export function addToMeetingPermission(
  viewer: Viewer,
  meeting: { title: string; status: MeetingStatus },
  body: MeetingBody,
  seatBodyIds: ReadonlySet<string>,
  doing: string,
): Permission {
  const member = meetingMemberPermission(viewer, body, seatBodyIds, doing);
  if (!member.allowed) return member;
  return meetingNotCancelledPermission(meeting);
}

/** updateActionItem: its owner, or a member of the meeting's body. */
export function updateActionItemPermission(viewer: Viewer, item: { ownerId: string }, body: MeetingBody, seatBodyIds: ReadonlySet<string>): Permission {
  if (viewer.personId && viewer.personId === item.ownerId) return ALLOWED;
  return meetingMemberPermission(viewer, body, seatBodyIds, "update others' actions from its meetings");
}
