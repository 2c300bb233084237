import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { AccessErrorCode, AccessForbiddenError, AccessService } from '@app/access';
import { requirePerson } from '@app/core';
import { GraphQLContext } from '../graphql/context';
import { ACCESS_RULE, AccessRule } from './access.decorators';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Deny by default for every GraphQL query and mutation: an operation without a declared rule is
 * refused; PUBLIC lets anyone through; SIGNED_IN needs a person; ANY_ROLE needs a person holding
 * one of the roles somewhere. Scoped decisions (which House, which LA) stay in the services.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    if (!ROOT_TYPES.has(gql.getInfo<{ parentType: { name: string } }>().parentType.name)) return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      throw new AccessForbiddenError(AccessErrorCode.NOT_ALLOWED, 'This operation does not declare who may use it, so nobody may.');
    }
    if (rule.kind === 'PUBLIC') return true;
    const actor = gql.getContext<GraphQLContext>().actor;
    if (actor instanceof Error) throw actor;
    requirePerson(actor);
    if (rule.kind === 'SIGNED_IN') return true;
    if (await this.access.actorHasAny(actor, rule.roles)) return true;
    throw new AccessForbiddenError(
      AccessErrorCode.NOT_ALLOWED,
      `This needs one of these roles: ${rule.roles.join(', ')}. Ask a programme admin if you should have one.`,
      undefined,
      { roles: rule.roles },
    );
  }
}
