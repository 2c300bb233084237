import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import { Role } from '@app/access';
import { Actor } from '@app/core';
import { GovernanceService } from '@app/governance';
import { InvitationSent, InvitationService, SessionService, SessionTokens, SIGN_IN_CODE_TTL_MS, SignInService } from '@app/identity';
import { ReferenceService } from '@app/reference';
import { Public, RequireRole, SignedIn } from '../access/access.decorators';
import { GraphQLContext } from '../graphql/context';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { personById } from '../governance/governance.loaders';
import { MembershipModel, PersonModel } from '../governance/governance.model';
import { bodyLoader } from '../reference/reference.loaders';
import { BodyModel } from '../reference/reference.model';
import {
  AcceptInvitationInput,
  InvitePeopleInput,
  InvitePersonInput,
  RefreshSessionInput,
  RequestSignInCodeInput,
  SignOutEverywhereInput,
  SignOutInput,
  VerifySignInCodeInput,
} from './identity.input';
import {
  AcceptInvitationPayload,
  InvitationModel,
  InvitationsCheckModel,
  InvitePeoplePayload,
  InvitePersonPayload,
  RefreshSessionPayload,
  RequestSignInCodePayload,
  SessionTokensModel,
  SignOutEverywherePayload,
  SignOutPayload,
  VerifySignInCodePayload,
} from './identity.model';
import { ADDRESS_THROTTLER, EMAIL_THROTTLER, SignInThrottlerGuard } from './sign-in-throttler.guard';

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const CODE_LIFETIME_MINUTES = SIGN_IN_CODE_TTL_MS / 60_000;

/**
 * Limits on asking for codes: strict per email (so nobody floods an inbox), generous per client
 * address (a room of young people on one network signs in together).
 */
export const REQUEST_CODE_LIMITS = { email: 5, address: 200 };
/** Limits on trying codes: strict per email (a code also dies after five wrong tries), generous per address. */
export const VERIFY_CODE_LIMITS = { email: 10, address: 300 };

/**
 * The caller of a public sign-in operation: anonymous whatever Authorization header was sent (an
 * expired access token must not stop a sign-out), with the request's correlation id for the audit
 * trail. The service records a success as the person the token or code proves.
 */
function anonymousCaller(context: GraphQLContext): Actor {
  return { personId: null, correlationId: context.correlationId };
}

/**
 * Once a sign-in operation has proved who the caller is, the rest of the answer is read as that
 * person (with fresh loaders): the person signing in sees their own profile as themself, their
 * name included, whatever the privacy rule hides from others.
 */
function signedInAs(context: GraphQLContext, tokens: SessionTokens): SessionTokensModel {
  context.actor = { personId: tokens.personId, correlationId: context.correlationId };
  context.sessionId = tokens.sessionId;
  context.loaders = new Loaders();
  return SessionTokensModel.from(tokens);
}

function sentPayload(sent: InvitationSent): InvitePersonPayload {
  return { invitation: InvitationModel.from(sent.invitation), person: PersonModel.from(sent.person), memberships: sent.memberships.map(MembershipModel.from) };
}

/** Sign-in without passwords: invitations, email codes, refresh and sign-out. */
@Resolver()
@UseGuards(SignInThrottlerGuard)
export class IdentityResolver {
  constructor(
    private readonly invitations: InvitationService,
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
  ) {}

  @Mutation(() => InvitePersonPayload, {
    description: "Records someone new (or finds them), gives them their places and emails a single-use sign-in link that expires in 7 days: one step, audited. Programme admins, or a House's co-chairs for their own House.",
  })
  @RequireRole(Role.PROGRAMME_ADMIN, Role.HOUSE_CO_CHAIR)
  @SkipThrottle({ [ADDRESS_THROTTLER]: true, [EMAIL_THROTTLER]: true })
  async invitePerson(@CurrentActor() actor: Actor, @Args('input', { description: 'Who to invite, the House it is for, and the places to give.' }) input: InvitePersonInput): Promise<InvitePersonPayload> {
    return sentPayload(await this.invitations.invite(actor, input));
  }

  @Query(() => InvitationsCheckModel, {
    description:
      "Checks a list of people to invite (e.g. from a CSV file) row by row without inviting anyone or sending anything: each row's problems, with codes and messages, exactly as invitePeople would refuse them. Programme admins, or a House's co-chairs for their own House.",
  })
  @RequireRole(Role.PROGRAMME_ADMIN, Role.HOUSE_CO_CHAIR)
  @SkipThrottle({ [ADDRESS_THROTTLER]: true, [EMAIL_THROTTLER]: true })
  async invitationsCheck(@CurrentActor() actor: Actor, @Args('input', { description: 'The House, the places to give and the people, one row each.' }) input: InvitePeopleInput): Promise<InvitationsCheckModel> {
    const rows = await this.invitations.check(actor, input);
    const rowsWithProblems = rows.filter((r) => r.problems.length).length;
    return { rows, rowsWithProblems, ready: rowsWithProblems === 0 };
  }

  @Mutation(() => InvitePeoplePayload, {
    description:
      "Invites everyone on a list, all or nothing, as invitePerson invites one: if any row has a problem (see invitationsCheck) nobody is invited and the refusal names the row (field rows.<index>.<value>). Each person is emailed their own link once all are recorded. Programme admins, or a House's co-chairs for their own House.",
  })
  @RequireRole(Role.PROGRAMME_ADMIN, Role.HOUSE_CO_CHAIR)
  @SkipThrottle({ [ADDRESS_THROTTLER]: true, [EMAIL_THROTTLER]: true })
  async invitePeople(@CurrentActor() actor: Actor, @Args('input', { description: 'The House, the places to give and the people, one row each.' }) input: InvitePeopleInput): Promise<InvitePeoplePayload> {
    return { invitations: (await this.invitations.inviteAll(actor, input)).map(sentPayload) };
  }

  @Mutation(() => AcceptInvitationPayload, { description: 'Uses an invitation link once and signs the invited person in.' })
  @Public('the invitation token is the proof of who is signing in')
  @Throttle({ [ADDRESS_THROTTLER]: { limit: 200, ttl: FIFTEEN_MINUTES } })
  @SkipThrottle({ [EMAIL_THROTTLER]: true })
  async acceptInvitation(@Context() context: GraphQLContext, @Args('input', { description: 'The token from the invitation link.' }) input: AcceptInvitationInput): Promise<AcceptInvitationPayload> {
    return { tokens: signedInAs(context, await this.invitations.accept(anonymousCaller(context), input.token)) };
  }

  @Mutation(() => RequestSignInCodePayload, { description: 'Emails a one-time sign-in code if the address belongs to someone; answers the same either way.' })
  @Public('signing in starts here')
  @Throttle({
    [EMAIL_THROTTLER]: { limit: REQUEST_CODE_LIMITS.email, ttl: FIFTEEN_MINUTES },
    [ADDRESS_THROTTLER]: { limit: REQUEST_CODE_LIMITS.address, ttl: FIFTEEN_MINUTES },
  })
  async requestSignInCode(@Context() context: GraphQLContext, @Args('input', { description: 'The email address.' }) input: RequestSignInCodeInput): Promise<RequestSignInCodePayload> {
    await this.signIn.requestCode(anonymousCaller(context), input.email);
    return {
      message: `If ${input.email} belongs to someone taking part, a sign-in code is on its way. It works for ${CODE_LIFETIME_MINUTES} minutes.`,
      codeLifetimeMinutes: CODE_LIFETIME_MINUTES,
    };
  }

  @Mutation(() => VerifySignInCodePayload, { description: 'Exchanges the emailed code for an access token and a refresh token.' })
  @Public('the emailed code is the proof of who is signing in')
  @Throttle({
    [EMAIL_THROTTLER]: { limit: VERIFY_CODE_LIMITS.email, ttl: FIFTEEN_MINUTES },
    [ADDRESS_THROTTLER]: { limit: VERIFY_CODE_LIMITS.address, ttl: FIFTEEN_MINUTES },
  })
  async verifySignInCode(@Context() context: GraphQLContext, @Args('input', { description: 'The email address and the code.' }) input: VerifySignInCodeInput): Promise<VerifySignInCodePayload> {
    return { tokens: signedInAs(context, await this.signIn.verifyCode(anonymousCaller(context), input.email, input.code)) };
  }

  @Mutation(() => RefreshSessionPayload, { description: 'Exchanges a refresh token (once) for a new access token and refresh token.' })
  @Public('the refresh token is the proof; the access token has usually expired by now')
  @SkipThrottle({ [EMAIL_THROTTLER]: true })
  async refreshSession(@Context() context: GraphQLContext, @Args('input', { description: 'The refresh token.' }) input: RefreshSessionInput): Promise<RefreshSessionPayload> {
    return { tokens: signedInAs(context, await this.sessions.refresh(anonymousCaller(context), input.refreshToken)) };
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the session the refresh token belongs to; its access tokens stop working at once.' })
  @Public('holding the refresh token is the proof; signing out must work with an expired access token')
  @SkipThrottle({ [EMAIL_THROTTLER]: true })
  async signOut(@Context() context: GraphQLContext, @Args('input', { description: 'The refresh token of the session to end.' }) input: SignOutInput): Promise<SignOutPayload> {
    await this.sessions.signOut(anonymousCaller(context), input.refreshToken);
    return { signedOut: true };
  }

  @Mutation(() => SignOutEverywherePayload, { description: "Ends every one of the caller's sessions, on every device." })
  @SignedIn()
  @SkipThrottle({ [ADDRESS_THROTTLER]: true, [EMAIL_THROTTLER]: true })
  async signOutEverywhere(
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
    @Args('input', { description: 'Whether to keep this session.' }) input: SignOutEverywhereInput,
  ): Promise<SignOutEverywherePayload> {
    const keep = input.keepThisSession ? context.sessionId : null;
    return { sessionsEnded: await this.sessions.signOutEverywhere(actor, keep) };
  }
}

@Resolver(() => SessionTokensModel)
export class SessionTokensResolver {
  constructor(private readonly governance: GovernanceService) {}

  @ResolveField(() => PersonModel, { description: 'Who is signed in.' })
  async person(@Parent() tokens: SessionTokensModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel> {
    return (await personById(loaders, this.governance).load(tokens.personId)) as PersonModel;
  }
}

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly reference: ReferenceService,
  ) {}

  @ResolveField(() => PersonModel, { description: 'Who is invited.' })
  async person(@Parent() invitation: InvitationModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel> {
    return (await personById(loaders, this.governance).load(invitation.personId)) as PersonModel;
  }

  @ResolveField(() => BodyModel, { nullable: true, description: 'The House the invitation is for.' })
  async house(@Parent() invitation: InvitationModel, @RequestLoaders() loaders: Loaders): Promise<BodyModel | null> {
    return invitation.houseId ? bodyLoader(loaders, this.reference).load(invitation.houseId) : null;
  }
}
