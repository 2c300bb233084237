import DataLoader from 'dataloader';
import { Actor } from '@app/core';
import { PersonPrivacyService, ShownPerson } from '@app/governance';
import { Loaders } from '../graphql/loaders';

/**
 * Every person the API shows goes through this loader: their name, email and personal details as
 * the caller may see them (PersonPrivacyService, the one place the rule is applied). Null for an
 * unknown id.
 */
export function shownPersonById(loaders: Loaders, actor: Actor, privacy: PersonPrivacyService): DataLoader<string, ShownPerson | null> {
  return loaders.for<string, ShownPerson | null>('shownPersonById', async (ids) => {
    const shown = await privacy.show(actor, ids);
    return ids.map((id) => shown.get(id) ?? null);
  });
}
