import { randomBytes } from 'node:crypto';

/**
 * Settings test/logging.e2e-spec.ts runs with. Import this first: the configuration is read once,
 * when the first module that needs it is loaded. The test's own app and the API process it starts
 * share the token secret, so a person signed in by the one is recognised by the other.
 */
export const JWT_SECRET = randomBytes(36).toString('base64url');
process.env.JWT_SECRET = JWT_SECRET;
