export * from './comment-moderation.entity';
export * from './comment-report.entity';
export * from './comment-revision.entity';
export * from './comment-visibility';
export * from './comment.entity';
export * from './comments.errors';
export * from './comments.module';
export * from './comments.service';
