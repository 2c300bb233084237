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
  @Field(() => ID, { description: "The agreement to change: one party's agreement to one offer." })
  @IsUUID('all', { message: 'agreementId must be an agreement id' })
  agreementId: string;

  @Field(() => AgreementState, { description: 'Where the party now stands on the offer.' })
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

  @Field(() => String, { nullable: true, description: 'What the party wants others to know about its position, such as conditions or timing.' })
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

@InputType({ description: "A change to one party's agreement, made by someone who acts for that party." })
export class SetAgreementStatusInput extends AgreementChangeFields {}

@InputType({ description: "One of an LA's agreements to change, as part of a change to many at once." })
export class AuthorityAgreementItemInput extends AgreementChangeFields {}

/** The changes of a bulk update: many agreements of one party, applied together or not at all. */
@InputType({ isAbstract: true })
abstract class AgreementChangesInput {
  @Field(() => [AuthorityAgreementItemInput], { description: `1–${MAX_BULK_ITEMS} of the party's agreements; all are applied or none.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => AuthorityAgreementItemInput)
  items: AuthorityAgreementItemInput[];
}

@InputType({ description: "Changes to many of one LA's agreements, applied together or not at all." })
export class UpdateAuthorityAgreementsInput extends AgreementChangesInput {
  @Field(() => ID, { description: 'The LA whose agreements these are; you must act for it.' })
  @IsUUID('all', { message: 'authorityId must be a local authority id' })
  authorityId: string;
}

@InputType({ description: "Changes to many of one party's agreements (a local authority, an ICS area or a partner organisation), applied together or not at all." })
export class UpdatePartyAgreementsInput extends AgreementChangesInput {
  @Field(() => ID, { description: 'The party whose agreements these are (its id, as Agreement.partyId gives it); you must act for it.' })
  @IsUUID('all', { message: 'partyId must be the id of a local authority, an ICS area or a partner organisation' })
  partyId: string;
}

@InputType({ description: 'Which offers and parties the agreement matrix shows; every filter left out shows all.' })
export class AgreementMatrixFilterInput {
  @Field(() => ID, { nullable: true, description: "Only this House's proposals." })
  @IsOptional()
  @IsUUID('all', { message: 'houseId must be a House id' })
  houseId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these proposals.' })
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

  @Field(() => PartyKind, { nullable: true, description: 'Only parties of this kind.' })
  @IsOptional()
  @IsEnum(PartyKind, { message: `partyKind must be one of ${Object.values(PartyKind).join(', ')}` })
  partyKind?: PartyKind | null;

  @Field(() => [AgreementState], { nullable: true, description: 'Only cells in one of these statuses.' })
  @IsOptional()
  @IsArray()
  @IsEnum(AgreementState, { each: true, message: `each statuses entry must be one of ${Object.values(AgreementState).join(', ')}` })
  statuses?: AgreementState[] | null;
}

@InputType({ description: 'Which agreements to list; every filter left out lists all.' })
export class AgreementsFilterInput {
  @Field(() => ID, { nullable: true, description: "Only agreements to this proposal's offer." })
  @IsOptional()
  @IsUUID('all', { message: 'proposalId must be a proposal id' })
  proposalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An LA, ICS area or organisation id.' })
  @IsOptional()
  @IsUUID('all', { message: 'partyId must be an LA, area or organisation id' })
  partyId?: string | null;

  @Field(() => [AgreementState], { nullable: true, description: 'Only agreements in one of these statuses.' })
  @IsOptional()
  @IsArray()
  @IsEnum(AgreementState, { each: true })
  statuses?: AgreementState[] | null;
}
