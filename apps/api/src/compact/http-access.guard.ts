import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request, Response } from 'express';
import { AccessErrorCode, AccessForbiddenError, AccessService } from '@app/access';
import { Actor, requirePerson } from '@app/core';
import { SessionService } from '@app/identity';
import { ACCESS_RULE, AccessRule } from '../access/access.decorators';
import { buildContext } from '../graphql/context';

/** Where the guard leaves the caller for the handler (see HttpActor). */
export const HTTP_ACTOR = Symbol('httpActor');

/**
 * The access contract for plain HTTP routes (CSV downloads): the same @Public / @SignedIn /
 * @RequireRole metadata as GraphQL operations, deny by default, and the caller established the
 * same way (the Authorization header). Scoped decisions stay in the services.
 */
@Injectable()
export class HttpAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw new AccessForbiddenError(AccessErrorCode.NOT_ALLOWED, 'This download does not declare who may use it, so nobody may.');
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { [HTTP_ACTOR]?: Actor }>();
    const { actor } = await buildContext({ req, res: http.getResponse<Response>() }, this.sessions, this.access);
    if (actor instanceof Error) {
      if (rule.kind === 'PUBLIC') return true;
      throw actor;
    }
    req[HTTP_ACTOR] = actor;
    if (rule.kind === 'PUBLIC') return true;
    requirePerson(actor);
    if (rule.kind === 'SIGNED_IN') return true;
    if (await this.access.actorHasAny(actor, rule.roles)) return true;
    throw new AccessForbiddenError(
      AccessErrorCode.NOT_ALLOWED,
      `This download needs one of these roles: ${rule.roles.join(', ')}. Ask a programme admin if you should have one.`,
      undefined,
      { roles: rule.roles },
    );
  }
}
