import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUuid } from '@app/core';
import { ACCESS_TOKEN_TTL_SECONDS } from './sign-in-rules';
import { IdentityErrorCode, IdentityUnauthenticatedError } from './identity.errors';

export interface AccessTokenClaims {
  personId: string;
  sessionId: string;
}

/** What a token is for: its audience and lifetime, and the errors that say why one was refused. */
export interface TokenPurpose {
  /** Unset: the access-token audience the module signs and verifies by default. */
  audience?: string;
  ttlSeconds: number;
  expired: () => Error;
  invalid: () => Error;
}

const ACCESS: TokenPurpose = {
  ttlSeconds: ACCESS_TOKEN_TTL_SECONDS,
  expired: () =>
    new IdentityUnauthenticatedError(IdentityErrorCode.ACCESS_TOKEN_EXPIRED, 'Your access token has expired. Get a new one with refreshSession, or sign in again.'),
  invalid: () => new IdentityUnauthenticatedError(IdentityErrorCode.ACCESS_TOKEN_INVALID, 'The access token is not valid. Sign in again to get a new one.'),
};

/**
 * Short-lived signed tokens (JWT, HS256) naming a person as subject and the session they belong
 * to: access tokens, and credentials for other purposes under their own audience, so that none is
 * accepted in place of another.
 */
@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  sign(claims: AccessTokenClaims, purpose: TokenPurpose = ACCESS): { token: string; expiresAt: Date } {
    const audience = purpose.audience ? { audience: purpose.audience } : {};
    const token = this.jwt.sign({ sid: claims.sessionId }, { subject: claims.personId, expiresIn: purpose.ttlSeconds, ...audience });
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid token for `purpose`; an expired or forged one is refused with what to do next. */
  verify(token: string, purpose: TokenPurpose = ACCESS): AccessTokenClaims {
    let payload: { sub?: unknown; sid?: unknown };
    try {
      payload = this.jwt.verify(token, purpose.audience ? { audience: purpose.audience } : undefined);
    } catch (error) {
      if (error instanceof Error && error.name === 'TokenExpiredError') throw purpose.expired();
      throw purpose.invalid();
    }
    if (!isUuid(payload.sub) || !isUuid(payload.sid)) {
      throw purpose.invalid();
    }
    return { personId: payload.sub.toLowerCase(), sessionId: payload.sid.toLowerCase() };
  }
}
