import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { QueueModule } from '@app/core';
import { IdentityModule } from '@app/identity';
import { QUEUE_DASHBOARD_PATH, QueueBoard } from './queue-board';
import { QueueDashboardGate } from './queue-dashboard.gate';
import { QueueDashboardResolver } from './queue-dashboard.resolver';

/** Bull Board at /admin/queues for programme admins, and the mutation that lets a browser in. */
@Module({
  imports: [IdentityModule, QueueModule],
  providers: [QueueDashboardResolver, QueueBoard, QueueDashboardGate],
})
export class QueueDashboardApiModule implements NestModule {
  constructor(private readonly gate: QueueDashboardGate) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.gate.router()).forRoutes(QUEUE_DASHBOARD_PATH);
  }
}
