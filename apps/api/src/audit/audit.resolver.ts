import { Args, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, holds, Role } from '@app/access';
import { AuditService } from '@app/audit';
import { SAFEGUARDING_AUDIT_EVENTS } from '@app/comments';
import { Actor } from '@app/core';
import { GovernanceService } from '@app/governance';
import { RequireRole } from '../access/access.decorators';
import { PersonModel } from '../governance/governance.model';
import { personById } from '../governance/governance.loaders';
import { Connection, PageArgs, toConnection } from '../graphql/connection';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { AuditEventsFilterInput } from './audit.input';
import { AuditEventModel } from './audit.model';

@ObjectType('AuditEventConnection', { description: 'A page of the audit trail.' })
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly governance: GovernanceService,
    private readonly access: AccessService,
  ) {}

  @RequireRole(Role.PROGRAMME_ADMIN, Role.SAFEGUARDING_LEAD)
  @Query(() => AuditEventConnection, {
    description:
      'The audit trail, newest first, filtered by record, actor and time. Programme admins read every event but those about safeguarding; safeguarding leads read those only.',
  })
  async auditEvents(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AuditEventsFilterInput, nullable: true, description: 'Which events to list.' }) filter?: AuditEventsFilterInput,
  ): Promise<AuditEventConnection> {
    const roles = await this.access.rolesOfActor(actor);
    const scope = {
      unrestricted: holds(roles, Role.PROGRAMME_ADMIN),
      restrictions: [{ condition: SAFEGUARDING_AUDIT_EVENTS, visible: holds(roles, Role.SAFEGUARDING_LEAD) }],
    };
    return toConnection(await this.audit.list(actor, filter ?? {}, page, scope), AuditEventModel.from);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The person who made the change; null for the system.' })
  async actor(@Parent() event: AuditEventModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return event.actorId ? personById(loaders, this.governance).load(event.actorId) : null;
  }
}
