import { randomBytes } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import { Environment } from '@app/core';

/** Used when JWT_SECRET is unset outside production: tokens and codes last only as long as the process. */
const PROCESS_SECRET = randomBytes(48).toString('base64url');

/** The secret that signs access tokens and keys sign-in code hashes. */
export function identitySecret(config: ConfigService<Environment, true>): string {
  return config.get('JWT_SECRET', { infer: true }) ?? PROCESS_SECRET;
}

/** The token holding the identity secret for injection. */
export const IDENTITY_SECRET = Symbol('IDENTITY_SECRET');

export const ACCESS_TOKEN_ISSUER = 'compact-api';
export const ACCESS_TOKEN_AUDIENCE = 'compact';
