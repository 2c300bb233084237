export * from './reporting.module';
export * from './reporting.service';
