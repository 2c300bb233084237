import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RoleAssignment, RoleFact, rolesFromFacts, rolesJsonSql } from '@app/access';
import { AuditService } from '@app/audit';
import { Actor, preparedQuery, requirePerson, Tx } from '@app/core';
import { GovernanceService } from '@app/governance';
import { AccessTokenService } from './access-token.service';
import { IdentityErrorCode, IdentityUnauthenticatedError } from './identity.errors';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEndReason, SessionEntity, SignInMethod } from './session.entity';
import { decideRefresh, hashToken, randomToken, RefreshDecision, REFRESH_TOKEN_TTL_MS } from './sign-in-rules';

/** What a client holds after signing in. */
export interface SessionTokens {
  personId: string;
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** A caller whose access token checked out against a session that is still open. */
export interface AuthenticatedCaller {
  personId: string;
  sessionId: string;
  /** The roles the person holds now, when they were read with the session check (SessionService.authenticate). */
  roles?: RoleAssignment[];
}

/** The session check of every signed-in request, with the caller's roles (prepared on each connection as AUTHENTICATE_STATEMENT_NAME). */
export const AUTHENTICATE_STATEMENT = `SELECT ${rolesJsonSql('s.person_id')} AS roles FROM sign_in_session s WHERE s.id = $1 AND s.person_id = $2 AND s.revoked_at IS NULL`;

export const AUTHENTICATE_STATEMENT_NAME = 'authenticate';

const REFRESH_REFUSED = 'This refresh token is not valid (it may have expired or been signed out). Sign in again.';

/**
 * Sessions: one per signed-in device, holding a family of refresh tokens that replace each other.
 * `issueFor` is the only way a session starts, whatever proved who the person is (an email code,
 * an invitation, and later an identity provider).
 */
@Injectable()
export class SessionService implements OnModuleInit {
  constructor(
    private readonly txHost: Tx,
    private readonly accessTokens: AccessTokenService,
    private readonly audit: AuditService,
    private readonly governance: GovernanceService,
  ) {}

  /** Someone who leaves the CiCC is signed out on every device, in the same transaction. */
  onModuleInit(): void {
    this.governance.onLeftCicc(async (event) => {
      await this.endAll(this.txHost.tx, event.actor, event.personId, SessionEndReason.LEFT_CICC, 'leaveCicc');
    });
  }

  /** Starts a session for a person whose identity has been established. */
  async issueFor(personId: string, method: SignInMethod): Promise<SessionTokens> {
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const session = await m.getRepository(SessionEntity).save(m.getRepository(SessionEntity).create({ personId, method }));
      return this.tokensFor(m, session);
    });
  }

  /**
   * The caller behind an access token, if its session is still open, with the roles they hold
   * now: one statement (an indexed session lookup with the caller's memberships and grants), read
   * afresh on every request, so signing out and losing a role both count from the next request.
   */
  async authenticate(accessToken: string): Promise<AuthenticatedCaller> {
    const claims = this.accessTokens.verify(accessToken);
    const [open] = await preparedQuery<{ roles: RoleFact[] }>(this.txHost.tx, AUTHENTICATE_STATEMENT_NAME, AUTHENTICATE_STATEMENT, [claims.sessionId, claims.personId]);
    if (!open) {
      throw new IdentityUnauthenticatedError(IdentityErrorCode.SESSION_ENDED, 'This session has ended (signed out, or ended for safety). Sign in again.');
    }
    return { ...claims, roles: rolesFromFacts(open.roles) };
  }

  /**
   * Exchanges a refresh token for a new pair. A token that was already exchanged means a copy is
   * in someone else's hands: the whole session ends, and both holders must sign in again.
   *
   * `caller` is whoever presented the token (anonymous, with the request's correlation id): a
   * rotation is recorded as the session's person, a refusal as the anonymous caller.
   */
  async refresh(caller: Actor, refreshToken: string): Promise<SessionTokens> {
    const result = await this.txHost.withTransaction(async (): Promise<SessionTokens | RefreshDecision | null> => {
      const m = this.txHost.tx;
      const token = await this.lockToken(m, refreshToken);
      if (!token) return null;
      const session = await m.getRepository(SessionEntity).findOneOrFail({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      const now = new Date();
      const decision = decideRefresh(token, session, now);
      const before = { revokedAt: session.revokedAt, endReason: session.endReason, lastRefreshedAt: session.lastRefreshedAt };
      if (decision === RefreshDecision.REUSED) {
        await this.end(m, session, SessionEndReason.REFRESH_TOKEN_REUSED, now);
        await this.audit.record(caller, {
          action: 'refreshSession',
          entityType: 'sign_in_session',
          entityId: session.id,
          before,
          after: { revokedAt: session.revokedAt, endReason: session.endReason, lastRefreshedAt: session.lastRefreshedAt },
        });
        return decision;
      }
      if (decision !== RefreshDecision.ROTATE) {
        // Nothing changes, but a refused refresh is worth knowing about (the event commits: nothing rolls back).
        await this.audit.record(caller, { action: 'refreshSession', entityType: 'sign_in_session', entityId: session.id, after: { refused: decision }, always: true });
        return decision;
      }
      token.usedAt = now;
      session.lastRefreshedAt = now;
      await m.getRepository(RefreshTokenEntity).save(token);
      await m.getRepository(SessionEntity).save(session);
      await this.audit.record(asPerson(caller, session.personId), {
        action: 'refreshSession',
        entityType: 'sign_in_session',
        entityId: session.id,
        before: { lastRefreshedAt: before.lastRefreshedAt },
        after: { lastRefreshedAt: now },
      });
      return this.tokensFor(m, session);
    });
    if (result === RefreshDecision.REUSED) {
      throw new IdentityUnauthenticatedError(
        IdentityErrorCode.REFRESH_TOKEN_REUSED,
        'This refresh token was already used, so the session has been ended for safety on every device that shared it. Sign in again.',
      );
    }
    if (result === null || typeof result === 'string') {
      throw new IdentityUnauthenticatedError(IdentityErrorCode.REFRESH_TOKEN_NOT_ACCEPTED, REFRESH_REFUSED);
    }
    return result;
  }

  /**
   * Ends the session a refresh token belongs to, recorded as its person (the token is the proof).
   * Ending an already ended session is fine (and recorded, without changes).
   */
  async signOut(caller: Actor, refreshToken: string): Promise<void> {
    const found = await this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const token = await this.lockToken(m, refreshToken);
      if (!token) return false;
      const session = await m.getRepository(SessionEntity).findOneOrFail({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      const before = { revokedAt: session.revokedAt, endReason: session.endReason };
      if (!session.revokedAt) await this.end(m, session, SessionEndReason.SIGNED_OUT, new Date());
      await this.audit.record(asPerson(caller, session.personId), {
        action: 'signOut',
        entityType: 'sign_in_session',
        entityId: session.id,
        before,
        after: { revokedAt: session.revokedAt, endReason: session.endReason },
        always: true,
      });
      return true;
    });
    if (!found) throw new IdentityUnauthenticatedError(IdentityErrorCode.REFRESH_TOKEN_NOT_ACCEPTED, REFRESH_REFUSED);
  }

  /** Ends every open session of the caller, on every device (but `keepSessionId`, when given); returns how many ended. */
  async signOutEverywhere(actor: Actor, keepSessionId: string | null = null): Promise<number> {
    const personId = requirePerson(actor);
    return this.txHost.withTransaction(() => this.endAll(this.txHost.tx, actor, personId, SessionEndReason.SIGNED_OUT_EVERYWHERE, 'signOutEverywhere', keepSessionId));
  }

  /** Ends every open session of a person (but `keepSessionId`), each recorded; their access and refresh tokens stop working at once. */
  private async endAll(m: EntityManager, actor: Actor, personId: string, reason: SessionEndReason, action: string, keepSessionId: string | null = null): Promise<number> {
    const query = m
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', endReason: reason })
      .where('person_id = :personId AND revoked_at IS NULL', { personId })
      .returning('id, revoked_at');
    if (keepSessionId) query.andWhere('id <> :keepSessionId', { keepSessionId });
    const ended = (await query.execute()).raw as { id: string; revoked_at: Date }[];
    await this.audit.recordMany(
      actor,
      ended.map((s) => ({
        action,
        entityType: 'sign_in_session',
        entityId: s.id,
        before: { revokedAt: null, endReason: null },
        after: { revokedAt: s.revoked_at, endReason: reason },
      })),
    );
    return ended.length;
  }

  private async tokensFor(m: EntityManager, session: SessionEntity): Promise<SessionTokens> {
    const refreshToken = randomToken();
    const refreshTokenExpiresAt = new Date(Date.now() + REFRESH_TOKEN_TTL_MS);
    await m.getRepository(RefreshTokenEntity).insert({ sessionId: session.id, tokenHash: hashToken(refreshToken), expiresAt: refreshTokenExpiresAt });
    const access = this.accessTokens.sign({ personId: session.personId, sessionId: session.id });
    return {
      personId: session.personId,
      sessionId: session.id,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
    };
  }

  private lockToken(m: EntityManager, refreshToken: string): Promise<RefreshTokenEntity | null> {
    return m.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash: hashToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
  }

  private async end(m: EntityManager, session: SessionEntity, reason: SessionEndReason, now: Date): Promise<void> {
    session.revokedAt = now;
    session.endReason = reason;
    await m.getRepository(SessionEntity).save(session);
  }
}

/** The caller, acting as the person a token or code has just proved them to be (same request). */
export function asPerson(caller: Actor, personId: string): Actor {
  return { personId, correlationId: caller.correlationId ?? null };
}
