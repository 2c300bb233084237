import DataLoader from 'dataloader';
import { AccessService, Role, ScopeKind } from '@app/access';
import { Actor } from '@app/core';
import { GovernanceService, PersonViewer, ShownPerson, showPerson } from '@app/governance';
import { byKey, Loaders } from '../graphql/loaders';

/** The caller as the person privacy rule sees them; their roles are read once per request. */
export async function personViewer(actor: Actor, access: AccessService): Promise<PersonViewer> {
  const roles = await access.rolesOfActor(actor);
  return {
    personId: actor.personId,
    system: actor.system,
    programmeAdmin: roles.some((a) => a.role === Role.PROGRAMME_ADMIN),
    safeguardingLead: roles.some((a) => a.role === Role.SAFEGUARDING_LEAD),
    coChairOf: roles.filter((a) => a.role === Role.HOUSE_CO_CHAIR && a.scope?.kind === ScopeKind.BODY).map((a) => a.scope!.id),
  };
}

/**
 * Every person the API shows goes through this loader: their name, email and birth month as the
 * caller may see them (see showPerson). Null for an unknown id.
 */
export function shownPersonById(loaders: Loaders, actor: Actor, governance: GovernanceService, access: AccessService): DataLoader<string, ShownPerson | null> {
  return loaders.for<string, ShownPerson | null>('shownPersonById', async (ids) => {
    const [viewer, facts] = await Promise.all([personViewer(actor, access), governance.privacyFacts(ids)]);
    const now = new Date();
    return byKey(ids, facts, (f) => f.id).map((f) => (f ? showPerson(viewer, f, now) : null));
  });
}
