export * from './people.factory';
export * from './proposals.factory';
export * from './reference.factory';
export * from './consultations.factory';
export * from './agreements.factory';
export * from './meetings.factory';
export * from './comments.factory';
