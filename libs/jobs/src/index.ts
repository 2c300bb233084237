export * from './failed-jobs.service';
export * from './failure-reason';
export * from './jobs.errors';
export * from './jobs.module';
export * from './stranded-work.service';
