export * from './factories';
export * from './smtp';
export * from './test-app';
export * from './test-database';
