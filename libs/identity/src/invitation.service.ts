import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Propagation } from '@nestjs-cls/transactional';
import { EntityManager, In } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { Actor, DomainError, Environment, personActor, requirePerson, Tx } from '@app/core';
import { GovernanceService, MembershipEntity, MembershipRole, PersonEntity, PersonPrivacyService } from '@app/governance';
import { MailTransport } from '@app/mail';
import { BodyEntity, BodyKind, LocalAuthorityEntity } from '@app/reference';
import { assertMayInvite } from './invitation-policy';
import { InvitationProblem, InvitationRow, MAX_INVITATION_ROWS, readInvitationRows, ReadRow } from './invitation-rows';
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

/** A place on a body to give the person invited (checked against who may add it, as addMembership). */
export interface InviteMembership {
  bodyId: string;
  role: MembershipRole;
  representsAuthorityId?: string | null;
  representsAreaId?: string | null;
  representsOrganisationId?: string | null;
}

export interface InviteRequest {
  /** Invite someone already recorded... */
  personId?: string | null;
  /** ...or someone by email, recorded now with these details unless the email is already known. */
  email?: string | null;
  displayName?: string | null;
  /** "YYYY-MM"; for someone new. */
  birthMonth?: string | null;
  homeAuthorityId?: string | null;
  careExperienced?: boolean | null;
  /** The House the invitation is for (required for a co-chair's invitation; taken from the memberships when they name one House). */
  houseId?: string | null;
  /** Places to give them, in the same transaction (those they already hold are kept as they are). */
  memberships?: readonly InviteMembership[] | null;
}

export interface InvitationSent {
  invitation: InvitationEntity;
  person: PersonEntity;
  /** The memberships the invitation was for, in the order given: added now, or already held. */
  memberships: MembershipEntity[];
}

/** A list of people to invite, with the House it is for and the places each of them is given. */
export interface InvitationBatch {
  houseId?: string | null;
  memberships?: readonly InviteMembership[] | null;
  rows: readonly InvitationRow[];
}

/** One row of a list checked before inviting: who it names and everything wrong with it. */
export interface InvitationRowCheck {
  /** Counted from 1, as people count rows. */
  row: number;
  displayName: string;
  email: string;
  problems: InvitationProblem[];
}

interface Recorded extends InvitationSent {
  bodies: BodyEntity[];
  token: string;
}

/** Ends a rehearsal of invitations, so that its transaction is undone. */
class RehearsalOver extends Error {}

/** The row's value a refusal is about: places are one value of the row; a council is named, not given by id. */
function rowField(field: string | undefined): string | null {
  if (!field) return null;
  if (field.startsWith('memberships')) return 'place';
  if (field === 'homeAuthorityId') return 'homeCouncil';
  return field;
}

/** A refusal of inviting a row, as a problem of that row. */
function problemOf(error: DomainError): InvitationProblem {
  return { code: error.reason, field: rowField(error.field), message: error.message };
}

/** The refusal of a whole list for one row's problem (`index` counted from 0). */
function listRefused(index: number, problem: InvitationProblem): IdentityInputError {
  return new IdentityInputError(
    IdentityErrorCode.INVITATIONS_HAVE_PROBLEMS,
    `Row ${index + 1}: ${problem.message} No one was invited.`,
    `rows.${index}${problem.field ? `.${problem.field}` : ''}`,
  );
}

/** The same domain error, naming its field as found under `path` of the input (`memberships.1` + `bodyId`). */
function under(path: string, error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const copy = Object.create(Object.getPrototypeOf(error) as object, Object.getOwnPropertyDescriptors(error)) as { field?: string };
  copy.field = error.field ? `${path}.${error.field}` : path;
  return copy;
}

/** Invitations: how a person is first let in, by a single-use link that expires. */
@Injectable()
export class InvitationService {
  constructor(
    private readonly txHost: Tx,
    private readonly config: ConfigService<Environment, true>,
    private readonly access: AccessService,
    private readonly governance: GovernanceService,
    private readonly privacy: PersonPrivacyService,
    private readonly mail: MailTransport,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Invites a person by email, recording them first when they are new, with the memberships to
   * give them: one transaction, audited, in which each membership is checked against who may add
   * it (a House's co-chairs give places in their own House; the CiCC and other bodies are for
   * programme admins). The email goes once it has committed.
   */
  async invite(actor: Actor, request: InviteRequest): Promise<InvitationSent> {
    const { houseId, house } = await this.houseToInviteTo(actor, request.houseId, request.memberships ?? []);
    const recorded = await this.txHost.withTransaction(() => this.record(actor, request, houseId, 'invitePerson'));
    await this.sendLink(actor, recorded, house);
    return recorded;
  }

  /**
   * Checks a list of people to invite, row by row, without inviting anyone: each row is invited
   * for real, with the same rules as `invite`, inside a transaction that is then undone, so a row
   * is refused here exactly when inviting it would be. Rows are checked in order, so an email on
   * two rows is a problem of the second. Who may invite at all is checked once, for the list.
   */
  async check(actor: Actor, batch: InvitationBatch): Promise<InvitationRowCheck[]> {
    const { houseId, wanted } = await this.prepareBatch(actor, batch);
    return this.rehearse(actor, houseId, wanted, await this.readRows(batch.rows));
  }

  private async rehearse(actor: Actor, houseId: string | null, wanted: readonly InviteMembership[], rows: ReadRow[]): Promise<InvitationRowCheck[]> {
    const checked: InvitationRowCheck[] = [];
    try {
      // A transaction of its own (a savepoint when one is running), always undone at the end;
      // each row in a savepoint, so a refused row leaves the others' rehearsal in place.
      await this.txHost.withTransaction(Propagation.Nested, async () => {
        for (const [i, row] of rows.entries()) {
          const problems = [...row.problems];
          if (!problems.length) {
            try {
              await this.txHost.withTransaction(Propagation.Nested, () => this.record(actor, { ...row, houseId, memberships: wanted }, houseId, 'invitePeople'));
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              problems.push(problemOf(error));
            }
          }
          checked.push({ row: i + 1, displayName: row.displayName, email: row.email, problems });
        }
        throw new RehearsalOver();
      });
    } catch (error) {
      if (!(error instanceof RehearsalOver)) throw error;
    }
    return checked;
  }

  /**
   * Invites everyone on a list, all or nothing: the rows are invited in order in one transaction,
   * and the first row with a problem (the same problems `check` finds) refuses the list, naming its
   * row, so no one is invited. The emails go once all the invitations have committed.
   */
  async inviteAll(actor: Actor, batch: InvitationBatch): Promise<InvitationSent[]> {
    const { houseId, house, wanted } = await this.prepareBatch(actor, batch);
    const rows = await this.readRows(batch.rows);
    const recorded = await this.txHost.withTransaction(async () => {
      const all: Recorded[] = [];
      for (const [i, row] of rows.entries()) {
        if (row.problems.length) throw listRefused(i, row.problems[0]);
        try {
          all.push(await this.record(actor, { ...row, houseId, memberships: wanted }, houseId, 'invitePeople'));
        } catch (error) {
          throw error instanceof DomainError ? listRefused(i, problemOf(error)) : error;
        }
      }
      return all;
    });
    for (const one of recorded) await this.sendLink(actor, one, house);
    return recorded;
  }

  private async prepareBatch(actor: Actor, batch: InvitationBatch): Promise<{ houseId: string | null; house: BodyEntity | null; wanted: readonly InviteMembership[] }> {
    requirePerson(actor);
    if (!batch.rows.length || batch.rows.length > MAX_INVITATION_ROWS) {
      throw new IdentityInputError(IdentityErrorCode.INVITATIONS_NEEDED, `Give between 1 and ${MAX_INVITATION_ROWS} people to invite.`, 'rows');
    }
    const wanted = batch.memberships ?? [];
    return { ...(await this.houseToInviteTo(actor, batch.houseId, wanted)), wanted };
  }

  /** The House the invitations are for (named, or the one House among the places), once the actor may invite to it. */
  private async houseToInviteTo(actor: Actor, named: string | null | undefined, wanted: readonly InviteMembership[]): Promise<{ houseId: string | null; house: BodyEntity | null }> {
    const houseId = named ?? (await this.onlyHouseOf(this.txHost.tx, wanted));
    const house = houseId ? await this.house(this.txHost.tx, houseId) : null;
    await assertMayInvite(this.access, actor, houseId);
    return { houseId, house };
  }

  private async readRows(rows: readonly InvitationRow[]): Promise<ReadRow[]> {
    const councils = await this.txHost.tx.getRepository(LocalAuthorityEntity).find({ select: { id: true, name: true, shortCode: true, gssCode: true } });
    return readInvitationRows(rows, councils);
  }

  /** Records the invitee (when new), their places and the invitation, in the current transaction, audited as `action`. */
  private async record(actor: Actor, request: InviteRequest, houseId: string | null, action: 'invitePerson' | 'invitePeople'): Promise<Recorded> {
    const m = this.txHost.tx;
    const inviterId = requirePerson(actor);
    const token = randomToken();
    const person = await this.invitee(m, actor, request);
    const memberships: MembershipEntity[] = [];
    for (const [i, membership] of (request.memberships ?? []).entries()) {
      const given = { personId: person.id, ...membership };
      try {
        memberships.push((await this.governance.currentMembershipLike(given)) ?? (await this.governance.addMembership(actor, given)));
      } catch (error) {
        throw under(`memberships.${i}`, error);
      }
    }
    const repo = m.getRepository(InvitationEntity);
    const invitation = await repo.save(
      repo.create({
        personId: person.id,
        houseId,
        invitedById: inviterId,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      }),
    );
    // The token's hash is never recorded (see UNRECORDED_FIELDS).
    await this.audit.record(actor, { action, entityType: 'invitation', entityId: invitation.id, after: invitation });
    const bodies = await m.getRepository(BodyEntity).findBy({ id: In(memberships.map((ms) => ms.bodyId)) });
    return { invitation, person, memberships, bodies, token };
  }

  /** Emails the invitation link, once the invitation has committed. */
  private async sendLink(actor: Actor, sent: Recorded, house: BodyEntity | null): Promise<void> {
    const inviterId = requirePerson(actor);
    const { person, memberships, bodies, token } = sent;
    // The email names the inviter as the person invited may see them (a young co-chair under 18 is not named).
    const inviter = (await this.privacy.show(personActor(person.id), [inviterId])).get(inviterId)!;
    const places = memberships.map((ms) => `${bodies.find((b) => b.id === ms.bodyId)?.name ?? 'a body'} (${ms.role.toLowerCase().replace(/_/g, ' ')})`);
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
        ...(places.length ? ['', `You have a place on: ${places.join(', ')}.`] : []),
        '',
        `Open this link to sign in for the first time. It works once, for ${days} days:`,
        link.toString(),
        '',
        'Afterwards, sign in with a code we email you. If you were not expecting this, you can ignore it.',
      ].join('\n'),
      localNote: `Invitation link for ${person.email}: ${link.toString()}`,
    });
  }

  /**
   * Uses an invitation link once, starting a session for the invited person (recorded as them:
   * the link is the proof). A refused link of a known invitation is recorded as the anonymous
   * `caller`; the refusal is thrown after its transaction commits, so the event stands.
   */
  async accept(caller: Actor, token: string): Promise<SessionTokens> {
    const result = await this.txHost.withTransaction(async (): Promise<SessionTokens | 'USED' | 'EXPIRED'> => {
      const m = this.txHost.tx;
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
        await this.audit.record(caller, { action: 'acceptInvitation', entityType: 'invitation', entityId: invitation.id, after: { refused: state }, always: true });
        return state;
      }
      invitation.acceptedAt = now;
      await m.getRepository(InvitationEntity).save(invitation);
      const tokens = await this.sessions.issueFor(invitation.personId, SignInMethod.INVITATION);
      await this.audit.recordMany(asPerson(caller, invitation.personId), [
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

  private async invitee(m: EntityManager, actor: Actor, request: InviteRequest): Promise<PersonEntity> {
    if (request.personId) {
      const person = await m.getRepository(PersonEntity).findOneBy({ id: request.personId });
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
    const known = await personByEmail(m, request.email);
    if (known) return known;
    return this.governance.createPerson(
      actor,
      {
        email: request.email,
        displayName: request.displayName,
        birthMonth: request.birthMonth ?? null,
        homeAuthorityId: request.homeAuthorityId ?? null,
        careExperienced: request.careExperienced ?? false,
      },
    );
  }

  /** The House among the memberships given, when they name exactly one. */
  private async onlyHouseOf(m: EntityManager, memberships: readonly InviteMembership[]): Promise<string | null> {
    const ids = [...new Set(memberships.map((ms) => ms.bodyId))];
    if (ids.length === 0) return null;
    const houses = await m.getRepository(BodyEntity).findBy({ id: In(ids), kind: BodyKind.HOUSE });
    return houses.length === 1 ? houses[0].id : null;
  }

  private async house(m: EntityManager, houseId: string): Promise<BodyEntity> {
    const house = await m.getRepository(BodyEntity).findOneBy({ id: houseId });
    if (!house || house.kind !== BodyKind.HOUSE) {
      throw new IdentityNotFoundError(IdentityErrorCode.HOUSE_NOT_FOUND, `No House has id ${houseId}.`, 'houseId');
    }
    return house;
  }
}
