export * from './agreement-rules';
export * from './agreement-status-history.entity';
export * from './agreement-status.entity';
export * from './agreement-views.service';
export * from './agreements.errors';
export * from './agreements.module';
export * from './agreements.service';
export * from './agreement-permissions';
