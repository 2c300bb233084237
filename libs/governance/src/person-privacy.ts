import { Actor } from '@app/core';

/**
 * Whether the actor may see a person's email address: only the person themself, for now. Wider
 * rules (programme admins, a body's organisers) come with sign-in and roles.
 */
export function canSeeEmail(actor: Actor, personId: string): boolean {
  return actor.system === true || (actor.personId !== null && actor.personId === personId);
}
