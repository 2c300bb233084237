import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor, inTransaction, requirePerson } from '@app/core';
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
}

const REFRESH_REFUSED = 'This refresh token is not valid (it may have expired or been signed out). Sign in again.';

/**
 * Sessions: one per signed-in device, holding a family of refresh tokens that replace each other.
 * `issueFor` is the only way a session starts, whatever proved who the person is (an email code,
 * an invitation, and later an identity provider).
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokenService,
  ) {}

  /** Starts a session for a person whose identity has been established. */
  async issueFor(personId: string, method: SignInMethod, manager?: EntityManager): Promise<SessionTokens> {
    return inTransaction(this.dataSource, manager, async (m) => {
      const session = await m.getRepository(SessionEntity).save(m.getRepository(SessionEntity).create({ personId, method }));
      return this.tokensFor(m, session);
    });
  }

  /** The caller behind an access token, if its session is still open (one indexed lookup). */
  async authenticate(accessToken: string): Promise<AuthenticatedCaller> {
    const claims = this.accessTokens.verify(accessToken);
    const open = await this.dataSource
      .getRepository(SessionEntity)
      .exists({ where: { id: claims.sessionId, personId: claims.personId, revokedAt: IsNull() } });
    if (!open) {
      throw new IdentityUnauthenticatedError(IdentityErrorCode.SESSION_ENDED, 'This session has ended (signed out, or ended for safety). Sign in again.');
    }
    return claims;
  }

  /**
   * Exchanges a refresh token for a new pair. A token that was already exchanged means a copy is
   * in someone else's hands: the whole session ends, and both holders must sign in again.
   */
  async refresh(refreshToken: string): Promise<SessionTokens> {
    const result = await this.dataSource.transaction(async (m): Promise<SessionTokens | RefreshDecision | null> => {
      const token = await this.lockToken(m, refreshToken);
      if (!token) return null;
      const session = await m.getRepository(SessionEntity).findOneOrFail({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      const now = new Date();
      const decision = decideRefresh(token, session, now);
      if (decision === RefreshDecision.REUSED) {
        await this.end(m, session, SessionEndReason.REFRESH_TOKEN_REUSED, now);
        return decision;
      }
      if (decision !== RefreshDecision.ROTATE) return decision;
      token.usedAt = now;
      session.lastRefreshedAt = now;
      await m.getRepository(RefreshTokenEntity).save(token);
      await m.getRepository(SessionEntity).save(session);
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

  /** Ends the session a refresh token belongs to. Ending an already ended session is fine. */
  async signOut(refreshToken: string): Promise<void> {
    const found = await this.dataSource.transaction(async (m) => {
      const token = await this.lockToken(m, refreshToken);
      if (!token) return false;
      const session = await m.getRepository(SessionEntity).findOneOrFail({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session.revokedAt) await this.end(m, session, SessionEndReason.SIGNED_OUT, new Date());
      return true;
    });
    if (!found) throw new IdentityUnauthenticatedError(IdentityErrorCode.REFRESH_TOKEN_NOT_ACCEPTED, REFRESH_REFUSED);
  }

  /** Ends every open session of the caller, on every device (but `keepSessionId`, when given); returns how many ended. */
  async signOutEverywhere(actor: Actor, keepSessionId: string | null = null): Promise<number> {
    const personId = requirePerson(actor);
    const query = this.dataSource
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', endReason: SessionEndReason.SIGNED_OUT_EVERYWHERE })
      .where('person_id = :personId AND revoked_at IS NULL', { personId });
    if (keepSessionId) query.andWhere('id <> :keepSessionId', { keepSessionId });
    const result = await query.execute();
    return result.affected ?? 0;
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
