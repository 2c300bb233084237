export * from './people.factory';
export * from './reference.factory';
