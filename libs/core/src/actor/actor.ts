import { UnauthenticatedError } from '../errors/domain-error';

/**
 * Who is doing something. Every service method takes an actor first, so the API, the worker and
 * tests call rules the same way. `personId` is null for the system (start-up loaders, jobs).
 */
export interface Actor {
  readonly personId: string | null;
  readonly system?: boolean;
  /** The request (or job) this action belongs to, so its audit events can be traced together. */
  readonly correlationId?: string | null;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({ personId: null, system: true });

export function personActor(personId: string): Actor {
  return { personId };
}

/** The person behind an actor; refuses anonymous callers with a message saying what to do. */
export function requirePerson(actor: Actor): string {
  if (!actor.personId) {
    throw new UnauthenticatedError('NO_ACTOR', 'Sign in to do this.');
  }
  return actor.personId;
}
