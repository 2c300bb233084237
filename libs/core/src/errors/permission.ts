import { DomainError } from './domain-error';

/**
 * Whether someone may do one thing now: allowed, or refused with the error the operation throws.
 * A rule returns one of these so that the operation (which throws the refusal) and the API's
 * `viewerCan` (which shows whether it is allowed) are decided by the same function.
 */
export type Permission = { readonly allowed: true } | { readonly allowed: false; readonly refusal: DomainError };

export const ALLOWED: Permission = Object.freeze({ allowed: true as const });

export function refused(refusal: DomainError): Permission {
  return { allowed: false, refusal };
}

/** Throws the refusal, if any. */
export function enforce(permission: Permission): void {
  if (!permission.allowed) throw permission.refusal;
}

/** The first refusal among rules checked in order, or ALLOWED. Each rule runs only if those before it allowed. */
export function firstRefusal(...rules: (() => Permission)[]): Permission {
  for (const rule of rules) {
    const permission = rule();
    if (!permission.allowed) return permission;
  }
  return ALLOWED;
}
