import { Request } from 'express';
import { Actor, InvalidInputError } from '@app/core';
import { Loaders } from './loaders';

export interface GraphQLContext {
  req: Request;
  /** The caller, or why the request did not say who the caller is. */
  actor: Actor | InvalidInputError;
  loaders: Loaders;
}

export const PERSON_HEADER = 'x-person-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place the API learns who is calling. Until sign-in exists, the caller names
 * themselves with the `x-person-id` header; sign-in will replace this function's body.
 */
export function actorFromRequest(req: Request): Actor {
  const header = req.headers[PERSON_HEADER];
  if (header === undefined) return { personId: null };
  if (typeof header !== 'string' || !UUID.test(header)) {
    throw new InvalidInputError('BAD_ACTOR_HEADER', `The ${PERSON_HEADER} header must be a person's id (a UUID).`, PERSON_HEADER);
  }
  return { personId: header.toLowerCase() };
}

export function buildContext({ req }: { req: Request }): GraphQLContext {
  let actor: Actor | InvalidInputError;
  try {
    actor = actorFromRequest(req);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    actor = error;
  }
  return { req, actor, loaders: new Loaders() };
}
