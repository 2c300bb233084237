import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { ActionItemStatus, DecisionKind, DESCRIPTION_MAX, LOCATION_MAX, SUMMARY_MAX, TITLE_MAX } from '@app/meetings';
import { DateScalar, IsDateOnly } from '../graphql/scalars';

const NOT_BLANK = /\S/;

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID, { description: 'The body meeting: the Trust Board, a House, the CiCC…' })
  @IsUUID('all', { message: 'bodyId must be a governance body id' })
  bodyId: string;

  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'title cannot be empty' })
  @MaxLength(TITLE_MAX)
  title: string;

  @Field()
  @IsDate()
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: 'Must be after startsAt.' })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'A place or a video link.' })
  @IsOptional()
  @IsString()
  @MaxLength(LOCATION_MAX)
  location?: string | null;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId: string;

  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'title cannot be empty' })
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => ID, { nullable: true, description: 'The proposal this item is about, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId?: string | null;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId: string;

  @Field(() => DecisionKind)
  @IsEnum(DecisionKind)
  kind: DecisionKind;

  @Field({ description: 'What was decided and why; becomes the reason on the proposal’s status change.' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'summary cannot be empty' })
  @MaxLength(SUMMARY_MAX)
  summary: string;

  @Field(() => ID, { nullable: true, description: 'Required for decisions that move a proposal.' })
  @IsOptional()
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The proposal version the decision was taken on; a newer one is refused.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedProposalVersion?: number | null;
}

@InputType()
export class AddActionItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId: string;

  @Field(() => ID, { description: 'The person who will do it.' })
  @IsUUID('all', { message: 'ownerId must be a person id' })
  ownerId: string;

  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'description cannot be empty' })
  @MaxLength(DESCRIPTION_MAX)
  description: string;

  @Field(() => DateScalar, { description: 'When the action is due; not before the meeting.' })
  @IsDateOnly()
  dueOn: string;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'actionItemId must be an action item id' })
  actionItemId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'description cannot be empty' })
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the action is due.' })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string | null;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a person id' })
  ownerId?: string | null;
}

@InputType()
export class MeetingsFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'bodyId must be a governance body id' })
  bodyId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Meetings starting at or after this time.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Meetings starting at or before this time; not before `from`.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@InputType()
export class ActionItemsFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a person id' })
  ownerId?: string | null;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due strictly before this date.' })
  @IsOptional()
  @IsDateOnly()
  dueBefore?: string | null;
}
