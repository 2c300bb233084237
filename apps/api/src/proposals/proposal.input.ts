import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  AGE_MAX,
  AGE_MIN,
  DeliveryModel,
  EVIDENCE_LINK_MAX_LENGTH,
  EVIDENCE_LINKS_MAX,
  HouseMove,
  NOTE_MAX,
  ProposalCategory,
  RATIONALE_MAX,
  REASON_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
  TITLE_MIN,
  UASC_MAX,
} from '@app/proposals';
import { ProposalModel } from './proposal.model';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const URL_MESSAGE = 'each evidence link must be an http or https web address';

@InputType()
export class CreateProposalInput {
  @Field(() => ID, { description: 'The House that owns the proposal.' })
  @IsUUID('all', { message: 'houseId must be a House id' })
  houseId: string;

  @Field()
  @IsString()
  @Length(TITLE_MIN, TITLE_MAX, { message: `title must be ${TITLE_MIN}–${TITLE_MAX} characters` })
  title: string;

  @Field()
  @IsString()
  @Length(1, SUMMARY_MAX, { message: `summary must be 1–${SUMMARY_MAX} characters` })
  summary: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RATIONALE_MAX)
  rationale?: string;

  @Field(() => [String], { nullable: true, description: `Up to ${EVIDENCE_LINKS_MAX} http(s) links.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVIDENCE_LINKS_MAX)
  @MaxLength(EVIDENCE_LINK_MAX_LENGTH, { each: true })
  @IsUrl(URL_OPTIONS, { each: true, message: URL_MESSAGE })
  evidenceLinks?: string[];

  @Field(() => ProposalCategory)
  @IsEnum(ProposalCategory)
  category: ProposalCategory;

  @Field(() => Int, { nullable: true, description: `Youngest eligible age, ${AGE_MIN}–${AGE_MAX} (default 18).` })
  @IsOptional()
  @IsInt()
  @Min(AGE_MIN)
  @Max(AGE_MAX)
  minAge?: number;

  @Field(() => Int, { nullable: true, description: `Oldest eligible age, ${AGE_MIN}–${AGE_MAX} (default 25).` })
  @IsOptional()
  @IsInt()
  @Min(AGE_MIN)
  @Max(AGE_MAX)
  maxAge?: number;

  @Field(() => DeliveryModel)
  @IsEnum(DeliveryModel)
  deliveryModel: DeliveryModel;

  @Field(() => [ID], { nullable: true, description: 'Partner organisations: one for SINGLE_PARTNER, two or more for SEVERAL_PARTNERS, none otherwise.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'each partnerIds entry must be an organisation id' })
  partnerIds?: string[];

  @Field(() => String, { nullable: true, description: 'How the offer works for former UASC; needed before the proposal leaves draft.' })
  @IsOptional()
  @IsString()
  @MaxLength(UASC_MAX)
  uascConsiderations?: string | null;
}

@InputType({ description: 'Fields left out are unchanged; uascConsiderations: null clears them (in draft only).' })
export class UpdateProposalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId: string;

  @Field(() => Int, { description: 'The version you read; a newer one means someone else changed it.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(TITLE_MIN, TITLE_MAX, { message: `title must be ${TITLE_MIN}–${TITLE_MAX} characters` })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, SUMMARY_MAX, { message: `summary must be 1–${SUMMARY_MAX} characters` })
  summary?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RATIONALE_MAX)
  rationale?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVIDENCE_LINKS_MAX)
  @MaxLength(EVIDENCE_LINK_MAX_LENGTH, { each: true })
  @IsUrl(URL_OPTIONS, { each: true, message: URL_MESSAGE })
  evidenceLinks?: string[];

  @Field(() => ProposalCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ProposalCategory)
  category?: ProposalCategory;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(AGE_MIN)
  @Max(AGE_MAX)
  minAge?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(AGE_MIN)
  @Max(AGE_MAX)
  maxAge?: number;

  @Field(() => DeliveryModel, { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryModel)
  deliveryModel?: DeliveryModel;

  @Field(() => [ID], { nullable: true, description: 'Replaces the partner list when given.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'each partnerIds entry must be an organisation id' })
  partnerIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(UASC_MAX)
  uascConsiderations?: string | null;
}

@InputType()
export class TransitionProposalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId: string;

  @Field(() => HouseMove, {
    description: 'The status to move to. RECOMMENDED comes from both co-chairs signing off; ENDORSED and ADOPTED from a recorded Trust Board decision.',
  })
  @IsEnum(HouseMove)
  to: HouseMove;

  @Field({ description: `Why (1–${REASON_MAX} characters); kept in the proposal's history.` })
  @IsString()
  @MinLength(1, { message: 'give a reason for the change' })
  @MaxLength(REASON_MAX)
  reason: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class SignOffProposalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}

@InputType()
export class WithdrawSignOffInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId: string;
}

@ObjectType()
export class CreateProposalPayload {
  @Field(() => ProposalModel)
  proposal: ProposalModel;
}

@ObjectType()
export class UpdateProposalPayload {
  @Field(() => ProposalModel)
  proposal: ProposalModel;
}

@ObjectType()
export class TransitionProposalPayload {
  @Field(() => ProposalModel)
  proposal: ProposalModel;
}

@ObjectType()
export class SignOffProposalPayload {
  @Field(() => ProposalModel)
  proposal: ProposalModel;

  @Field({ description: 'This sign-off completed both seats and the proposal is now RECOMMENDED.' })
  recommended: boolean;
}

@ObjectType()
export class WithdrawSignOffPayload {
  @Field(() => ProposalModel)
  proposal: ProposalModel;
}
