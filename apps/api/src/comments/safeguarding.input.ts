import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { SAFEGUARDING_NOTES_MAX_LENGTH, SafeguardingAction, SafeguardingCommentOutcome } from '@app/comments';
import { Trim } from '../governance/input-helpers';
import { PageArgs } from '../graphql/connection';

@ArgsType()
export class SafeguardingQueueArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Include concerns already handled, after the open ones.' })
  @IsBoolean()
  includeHandled: boolean;
}

@InputType({ description: 'How a safeguarding lead handled a safety concern, which closes it.' })
export class HandleSafeguardingConcernInput {
  @Field(() => ID, { description: 'The report (a SafeguardingConcern id).' })
  @IsUUID('all', { message: 'reportId must be the id of a safety concern' })
  reportId: string;

  @Field(() => SafeguardingAction, { description: 'What was done.' })
  @IsEnum(SafeguardingAction, { message: `action must be one of ${Object.values(SafeguardingAction).join(', ')}` })
  action: SafeguardingAction;

  @Field({ description: `What was done, and anything the next lead should know (1–${SAFEGUARDING_NOTES_MAX_LENGTH} characters).` })
  @Trim()
  @IsString()
  @Length(1, SAFEGUARDING_NOTES_MAX_LENGTH)
  notes: string;

  @Field(() => SafeguardingCommentOutcome, {
    defaultValue: SafeguardingCommentOutcome.KEEP_HIDDEN,
    description:
      'What becomes of the comment: RESTORE shows it to everyone again, KEEP_HIDDEN keeps its text and author from all but its author and the leads. It stays held while another concern about it is open.',
  })
  @IsOptional()
  @IsEnum(SafeguardingCommentOutcome, { message: `commentOutcome must be one of ${Object.values(SafeguardingCommentOutcome).join(', ')}` })
  commentOutcome?: SafeguardingCommentOutcome | null;
}
