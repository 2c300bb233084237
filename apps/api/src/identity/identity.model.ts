import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { InvitationEntity, SessionTokens } from '@app/identity';
import { MembershipModel, PersonModel } from '../governance/governance.model';

@ObjectType('SessionTokens', { description: 'What a client keeps after signing in. Send the access token as "Authorization: Bearer <token>".' })
export class SessionTokensModel {
  personId: string;

  @Field({ description: 'A short-lived token (minutes) for the Authorization header.' })
  accessToken: string;

  @Field({ description: 'When the access token stops working; refresh before then.' })
  accessTokenExpiresAt: Date;

  @Field({ description: 'Exchange it once with refreshSession for a new pair; keep it secret.' })
  refreshToken: string;

  @Field({ description: 'When the refresh token stops working; sign in again after that.' })
  refreshTokenExpiresAt: Date;

  static from(tokens: SessionTokens): SessionTokensModel {
    return Object.assign(new SessionTokensModel(), {
      personId: tokens.personId,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      refreshToken: tokens.refreshToken,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
    });
  }
}

@ObjectType('Invitation', { description: 'A single-use invitation link sent by email; the link itself is never shown again.' })
export class InvitationModel {
  @Field(() => ID, { description: "The invitation's id." })
  id: string;

  personId: string;
  houseId: string | null;

  @Field({ description: 'When it was sent.' })
  createdAt: Date;

  @Field({ description: 'When the link stops working (7 days after sending).' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was used; null if not yet.' })
  acceptedAt: Date | null;

  static from(e: InvitationEntity): InvitationModel {
    return Object.assign(new InvitationModel(), {
      id: e.id,
      personId: e.personId,
      houseId: e.houseId,
      createdAt: e.createdAt,
      expiresAt: e.expiresAt,
      acceptedAt: e.acceptedAt,
    });
  }
}

@ObjectType({ description: 'The invitation sent, with the person and places it gave.' })
export class InvitePersonPayload {
  @Field(() => InvitationModel, { description: 'The invitation sent.' })
  invitation: InvitationModel;

  @Field(() => PersonModel, { description: 'Who is invited (recorded now if they were new).' })
  person: PersonModel;

  @Field(() => [MembershipModel], { description: 'The places the invitation gave, in the order asked: added now, or already held.' })
  memberships: MembershipModel[];
}

@ObjectType({ description: 'The new session of the person who accepted.' })
export class AcceptInvitationPayload {
  @Field(() => SessionTokensModel, { description: 'The tokens to use from now on.' })
  tokens: SessionTokensModel;
}

@ObjectType({ description: 'What to tell the person asking for a code.' })
export class RequestSignInCodePayload {
  @Field({ description: 'The same whether or not the email is known.' })
  message: string;

  @Field(() => Int, { description: 'How many minutes the code works for.' })
  codeLifetimeMinutes: number;
}

@ObjectType({ description: 'The new session.' })
export class VerifySignInCodePayload {
  @Field(() => SessionTokensModel, { description: 'The tokens to use from now on.' })
  tokens: SessionTokensModel;
}

@ObjectType({ description: "The session's new tokens." })
export class RefreshSessionPayload {
  @Field(() => SessionTokensModel, { description: 'The new pair; the old refresh token no longer works.' })
  tokens: SessionTokensModel;
}

@ObjectType({ description: 'Whether the session ended.' })
export class SignOutPayload {
  @Field({ description: 'True once the session has ended (also when it had ended before); a refresh token that is not accepted is refused with UNAUTHENTICATED instead.' })
  signedOut: boolean;
}

@ObjectType({ description: 'How many sessions were ended.' })
export class SignOutEverywherePayload {
  @Field(() => Int, { description: 'How many sessions ended.' })
  sessionsEnded: number;
}

@ObjectType('InvitationProblem', { description: 'One thing wrong with a row of a list of people to invite.' })
export class InvitationProblemModel {
  @Field({ description: 'A stable code for the problem, e.g. INVITEE_EMAIL_REPEATED, BAD_EMAIL, HOME_COUNCIL_UNKNOWN, NOT_ALLOWED_TO_ADD_MEMBER.' })
  code: string;

  @Field(() => String, { nullable: true, description: 'The row value it is about (displayName, email, birthMonth, homeCouncil, careExperienced, place); null for the row as a whole.' })
  field: string | null;

  @Field({ description: 'What is wrong and how to put it right, to show to the person sending the invitations.' })
  message: string;
}

@ObjectType('InvitationRowCheck', { description: 'One row of a list of people to invite, checked without inviting anyone.' })
export class InvitationRowCheckModel {
  @Field(() => Int, { description: 'The row, counted from 1 in the order given.' })
  row: number;

  @Field({ description: 'The name as given, trimmed.' })
  displayName: string;

  @Field({ description: 'The email as given, trimmed.' })
  email: string;

  @Field(() => [InvitationProblemModel], { description: 'Everything wrong with the row; empty when inviting it would succeed.' })
  problems: InvitationProblemModel[];
}

@ObjectType('InvitationsCheck', { description: 'A list of people to invite, checked row by row; nobody has been invited.' })
export class InvitationsCheckModel {
  @Field(() => [InvitationRowCheckModel], { description: 'Every row, in the order given.' })
  rows: InvitationRowCheckModel[];

  @Field(() => Int, { description: 'How many rows have a problem.' })
  rowsWithProblems: number;

  @Field({ description: 'Whether invitePeople with the same input would invite everyone now.' })
  ready: boolean;
}

@ObjectType({ description: 'Everyone on the list invited, each emailed their own link.' })
export class InvitePeoplePayload {
  @Field(() => [InvitePersonPayload], { description: 'Each invitation sent, in the order of the rows.' })
  invitations: InvitePersonPayload[];
}
