import { Field, ID, InputType, Int, ObjectType, OmitType, PartialType } from '@nestjs/graphql';
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

@InputType({ description: 'A new proposal, drafted by a co-chair or member of the House that will own it.' })
export class CreateProposalInput {
  @Field(() => ID, { description: 'The House that owns the proposal.' })
  @IsUUID('all', { message: 'houseId must be a House id' })
  houseId: string;

  @Field({ description: 'A short name for the offer (as it would appear in the Compact).' })
  @IsString()
  @Length(TITLE_MIN, TITLE_MAX, { message: `Enter a title of ${TITLE_MIN} to ${TITLE_MAX} characters` })
  title: string;

  @Field({ description: 'What care leavers get: the wording partners are asked to agree.' })
  @IsString()
  @Length(1, SUMMARY_MAX, { message: `Say what care leavers get in 1 to ${SUMMARY_MAX} characters` })
  summary: string;

  @Field({ nullable: true, description: 'Why the House proposes it: the need and the evidence.' })
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

  @Field(() => ProposalCategory, { description: "The area of care leavers' lives it serves." })
  @IsEnum(ProposalCategory)
  category: ProposalCategory;

  @Field(() => Int, { nullable: true, description: `Youngest eligible age, ${AGE_MIN}–${AGE_MAX} (18 when a new proposal leaves it out).` })
  @IsOptional()
  @IsInt()
  @Min(AGE_MIN)
  @Max(AGE_MAX)
  minAge?: number;

  @Field(() => Int, { nullable: true, description: `Oldest eligible age, ${AGE_MIN}–${AGE_MAX} (25 when a new proposal leaves it out).` })
  @IsOptional()
  @IsInt()
  @Min(AGE_MIN)
  @Max(AGE_MAX)
  maxAge?: number;

  @Field(() => DeliveryModel, { description: 'Who must agree it: each LA, each ICS area, one partner or several.' })
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
export class UpdateProposalInput extends PartialType(OmitType(CreateProposalInput, ['houseId'] as const), InputType) {
  @Field(() => ID, { description: 'The proposal to edit (in DRAFT or IN_CONSULTATION).' })
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId: string;

  @Field(() => Int, { description: 'The version you read; a newer one means someone else changed it.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({ description: 'A status change a House co-chair makes to a proposal.' })
export class TransitionProposalInput {
  @Field(() => ID, { description: 'The proposal to move.' })
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

  @Field(() => Int, { description: 'The version you last read; a newer one means someone else changed it.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({ description: "A co-chair's sign-off that the proposal is ready to recommend to the Trust Board." })
export class SignOffProposalInput {
  @Field(() => ID, { description: 'The proposal in consultation to sign off.' })
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId: string;

  @Field(() => String, { nullable: true, description: 'What the co-chair wants to say with the sign-off.' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}

@InputType({ description: 'A co-chair taking back their sign-off.' })
export class WithdrawSignOffInput {
  @Field(() => ID, { description: 'The proposal whose sign-off to take back.' })
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId: string;
}

@ObjectType({ description: 'The proposal as drafted.' })
export class CreateProposalPayload {
  @Field(() => ProposalModel, { description: 'The new proposal, in DRAFT.' })
  proposal: ProposalModel;
}

@ObjectType({ description: 'The proposal as edited.' })
export class UpdateProposalPayload {
  @Field(() => ProposalModel, { description: 'The proposal after the edit.' })
  proposal: ProposalModel;
}

@ObjectType({ description: 'The proposal as moved.' })
export class TransitionProposalPayload {
  @Field(() => ProposalModel, { description: 'The proposal in its new status.' })
  proposal: ProposalModel;
}

@ObjectType({ description: 'The proposal after the sign-off.' })
export class SignOffProposalPayload {
  @Field(() => ProposalModel, { description: 'The proposal, RECOMMENDED when both seats have now signed.' })
  proposal: ProposalModel;

  @Field({ description: 'This sign-off completed both seats and the proposal is now RECOMMENDED.' })
  recommended: boolean;
}

@ObjectType({ description: 'The proposal after the sign-off was taken back.' })
export class WithdrawSignOffPayload {
  @Field(() => ProposalModel, { description: "The proposal, still awaiting that seat's sign-off." })
  proposal: ProposalModel;
}
