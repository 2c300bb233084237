import { Args, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/access';
import { AuditService } from '@app/audit';
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

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly governance: GovernanceService,
  ) {}

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first, filtered by record, actor and time. Programme admins only.' })
  async auditEvents(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AuditEventsFilterInput, nullable: true }) filter?: AuditEventsFilterInput,
  ): Promise<AuditEventConnection> {
    return toConnection(await this.audit.list(actor, filter ?? {}, page), AuditEventModel.from);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The person who made the change; null for the system.' })
  async actor(@Parent() event: AuditEventModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return event.actorId ? personById(loaders, this.governance).load(event.actorId) : null;
  }
}
