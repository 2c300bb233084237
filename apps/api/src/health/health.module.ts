import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { JobsModule } from '@app/jobs';
import { OutboxModule } from '@app/outbox';
import { HealthController } from './health.controller';

@Module({ imports: [TerminusModule, OutboxModule, JobsModule], controllers: [HealthController] })
export class HealthModule {}
