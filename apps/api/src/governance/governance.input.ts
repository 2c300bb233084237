import { Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { BIRTH_MONTH_PATTERN, CoChairSeat, DISPLAY_NAME_MAX, GOVERNANCE_REASON_MAX, MembershipRole } from '@app/governance';
import { EmailAddress, Trim } from './input-helpers';

export const BIRTH_MONTH_MESSAGE = 'birthMonth must be a month as YYYY-MM, for example 2006-09';

/** Optional, but when given not null. */
const Given = () => ValidateIf((_: unknown, value: unknown) => value !== undefined);

@InputType({ description: "Someone to add to the service (programme admins, or a House's co-chairs for their House)." })
export class CreatePersonInput {
  @Field({ description: `How the person is named to others (1–${DISPLAY_NAME_MAX} characters).` })
  @Trim()
  @IsString()
  @Length(1, DISPLAY_NAME_MAX)
  displayName: string;

  @Field({ description: 'Unique whatever its case.' })
  @EmailAddress()
  email: string;

  @Field({ defaultValue: false, description: "Whether the person is care-experienced; seen only by them, programme admins, safeguarding leads and their House's co-chairs." })
  @IsBoolean()
  careExperienced: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM.' })
  @IsOptional()
  @Matches(BIRTH_MONTH_PATTERN, { message: BIRTH_MONTH_MESSAGE })
  birthMonth?: string | null;

  @Field(() => ID, { nullable: true, description: "The person's home LA; for young people, the LA they are recorded with." })
  @IsOptional()
  @IsUUID()
  homeAuthorityId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears birthMonth or homeAuthorityId.' })
export class UpdatePersonInput {
  @Field(() => ID, { description: 'The person to change: yourself, or anyone for a programme admin.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one means someone else changed the person.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ nullable: true, description: 'A new name to be known by.' })
  @Given()
  @Trim()
  @IsString()
  @Length(1, DISPLAY_NAME_MAX)
  displayName?: string;

  @Field({ nullable: true, description: 'A new email address for sign-in codes and messages.' })
  @Given()
  @EmailAddress()
  email?: string;

  @Field({ nullable: true, description: 'Whether they are care-experienced; not changed by the person themself.' })
  @Given()
  @IsBoolean()
  careExperienced?: boolean;

  @Field(() => String, { nullable: true, description: 'A new birth month, YYYY-MM; null clears it.' })
  @IsOptional()
  @Matches(BIRTH_MONTH_PATTERN, { message: BIRTH_MONTH_MESSAGE })
  birthMonth?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new home LA; null clears it.' })
  @IsOptional()
  @IsUUID()
  homeAuthorityId?: string | null;
}

@InputType({ description: 'Which people to list; every filter left out lists all (people whose names are hidden from you are not found by name).' })
export class PeopleFilterInput {
  @Field(() => ID, { nullable: true, description: 'People with a current membership of this body.' })
  @IsOptional()
  @IsUUID()
  bodyId?: string | null;

  @Field(() => MembershipRole, { nullable: true, description: 'People holding this role now (on bodyId when given).' })
  @IsOptional()
  @IsEnum(MembershipRole)
  role?: MembershipRole | null;

  @Field(() => Boolean, { nullable: true, description: 'Only care-experienced people (or only others); for programme admins and safeguarding leads, and co-chairs within their own House (bodyId).' })
  @IsOptional()
  @IsBoolean()
  careExperienced?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the display name, whatever its case.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX)
  search?: string | null;
}

@InputType({ description: 'A place to give a person on a body.' })
export class AddMembershipInput {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  personId: string;

  @Field(() => ID, { description: 'The House, board or group.' })
  @IsUUID()
  bodyId: string;

  @Field(() => MembershipRole, { description: 'Any role but a co-chair seat (see appointCoChair).' })
  @IsEnum(MembershipRole)
  role: MembershipRole;

  @Field(() => ID, { nullable: true, description: 'The local authority the person represents (at most one of the three).' })
  @IsOptional()
  @IsUUID()
  representsAuthorityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The ICS area or sub-region the person represents (at most one of the three).' })
  @IsOptional()
  @IsUUID()
  representsAreaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner organisation the person represents (at most one of the three).' })
  @IsOptional()
  @IsUUID()
  representsOrganisationId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Defaults to now; not in the future.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the place is given; kept with the membership, never in the audit trail.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, GOVERNANCE_REASON_MAX)
  reason?: string | null;
}

@InputType({ description: 'A membership to end now.' })
export class EndMembershipInput {
  @Field(() => ID, { description: 'The membership to end.' })
  @IsUUID()
  membershipId: string;

  @Field({ description: 'Why it ends; kept with the membership.' })
  @Trim()
  @IsString()
  @Length(1, GOVERNANCE_REASON_MAX)
  reason: string;
}

@InputType({ description: "A person to appoint to one of a House's two co-chair seats; a current holder's term ends." })
export class AppointCoChairInput {
  @Field(() => ID, { description: 'The House.' })
  @IsUUID()
  houseId: string;

  @Field(() => ID, { description: 'The person appointed; a young-person co-chair must be a CiCC member.' })
  @IsUUID()
  personId: string;

  @Field(() => CoChairSeat, { description: "Which seat: the young person's or the sector lead's." })
  @IsEnum(CoChairSeat)
  seat: CoChairSeat;

  @Field({ description: 'Why this person (recorded with the term, and as the end reason of the previous term).' })
  @Trim()
  @IsString()
  @Length(1, GOVERNANCE_REASON_MAX)
  reason: string;
}

@InputType({ description: 'A co-chair seat to leave empty.' })
export class EndCoChairTermInput extends PickType(AppointCoChairInput, ['houseId'] as const, InputType) {
  @Field(() => CoChairSeat, { description: 'Which seat.' })
  @IsEnum(CoChairSeat)
  seat: CoChairSeat;

  @Field({ description: 'Why the term ends; kept with the membership.' })
  @Trim()
  @IsString()
  @Length(1, GOVERNANCE_REASON_MAX)
  reason: string;
}
