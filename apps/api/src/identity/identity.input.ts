import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { SIGN_IN_CODE_DIGITS } from '@app/identity';
import { Trim } from '../governance/input-helpers';

const EMAIL_MESSAGE = 'email must be an email address, like name@example.org';
const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

@InputType({ description: 'Invite someone already recorded (personId), or someone new (email and displayName).' })
export class InvitePersonInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a person id (a UUID)' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'For someone new; if the email is already known, that person is invited.' })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'For someone new: how they are named to others (1–120 characters).' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 120)
  displayName?: string | null;

  @Field(() => ID, { nullable: true, description: 'The House the invitation is for. A co-chair can invite only to their own House.' })
  @IsOptional()
  @IsUUID('all', { message: 'houseId must be a House id (a UUID)' })
  houseId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @Matches(TOKEN, { message: 'token must be the token from the invitation link, copied whole' })
  token: string;
}

@InputType()
export class RequestSignInCodeInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email: string;
}

@InputType()
export class VerifySignInCodeInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email: string;

  @Field({ description: `The ${SIGN_IN_CODE_DIGITS}-digit code from the email.` })
  @Trim()
  @Matches(new RegExp(`^\\d{${SIGN_IN_CODE_DIGITS}}$`), { message: `code must be the ${SIGN_IN_CODE_DIGITS} digits from the email` })
  code: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString()
  @Matches(TOKEN, { message: 'refreshToken must be the refresh token you were given, whole' })
  refreshToken: string;
}

@InputType()
export class SignOutInput {
  @Field({ description: 'The refresh token of the session to end.' })
  @IsString()
  @Matches(TOKEN, { message: 'refreshToken must be the refresh token you were given, whole' })
  refreshToken: string;
}

@InputType()
export class SignOutEverywhereInput {
  @Field({ defaultValue: false, description: 'Keep the session making this request signed in.' })
  @IsBoolean()
  keepThisSession: boolean;
}
