import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { Actor, Environment, personActor, requirePerson } from '@app/core';
import { GovernanceService, PersonEntity, PersonPrivacyService } from '@app/governance';
import { MailTransport } from '@app/mail';
import { BodyEntity, BodyKind } from '@app/reference';
import { assertMayInvite } from './invitation-policy';
import { InvitationEntity } from './invitation.entity';
import {
  IdentityConflictError,
  IdentityErrorCode,
  IdentityInputError,
  IdentityNotFoundError,
} from './identity.errors';
import { asPerson, SessionService, SessionTokens } from './session.service';
import { SignInMethod } from './session.entity';
import { personByEmail } from './sign-in.service';
import { hashToken, INVITATION_TTL_MS, invitationState, randomToken } from './sign-in-rules';

export interface InviteRequest {
  /** Invite someone already recorded... */
  personId?: string | null;
  /** ...or someone by email, recorded now with this name unless the email is already known. */
  email?: string | null;
  displayName?: string | null;
  /** The House the invitation is for (required for a co-chair's invitation). */
  houseId?: string | null;
}

export interface InvitationSent {
  invitation: InvitationEntity;
  person: PersonEntity;
}

/** Invitations: how a person is first let in, by a single-use link that expires. */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService<Environment, true>,
    private readonly access: AccessService,
    private readonly governance: GovernanceService,
    private readonly privacy: PersonPrivacyService,
    private readonly mail: MailTransport,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async invite(actor: Actor, request: InviteRequest): Promise<InvitationSent> {
    const inviterId = requirePerson(actor);
    const houseId = request.houseId ?? null;
    const house = houseId ? await this.house(this.dataSource.manager, houseId) : null;
    await assertMayInvite(this.access, actor, houseId);
    const person = await this.invitee(actor, request);
    // The email names the inviter as the person invited may see them (a young co-chair under 18 is not named).
    const inviter = (await this.privacy.show(personActor(person.id), [inviterId])).get(inviterId)!;

    const token = randomToken();
    const invitation = await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(InvitationEntity);
      const saved = await repo.save(
        repo.create({
          personId: person.id,
          houseId,
          invitedById: inviterId,
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        }),
      );
      // The token's hash is never recorded (see UNRECORDED_FIELDS).
      await this.audit.record(m, actor, { action: 'invitePerson', entityType: 'invitation', entityId: saved.id, after: saved });
      return saved;
    });
    const link = new URL('/sign-in/invitation', this.config.get('APP_URL', { infer: true }));
    link.searchParams.set('token', token);
    const days = Math.round(INVITATION_TTL_MS / 86_400_000);
    await this.mail.send({
      to: person.email,
      subject: `${inviter.displayName} invited you to the London Care Leavers Compact`,
      text: [
        `Hello ${person.displayName},`,
        '',
        `${inviter.displayName} invited you to take part in the London Care Leavers Compact${house ? ` (${house.name})` : ''}.`,
        '',
        `Open this link to sign in for the first time. It works once, for ${days} days:`,
        link.toString(),
        '',
        'Afterwards, sign in with a code we email you. If you were not expecting this, you can ignore it.',
      ].join('\n'),
      localNote: `Invitation link for ${person.email}: ${link.toString()}`,
    });
    return { invitation, person };
  }

  /**
   * Uses an invitation link once, starting a session for the invited person (recorded as them:
   * the link is the proof). A refused link of a known invitation is recorded as the anonymous
   * `caller`; the refusal is thrown after its transaction commits, so the event stands.
   */
  async accept(caller: Actor, token: string): Promise<SessionTokens> {
    const result = await this.dataSource.transaction(async (m): Promise<SessionTokens | 'USED' | 'EXPIRED'> => {
      const invitation = await m
        .getRepository(InvitationEntity)
        .findOne({ where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) {
        throw new IdentityInputError(
          IdentityErrorCode.INVITATION_NOT_FOUND,
          'This invitation link is not valid. Check that the whole link was copied, or ask for a new invitation.',
          'token',
        );
      }
      const now = new Date();
      const state = invitationState(invitation, now);
      if (state !== 'OPEN') {
        await this.audit.record(m, caller, { action: 'acceptInvitation', entityType: 'invitation', entityId: invitation.id, after: { refused: state }, always: true });
        return state;
      }
      invitation.acceptedAt = now;
      await m.getRepository(InvitationEntity).save(invitation);
      const tokens = await this.sessions.issueFor(invitation.personId, SignInMethod.INVITATION, m);
      await this.audit.recordMany(m, asPerson(caller, invitation.personId), [
        { action: 'acceptInvitation', entityType: 'invitation', entityId: invitation.id, before: { acceptedAt: null }, after: { acceptedAt: now } },
        { action: 'acceptInvitation', entityType: 'sign_in_session', entityId: tokens.sessionId, after: { personId: invitation.personId, method: SignInMethod.INVITATION } },
      ]);
      return tokens;
    });
    switch (result) {
      case 'USED':
        throw new IdentityConflictError(
          IdentityErrorCode.INVITATION_ALREADY_USED,
          'This invitation has already been used. Sign in with a code sent to your email instead.',
          'token',
        );
      case 'EXPIRED':
        throw new IdentityInputError(
          IdentityErrorCode.INVITATION_EXPIRED,
          'This invitation has expired. Ask the person who invited you to send a new one.',
          'token',
        );
      default:
        return result;
    }
  }

  private async invitee(actor: Actor, request: InviteRequest): Promise<PersonEntity> {
    if (request.personId) {
      const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ id: request.personId });
      if (!person) throw new IdentityNotFoundError(IdentityErrorCode.PERSON_NOT_FOUND, `No person has id ${request.personId}.`, 'personId');
      return person;
    }
    if (!request.email || !request.displayName) {
      throw new IdentityInputError(
        IdentityErrorCode.INVITEE_NEEDED,
        'Say whom to invite: either personId for someone already recorded, or both email and displayName for someone new.',
        request.email ? 'displayName' : 'email',
      );
    }
    const known = await personByEmail(this.dataSource.manager, request.email);
    if (known) return known;
    return this.governance.createPerson(actor, { email: request.email, displayName: request.displayName });
  }

  private async house(m: EntityManager, houseId: string): Promise<BodyEntity> {
    const house = await m.getRepository(BodyEntity).findOneBy({ id: houseId });
    if (!house || house.kind !== BodyKind.HOUSE) {
      throw new IdentityNotFoundError(IdentityErrorCode.HOUSE_NOT_FOUND, `No House has id ${houseId}.`, 'houseId');
    }
    return house;
  }
}
