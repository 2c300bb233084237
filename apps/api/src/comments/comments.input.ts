import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { COMMENT_MAX_LENGTH, CommentReportReason, REPORT_DETAILS_MAX_LENGTH } from '@app/comments';
import { PageArgs } from '../graphql/connection';
import { Trim } from '../governance/input-helpers';

@InputType()
export class AddCommentInput {
  @Field(() => ID)
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

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsUUID()
  commentId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH)
  body: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class DeleteCommentInput {
  @Field(() => ID)
  @IsUUID()
  commentId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;
}

@InputType()
export class ReportCommentInput {
  @Field(() => ID)
  @IsUUID()
  commentId: string;

  @Field(() => CommentReportReason)
  @IsEnum(CommentReportReason)
  reason: CommentReportReason;

  @Field(() => String, { nullable: true, description: `Up to ${REPORT_DETAILS_MAX_LENGTH} characters.` })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(REPORT_DETAILS_MAX_LENGTH)
  details?: string | null;
}

@InputType()
export class HideCommentInput {
  @Field(() => ID)
  @IsUUID()
  commentId: string;

  @Field({ description: 'Shown to moderators; 1–2000 characters.' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class UnhideCommentInput {
  @Field(() => ID)
  @IsUUID()
  commentId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class ResolveCommentReportInput {
  @Field(() => ID)
  @IsUUID()
  reportId: string;

  @Field({ description: 'What was done about it.' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  resolution: string;
}

@ArgsType()
export class ProposalCommentsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;
}

@ArgsType()
export class CommentReportsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field({ defaultValue: false, description: 'Include reports already resolved.' })
  @IsBoolean()
  includeResolved: boolean;
}
