import { DataSource } from 'typeorm';
import { CommentEntity, CommentReportEntity, CommentReportReason } from '@app/comments';

/** Inserts a comment directly (for arranging tests; the API path is tested separately). */
export async function createComment(
  ds: DataSource,
  proposalId: string,
  authorId: string,
  overrides: Partial<CommentEntity> = {},
): Promise<CommentEntity> {
  const repo = ds.getRepository(CommentEntity);
  const inserted = await repo.insert({ proposalId, authorId, parentId: null, body: 'A comment on this proposal.', ...overrides });
  return repo.findOneByOrFail({ id: inserted.identifiers[0].id as string });
}

/** Inserts an open report of a comment directly. */
export async function createCommentReport(
  ds: DataSource,
  commentId: string,
  reporterId: string,
  reason: CommentReportReason = CommentReportReason.OFF_TOPIC,
): Promise<CommentReportEntity> {
  const repo = ds.getRepository(CommentReportEntity);
  const inserted = await repo.insert({ commentId, reporterId, reason, details: '' });
  return repo.findOneByOrFail({ id: inserted.identifiers[0].id as string });
}
