import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { InvitationEntity, SessionTokens } from '@app/identity';
import { MembershipModel, PersonModel } from '../governance/governance.model';

@ObjectType('SessionTokens', { description: 'What a client keeps after signing in. Send the access token as "Authorization: Bearer <token>".' })
export class SessionTokensModel {
  personId: string;

  @Field({ description: 'A short-lived token (minutes) for the Authorization header.' })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Exchange it once with refreshSession for a new pair; keep it secret.' })
  refreshToken: string;

  @Field()
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
  @Field(() => ID)
  id: string;

  personId: string;
  houseId: string | null;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
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

@ObjectType()
export class InvitePersonPayload {
  @Field(() => InvitationModel)
  invitation: InvitationModel;

  @Field(() => PersonModel, { description: 'Who is invited (recorded now if they were new).' })
  person: PersonModel;

  @Field(() => [MembershipModel], { description: 'The places the invitation gave, in the order asked: added now, or already held.' })
  memberships: MembershipModel[];
}

@ObjectType()
export class AcceptInvitationPayload {
  @Field(() => SessionTokensModel)
  tokens: SessionTokensModel;
}

@ObjectType()
export class RequestSignInCodePayload {
  @Field({ description: 'The same whether or not the email is known.' })
  message: string;

  @Field(() => Int)
  codeLifetimeMinutes: number;
}

@ObjectType()
export class VerifySignInCodePayload {
  @Field(() => SessionTokensModel)
  tokens: SessionTokensModel;
}

@ObjectType()
export class RefreshSessionPayload {
  @Field(() => SessionTokensModel)
  tokens: SessionTokensModel;
}

@ObjectType()
export class SignOutPayload {
  @Field()
  signedOut: boolean;
}

@ObjectType()
export class SignOutEverywherePayload {
  @Field(() => Int, { description: 'How many sessions ended.' })
  sessionsEnded: number;
}
