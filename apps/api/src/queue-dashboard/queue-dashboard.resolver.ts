import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@app/access';
import { Actor } from '@app/core';
import { QueueDashboardService } from '@app/identity';
import { RequireRole } from '../access/access.decorators';
import { GraphQLContext } from '../graphql/context';
import { CurrentActor } from '../graphql/current-actor.decorator';
import { QUEUE_DASHBOARD_PATH } from './queue-board';
import { OpenQueueDashboardInput } from './queue-dashboard.input';
import { OpenQueueDashboardPayload } from './queue-dashboard.model';

@Resolver()
export class QueueDashboardResolver {
  constructor(private readonly dashboard: QueueDashboardService) {}

  @Mutation(() => OpenQueueDashboardPayload, { description: 'A one-time link that opens the background job queues dashboard in a browser (programme admins).' })
  @RequireRole(Role.PROGRAMME_ADMIN)
  async openQueueDashboard(
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
    @Args('input', { description: 'The queue to open the dashboard at, if any.' }) input: OpenQueueDashboardInput,
  ): Promise<OpenQueueDashboardPayload> {
    const link = await this.dashboard.issueLink(actor, context.sessionId);
    // On the address this request came to, where the dashboard is served too.
    const url = new URL(`${QUEUE_DASHBOARD_PATH}/enter`, `${context.req.protocol}://${context.req.get('host')}`);
    url.searchParams.set('ticket', link.ticket);
    if (input.queue) url.searchParams.set('queue', input.queue);
    return { url: url.toString(), expiresAt: link.expiresAt };
  }
}
