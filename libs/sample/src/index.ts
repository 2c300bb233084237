export * from './sample-programme.loader';
