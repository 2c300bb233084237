import { randomUUID } from 'node:crypto';
import { Request, Response } from 'express';
import { RoleAssignment } from '@app/access';
import { Actor, DomainError, isDatabaseUnavailable } from '@app/core';
import { AuthenticatedCaller, IdentityErrorCode, IdentityUnauthenticatedError } from '@app/identity';
import { serviceUnavailableError } from './error-formatter';
import { Loaders } from './loaders';

export interface GraphQLContext {
  req: Request;
  res: Response;
  /** This request's correlation id: in the x-correlation-id response header, the logs and internal errors. */
  correlationId: string;
  /**
   * The caller (anonymous when no credentials were sent), or why the credentials sent were refused.
   * The error is raised only when an operation needs the caller, so public operations still work.
   */
  actor: Actor | DomainError;
  /** The caller's session, when signed in. */
  sessionId: string | null;
  loaders: Loaders;
}

/** What the context needs to turn an access token into a caller (SessionService). */
export interface Authenticator {
  authenticate(accessToken: string): Promise<AuthenticatedCaller>;
}

/** Where the roles read with the session check are kept for the request's actor (AccessService). */
export interface RoleMemory {
  rememberRoles(actor: Actor, roles: readonly RoleAssignment[]): void;
}

/** The access token from `Authorization: Bearer <token>`, or null when the header is absent. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return null;
  const match = /^Bearer ([A-Za-z0-9_.~+/-]+=*)$/.exec(header.trim());
  if (!match) {
    throw new IdentityUnauthenticatedError(
      IdentityErrorCode.BAD_AUTHORIZATION_HEADER,
      'The Authorization header must be "Bearer <access token>", with the access token you got when signing in.',
    );
  }
  return match[1];
}

/**
 * The one place the API learns who is calling: the access token in the Authorization header,
 * checked for signature, expiry and an open session. Never throws for bad credentials (it keeps
 * the reason as the actor, raised when an operation needs the caller). The caller's roles come
 * with the session check and are kept in `roles` for this request's actor only.
 */
export async function buildContext(
  { req, res }: { req: Request; res: Response },
  authenticator: Authenticator,
  roles: RoleMemory,
): Promise<GraphQLContext> {
  const correlationId = correlationIdOf(req) ?? randomUUID();
  let actor: Actor | DomainError = { personId: null, correlationId };
  let sessionId: string | null = null;
  try {
    const token = bearerToken(req);
    if (token) {
      const caller = await authenticator.authenticate(token);
      actor = { personId: caller.personId, correlationId };
      sessionId = caller.sessionId;
      if (caller.roles) roles.rememberRoles(actor, caller.roles);
    }
  } catch (error) {
    // The session could not be checked because the database is out of reach: 503, try again shortly.
    if (isDatabaseUnavailable(error)) throw serviceUnavailableError(error);
    if (!(error instanceof DomainError)) throw error;
    actor = error;
  }
  return { req, res, correlationId, actor, sessionId, loaders: new Loaders() };
}

/**
 * The request's correlation id: the one the logging middleware gave it (taken from the client's
 * x-correlation-id header when valid) and echoed in the response. Services record it on audit events.
 */
export function correlationIdOf(req: Request): string | null {
  const id = (req as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}
