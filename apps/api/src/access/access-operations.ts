import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_RULE, AccessRule } from './access.decorators';

/** Where @nestjs/graphql records a resolver method's root type and schema name. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

export interface DeclaredOperation {
  type: 'Query' | 'Mutation' | 'Subscription';
  name: string;
  /** Null when the operation declares no rule (and so is refused to everyone). */
  rule: AccessRule | null;
}

/** A stable, reviewable text of a rule: PUBLIC (why), SIGNED_IN, or the roles. */
export function describeRule(rule: AccessRule | null): string {
  if (!rule) return 'UNDECLARED';
  switch (rule.kind) {
    case 'PUBLIC':
      return `PUBLIC: ${rule.why}`;
    case 'SIGNED_IN':
      return 'SIGNED_IN';
    case 'ANY_ROLE':
      return `ANY_ROLE: ${[...rule.roles].sort().join(', ')}`;
  }
}

/**
 * Every query and mutation the API serves, with the rule it declares. At start-up it logs any
 * operation without a rule; in production such an operation stops the API from starting.
 */
@Injectable()
export class AccessOperations implements OnApplicationBootstrap {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  list(): DeclaredOperation[] {
    const out: DeclaredOperation[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as (...args: unknown[]) => unknown;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, instance.constructor]) ?? null;
        out.push({ type, name, rule });
      }
    }
    return out.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
  }

  /** The snapshot form: { "Mutation.castVote": "ANY_ROLE: CICC_MEMBER", … }. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.list().map((op) => [`${op.type}.${op.name}`, describeRule(op.rule)]));
  }

  onApplicationBootstrap(): void {
    const undeclared = this.list().filter((op) => !op.rule);
    if (undeclared.length === 0) return;
    const names = undeclared.map((op) => `${op.type}.${op.name}`).join(', ');
    if (process.env.NODE_ENV === 'production') {
      throw new Error(`These operations do not declare who may use them: ${names}. Add @Public, @SignedIn or @RequireRole.`);
    }
    this.logger.error(`These operations do not declare who may use them, so they refuse everyone: ${names}`);
  }
}
