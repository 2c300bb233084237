import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { COMMENT_MAX_LENGTH, CommentReportReason, MODERATION_REASON_MAX, REPORT_DETAILS_MAX_LENGTH } from '@app/comments';
import { PageArgs } from '../graphql/connection';
import { Trim } from '../governance/input-helpers';

@InputType({ description: 'A comment or reply on a proposal, by someone with a part in it (see the comment rule).' })
export class AddCommentInput {
  @Field(() => ID, { description: 'The proposal commented on.' })
  @IsUUID()
  proposalId: string;

  @Field(() => ID, { nullable: true, description: 'Reply to this comment on the same proposal.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field({ description: `1–${COMMENT_MAX_LENGTH} characters.` })
  @Trim()
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH)
  body: string;
}

@InputType({ description: 'A new wording of your own comment.' })
export class EditCommentInput {
  @Field(() => ID, { description: 'The comment to edit.' })
  @IsUUID()
  commentId: string;

  @Field({ description: 'The new wording; the earlier one is kept as a revision.' })
  @Trim()
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH)
  body: string;

  @Field(() => Int, { description: 'The version you last read; a newer one means the comment changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({ description: 'Your own comment, to delete.' })
export class DeleteCommentInput {
  @Field(() => ID, { description: 'The comment to delete.' })
  @IsUUID()
  commentId: string;

  @Field(() => Int, { nullable: true, description: 'When given, refused with CONFLICT if the comment changed since.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;
}

@InputType({ description: "A report of a comment that should not be there, or that makes you worried about someone's safety." })
export class ReportCommentInput {
  @Field(() => ID, { description: 'The comment reported.' })
  @IsUUID()
  commentId: string;

  @Field(() => CommentReportReason, { description: 'Why; SAFETY_CONCERN goes to the safeguarding leads only.' })
  @IsEnum(CommentReportReason)
  reason: CommentReportReason;

  @Field(() => String, { nullable: true, description: `Up to ${REPORT_DETAILS_MAX_LENGTH} characters.` })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(REPORT_DETAILS_MAX_LENGTH)
  details?: string | null;
}

@InputType({ description: 'A moderator hiding a comment from everyone but the moderators.' })
export class HideCommentInput {
  @Field(() => ID, { description: 'The comment to hide.' })
  @IsUUID()
  commentId: string;

  @Field({ description: `Shown to moderators; 1–${MODERATION_REASON_MAX} characters.` })
  @Trim()
  @IsString()
  @Length(1, MODERATION_REASON_MAX)
  reason: string;
}

@InputType({ description: 'A moderator showing a hidden comment again.' })
export class UnhideCommentInput {
  @Field(() => ID, { description: 'The comment to show again.' })
  @IsUUID()
  commentId: string;

  @Field({ description: 'Why it may be shown again; kept for the moderators.' })
  @Trim()
  @IsString()
  @Length(1, MODERATION_REASON_MAX)
  reason: string;
}

@InputType({ description: 'A moderator closing a report.' })
export class ResolveCommentReportInput {
  @Field(() => ID, { description: 'The report to close.' })
  @IsUUID()
  reportId: string;

  @Field({ description: 'What was done about it.' })
  @Trim()
  @IsString()
  @Length(1, MODERATION_REASON_MAX)
  resolution: string;
}

@ArgsType()
export class ProposalCommentsArgs extends PageArgs {
  @Field(() => ID, { description: 'The proposal whose discussion to read.' })
  @IsUUID()
  proposalId: string;
}

@ArgsType()
export class CommentReportsArgs extends PageArgs {
  @Field(() => ID, { description: "The proposal whose comments' reports to read." })
  @IsUUID()
  proposalId: string;

  @Field({ defaultValue: false, description: 'Include reports already resolved.' })
  @IsBoolean()
  includeResolved: boolean;
}
