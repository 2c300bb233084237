export * from './co-chairs';
export * from './governance.errors';
export * from './membership.entity';
export * from './person.entity';
