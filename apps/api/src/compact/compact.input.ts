import { ArgsType, Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { AgreementState } from '@app/agreements';
import { AGE_HIGHEST, AGE_LOWEST, EDITION_INTRODUCTION_MAX, EDITION_TITLE_MAX, EDITION_TITLE_MIN } from '@app/compact';
import { AGE_MAX, AGE_MIN, AreaRule, REASON_MAX, SUMMARY_MAX, UASC_MAX } from '@app/proposals';
import { AgreementMatrixFilterInput } from '../agreements/agreements.input';
import { Trim } from '../governance/input-helpers';
import { DateScalar, IsDateOnly } from '../graphql/scalars';

const NOT_BLANK = /\S/;

@InputType({ description: 'The next edition of the Compact: every ADOPTED offer as it stands now.' })
export class PublishCompactEditionInput {
  @Field(() => Int, { description: 'The next number: one more than the latest edition (1 for the first).' })
  @IsInt()
  @Min(1)
  number: number;

  @Field({ description: "The edition's title as published." })
  @Trim()
  @IsString()
  @MinLength(EDITION_TITLE_MIN)
  @MaxLength(EDITION_TITLE_MAX)
  @Matches(NOT_BLANK, { message: 'title cannot be empty' })
  title: string;

  @Field(() => DateScalar, { description: 'The date printed on the edition; not before the previous edition.' })
  @IsDateOnly()
  publishedOn: string;

  @Field(() => String, { nullable: true, description: 'The introduction printed at the front of the edition; empty when left out.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(EDITION_INTRODUCTION_MAX)
  introduction?: string | null;
}

@InputType({ description: "A change to an endorsed or adopted offer's wording or eligibility; parties that agreed it are asked to re-confirm." })
export class ReviseOfferInput {
  @Field(() => ID, { description: 'The endorsed or adopted proposal whose offer is revised.' })
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'Why the wording changes (e.g. the Trust Board decision).' })
  @IsString()
  @MaxLength(REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason cannot be empty' })
  reason: string;

  @Field(() => String, { nullable: true, description: 'The new wording of the offer; unchanged when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(SUMMARY_MAX)
  @Matches(NOT_BLANK, { message: 'summary cannot be empty' })
  summary?: string;

  @Field(() => Int, { nullable: true, description: `The new youngest eligible age (${AGE_MIN}–${AGE_MAX}); unchanged when left out.` })
  @IsOptional()
  @IsInt()
  @Min(AGE_MIN)
  @Max(AGE_MAX)
  minAge?: number;

  @Field(() => Int, { nullable: true, description: `The new oldest eligible age (${AGE_MIN}–${AGE_MAX}); unchanged when left out.` })
  @IsOptional()
  @IsInt()
  @Min(AGE_MIN)
  @Max(AGE_MAX)
  maxAge?: number;

  @Field(() => String, { nullable: true, description: 'The new wording on how the offer works for former unaccompanied asylum-seeking children; unchanged when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(UASC_MAX)
  @Matches(NOT_BLANK, { message: 'uascConsiderations cannot be empty' })
  uascConsiderations?: string;

  @Field(() => AreaRule, { nullable: true, description: 'ICS-area offers only.' })
  @IsOptional()
  @IsEnum(AreaRule)
  areaRule?: AreaRule;
}

@InputType({ description: "A party's confirmation that it agrees the offer's current, revised wording." })
export class ConfirmAgreementWordingInput extends PickType(ReviseOfferInput, ['expectedVersion'] as const, InputType) {
  @Field(() => ID, { description: 'The agreement that needs re-confirmation.' })
  @IsUUID('all', { message: 'agreementId must be an agreement id' })
  agreementId: string;
}

@ArgsType()
export class CompactEditionDiffArgs {
  @Field(() => Int, { description: 'The older edition.' })
  @IsInt()
  @Min(1)
  from: number;

  @Field(() => Int, { description: 'The newer edition.' })
  @IsInt()
  @Min(1)
  to: number;
}

@ArgsType()
export class EntitlementsArgs {
  @Field({ description: 'The LA responsible for the young person: GSS code, short code or name (any case).' })
  @IsString()
  @MaxLength(100)
  @Matches(NOT_BLANK, { message: 'responsibleAuthority cannot be empty' })
  responsibleAuthority: string;

  @Field({ description: 'The LA the young person lives in: GSS code, short code or name (any case).' })
  @IsString()
  @MaxLength(100)
  @Matches(NOT_BLANK, { message: 'residentAuthority cannot be empty' })
  residentAuthority: string;

  @Field(() => Int, { description: 'Age in whole years.' })
  @IsInt()
  @Min(AGE_LOWEST)
  @Max(AGE_HIGHEST)
  age: number;

  @Field(() => Boolean, { nullable: true, description: 'A former unaccompanied asylum-seeking child: adds how each offer works for them.' })
  @IsOptional()
  @IsBoolean()
  formerUasc?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Today when left out. A past date is answered from the edition in force then.' })
  @IsOptional()
  @IsDateOnly()
  on?: string | null;
}

/** A query-string list: repeated (?x=a&x=b) or comma-separated (?x=a,b). */
function toList({ value }: { value: unknown }): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
}

/**
 * The agreement matrix filter (AgreementMatrixFilterInput, checked the same way) as a query
 * string, whose lists come repeated or comma-separated.
 */
export class AgreementMatrixExportQuery extends AgreementMatrixFilterInput {
  @Transform(toList)
  override proposalIds?: string[] | null;

  @Transform(toList)
  override statuses?: AgreementState[] | null;
}

export class ConsultationExportParams {
  @IsUUID('all', { message: 'id must be a consultation id' })
  id: string;
}
