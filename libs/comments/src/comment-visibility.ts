import { CommentEntity } from './comment.entity';

/** Who is looking at a proposal's comments. */
export interface CommentViewer {
  personId: string | null;
  /** Whether the viewer moderates this proposal's comments (see CommentsService.moderates). */
  moderator: boolean;
}

/** What one viewer may see of one comment. */
export interface CommentVisibility {
  /** False: the comment is left out altogether (hidden, and the viewer is not a moderator). */
  listed: boolean;
  /** Null once deleted. */
  body: string | null;
  hidden: boolean;
  /** Only moderators see why a comment was hidden. */
  hiddenReason: string | null;
  /** Earlier bodies: for the author and moderators, and never once deleted. */
  revisionsVisible: boolean;
  /** Open-report counts are for moderators. */
  reportsVisible: boolean;
  /** A deleted comment no longer says who wrote it. */
  authorVisible: boolean;
}

export function commentVisibility(
  comment: Pick<CommentEntity, 'authorId' | 'body' | 'deletedAt' | 'hiddenAt' | 'hiddenReason'>,
  viewer: CommentViewer,
): CommentVisibility {
  const deleted = comment.deletedAt !== null;
  const hidden = comment.hiddenAt !== null;
  const isAuthor = viewer.personId !== null && viewer.personId === comment.authorId;
  return {
    listed: !hidden || viewer.moderator,
    body: deleted ? null : comment.body,
    hidden,
    hiddenReason: hidden && viewer.moderator ? comment.hiddenReason : null,
    revisionsVisible: !deleted && (isAuthor || viewer.moderator),
    reportsVisible: viewer.moderator,
    authorVisible: !deleted,
  };
}
