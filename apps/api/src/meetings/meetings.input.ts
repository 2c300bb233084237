import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { ActionItemStatus, DecisionKind, DESCRIPTION_MAX, LOCATION_MAX, PAPERS_URL_MAX, SUMMARY_MAX, TITLE_MAX } from '@app/meetings';
import { Trim } from '../governance/input-helpers';
import { DateScalar, IsDateOnly } from '../graphql/scalars';

const NOT_BLANK = /\S/;

@InputType({ description: "A meeting to put in the diary; for the body's chair, co-chairs and members." })
export class ScheduleMeetingInput {
  @Field(() => ID, { description: 'The body meeting: the Trust Board, a House, the CiCC…' })
  @IsUUID('all', { message: 'bodyId must be a governance body id' })
  bodyId: string;

  @Field({ description: "The meeting's title." })
  @Trim()
  @IsString()
  @Matches(NOT_BLANK, { message: 'title cannot be empty' })
  @MaxLength(TITLE_MAX)
  title: string;

  @Field({ description: 'When it starts.' })
  @IsDate()
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: 'Must be after startsAt.' })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'A place or a video link.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LOCATION_MAX)
  location?: string | null;
}

@InputType({ description: "An item to add at the end of a meeting's agenda." })
export class AddAgendaItemInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId: string;

  @Field({ description: 'What the item is.' })
  @Trim()
  @IsString()
  @Matches(NOT_BLANK, { message: 'title cannot be empty' })
  @MaxLength(TITLE_MAX)
  title: string;

  @Field(() => ID, { nullable: true, description: 'The proposal this item is about, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId?: string | null;

  @Field(() => String, { nullable: true, description: "A link to the item's papers (http or https), if they are up." })
  @IsOptional()
  @MaxLength(PAPERS_URL_MAX, { message: `The link to the papers must be ${PAPERS_URL_MAX} characters or fewer` })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'Enter the link to the papers as a web address starting https://' })
  papersUrl?: string | null;
}

@InputType({ description: 'A decision taken at a meeting.' })
export class RecordDecisionInput {
  @Field(() => ID, { description: 'The meeting it was taken at.' })
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId: string;

  @Field(() => DecisionKind, { description: 'What kind of decision it is; only the Trust Board may move a proposal.' })
  @IsEnum(DecisionKind)
  kind: DecisionKind;

  @Field({ description: 'What was decided and why; becomes the reason on the proposal’s status change.' })
  @Trim()
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

@InputType({ description: 'An action agreed at a meeting.' })
export class AddActionItemInput {
  @Field(() => ID, { description: 'The meeting that set it.' })
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId: string;

  @Field(() => ID, { description: 'The person who will do it.' })
  @IsUUID('all', { message: 'ownerId must be a person id' })
  ownerId: string;

  @Field({ description: 'What is to be done.' })
  @Trim()
  @IsString()
  @Matches(NOT_BLANK, { message: 'description cannot be empty' })
  @MaxLength(DESCRIPTION_MAX)
  description: string;

  @Field(() => DateScalar, { description: 'When the action is due; not before the meeting.' })
  @IsDateOnly()
  dueOn: string;
}

@InputType({ description: "A change to a meeting action; for its owner and the body's members. Fields left out keep their value." })
export class UpdateActionItemInput {
  @Field(() => ID, { description: 'The action to change.' })
  @IsUUID('all', { message: 'actionItemId must be an action item id' })
  actionItemId: string;

  @Field(() => Int, { description: 'The version you last read; a newer one means someone else changed it.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'What is to be done, reworded.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(NOT_BLANK, { message: 'description cannot be empty' })
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the action is due.' })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string | null;

  @Field(() => ActionItemStatus, { nullable: true, description: 'Mark it done or cancelled, or open again.' })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus | null;

  @Field(() => ID, { nullable: true, description: 'Hand it to another person.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a person id' })
  ownerId?: string | null;
}

@InputType({ description: 'Which meetings to list; every filter left out lists all.' })
export class MeetingsFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only meetings of this body.' })
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

@InputType({ description: 'Which meeting actions to list; every filter left out lists all.' })
export class ActionItemsFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only actions this person owns.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a person id' })
  ownerId?: string | null;

  @Field(() => ActionItemStatus, { nullable: true, description: 'Only actions in this status.' })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due strictly before this date.' })
  @IsOptional()
  @IsDateOnly()
  dueBefore?: string | null;
}
