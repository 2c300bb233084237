import { Field, ID, InputType, OmitType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { BIRTH_MONTH_PATTERN, DISPLAY_NAME_MAX } from '@app/governance';
import { MAX_INVITATION_ROWS, SIGN_IN_CODE_DIGITS } from '@app/identity';
import { AddMembershipInput, BIRTH_MONTH_MESSAGE } from '../governance/governance.input';
import { EmailAddress, Trim } from '../governance/input-helpers';

@InputType({ description: 'A place on a body to give the person invited: who may add it is checked as for addMembership.' })
export class InviteMembershipInput extends OmitType(AddMembershipInput, ['personId', 'startedAt', 'reason'] as const, InputType) {}

const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;
const REFRESH_TOKEN_MESSAGE = 'refreshToken must be the refresh token you were given, whole';
/** The most places one invitation gives. */
const INVITATION_PLACES_MAX = 20;

@InputType({
  description:
    'Invite someone already recorded (personId), or someone new (email and displayName, with their details), and give them their places, all in one step. If the email is already known, that person is invited as recorded.',
})
export class InvitePersonInput {
  @Field(() => ID, { nullable: true, description: 'Someone already recorded; leave out to invite someone new by email.' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a person id (a UUID)' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'For someone new; if the email is already known, that person is invited.' })
  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @Field(() => String, { nullable: true, description: `For someone new: how they are named to others (1–${DISPLAY_NAME_MAX} characters).` })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, DISPLAY_NAME_MAX)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'For someone new: birth month as YYYY-MM.' })
  @IsOptional()
  @Matches(BIRTH_MONTH_PATTERN, { message: BIRTH_MONTH_MESSAGE })
  birthMonth?: string | null;

  @Field(() => ID, { nullable: true, description: 'For someone new: the local authority they come from.' })
  @IsOptional()
  @IsUUID()
  homeAuthorityId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For someone new: whether they are care-experienced (default false).' })
  @IsOptional()
  @IsBoolean()
  careExperienced?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The House the invitation is for. A co-chair can invite only to their own House. Defaults to the House among memberships, when they name one.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'houseId must be a House id (a UUID)' })
  houseId?: string | null;

  @Field(() => [InviteMembershipInput], {
    nullable: true,
    description: 'Places to give them in the same step (e.g. CiCC member, House member), each allowed only to those who may add it. Places they already hold stay as they are.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INVITATION_PLACES_MAX)
  @ValidateNested({ each: true })
  @Type(() => InviteMembershipInput)
  memberships?: InviteMembershipInput[] | null;
}

@InputType({ description: 'The invitation link being used.' })
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @Matches(TOKEN, { message: 'token must be the token from the invitation link, copied whole' })
  token: string;
}

@InputType({ description: 'The email address to send a sign-in code to.' })
export class RequestSignInCodeInput {
  @Field({ description: 'The address the person is recorded with.' })
  @EmailAddress()
  email: string;
}

@InputType({ description: 'The emailed code, to sign in with.' })
export class VerifySignInCodeInput {
  @Field({ description: 'The address the code was sent to.' })
  @EmailAddress()
  email: string;

  @Field({ description: `The ${SIGN_IN_CODE_DIGITS}-digit code from the email.` })
  @Trim()
  @Matches(new RegExp(`^\\d{${SIGN_IN_CODE_DIGITS}}$`), { message: `code must be the ${SIGN_IN_CODE_DIGITS} digits from the email` })
  code: string;
}

@InputType({ description: 'The refresh token to exchange.' })
export class RefreshSessionInput {
  @Field({ description: 'The refresh token from the last sign-in or refresh; it works once.' })
  @IsString()
  @Matches(TOKEN, { message: REFRESH_TOKEN_MESSAGE })
  refreshToken: string;
}

@InputType({ description: 'The session to end.' })
export class SignOutInput {
  @Field({ description: 'The refresh token of the session to end.' })
  @IsString()
  @Matches(TOKEN, { message: REFRESH_TOKEN_MESSAGE })
  refreshToken: string;
}

@InputType({ description: 'Whether to keep this session when ending all the others.' })
export class SignOutEverywhereInput {
  @Field({ defaultValue: false, description: 'Keep the session making this request signed in.' })
  @IsBoolean()
  keepThisSession: boolean;
}

@InputType({ description: 'One person to invite, as written in a list such as a CSV file: every value is text, and the API says what is wrong with it.' })
export class InvitationRowInput {
  @Field(() => String, { nullable: true, description: `How they are named to others (1–${DISPLAY_NAME_MAX} characters).` })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Their email address; if it is already known, that person is invited as recorded.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Birth month as YYYY-MM, or empty.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  birthMonth?: string | null;

  @Field(() => String, { nullable: true, description: 'The London council they come from: its name (Hackney), three-letter code (hck) or GSS code (E09000012); or empty.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  homeCouncil?: string | null;

  @Field(() => String, { nullable: true, description: 'Whether they are care-experienced: yes or no (empty means no).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  careExperienced?: string | null;
}

@InputType({ description: 'A list of people to invite to one House (or none), each given the same places.' })
export class InvitePeopleInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The House the invitations are for. A co-chair can invite only to their own House. Defaults to the House among memberships, when they name one.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'houseId must be a House id (a UUID)' })
  houseId?: string | null;

  @Field(() => [InviteMembershipInput], { nullable: true, description: 'Places to give each person (e.g. House member), each allowed only to those who may add it.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INVITATION_PLACES_MAX)
  @ValidateNested({ each: true })
  @Type(() => InviteMembershipInput)
  memberships?: InviteMembershipInput[] | null;

  @Field(() => [InvitationRowInput], { description: `The people, one row each, in the order of the list (1 to ${MAX_INVITATION_ROWS}).` })
  @IsArray()
  @ArrayMaxSize(MAX_INVITATION_ROWS)
  @ValidateNested({ each: true })
  @Type(() => InvitationRowInput)
  rows: InvitationRowInput[];
}
