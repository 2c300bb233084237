import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AGREEMENT_NOTE_MAX, AgreementState, EVIDENCE_URL_MAX, MAX_BULK_ITEMS, MAX_MATRIX_PROPOSALS, PartyKind, Reciprocity } from '@app/agreements';
import { DateScalar, IsDateOnly } from '../graphql/scalars';


/** The fields of one agreement change; optional fields left out keep their current value, null clears them. */
@InputType({ isAbstract: true })
abstract class AgreementChangeFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'agreementId must be an agreement id' })
  agreementId: string;

  @Field(() => AgreementState)
  @IsEnum(AgreementState)
  status: AgreementState;

  @Field(() => Reciprocity, { nullable: true, description: 'LA offers only; required once FORMALLY_AGREED or IMPLEMENTED.' })
  @IsOptional()
  @IsEnum(Reciprocity)
  reciprocity?: Reciprocity | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the offer took effect for the party; required for IMPLEMENTED.' })
  @IsOptional()
  @IsDateOnly()
  effectiveDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(AGREEMENT_NOTE_MAX)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) link to the decision or policy.' })
  @IsOptional()
  @MaxLength(EVIDENCE_URL_MAX)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'evidenceUrl must be an http or https web address' })
  evidenceUrl?: string | null;

  @Field(() => Int, { description: 'The version you last read; a newer one means someone else changed it.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class SetAgreementStatusInput extends AgreementChangeFields {}

@InputType()
export class AuthorityAgreementItemInput extends AgreementChangeFields {}

@InputType()
export class UpdateAuthorityAgreementsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'authorityId must be a local authority id' })
  authorityId: string;

  @Field(() => [AuthorityAgreementItemInput], { description: `1–${MAX_BULK_ITEMS} of the authority's agreements; all are applied or none.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => AuthorityAgreementItemInput)
  items: AuthorityAgreementItemInput[];
}

@InputType()
export class AgreementMatrixFilterInput {
  @Field(() => ID, { nullable: true, description: "Only this House's proposals." })
  @IsOptional()
  @IsUUID('all', { message: 'houseId must be a House id' })
  houseId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MATRIX_PROPOSALS)
  @IsUUID('all', { each: true, message: 'each proposalIds entry must be a proposal id' })
  proposalIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only parties in this area: LAs that are its members today, the area itself, partners that serve it.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'areaId must be an area id' })
  areaId?: string | null;

  @Field(() => PartyKind, { nullable: true })
  @IsOptional()
  @IsEnum(PartyKind)
  partyKind?: PartyKind | null;

  @Field(() => [AgreementState], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(AgreementState, { each: true })
  statuses?: AgreementState[] | null;
}

@InputType()
export class AgreementsFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An LA, ICS area or organisation id.' })
  @IsOptional()
  @IsUUID('all', { message: 'partyId must be an LA, area or organisation id' })
  partyId?: string | null;

  @Field(() => [AgreementState], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(AgreementState, { each: true })
  statuses?: AgreementState[] | null;
}
