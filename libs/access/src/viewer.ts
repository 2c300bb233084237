import { Actor } from '@app/core';
import { holds, Role, RoleAssignment, RoleScope } from './role';

/**
 * Who is asking, as the permission rules see them: the person (null for nobody or the system),
 * whether it is the system (which may do anything a rule allows it), and the roles they hold now.
 */
export interface Viewer {
  readonly personId: string | null;
  readonly system: boolean;
  readonly roles: readonly RoleAssignment[];
}

export function viewerOf(actor: Actor, roles: readonly RoleAssignment[]): Viewer {
  return { personId: actor.personId, system: actor.system === true, roles };
}

/** Whether the viewer holds `role` (in `scope`, when given). The system holds every role. */
export function viewerHolds(viewer: Viewer, role: Role, scope?: RoleScope | null): boolean {
  return viewer.system || holds(viewer.roles, role, scope);
}
