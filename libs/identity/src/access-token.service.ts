import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ACCESS_TOKEN_TTL_SECONDS } from './sign-in-rules';
import { IdentityErrorCode, IdentityUnauthenticatedError } from './identity.errors';

export interface AccessTokenClaims {
  personId: string;
  sessionId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Short-lived access tokens (JWT, HS256): the person as subject and the session they belong to. */
@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  sign(claims: AccessTokenClaims): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sid: claims.sessionId }, { subject: claims.personId, expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid token; an expired or forged one is refused with what to do next. */
  verify(token: string): AccessTokenClaims {
    let payload: { sub?: unknown; sid?: unknown };
    try {
      payload = this.jwt.verify(token);
    } catch (error) {
      if (error instanceof Error && error.name === 'TokenExpiredError') {
        throw new IdentityUnauthenticatedError(
          IdentityErrorCode.ACCESS_TOKEN_EXPIRED,
          'Your access token has expired. Get a new one with refreshSession, or sign in again.',
        );
      }
      throw this.invalid();
    }
    if (typeof payload.sub !== 'string' || !UUID.test(payload.sub) || typeof payload.sid !== 'string' || !UUID.test(payload.sid)) {
      throw this.invalid();
    }
    return { personId: payload.sub.toLowerCase(), sessionId: payload.sid.toLowerCase() };
  }

  private invalid(): IdentityUnauthenticatedError {
    return new IdentityUnauthenticatedError(IdentityErrorCode.ACCESS_TOKEN_INVALID, 'The access token is not valid. Sign in again to get a new one.');
  }
}
