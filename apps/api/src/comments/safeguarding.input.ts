import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { SAFEGUARDING_NOTES_MAX_LENGTH, SafeguardingAction } from '@app/comments';
import { Trim } from '../governance/input-helpers';
import { PageArgs } from '../graphql/connection';

@ArgsType()
export class SafeguardingQueueArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Include concerns already handled, after the open ones.' })
  @IsBoolean()
  includeHandled: boolean;
}

@InputType()
export class HandleSafeguardingConcernInput {
  @Field(() => ID, { description: 'The report (a SafeguardingConcern id).' })
  @IsUUID('all', { message: 'reportId must be the id of a safety concern' })
  reportId: string;

  @Field(() => SafeguardingAction)
  @IsEnum(SafeguardingAction, { message: `action must be one of ${Object.values(SafeguardingAction).join(', ')}` })
  action: SafeguardingAction;

  @Field({ description: `What was done, and anything the next lead should know (1–${SAFEGUARDING_NOTES_MAX_LENGTH} characters).` })
  @Trim()
  @IsString()
  @Length(1, SAFEGUARDING_NOTES_MAX_LENGTH)
  notes: string;
}
