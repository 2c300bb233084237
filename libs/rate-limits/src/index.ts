export * from './postgres-throttler.storage';
export * from './rate-limit-counter.entity';
export * from './rate-limits.module';
export * from './shared-throttler.storage';
