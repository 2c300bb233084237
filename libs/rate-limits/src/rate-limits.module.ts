import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Environment, QueueBackend, queueFactoryFromEnvironment } from '@app/core';
import { SharedThrottlerStorage } from './shared-throttler.storage';

/**
 * The store for @nestjs/throttler: Redis when the service uses Redis for its queues, the
 * database otherwise (the same rule as the queues). Pass it as `storage` to ThrottlerModule.
 */
@Module({
  providers: [
    {
      provide: SharedThrottlerStorage,
      inject: [getDataSourceToken(), ConfigService],
      useFactory: (dataSource: DataSource, config: ConfigService<Environment, true>) => {
        const { connection } = queueFactoryFromEnvironment(config);
        return new SharedThrottlerStorage(dataSource, connection.backend === QueueBackend.REDIS ? { url: connection.url, prefix: connection.prefix } : null);
      },
    },
  ],
  exports: [SharedThrottlerStorage],
})
export class RateLimitsModule {}
