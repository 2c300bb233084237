export * from './membership.entity';
export * from './person.entity';
