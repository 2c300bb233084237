export * from './people.factory';
export * from './proposals.factory';
export * from './reference.factory';
