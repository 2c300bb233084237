import { CommentEntity, CommentHold } from './comment.entity';

/** Who is looking at a proposal's comments. */
export interface CommentViewer {
  personId: string | null;
  /** Whether the viewer moderates this proposal's comments (see CommentsService.moderates). */
  moderator: boolean;
  /** Whether the viewer is a safeguarding lead, who sees held comments whole. */
  safeguardingLead: boolean;
}

/** What one viewer may see of one comment. */
export interface CommentVisibility {
  /** False: the comment is left out altogether (hidden, and the viewer is not a moderator). */
  listed: boolean;
  /** Null once deleted, and while held, to all but its author and safeguarding leads. */
  body: string | null;
  hidden: boolean;
  /** Only moderators see why a comment was hidden. */
  hiddenReason: string | null;
  /** Held for safeguarding (see CommentHold). */
  held: boolean;
  /** What a held comment says in place of its text, to this viewer. */
  heldNotice: string | null;
  /** Earlier bodies: for the author and moderators, and never once deleted. */
  revisionsVisible: boolean;
  /** Open-report counts are for moderators. */
  reportsVisible: boolean;
  /** A deleted comment no longer says who wrote it; a held one says so only to its author and the leads. */
  authorVisible: boolean;
}

/** What a held comment says to each kind of viewer. */
export const HELD_NOTICES = {
  [CommentHold.UNDER_REVIEW]: {
    others: 'This comment is being looked at.',
    author: 'Only you and the safeguarding leads can see this comment while a safeguarding lead looks at it.',
    lead: 'Held from everyone but its author and the safeguarding leads until the concerns about it are handled.',
  },
  [CommentHold.KEPT_HIDDEN]: {
    others: 'This comment has been removed.',
    author: 'A safeguarding lead has taken this comment out of view; only you and the safeguarding leads can see it.',
    lead: 'Kept from everyone but its author and the safeguarding leads after a concern about it was handled.',
  },
} as const;

export function commentVisibility(
  comment: Pick<CommentEntity, 'authorId' | 'body' | 'deletedAt' | 'hiddenAt' | 'hiddenReason' | 'hold'>,
  viewer: CommentViewer,
): CommentVisibility {
  const deleted = comment.deletedAt !== null;
  const hidden = comment.hiddenAt !== null;
  const isAuthor = viewer.personId !== null && viewer.personId === comment.authorId;
  const held = comment.hold !== null;
  // A held comment's text and author are for its author and the safeguarding leads only — not the moderators.
  const seesHeld = !held || isAuthor || viewer.safeguardingLead;
  const notices = comment.hold ? HELD_NOTICES[comment.hold] : null;
  return {
    listed: !hidden || viewer.moderator,
    body: deleted || !seesHeld ? null : comment.body,
    hidden,
    hiddenReason: hidden && viewer.moderator ? comment.hiddenReason : null,
    held,
    heldNotice: notices ? (viewer.safeguardingLead ? notices.lead : isAuthor ? notices.author : notices.others) : null,
    revisionsVisible: !deleted && seesHeld && (isAuthor || viewer.moderator || (held && viewer.safeguardingLead)),
    reportsVisible: viewer.moderator,
    authorVisible: !deleted && seesHeld,
  };
}
