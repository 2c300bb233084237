export * from './personal-data';
export * from './personal-data.errors';
export * from './personal-data.module';
export * from './personal-data.service';
export * from './personal-data-permissions';
