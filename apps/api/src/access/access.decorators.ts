import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Role } from '@app/access';

export const ACCESS_RULE = 'access:rule';

/** How an operation is guarded; every query and mutation declares one (deny by default). */
export type AccessRule =
  | { kind: 'PUBLIC'; why: string }
  | { kind: 'SIGNED_IN' }
  | { kind: 'ANY_ROLE'; roles: Role[] };

/** Open to anyone, signed in or not. Say why. */
export const Public = (why: string) => SetMetadata(ACCESS_RULE, { kind: 'PUBLIC', why } satisfies AccessRule);

/** Any signed-in person; the service makes the finer decision (e.g. only a House's co-chairs). */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'SIGNED_IN' } satisfies AccessRule);

/** Signed in and holding at least one of these roles (in any scope); the service checks the scope. */
export const RequireRole = (...roles: Role[]) => applyDecorators(SetMetadata(ACCESS_RULE, { kind: 'ANY_ROLE', roles } satisfies AccessRule));
