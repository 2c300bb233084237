import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { CoChairSeat, MembershipRole } from '@app/governance';
import { Trim } from './input-helpers';

export const BIRTH_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const BIRTH_MONTH_MESSAGE = 'birthMonth must be a month as YYYY-MM, for example 2006-09';

/** Optional, but when given not null. */
const Given = () => ValidateIf((_: unknown, value: unknown) => value !== undefined);

@InputType()
export class CreatePersonInput {
  @Field({ description: 'How the person is named to others (1–120 characters).' })
  @Trim()
  @IsString()
  @Length(1, 120)
  displayName: string;

  @Field({ description: 'Unique whatever its case.' })
  @Trim()
  @IsEmail({}, { message: 'email must be an email address, like name@example.org' })
  @MaxLength(254)
  email: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  careExperienced: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM.' })
  @IsOptional()
  @Matches(BIRTH_MONTH, { message: BIRTH_MONTH_MESSAGE })
  birthMonth?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  homeAuthorityId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears birthMonth or homeAuthorityId.' })
export class UpdatePersonInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one means someone else changed the person.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ nullable: true })
  @Given()
  @Trim()
  @IsString()
  @Length(1, 120)
  displayName?: string;

  @Field({ nullable: true })
  @Given()
  @Trim()
  @IsEmail({}, { message: 'email must be an email address, like name@example.org' })
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true })
  @Given()
  @IsBoolean()
  careExperienced?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(BIRTH_MONTH, { message: BIRTH_MONTH_MESSAGE })
  birthMonth?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  homeAuthorityId?: string | null;
}

@InputType()
export class PeopleFilterInput {
  @Field(() => ID, { nullable: true, description: 'People with a current membership of this body.' })
  @IsOptional()
  @IsUUID()
  bodyId?: string | null;

  @Field(() => MembershipRole, { nullable: true, description: 'People holding this role now (on bodyId when given).' })
  @IsOptional()
  @IsEnum(MembershipRole)
  role?: MembershipRole | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  careExperienced?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the display name, whatever its case.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(120)
  search?: string | null;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => ID)
  @IsUUID()
  bodyId: string;

  @Field(() => MembershipRole, { description: 'Any role but a co-chair seat (see appointCoChair).' })
  @IsEnum(MembershipRole)
  role: MembershipRole;

  @Field(() => ID, { nullable: true, description: 'The local authority the person represents (at most one of the three).' })
  @IsOptional()
  @IsUUID()
  representsAuthorityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  representsAreaId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  representsOrganisationId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Defaults to now; not in the future.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason?: string | null;
}

@InputType()
export class EndMembershipInput {
  @Field(() => ID)
  @IsUUID()
  membershipId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class AppointCoChairInput {
  @Field(() => ID)
  @IsUUID()
  houseId: string;

  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => CoChairSeat)
  @IsEnum(CoChairSeat)
  seat: CoChairSeat;

  @Field({ description: 'Why this person (recorded with the term, and as the end reason of the previous term).' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class EndCoChairTermInput {
  @Field(() => ID)
  @IsUUID()
  houseId: string;

  @Field(() => CoChairSeat)
  @IsEnum(CoChairSeat)
  seat: CoChairSeat;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason: string;
}
