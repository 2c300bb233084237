export * from './co-chairs';
export * from './governance.errors';
export * from './governance.module';
export * from './governance.service';
export * from './membership.entity';
export * from './person-age';
export * from './person-privacy';
export * from './person.entity';
